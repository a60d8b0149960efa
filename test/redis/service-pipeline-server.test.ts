import { ErrorReason } from "../../gen/ts/dbx/v1/errors_pb.js";
import { Code } from "@connectrpc/connect";
import { Redis } from "ioredis";
import { ErrorInfoSchema } from "../../gen/ts/google/rpc/error_details_pb.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTcpProxy, type TcpProxy } from "../support/tcp-proxy.js";
import { expectError } from "../support/values.js";
import { b, binary, startRedisServiceFixture, type RedisServiceFixture } from "./service-fixture.js";

let locked: RedisServiceFixture;
let open: RedisServiceFixture;
/** A backend that reaches Redis through `proxy`, so that a test can act between two commands it sends. */
let proxied: RedisServiceFixture;
let proxy: TcpProxy;
beforeAll(async () => {
  locked = await startRedisServiceFixture();
  open = await startRedisServiceFixture({ enableScripting: true, allowDangerousCommands: true, keyPrefix: "p:" });
  proxied = await startRedisServiceFixture({}, async (server) => (proxy = await startTcpProxy(server.port)).url);
});
afterAll(async () => {
  await locked?.close();
  await open?.close();
  await proxied?.close();
  await proxy?.close();
});

/** Whether a chunk of RESP a client sent holds the command `name` (ioredis writes names as bulk strings). */
const sends = (chunk: Buffer, name: string): boolean => chunk.toString("latin1").toLowerCase().includes(`$${name.length}\r\n${name}\r\n`);

