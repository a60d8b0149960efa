import { Code } from "@connectrpc/connect";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExpireCondition, SetCondition } from "../../gen/ts/dbx/redis/v1/common_pb.js";
import { errorMetadata, expectError } from "../support/values.js";
import { waitFor } from "../support/wait-for.js";
import { b, binary, startRedisServiceFixture, type RedisServiceFixture } from "./service-fixture.js";

let fx: RedisServiceFixture;
beforeAll(async () => {
  fx = await startRedisServiceFixture({ keyPrefix: "app:" });
});
afterAll(() => fx?.close());

describe("RedisService strings", () => {
  it("GET and SET are binary-safe for keys and values", async () => {
    const key = binary(1);
    const value = binary(2, 0);
    expect(await fx.client.set({ key, value })).toMatchObject({ written: true });
    expect((await fx.client.get({ key })).value).toEqual(value);
    expect((await fx.client.get({ key: binary(99) })).value).toBeUndefined();
    expect((await fx.client.set({ key: b("empty"), value: new Uint8Array() })).written).toBe(true);
    expect((await fx.client.get({ key: b("empty") })).value).toEqual(new Uint8Array());
  });

  it("SET honours NX, XX and GET", async () => {
    expect((await fx.client.set({ key: b("nx"), value: b("1"), condition: SetCondition.NX })).written).toBe(true);
    expect((await fx.client.set({ key: b("nx"), value: b("2"), condition: SetCondition.NX })).written).toBe(false);
    expect((await fx.client.set({ key: b("xx"), value: b("1"), condition: SetCondition.XX })).written).toBe(false);
    const got = await fx.client.set({ key: b("nx"), value: b("3"), condition: SetCondition.XX, get: true });
    expect(got).toMatchObject({ written: true, previous: b("1") });
    const none = await fx.client.set({ key: b("fresh"), value: b("v"), get: true });
    expect(none.written).toBe(true);
    expect(none.previous).toBeUndefined();
    const blocked = await fx.client.set({ key: b("nx"), value: b("4"), condition: SetCondition.NX, get: true });
    expect(blocked).toMatchObject({ written: false, previous: b("3") });
  });

  it("SET expirations: EX, PX, EXAT, PXAT, KEEPTTL, and none clears the TTL", async () => {
    await fx.client.set({ key: b("ex"), value: b("v"), expiration: { kind: { case: "ex", value: 100n } } });
    expect((await fx.client.ttl({ key: b("ex") })).seconds).toBeGreaterThan(98n);
    await fx.client.set({ key: b("ex"), value: b("v2"), expiration: { kind: { case: "keepTtl", value: true } } });
    expect((await fx.client.ttl({ key: b("ex") })).seconds).toBeGreaterThan(98n);
    await fx.client.set({ key: b("ex"), value: b("v3") });
    expect((await fx.client.ttl({ key: b("ex") })).seconds).toBe(-1n);
    await fx.client.set({ key: b("exat"), value: b("v"), expiration: { kind: { case: "exat", value: BigInt(Math.floor(Date.now() / 1000) + 50) } } });
    expect((await fx.client.ttl({ key: b("exat") })).seconds).toBeGreaterThan(40n);
    await fx.client.set({ key: b("pxat"), value: b("v"), expiration: { kind: { case: "pxat", value: BigInt(Date.now() + 50_000) } } });
    expect((await fx.client.pTtl({ key: b("pxat") })).milliseconds).toBeGreaterThan(40_000n);
    await fx.client.set({ key: b("px"), value: b("v"), expiration: { kind: { case: "px", value: 100n } } });
    expect((await fx.client.pTtl({ key: b("px") })).milliseconds).toBeLessThanOrEqual(100n);
    await waitFor(async () => (await fx.client.get({ key: b("px") })).value === undefined, { what: "the PX key to expire" });
    await expectError(fx.client.set({ key: b("bad"), value: b("v"), expiration: { kind: { case: "persist", value: true } } }), Code.InvalidArgument, {
      reason: "ERROR_REASON_INVALID_FIELD",
      message: /expiration\.persist/,
    });
  });

  it("MGET and MSET (and MSETNX)", async () => {
    await fx.client.mSet({ pairs: [{ key: binary(10), value: binary(11) }, { key: b("m2"), value: b("two") }] });
    const got = await fx.client.mGet({ keys: [binary(10), b("missing"), b("m2")] });
    expect(got.values.map((v) => v.value)).toEqual([binary(11), undefined, b("two")]);
    expect((await fx.client.mSet({ pairs: [{ key: b("m2"), value: b("x") }, { key: b("m3"), value: b("y") }], onlyIfNoneExist: true })).written).toBe(false);
    expect((await fx.client.get({ key: b("m3") })).value).toBeUndefined();
    expect((await fx.client.mSet({ pairs: [{ key: b("m4"), value: b("x") }], onlyIfNoneExist: true })).written).toBe(true);
    await expectError(fx.client.mGet({ keys: [] }), Code.InvalidArgument, { message: /keys/ });
  });

  it("INCR, INCRBY, INCRBYFLOAT, DECR, DECRBY keep int64 exact", async () => {
    expect((await fx.client.incr({ key: b("n") })).value).toBe(1n);
    expect((await fx.client.incrBy({ key: b("n"), increment: 9007199254740993n })).value).toBe(9007199254740994n);
    expect((await fx.client.decr({ key: b("n") })).value).toBe(9007199254740993n);
    expect((await fx.client.decrBy({ key: b("n"), decrement: 9007199254740993n })).value).toBe(0n);
    await fx.client.set({ key: b("max"), value: b("9223372036854775806") });
    expect((await fx.client.incr({ key: b("max") })).value).toBe(9223372036854775807n);
    await expectError(fx.client.incr({ key: b("max") }), Code.InvalidArgument, { reason: "ERROR_REASON_STATEMENT_FAILED" });
    expect(await fx.client.incrByFloat({ key: b("f"), increment: 1.5 })).toMatchObject({ value: 1.5, text: "1.5" });
    expect((await fx.client.incrByFloat({ key: b("f"), increment: -0.25 })).value).toBe(1.25);
  });

  it("APPEND, STRLEN, GETRANGE, SETRANGE", async () => {
    expect((await fx.client.append({ key: b("s"), value: binary() })).length).toBe(6n);
    expect((await fx.client.append({ key: b("s"), value: b("xyz") })).length).toBe(9n);
    expect((await fx.client.strLen({ key: b("s") })).length).toBe(9n);
    expect((await fx.client.getRange({ key: b("s"), start: 0n, end: 2n })).value).toEqual(Uint8Array.from([0, 0xff, 0xfe]));
    expect((await fx.client.getRange({ key: b("s"), start: -3n, end: -1n })).value).toEqual(b("xyz"));
    expect((await fx.client.setRange({ key: b("sr"), offset: 3n, value: b("ab") })).length).toBe(5n);
    expect((await fx.client.get({ key: b("sr") })).value).toEqual(Uint8Array.from([0, 0, 0, 97, 98]));
  });

  it("GETDEL and GETEX", async () => {
    await fx.client.set({ key: b("gd"), value: binary() });
    expect((await fx.client.getDel({ key: b("gd") })).value).toEqual(binary());
    expect((await fx.client.getDel({ key: b("gd") })).value).toBeUndefined();
    await fx.client.set({ key: b("ge"), value: b("v") });
    expect((await fx.client.getEx({ key: b("ge"), expiration: { kind: { case: "ex", value: 100n } } })).value).toEqual(b("v"));
    expect((await fx.client.ttl({ key: b("ge") })).seconds).toBeGreaterThan(98n);
    await fx.client.getEx({ key: b("ge"), expiration: { kind: { case: "persist", value: true } } });
    expect((await fx.client.ttl({ key: b("ge") })).seconds).toBe(-1n);
    expect((await fx.client.getEx({ key: b("missing") })).value).toBeUndefined();
  });

  it("answers WRONGTYPE as INVALID_ARGUMENT with the Redis error code", async () => {
    await fx.client.lPush({ key: b("alist"), values: [b("x")] });
    const err = await expectError(fx.client.get({ key: b("alist") }), Code.InvalidArgument, { reason: "ERROR_REASON_STATEMENT_FAILED", message: /WRONGTYPE/ });
    expect(err.rawMessage).toMatch(/WRONGTYPE/);
  });
});

