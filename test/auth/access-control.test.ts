import { readFileSync } from "node:fs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Code, ConnectError } from "@connectrpc/connect";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { RedisService } from "../../gen/ts/dbx/redis/v1/redis_service_pb.js";
import { SqlService } from "../../gen/ts/dbx/sql/v1/sql_pb.js";
import { ColumnType } from "../../gen/ts/dbx/sql/v1/schema_pb.js";
import { AdminService } from "../../gen/ts/dbx/v1/admin_pb.js";
import { ApiKeyService } from "../../gen/ts/dbx/v1/api_keys_pb.js";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import { StreamService } from "../../gen/ts/dbx/v1/stream_pb.js";
import { TransactionService } from "../../gen/ts/dbx/v1/transaction_pb.js";
import { RetryInfoSchema } from "../../gen/ts/google/rpc/error_details_pb.js";
import { reasonOf } from "../../src/errors/dbx-error.js";
import { PROTOCOLS, startTestServer, type Protocol, type TestServer } from "../support/dbx-server.js";
import { startRedisServer, type RedisServer } from "../support/redis-server.js";
import { errorMetadata, record, rejection, v } from "../support/values.js";
import { waitFor } from "../support/wait-for.js";
import { bearer, JWT_SECRET, redisCommands, startAuthServer, token } from "./support.js";

const people = { collection: "people" };
const bytes = (text: string) => new TextEncoder().encode(text);

describe("access control against a Redis backend: refused calls never reach it", () => {
  let redisServer: RedisServer;
  let redis: Redis;
  let server: TestServer & { keyStore: string };

  beforeAll(async () => {
    redisServer = await startRedisServer();
    redis = new Redis(redisServer.url);
    server = await startAuthServer({ backends: { cache: { url: redisServer.url } }, defaultBackend: "cache" });
  });
  afterAll(async () => {
    await server?.close();
    redis?.disconnect();
    await redisServer?.stop();
  });

  /** Refused calls, and the commands Redis ran meanwhile (INFO itself excluded). */
  async function refusedWithoutRedis(calls: readonly (() => Promise<unknown>)[]): Promise<ConnectError[]> {
    const before = await redisCommands(redis);
    const errors = await Promise.all(calls.map((call) => rejection(call())));
    const after = await redisCommands(redis);
    delete before.info;
    delete after.info;
    expect(after).toEqual(before);
    return errors;
  }

  it.each(PROTOCOLS)("no credential: UNAUTHENTICATED over %s, on both transport paths, and Redis runs nothing", async (protocol) => {
    const errors = await refusedWithoutRedis([
      () => server.client(DataService, protocol).get({ target: { collection: "k" }, key: v.str("a") }),
      () => server.client(RedisService, protocol).get({ key: bytes("k") }),
    ]);
    for (const err of errors) {
      expect(err.code).toBe(Code.Unauthenticated);
      expect(reasonOf(err)).toBe("ERROR_REASON_UNAUTHENTICATED");
    }
  });

  it("bad tokens are refused UNAUTHENTICATED and nothing reaches Redis: expired, alg none, other audience, bad signature, oversized, garbage", async () => {
    const valid = await token("w", "writer");
    const [header, payload] = valid.split(".");
    const none = `${Buffer.from(JSON.stringify({ alg: "none" })).toString("base64url")}.${payload}.`;
    const tokens = [
      await token("w", "writer", { ttlSeconds: -120 }),
      none,
      await token("w", "writer", { audience: "someone-else" }),
      `${header}.${payload}.${"A".repeat(43)}`,
      `${header}.${Buffer.from(JSON.stringify({ sub: "w", role: "writer", pad: "x".repeat(9_000) })).toString("base64url")}.sig`,
      "not-a-token",
    ];
    for (const protocol of ["grpc", "connect"] as Protocol[]) {
      const errors = await refusedWithoutRedis(
        tokens.map((t) => () => server.client(DataService, protocol).put({ target: { collection: "k" }, key: v.str("a"), record: record({ n: v.int(1) }) }, { headers: bearer(t) })),
      );
      for (const err of errors) {
        expect(err.code, err.message).toBe(Code.Unauthenticated);
        expect(err.rawMessage).not.toContain(JWT_SECRET);
      }
    }
  });

  it("a reader is refused writes and destructive commands, a writer FLUSHALL, both with PERMISSION_DENIED, and Redis runs nothing", async () => {
    const reader = bearer(await token("r", "reader"));
    const writer = bearer(await token("w", "writer"));
    const errors = await refusedWithoutRedis([
      () => server.client(RedisService, "grpc").set({ key: bytes("k"), value: bytes("v") }, { headers: reader }),
      () => server.client(DataService, "connect").put({ target: { collection: "k" }, key: v.str("a"), record: record({ n: v.int(1) }) }, { headers: reader }),
      () => server.client(RedisService, "grpc").flushAll({}, { headers: writer }),
      () => server.client(RedisService, "connect").eval({ script: "return 1" }, { headers: writer }),
    ]);
    for (const err of errors) {
      expect(err.code).toBe(Code.PermissionDenied);
      expect(reasonOf(err)).toBe("ERROR_REASON_PERMISSION_DENIED");
    }
    expect(errorMetadata(errors[2]).group).toBe("admin");
    expect(errorMetadata(errors[3]).group).toBe("scripting");
    // Allowed calls do reach it.
    await server.client(RedisService, "grpc").set({ key: bytes("k"), value: bytes("v") }, { headers: writer });
    expect((await server.client(RedisService, "connect").get({ key: bytes("k") }, { headers: reader })).value).toBeDefined();
  });

  it("the key store is out of a non-admin's reach: it cannot list, make or revoke keys, nor make itself an admin key", async () => {
    const admin = bearer(await token("root", "admin"));
    const { secret: writerKey } = await server.client(ApiKeyService, "connect").createApiKey({ role: "writer", name: "w" }, { headers: admin });
    for (const headers of [{ "x-api-key": writerKey }, bearer(await token("w", "writer"))]) {
      const keys = server.client(ApiKeyService, "grpc");
      for (const call of [() => keys.listApiKeys({}, { headers }), () => keys.createApiKey({ role: "admin" }, { headers }), () => keys.revokeApiKey({ id: "0123456789abcdef" }, { headers })]) {
        const err = await rejection(call());
        expect(err.code).toBe(Code.PermissionDenied);
        expect(errorMetadata(err).group).toBe("admin");
      }
    }
    // The store's file is no backend: no Target reaches it.
    const err = await rejection(server.client(DataService, "connect").get({ target: { backend: server.keyStore, collection: "api_keys" }, key: v.str("x") }, { headers: admin }));
    expect(reasonOf(err)).toBe("ERROR_REASON_UNKNOWN_BACKEND");
  });

  it("an API key works as x-api-key and as a bearer token; revoked, it is refused at once", async () => {
    const admin = bearer(await token("root", "admin"));
    const keys = server.client(ApiKeyService, "connect");
    const { key, secret } = await keys.createApiKey({ role: "reader", name: "r" }, { headers: admin });
    const get = (headers: Record<string, string>) => server.client(RedisService, "grpc").get({ key: bytes("k") }, { headers });
    await get({ "x-api-key": secret });
    await get(bearer(secret));
    await keys.revokeApiKey({ id: key!.id }, { headers: admin });
    const err = await rejection(get({ "x-api-key": secret }));
    expect(err.code).toBe(Code.Unauthenticated);
    expect(err.rawMessage).not.toContain(secret);
  });
});

