import { create } from "@bufbuild/protobuf";
import { Code, ConnectError } from "@connectrpc/connect";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PfMergeRequestSchema } from "../../gen/ts/dbx/redis/v1/hyperloglog_pb.js";
import { RenameRequestSchema } from "../../gen/ts/dbx/redis/v1/keys_pb.js";
import { BLMoveRequestSchema } from "../../gen/ts/dbx/redis/v1/lists_pb.js";
import { XReadRequestSchema } from "../../gen/ts/dbx/redis/v1/streams_pb.js";
import { MSetRequestSchema } from "../../gen/ts/dbx/redis/v1/strings_pb.js";
import { RedisService } from "../../gen/ts/dbx/redis/v1/redis_service_pb.js";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import { QueryService } from "../../gen/ts/dbx/v1/query_pb.js";
import { TransactionService } from "../../gen/ts/dbx/v1/transaction_pb.js";
import { ANY_KEY_METHODS, NO_KEY_METHODS, redisRequestKeys, unclassifiedKeyFields } from "../../src/auth/redis-keys.js";
import type { KeyScope } from "../../src/backends/key-scope.js";
import { reasonOf } from "../../src/errors/dbx-error.js";
import type { Protocol, TestServer } from "../support/dbx-server.js";
import { startRedisServer, type RedisServer } from "../support/redis-server.js";
import { errorMetadata, record, rejection, v } from "../support/values.js";
import { bearer, redisCommands, startAuthServer, token } from "./support.js";

const b = (text: string) => new TextEncoder().encode(text);
const texts = (scope: KeyScope): string[] => (scope.kind === "keys" ? scope.keys.map((k) => new TextDecoder().decode(k)) : [scope.kind]);

describe("the keys of every RedisService method come from one place, derived from the contract", () => {
  const keysOf = redisRequestKeys(RedisService);

  it("every bytes field of every request is classified as a key or not, and every method without keys is decided", () => {
    // A new method whose request holds keys under a new field name, or takes no key field, fails here until it is decided.
    expect(unclassifiedKeyFields(RedisService)).toEqual([]);
    for (const method of RedisService.methods) expect(keysOf.has(method.name), method.name).toBe(true);
  });

  it("reads keys at any depth and under every key field name", () => {
    const keys = (method: string, request: object) => texts(keysOf.get(method)!(request));
    expect(keys("MSet", create(MSetRequestSchema, { pairs: [{ key: b("a"), value: b("1") }, { key: b("b"), value: b("2") }] }))).toEqual(["a", "b"]);
    expect(keys("XRead", create(XReadRequestSchema, { streams: [{ key: b("s1") }, { key: b("s2"), id: "0" }] }))).toEqual(["s1", "s2"]);
    expect(keys("Rename", create(RenameRequestSchema, { key: b("old"), newKey: b("new") }))).toEqual(["old", "new"]);
    expect(keys("BLMove", create(BLMoveRequestSchema, { source: b("from"), destination: b("to") })).sort()).toEqual(["from", "to"]);
    expect(keys("PfMerge", create(PfMergeRequestSchema, { destination: b("d"), sources: [b("s1"), b("s2")] })).sort()).toEqual(["d", "s1", "s2"]);
  });

  it("command lines, scripts, scans, flushes and Pub/Sub touch keys DBX cannot know; PING and INFO none", () => {
    for (const method of ANY_KEY_METHODS) expect(keysOf.get(method)!({}), method).toEqual({ kind: "any" });
    for (const method of NO_KEY_METHODS) expect(keysOf.get(method)!({}), method).toEqual({ kind: "keys", keys: [] });
    expect(ANY_KEY_METHODS).toContain("Eval");
    expect(ANY_KEY_METHODS).toContain("Pipeline");
  });
});

/** Reads a server stream to its end (or its error). */
async function drain(stream: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of stream) break;
}