describe("RedisService keys", () => {
  it("applies the key prefix to every key and strips it from SCAN", async () => {
    await fx.client.set({ key: b("prefixed"), value: b("v") });
    const raw = await fx.backend.facets.redis!.call(new AbortController().signal, "EXISTS", ["prefixed"]);
    expect(raw).toBe(1n);
    const scan = await fx.client.scan({ match: b("prefix*") });
    let keys = scan.keys;
    let cursor = scan.cursor;
    while (cursor !== "0") {
      const next = await fx.client.scan({ cursor, match: b("prefix*") });
      keys = keys.concat(next.keys);
      cursor = next.cursor;
    }
    expect(keys).toEqual([b("prefixed")]);
  });

  it("DEL, UNLINK, EXISTS", async () => {
    await fx.client.mSet({ pairs: [1, 2, 3].map((i) => ({ key: binary(i), value: b("v") })) });
    expect((await fx.client.exists({ keys: [binary(1), binary(2), binary(1), binary(9)] })).count).toBe(3n);
    expect((await fx.client.del({ keys: [binary(1), binary(9)] })).deleted).toBe(1n);
    expect((await fx.client.unlink({ keys: [binary(2), binary(3)] })).unlinked).toBe(2n);
    expect((await fx.client.exists({ keys: [binary(2)] })).count).toBe(0n);
  });

  it("EXPIRE and PEXPIRE with NX/XX/GT/LT, TTL, PTTL, PERSIST", async () => {
    await fx.client.set({ key: b("e"), value: b("v") });
    expect((await fx.client.ttl({ key: b("nokey") })).seconds).toBe(-2n);
    expect((await fx.client.ttl({ key: b("e") })).seconds).toBe(-1n);
    expect((await fx.client.expire({ key: b("e"), seconds: 100n, condition: ExpireCondition.XX })).set).toBe(false);
    expect((await fx.client.expire({ key: b("e"), seconds: 100n, condition: ExpireCondition.NX })).set).toBe(true);
    expect((await fx.client.expire({ key: b("e"), seconds: 50n, condition: ExpireCondition.GT })).set).toBe(false);
    expect((await fx.client.expire({ key: b("e"), seconds: 50n, condition: ExpireCondition.LT })).set).toBe(true);
    expect((await fx.client.ttl({ key: b("e") })).seconds).toBeLessThanOrEqual(50n);
    expect((await fx.client.pExpire({ key: b("e"), milliseconds: 200_000n, condition: ExpireCondition.GT })).set).toBe(true);
    expect((await fx.client.pTtl({ key: b("e") })).milliseconds).toBeGreaterThan(190_000n);
    expect((await fx.client.persist({ key: b("e") })).persisted).toBe(true);
    expect((await fx.client.persist({ key: b("e") })).persisted).toBe(false);
    expect((await fx.client.expire({ key: b("nokey"), seconds: 10n })).set).toBe(false);
    await fx.client.pExpire({ key: b("e"), milliseconds: 100n });
    expect((await fx.client.pTtl({ key: b("e") })).milliseconds).toBeLessThanOrEqual(100n);
    await waitFor(async () => (await fx.client.exists({ keys: [b("e")] })).count === 0n, { what: "the PEXPIRE key to expire" });
  });

  it("TYPE and RENAME (and RENAMENX)", async () => {
    await fx.client.set({ key: binary(20), value: b("v") });
    expect((await fx.client.type({ key: binary(20) })).type).toBe("string");
    expect((await fx.client.type({ key: b("nothing") })).type).toBe("none");
    await fx.client.hSet({ key: b("h-for-type"), fields: [{ field: b("f"), value: b("v") }] });
    expect((await fx.client.type({ key: b("h-for-type") })).type).toBe("hash");
    expect((await fx.client.rename({ key: binary(20), newKey: binary(21) })).renamed).toBe(true);
    expect((await fx.client.get({ key: binary(21) })).value).toEqual(b("v"));
    await fx.client.set({ key: b("taken"), value: b("t") });
    expect((await fx.client.rename({ key: binary(21), newKey: b("taken"), onlyIfNewKeyMissing: true })).renamed).toBe(false);
    await expectError(fx.client.rename({ key: b("no-such"), newKey: b("x") }), Code.InvalidArgument, { reason: "ERROR_REASON_STATEMENT_FAILED" });
  });

  it("SCAN pages with MATCH, COUNT and TYPE, and as a stream", async () => {
    for (let i = 0; i < 120; i++) await fx.client.set({ key: b(`scan:${i}`), value: b("v") });
    await fx.client.sAdd({ key: b("scan:set"), members: [b("m")] });
    const seen = new Set<string>();
    let cursor = "";
    do {
      const page = await fx.client.scan({ cursor, match: b("scan:*"), count: 20n, type: "string" });
      page.keys.forEach((k) => seen.add(new TextDecoder().decode(k)));
      cursor = page.cursor;
    } while (cursor !== "0");
    expect(seen.size).toBe(120);
    expect(seen.has("scan:set")).toBe(false);

    const streamed = new Set<string>();
    for await (const msg of fx.client.scanStream({ match: b("scan:*"), count: 25n })) msg.keys.forEach((k) => streamed.add(new TextDecoder().decode(k)));
    expect(streamed.size).toBe(121);
    await expectError(fx.client.scan({ cursor: "not-a-cursor" }), Code.InvalidArgument);
  });
});