describe("access control on SQLite: collections, transactions, streams, anonymous callers, the audit log", () => {
  let server: TestServer & { keyStore: string };
  let dir: string;
  let audit: string;
  const admin = async () => bearer(await token("root", "admin"));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "dbx-audit-"));
    audit = join(dir, "audit.jsonl");
    server = await startAuthServer({ auth: { audit: { file: audit }, anonymousRole: "reader" } });
    const sql = server.client(SqlService);
    for (const name of ["people", "orders", "orders_locked", "customers"]) {
      await sql.createTable(
        { target: { collection: name }, columns: [{ name: "id", type: ColumnType.STRING }, { name: "n", type: ColumnType.INT64 }], primaryKey: ["id"] },
        { headers: await admin() },
      );
    }
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("rules by collection are decided once the call names its collection (clerk: orders and orders_*, not orders_locked)", async () => {
    const clerk = bearer(await token("c", "clerk"));
    const put = (collection: string) => server.client(DataService, "grpc").put({ target: { collection }, key: v.str("1"), record: record({ n: v.int(1) }) }, { headers: clerk });
    await put("orders");
    for (const collection of ["orders_locked", "customers"]) {
      const err = await rejection(put(collection));
      expect(err.code).toBe(Code.PermissionDenied);
      expect(errorMetadata(err)).toMatchObject({ group: "write", collection });
    }
    // Reads are allowed everywhere; statements (native-query) nowhere.
    await server.client(DataService, "connect").get({ target: { collection: "orders" }, key: v.str("1") }, { headers: clerk });
    expect((await rejection(server.client(SqlService, "connect").query({ source: { case: "sql", value: "SELECT 1" } }, { headers: clerk }))).code).toBe(Code.PermissionDenied);
  });

  it("without a credential the anonymous role (reader here) serves: reads pass, writes are refused", async () => {
    await expect(server.client(DataService, "connect").get({ target: people, key: v.str("x") })).rejects.toMatchObject({ code: Code.NotFound });
    expect((await rejection(server.client(DataService, "grpc").put({ target: people, key: v.str("x"), record: record({ n: v.int(1) }) }))).code).toBe(Code.PermissionDenied);
  });

  it("a transaction belongs to its caller: another caller's use, commit or rollback finds no such transaction", async () => {
    const alice = bearer(await token("alice", "writer"));
    const bob = bearer(await token("bob", "writer"));
    const tx = server.client(TransactionService, "connect");
    const { transactionId } = await tx.begin({}, { headers: alice });
    const put = (headers: Record<string, string>) => server.client(DataService, "connect").put({ target: people, key: v.str("t"), record: record({ n: v.int(1) }), transactionId }, { headers });
    for (const call of [() => put(bob), () => tx.commit({ transactionId }, { headers: bob }), () => tx.rollback({ transactionId }, { headers: bob })]) {
      const err = await rejection(call());
      expect(err.code).toBe(Code.FailedPrecondition);
      expect(reasonOf(err)).toBe("ERROR_REASON_TRANSACTION_NOT_FOUND");
    }
    await put(alice);
    await tx.rollback({ transactionId }, { headers: alice });
  });

  it("a Watch ends with UNAUTHENTICATED when its token expires, and when its API key is revoked", async () => {
    const keys = server.client(ApiKeyService, "grpc");
    const { key, secret } = await keys.createApiKey({ role: "reader" }, { headers: await admin() });
    const credentials: Record<string, string>[] = [bearer(await token("short", "reader", { ttlSeconds: 2 })), { "x-api-key": secret }];
    for (const headers of credentials) {
      const started = Date.now();
      const watching = (async () => {
        for await (const message of server.client(StreamService, "connect").watch({ target: people }, { headers })) {
          if (message.event.case === "ready" && "x-api-key" in headers) await keys.revokeApiKey({ id: key!.id }, { headers: await admin() });
        }
      })();
      const err = await rejection(watching);
      expect(err.code).toBe(Code.Unauthenticated);
      expect(Date.now() - started).toBeLessThan(10_000);
    }
    // Nothing left watching: the backend's watcher count is back to 0.
    const headers = await admin();
    await waitFor(async () => (await server.client(AdminService, "connect").getStats({ backend: "default" }, { headers })).details.watchers === "0", {
      what: "the ended watches released",
    });
  });

  it("the audit log has one line per refusal and per audited call, with the request id and who, and no credential", async () => {
    const writerToken = await token("auditee", "writer");
    await rejection(server.client(SqlService, "connect").exec({ source: { case: "sql", value: "DELETE FROM people" } }, { headers: bearer(writerToken) }));
    await rejection(server.client(DataService, "connect").get({ target: people, key: v.str("x") }, { headers: bearer("garbage") }));
    await server.client(SqlService, "grpc").exec({ source: { case: "sql", value: "DELETE FROM people WHERE id = 'none'" } }, { headers: await admin() });
    await waitFor(() => readFileSync(audit, "utf8").includes("native-query_call"), { what: "the audit log written" });
    const lines = readFileSync(audit, "utf8").trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toContainEqual(expect.objectContaining({ event: "permission_denied", subject: "auditee", via: "jwt", group: "native-query", rpc: "dbx.sql.v1.SqlService/Exec" }));
    expect(lines).toContainEqual(expect.objectContaining({ event: "authentication_failed", rpc: "dbx.v1.DataService/Get", outcome: "Unauthenticated" }));
    expect(lines).toContainEqual(expect.objectContaining({ event: "native-query_call", subject: "root", outcome: "OK" }));
    for (const line of lines) expect(typeof line.requestId).toBe("string");
    const text = readFileSync(audit, "utf8");
    expect(text).not.toContain(writerToken);
    expect(text).not.toContain("garbage");
    expect(text).not.toContain("DELETE FROM");
  });
});

