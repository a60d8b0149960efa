import { Code } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TransactionService } from "../../gen/ts/dbx/v1/transaction_pb.js";
import { startTestServer, type TestServer } from "../support/dbx-server.js";
import { startRedisServer, type RedisServer } from "../support/redis-server.js";
import { expectError } from "../support/values.js";

// Redis transactions are optimistic, so several can be open at once on one backend.
describe("open transaction limit (transactions.maxOpen)", () => {
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
    await tx.begin({});
    await expectError(tx.begin({}), Code.ResourceExhausted, { reason: "TOO_MANY_TRANSACTIONS", message: /2 open transactions/ });
    await tx.rollback({ transactionId: first.transactionId });
    expect((await tx.begin({})).transactionId).not.toBe("");
  });
});