describe("RedisService deadlines", () => {
  it("stops waiting for a command at the call's deadline, and waits for it without one", async () => {
    const admin = new Redis(fx.server.url);
    try {
      await fx.client.set({ key: b("paused"), value: b("v") });
      // Redis answers nobody for PAUSE_MS: a call that ignored its 100 ms deadline would wait that long.
      const PAUSE_MS = 4_000;
      await admin.call("CLIENT", "PAUSE", String(PAUSE_MS), "ALL");
      const started = Date.now();
      await expectError(fx.client.get({ key: b("paused") }, { timeoutMs: 100 }), Code.DeadlineExceeded);
      expect(Date.now() - started).toBeLessThan(PAUSE_MS - 1_000);
      expect((await fx.client.get({ key: b("paused") })).value).toEqual(b("v"));
      expect(Date.now() - started).toBeGreaterThanOrEqual(PAUSE_MS - 100);
    } finally {
      admin.disconnect();
    }
  });
});

describe("RedisService targets", () => {
  it("a Target names the backend; a namespace or a collection is refused naming the field, before any command runs", async () => {
    await fx.client.set({ target: { backend: "cache" }, key: b("target"), value: b("v") });
    expect((await fx.client.get({ target: { backend: "cache" }, key: b("target") })).value).toEqual(b("v"));
    const namespaced = await expectError(fx.client.set({ target: { namespace: "db1" }, key: b("target"), value: b("w") }), Code.InvalidArgument, {
      reason: "ERROR_REASON_INVALID_FIELD",
      message: /namespace/,
    });
    expect(errorMetadata(namespaced).field).toBe("target.namespace");
    const collected = await expectError(fx.client.get({ target: { collection: "users" }, key: b("target") }), Code.InvalidArgument, { message: /collection/ });
    expect(errorMetadata(collected).field).toBe("target.collection");
    expect((await fx.client.get({ key: b("target") })).value).toEqual(b("v"));
    await expectError(fx.client.get({ target: { backend: "nope" }, key: b("target") }), Code.NotFound);
  });

  it("a Redis error reply carries its code in ErrorInfo metadata native_code", async () => {
    await fx.client.lPush({ key: b("a-list"), values: [b("x")] });
    const err = await expectError(fx.client.get({ key: b("a-list") }), Code.InvalidArgument, { reason: "ERROR_REASON_STATEMENT_FAILED", message: /WRONGTYPE/ });
    expect(errorMetadata(err)).toEqual({ backend: "cache", native_code: "WRONGTYPE" });
  });
});
