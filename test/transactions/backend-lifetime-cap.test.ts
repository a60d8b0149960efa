import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IsolationLevel } from "../../gen/ts/dbx/v1/transaction_pb.js";
import type { Backend, BackendTransaction } from "../../src/backends/backend.js";
import { ANONYMOUS, contextOf } from "../../src/backends/operation-context.js";
import { createSqliteBackend } from "../../src/backends/sqlite/index.js";
import { TransactionManager } from "../../src/transactions/transaction-manager.js";
import { waitFor } from "../support/wait-for.js";

/**
 * A database that ends transactions itself (MongoDB after its
 * transactionLifetimeLimitSeconds) says so with BackendTransaction.maxIdleMs,
 * and the idle timeout is capped to it: DBX's timeout rolls the transaction
 * back and frees its slot before the database drops it under a client that
 * still holds the id. Here a SQLite transaction is given such a limit.
 */
describe("the idle timeout never outlives the database's own transaction lifetime", () => {
  let sqlite: Backend;
  beforeAll(async () => {
    sqlite = createSqliteBackend("lite", { url: "sqlite::memory:" });
    await sqlite.open();
  });
  afterAll(() => sqlite?.close());

  it("a Begin asking for 60 s on a backend that keeps transactions 200 ms expires after 200 ms", async () => {
    const limited: Backend = Object.create(sqlite, {
      beginTransaction: {
        value: async (...args: Parameters<NonNullable<Backend["beginTransaction"]>>): Promise<BackendTransaction> =>
          Object.create(await sqlite.beginTransaction!(...args), { maxIdleMs: { value: 200 } }) as BackendTransaction,
      },
    }) as Backend;
    const manager = new TransactionManager({ defaultIdleTimeoutMs: 30_000, maxIdleTimeoutMs: 300_000, maxOpen: 10 });
    const begun = Date.now();
    const { id, expireAt } = await manager.begin(limited, contextOf({ signal: new AbortController().signal }), { namespace: "", readOnly: false, isolationLevel: IsolationLevel.UNSPECIFIED, deferrable: false }, 60_000);
    expect(expireAt.getTime() - begun).toBeLessThan(1_000);
    await waitFor(() => manager.openCount(limited) === 0, { what: "the transaction to expire at the backend's limit", timeoutMs: 5_000 });
    expect(() => manager.open(id, ANONYMOUS)).toThrow(/expired/);
  });
});