describe("rate limits shared by two DBX instances through Redis", () => {
  let redisServer: RedisServer;
  const servers: TestServer[] = [];

  beforeAll(async () => {
    redisServer = await startRedisServer();
    for (let i = 0; i < 2; i++) {
      servers.push(await startAuthServer({ auth: { rateLimits: { store: { redis: redisServer.url }, perIdentity: { callsPerSecond: 0.1, burst: 6 } } } }));
    }
  });
  afterAll(async () => {
    for (const s of servers) await s.close();
    await redisServer?.stop();
  });

  it("one identity's calls count on both: the 7th, on either, is RATE_LIMITED with a RetryInfo and rate-limit headers", async () => {
    const headers = bearer(await token("limited", "reader"));
    const call = (i: number) => servers[i % 2].client(DataService, i % 4 < 2 ? "grpc" : "connect").count({ target: { collection: "none" } }, { headers });
    const outcomes: (Code | "ok")[] = [];
    for (let i = 0; i < 6; i++) outcomes.push(await call(i).then(() => "ok" as const, (e: unknown) => ConnectError.from(e).code));
    // The table does not exist: NOT_FOUND means the call got through the limit.
    expect(outcomes.every((o) => o === Code.NotFound)).toBe(true);
    const err = await rejection(call(6));
    expect(err.code).toBe(Code.ResourceExhausted);
    expect(reasonOf(err)).toBe("ERROR_REASON_RATE_LIMITED");
    expect(errorMetadata(err)).toMatchObject({ scope: "identity" });
    expect(err.findDetails(RetryInfoSchema)[0]?.retryDelay).toBeDefined();
    expect(err.metadata.get("retry-after")).toBeTruthy();
    // Another identity has its own budget.
    await expect(servers[1].client(DataService, "connect").count({ target: { collection: "none" } }, { headers: bearer(await token("other", "reader")) })).rejects.toMatchObject({ code: Code.NotFound });
  });
});

