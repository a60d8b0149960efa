import type { OperationContext } from "../operation-context.js";
import type { PostgresPool } from "./connection-pool.js";
import type { PostgresConnection } from "./postgres-connection.js";
import { PostgresTransaction } from "./transaction.js";

/**
 * Where a call's statements run: on its interactive transaction's pinned
 * connection when it carries one, otherwise on a pooled connection held for
 * the call alone.
 */
export class PostgresExecutor {
  constructor(
    readonly pool: PostgresPool,
    readonly backend: string,
  ) {}

  /** Runs `work` on the call's connection. */
  run<T>(ctx: OperationContext, work: (connection: PostgresConnection) => Promise<T>): Promise<T> {
    const tx = ctx.transaction;
    if (tx instanceof PostgresTransaction) return tx.run(ctx, work);
    return this.pool.withConnection(ctx, work);
  }

  /**
   * Runs `work` all or nothing: in a transaction of its own, or under a
   * savepoint of the call's interactive transaction (whose other work stays).
   */
  atomic<T>(ctx: OperationContext, work: (connection: PostgresConnection) => Promise<T>): Promise<T> {
    const inTransaction = ctx.transaction instanceof PostgresTransaction;
    return this.run(ctx, async (connection) => {
      await connection.control(ctx, inTransaction ? "SAVEPOINT dbx_atomic" : "BEGIN");
      let result: T;
      try {
        result = await work(connection);
      } catch (err) {
        await connection.control(ctx, inTransaction ? "ROLLBACK TO SAVEPOINT dbx_atomic" : "ROLLBACK").catch(() => connection.markBroken());
        throw err;
      }
      await connection.control(ctx, inTransaction ? "RELEASE SAVEPOINT dbx_atomic" : "COMMIT");
      return result;
    });
  }
}
