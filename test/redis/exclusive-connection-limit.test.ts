import { Code } from "@connectrpc/connect";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RedisService } from "../../gen/ts/dbx/redis/v1/redis_service_pb.js";
import { TransactionService } from "../../gen/ts/dbx/v1/transaction_pb.js";
import type { Backend } from "../../src/backends/backend.js";
import { startTestServer, type TestServer } from "../support/dbx-server.js";
import { startRedisServer, type RedisServer } from "../support/redis-server.js";
import { expectError } from "../support/values.js";
import { waitFor } from "../support/wait-for.js";

const LIMIT = 3;
const b = (text: string): Uint8Array => new TextEncoder().encode(text);

// Blocking pops, XRead streams, Multi, AtomicBatch and transactions each take a Redis connection of their
// own. Nothing bounded how many: every concurrent BLPop opened one more, up to Redis's maxclients (then
// Redis refuses everybody, DBX's shared connection included) or the process's fd limit.
describe("Redis maxExclusiveConnections bounds the dedicated connections", () => {
  let redis: RedisServer;
  let server: TestServer;
  let admin: Redis;
  let backend: Backend;
  beforeAll(async () => {
    redis = await startRedisServer();
    admin = new Redis(redis.port, "127.0.0.1");
    server = await startTestServer({ defaultBackend: "cache", backends: { cache: { url: redis.url, maxExclusiveConnections: LIMIT } } });
    backend = server.server.registry.get("cache");
  });
  afterAll(async () => {
    admin?.disconnect();
    await server?.close();
    await redis?.stop();
  });

  it("one more blocking call or transaction past the limit is refused with UNAVAILABLE naming the setting; a freed connection serves again", async () => {
    const r = server.client(RedisService, "grpc");
    const tx = server.client(TransactionService, "grpc");
    const ac = new AbortController();
    const blocked = Array.from({ length: LIMIT }, () => r.bLPop({ keys: [b("empty")] }, { signal: ac.signal }).catch(() => undefined));
    await waitFor(() => backend.stats().exclusive_leased === String(LIMIT), { what: "the blocking calls holding every dedicated connection" });

    await expectError(r.bLPop({ keys: [b("empty")] }), Code.Unavailable, { reason: "ERROR_REASON_BACKEND_UNAVAILABLE", message: /maxExclusiveConnections/ });
    await expectError(tx.begin({}), Code.Unavailable, { message: /maxExclusiveConnections/ });
    await expectError(r.multi({ commands: [{ name: "INCR", args: [b("n")] }] }), Code.Unavailable, { message: /maxExclusiveConnections/ });
    const clients = ((await admin.call("CLIENT", "LIST")) as string).split("\n").filter((line) => / name=dbx /.test(line));
    expect(clients.length).toBeLessThanOrEqual(LIMIT + 1);

    ac.abort();
    await Promise.all(blocked);
    await waitFor(() => backend.stats().exclusive_leased === "0", { what: "the dedicated connections released" });
    const t = await tx.begin({});
    await tx.rollback({ transactionId: t.transactionId });
    expect((await r.multi({ commands: [{ name: "INCR", args: [b("n")] }] })).results).toHaveLength(1);
  }, 30_000);
});