describe("backend limits, applied once a call names its backend", () => {
  let server: TestServer & { keyStore: string };
  beforeAll(async () => {
    server = await startAuthServer({
      auth: { rateLimits: { perBackend: { default: { callsPerSecond: 0.5, burst: 4 } } } },
    });
    await server.client(SqlService).createTable(
      { target: people, columns: [{ name: "id", type: ColumnType.STRING }], primaryKey: ["id"] },
      { headers: bearer(await token("root", "admin")) },
    );
  });
  afterAll(() => server?.close());

  it("calls per second to a backend count every caller together; the 4th is RATE_LIMITED with scope backend", async () => {
    const count = async (subject: string) => server.client(DataService, "connect").count({ target: { collection: "none" } }, { headers: bearer(await token(subject, "reader")) });
    for (const subject of ["a", "b", "c"]) await expect(count(subject)).rejects.toMatchObject({ code: Code.NotFound });
    const err = await rejection(count("d"));
    expect(err.code).toBe(Code.ResourceExhausted);
    expect(errorMetadata(err)).toMatchObject({ scope: "backend", limit: "0.5" });
    expect(err.findDetails(RetryInfoSchema)[0]?.retryDelay).toBeDefined();
  });

  it("one identity's calls in flight on a backend are bounded; a place is given back when the call ends", async () => {
    const server = await startAuthServer({ auth: { concurrency: { perIdentity: 1 } } });
    onTestFinished(() => server.close());
    await server.client(SqlService).createTable(
      { target: people, columns: [{ name: "id", type: ColumnType.STRING }], primaryKey: ["id"] },
      { headers: bearer(await token("root", "admin")) },
    );
    const alice = bearer(await token("alice", "reader"));
    const first = new AbortController();
    const opened = (async () => {
      for await (const message of server.client(StreamService, "connect").watch({ target: people }, { headers: alice, signal: first.signal })) {
        if (message.event.case === "ready") return;
      }
    })();
    await opened;
    const second = await rejection(
      (async () => {
        for await (const _ of server.client(StreamService, "grpc").watch({ target: people }, { headers: alice })) break;
      })(),
    );
    expect(second.code).toBe(Code.ResourceExhausted);
    expect(errorMetadata(second)).toMatchObject({ scope: "concurrency" });
    first.abort();
    await waitFor(
      async () =>
        server.client(DataService, "grpc").count({ target: people }, { headers: alice }).then(
          () => true,
          (e: unknown) => ConnectError.from(e).code !== Code.ResourceExhausted,
        ),
      { what: "alice's place given back when her Watch ended" },
    );
  });
});

describe("network lists", () => {
  it("a denied client address is refused PERMISSION_DENIED before authentication", async () => {
    const server = await startAuthServer({ auth: { network: { deny: ["127.0.0.0/8", "::1"] } } });
    try {
      for (const protocol of ["grpc", "connect"] as Protocol[]) {
        const err = await rejection(server.client(DataService, protocol).get({ target: people, key: v.str("x") }, { headers: bearer(await token("r", "reader")) }));
        expect(err.code).toBe(Code.PermissionDenied);
        expect(err.rawMessage).toMatch(/client address .* may not call this server/);
      }
    } finally {
      await server.close();
    }
  });
});

describe("without authentication configured, nothing changes", () => {
  it("calls without a credential are served, and a credential sent anyway is ignored", async () => {
    const server = await startTestServer({ backends: { default: { url: "sqlite::memory:" } } });
    try {
      await expect(server.client(DataService, "connect").get({ target: people, key: v.str("x") }, { headers: bearer("anything") })).rejects.toMatchObject({ code: Code.NotFound });
    } finally {
      await server.close();
    }
  });
});