describe("RedisService pipeline and MULTI", () => {
  it("Pipeline answers each command's reply or error, binary-safe", async () => {
    const res = await locked.client.pipeline({
      commands: [
        { name: "set", args: [binary(1), binary(2)] },
        { name: "GET", args: [binary(1)] },
        { name: "INCR", args: [binary(1)] },
        { name: "HGETALL", args: [b("nope")] },
        { name: "RPUSH", args: [b("pl"), b("a"), b("b")] },
        { name: "LRANGE", args: [b("pl"), b("0"), b("-1")] },
        { name: "GET", args: [b("missing")] },
      ],
    });
    expect(res.results.map((r) => r.outcome.case)).toEqual(["reply", "reply", "error", "reply", "reply", "reply", "reply"]);
    expect(res.results[0].outcome.value).toMatchObject({ kind: { case: "bulk", value: b("OK") } });
    expect(res.results[1].outcome.value).toMatchObject({ kind: { case: "bulk", value: binary(2) } });
    expect(res.results[2].outcome.value).toMatchObject({ nativeCode: "ERR", reason: ErrorReason.STATEMENT_FAILED });
    expect(res.results[4].outcome.value).toMatchObject({ kind: { case: "integer", value: 2n } });
    const list = res.results[5].outcome.value as { kind: { case: string; value: { values: { kind: { value: unknown } }[] } } };
    expect(list.kind.case).toBe("array");
    expect(list.kind.value.values.map((v) => v.kind.value)).toEqual([b("a"), b("b")]);
    expect(res.results[6].outcome.value).toMatchObject({ kind: { case: "nil" } });
  });

  it("Pipeline refuses connection-changing, scripting and dangerous commands, naming the command", async () => {
    await expectError(locked.client.pipeline({ commands: [{ name: "GET", args: [b("x")] }, { name: "SELECT", args: [b("1")] }] }), Code.InvalidArgument, {
      message: /commands\[1\]\.name/,
    });
    await expectError(locked.client.pipeline({ commands: [{ name: "BLPOP", args: [b("x"), b("0")] }] }), Code.InvalidArgument, { message: /BLPop/ });
    await expectError(locked.client.pipeline({ commands: [{ name: "eval", args: [b("return 1"), b("0")] }] }), Code.PermissionDenied, { reason: "ERROR_REASON_DISABLED" });
    await expectError(locked.client.pipeline({ commands: [{ name: "flushall", args: [] }] }), Code.PermissionDenied, { reason: "ERROR_REASON_DISABLED" });
    await expectError(locked.client.pipeline({ commands: [{ name: "KEYS", args: [b("*")] }] }), Code.PermissionDenied, { reason: "ERROR_REASON_DISABLED" });
    await expectError(locked.client.pipeline({ commands: [] }), Code.InvalidArgument, { message: /commands/ });
  });

  it("Multi runs commands as one transaction, with per-command results (Redis does not roll back)", async () => {
    const res = await locked.client.multi({
      commands: [
        { name: "SET", args: [b("acct"), b("10")] },
        { name: "INCRBY", args: [b("acct"), b("5")] },
        { name: "HSET", args: [b("acct"), b("f"), b("v")] },
      ],
      watchKeys: [b("acct")],
    });
    expect(res.results.map((r) => r.outcome.case)).toEqual(["reply", "reply", "error"]);
    expect(res.results[1].outcome.value).toMatchObject({ kind: { case: "integer", value: 15n } });
    expect(res.results[2].outcome.value).toMatchObject({ nativeCode: "WRONGTYPE" });
  });

  it("Multi answers ABORTED (TRANSACTION_ABORTED) when a watched key changes before EXEC", async () => {
    const writer = new Redis({ port: proxied.server.port, lazyConnect: true });
    await writer.connect();
    const seen: string[] = [];
    try {
      // DBX sends MULTI once Redis has answered WATCH: the proxy holds MULTI until another client has written the key.
      proxy.beforeForward = async (chunk) => {
        if (sends(chunk, "watch")) seen.push("watch");
        if (sends(chunk, "multi") && !seen.includes("multi")) {
          seen.push("multi");
          await writer.set("acct", "from-other");
        }
      };
      const err = await expectError(
        proxied.client.multi({ commands: [{ name: "SET", args: [b("acct"), b("from-multi")] }], watchKeys: [b("acct")] }),
        Code.Aborted,
        { reason: "ERROR_REASON_TRANSACTION_ABORTED" },
      );
      expect(err.findDetails(ErrorInfoSchema)[0]?.metadata).toEqual({ backend: proxied.backend.name });
      expect(seen).toEqual(["watch", "multi"]);
      expect((await proxied.client.get({ key: b("acct") })).value).toEqual(b("from-other"));
    } finally {
      proxy.beforeForward = undefined;
      writer.disconnect();
    }
  });

  it("Multi reports EXECABORT with the queueing errors, and writes nothing", async () => {
    await expectError(
      locked.client.multi({ commands: [{ name: "SET", args: [b("ea"), b("1")] }, { name: "NOSUCHCMD", args: [] }] }),
      Code.InvalidArgument,
      { reason: "ERROR_REASON_STATEMENT_FAILED", message: /EXECABORT.*unknown command/ },
    );
    expect((await locked.client.get({ key: b("ea") })).value).toBeUndefined();
  });

});