describe("key rules against a real Redis (key prefix app:), over gRPC and Connect", () => {
  let redisServer: RedisServer;
  let redis: Redis;
  let server: TestServer;

  beforeAll(async () => {
    redisServer = await startRedisServer();
    redis = new Redis(redisServer.url);
    server = await startAuthServer({
      backends: { cache: { url: redisServer.url, keyPrefix: "app:", enableScripting: true } },
      defaultBackend: "cache",
      auth: {
        roles: {
          sessions: { rules: [{ allow: ["read", "write", "stream"], keys: ["session:*"] }] },
          "cache-reader": { rules: [{ allow: ["read"], keys: ["cache:*"] }] },
          "no-secrets": { rules: [{ allow: ["*"] }, { deny: ["*"], keys: ["secret:*"] }] },
        },
      },
    });
  });
  afterAll(async () => {
    await server?.close();
    redis?.disconnect();
    await redisServer?.stop();
  });

  const as = async (role: string) => bearer(await token(role, role));

  /** The refusal of a call, checked to have reached Redis with no command at all (INFO itself aside). */
  async function refusedBeforeRedis(call: () => Promise<unknown>): Promise<ConnectError> {
    const before = await redisCommands(redis);
    const error = await rejection(call());
    const after = await redisCommands(redis);
    delete before.info;
    delete after.info;
    expect(after).toEqual(before);
    expect(error.code, error.message).toBe(Code.PermissionDenied);
    expect(reasonOf(error)).toBe("ERROR_REASON_PERMISSION_DENIED");
    return error;
  }

  it.each(["grpc", "connect"] as Protocol[])("a role for session:* reads and writes its keys (stored under the prefix) and no other, over %s", async (protocol) => {
    const headers = await as("sessions");
    const client = server.client(RedisService, protocol);
    await client.set({ key: b(`session:${protocol}`), value: b("v") }, { headers });
    expect(new TextDecoder().decode((await client.get({ key: b(`session:${protocol}`) }, { headers })).value)).toBe("v");
    // Keys are matched as the client names them: Redis holds them under the backend's prefix.
    expect(await redis.get(`app:session:${protocol}`)).toBe("v");
    await redis.set("app:cache:1", "c");
    const err = await refusedBeforeRedis(() => client.get({ key: b("cache:1") }, { headers }));
    expect(err.rawMessage).toContain('key "cache:1"');
    expect(errorMetadata(err)).toMatchObject({ key: "cache:1", backend: "cache", group: "read" });
  });

  it.each(["grpc", "connect"] as Protocol[])("a multi-key call with one key outside is refused whole, naming that key, and nothing reaches Redis, over %s", async (protocol) => {
    const headers = await as("sessions");
    const client = server.client(RedisService, protocol);
    const err = await refusedBeforeRedis(() =>
      client.mSet({ pairs: [{ key: b(`session:m-${protocol}`), value: b("1") }, { key: b(`other:m-${protocol}`), value: b("2") }] }, { headers }),
    );
    expect(errorMetadata(err).key).toBe(`other:m-${protocol}`);
    expect(await redis.exists(`app:session:m-${protocol}`, `app:other:m-${protocol}`)).toBe(0);
    for (const call of [
      () => client.del({ keys: [b("session:1"), b("cache:1")] }, { headers }),
      () => client.rename({ key: b(`session:${protocol}`), newKey: b("stolen") }, { headers }),
      () => client.sInterStore({ destination: b("session:out"), keys: [b("session:a"), b("secret:b")] }, { headers }),
    ]) {
      await refusedBeforeRedis(call);
    }
    expect(await redis.exists("app:cache:1")).toBe(1);
  });

  it("a read-only role for cache:* reads its keys, and may not write them", async () => {
    const headers = await as("cache-reader");
    const client = server.client(RedisService, "grpc");
    await redis.set("app:cache:r", "x");
    expect((await client.mGet({ keys: [b("cache:r"), b("cache:none")] }, { headers })).values).toHaveLength(2);
    const err = await refusedBeforeRedis(() => client.set({ key: b("cache:r"), value: b("y") }, { headers }));
    expect(errorMetadata(err).group).toBe("write");
    expect(await redis.get("app:cache:r")).toBe("x");
  });

  it("a deny for secret:* wins over an allow for everything, for typed commands, command lines and scripts", async () => {
    const headers = await as("no-secrets");
    const client = server.client(RedisService, "connect");
    await client.set({ key: b("public:1"), value: b("p") }, { headers });
    const err = await refusedBeforeRedis(() => client.mGet({ keys: [b("public:1"), b("secret:1")] }, { headers }));
    expect(errorMetadata(err).key).toBe("secret:1");
    // Keys DBX cannot know might be secret ones: refused, whatever the command line or script says.
    for (const call of [
      () => client.pipeline({ commands: [{ name: "GET", args: [b("public:1")] }] }, { headers }),
      () => client.eval({ script: "return 1", keys: [b("public:1")] }, { headers }),
      () => client.scan({ cursor: "0" }, { headers }),
      () => server.client(QueryService, "grpc").execute({ statement: "GET public:1" }, { headers }),
    ]) {
      const refused = await refusedBeforeRedis(call);
      expect(errorMetadata(refused).key).toBe("*");
      expect(refused.rawMessage).toContain("keys DBX cannot know");
    }
    // A call that touches no key is not one a deny for some keys covers.
    await client.ping({}, { headers });
  });

  it.each(["grpc", "connect"] as Protocol[])("the generic commands (Pipeline, Multi, Eval, Scan, Publish) are refused for a role with key patterns, over %s", async (protocol) => {
    const headers = await as("sessions");
    const client = server.client(RedisService, protocol);
    for (const call of [
      () => client.pipeline({ commands: [{ name: "GET", args: [b("session:1")] }] }, { headers }),
      () => client.multi({ commands: [{ name: "SET", args: [b("session:1"), b("x")] }], watchKeys: [b("session:1")] }, { headers }),
      () => client.scan({ cursor: "0", match: b("session:*") }, { headers }),
      () => client.publish({ channel: b("session:news"), message: b("hi") }, { headers }),
      () => drain(client.subscribe({ channels: [b("session:news")] }, { headers })),
    ]) {
      expect(errorMetadata(await refusedBeforeRedis(call)).key).toBe("*");
    }
    // Touches no key: allowed only by rules for every key, as calls naming no collection are.
    expect(errorMetadata(await refusedBeforeRedis(() => client.ping({}, { headers }))).key).toBeUndefined();
  });

  it("streams are checked when they open: XRead of a stream outside the role's keys is refused", async () => {
    const headers = await as("sessions");
    const client = server.client(RedisService, "grpc");
    const err = await refusedBeforeRedis(() => drain(client.xRead({ streams: [{ key: b("session:events") }, { key: b("audit:events") }] }, { headers })));
    expect(errorMetadata(err).key).toBe("audit:events");
  });

  it("the universal services on Redis: a collection is the keys `<collection>:*`, allowed when a pattern covers them all", async () => {
    const sessions = await as("sessions");
    const data = server.client(DataService, "grpc");
    await data.put({ target: { collection: "session" }, key: v.str("abc"), record: record({ n: v.int(1) }) }, { headers: sessions });
    expect(await redis.exists("app:session:abc")).toBe(1);
    const err = await refusedBeforeRedis(() => data.get({ target: { collection: "cache" }, key: v.str("1") }, { headers: sessions }));
    expect(errorMetadata(err)).toMatchObject({ key: "cache:*", collection: "cache" });
    const noSecrets = await as("no-secrets");
    await refusedBeforeRedis(() => data.put({ target: { collection: "secret" }, key: v.str("1"), record: record({ n: v.int(1) }) }, { headers: noSecrets }));
    await data.put({ target: { collection: "open" }, key: v.str("1"), record: record({ n: v.int(1) }) }, { headers: noSecrets });
  });

  it("a batch is checked on every collection its operations name, not only its own target's", async () => {
    const sessions = await as("sessions");
    const operations = [
      { key: v.str("b1"), operation: { case: "put" as const, value: record({ n: v.int(1) }) } },
      { target: { collection: "cache" }, key: v.str("b2"), operation: { case: "put" as const, value: record({ n: v.int(2) }) } },
    ];
    for (const call of [
      () => server.client(DataService, "grpc").batchWrite({ target: { collection: "session" }, operations }, { headers: sessions }),
      () => server.client(TransactionService, "connect").atomicBatch({ target: { collection: "session" }, operations }, { headers: sessions }),
    ]) {
      expect(errorMetadata(await refusedBeforeRedis(call))).toMatchObject({ key: "cache:*", collection: "cache" });
    }
    expect(await redis.exists("app:session:b1", "app:cache:b2")).toBe(0);
  });
});
