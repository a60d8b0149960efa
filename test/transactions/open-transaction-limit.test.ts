import { durationFromMs, timestampMs } from "@bufbuild/protobuf/wkt";
import { Code } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TransactionService } from "../../gen/ts/dbx/v1/transaction_pb.js";
import { startTestServer, type TestServer } from "../support/dbx-server.js";
import { startRedisServer, type RedisServer } from "../support/redis-server.js";
import { expectError } from "../support/values.js";

// Redis transactions are optimistic, so several can be open at once on one backend.
describe("transaction limits (transactions.maxOpen, maxIdleTimeoutMs)", () => {
  let redis: RedisServer;
  let server: TestServer;
  beforeAll(async () => {
    redis = await startRedisServer();
    server = await startTestServer({
      defaultBackend: "cache",
      backends: { cache: { url: redis.url } },
      transactions: { defaultIdleTimeoutMs: 10_000, maxIdleTimeoutMs: 60_000, maxOpen: 2 },
    });
  });
  afterAll(async () => {
    await server?.close();
    await redis?.stop();
  });

  it("refuses one more with RESOURCE_EXHAUSTED, and accepts again once one ends", async () => {
    const tx = server.client(TransactionService);
    const first = await tx.begin({});
    const second = await tx.begin({});
    await expectError(tx.begin({}), Code.ResourceExhausted, { reason: "ERROR_REASON_TOO_MANY_TRANSACTIONS", message: /2 open transactions/ });
    await tx.rollback({ transactionId: first.transactionId });
    const third = await tx.begin({});
    expect(third.transactionId).not.toBe("");
    for (const t of [second, third]) await tx.rollback({ transactionId: t.transactionId });
  });

  it("caps a requested idle timeout at transactions.maxIdleTimeoutMs and refuses a negative one", async () => {
    const tx = server.client(TransactionService);
    const before = Date.now();
    const long = await tx.begin({ idleTimeout: durationFromMs(3_600_000) });
    const expiresInMs = timestampMs(long.expireTime!) - before;
    expect(expiresInMs).toBeGreaterThan(50_000);
    expect(expiresInMs).toBeLessThanOrEqual(61_000);
    await tx.rollback({ transactionId: long.transactionId });
    await expectError(tx.begin({ idleTimeout: { seconds: -1n } }), Code.InvalidArgument, { message: /idle_timeout/ });
  });
});