describe("RedisService scripting", () => {
  it("is off by default: EVAL, EVALSHA and SCRIPT LOAD are PERMISSION_DENIED naming the setting", async () => {
    for (const call of [
      () => locked.client.eval({ script: "return 1" }),
      () => locked.client.evalSha({ sha1: "e0e1f9fabfc9d4800c877a703b823ac0578ff8db" }),
      () => locked.client.scriptLoad({ script: "return 1" }),
    ]) {
      const err = await expectError(call(), Code.PermissionDenied, { reason: "ERROR_REASON_DISABLED" });
      expect(err.rawMessage).toMatch(/enableScripting/);
    }
  });

  it("when enabled: EVAL with prefixed keys and binary args, SCRIPT LOAD and EVALSHA", async () => {
    const script = "redis.call('SET', KEYS[1], ARGV[1]); return {redis.call('GET', KEYS[1]), 7, false}";
    const res = await open.client.eval({ script, keys: [binary(5)], args: [binary(6)] });
    expect(res.result?.kind.case).toBe("array");
    const values = (res.result?.kind.value as { values: { kind: { case: string; value: unknown } }[] }).values.map((v) => v.kind);
    expect(values).toEqual([
      { case: "bulk", value: binary(6) },
      { case: "integer", value: 7n },
      { case: "nil", value: 0 },
    ]);
    expect((await open.client.get({ key: binary(5) })).value).toEqual(binary(6));
    const { sha1 } = await open.client.scriptLoad({ script: "return ARGV[1]" });
    expect(sha1).toMatch(/^[0-9a-f]{40}$/);
    expect((await open.client.evalSha({ sha1, args: [binary()] })).result?.kind).toEqual({ case: "bulk", value: binary() });
    await expectError(open.client.evalSha({ sha1: "0".repeat(40) }), Code.InvalidArgument, { message: /NOSCRIPT/ });
  });
});

describe("RedisService server commands", () => {
  it("PING, INFO parsed into sections, DBSIZE, TIME, stats", async () => {
    expect((await locked.client.ping({})).reply).toEqual(b("PONG"));
    expect((await locked.client.ping({ message: binary() })).reply).toEqual(binary());
    const info = await locked.client.info({ sections: ["server", "keyspace"] });
    expect(info.sections.map((s) => s.name)).toEqual(["server", "keyspace"]);
    expect(info.sections[0].fields.redis_version).toMatch(/^\d+\.\d+/);
    expect((await locked.client.info({})).sections.length).toBeGreaterThan(5);
    // One server: one node, the same sections.
    expect(info.nodes.map((n) => n.address)).toEqual([`127.0.0.1:${locked.server.port}`]);
    expect(info.nodes[0].sections).toEqual(info.sections);
    await locked.client.set({ key: b("counted"), value: b("1") });
    expect((await locked.client.dbSize({})).keys).toBeGreaterThan(0n);
    const { time } = await locked.client.time({});
    expect(Math.abs(Number(time!.seconds) * 1000 - Date.now())).toBeLessThan(5_000);
    const stats = await locked.client.getStats({});
    expect(stats).toMatchObject({ serving: true, mode: "standalone" });
    expect(stats.details).toMatchObject({ shared_status: "ready" });
    expect(Number(stats.details.commands)).toBeGreaterThan(0);
    expect(stats.details.latency_avg_ms).toMatch(/^\d+\.\d+$/);
  });

  it("FLUSHDB, FLUSHALL and CONFIG SET are off by default", async () => {
    for (const call of [() => locked.client.flushDb({}), () => locked.client.flushAll({ asynchronous: true }), () => locked.client.configSet({ parameters: [{ name: "maxmemory", value: "0" }] })]) {
      const err = await expectError(call(), Code.PermissionDenied, { reason: "ERROR_REASON_DISABLED" });
      expect(err.rawMessage).toMatch(/allowDangerousCommands/);
    }
    expect((await locked.client.dbSize({})).keys).toBeGreaterThan(0n);
  });

  it("with allowDangerousCommands: CONFIG SET, FLUSHDB, FLUSHALL work", async () => {
    await open.client.configSet({ parameters: [{ name: "maxmemory-policy", value: "allkeys-lru" }] });
    const raw = await open.backend.facets.redis!.call(new AbortController().signal, "CONFIG", ["GET", "maxmemory-policy"]);
    expect((raw as Buffer[])[1].toString()).toBe("allkeys-lru");
    await open.client.set({ key: b("x"), value: b("1") });
    await open.client.flushDb({});
    expect((await open.client.dbSize({})).keys).toBe(0n);
    await open.client.set({ key: b("x"), value: b("1") });
    await open.client.flushAll({ asynchronous: true });
    expect((await open.client.dbSize({})).keys).toBe(0n);
  });
});
