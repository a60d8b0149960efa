import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import { dbxError } from "../../errors/dbx-error.js";
import type { BackendTransaction } from "../backend-transaction.js";
import type { OperationContext } from "../operation-context.js";
import type { PostgresPool } from "./connection-pool.js";
import type { PostgresConnection } from "./postgres-connection.js";

/**
 * An interactive transaction on a pooled connection pinned to it from BEGIN
 * until COMMIT or ROLLBACK. Calls that carry it run on that connection one
 * at a time. However it ends (commit, rollback, idle timeout, a lost
 * connection), the connection goes back to the pool exactly once; a
 * connection whose transaction could not be ended cleanly is discarded.
 */
export class PostgresTransaction implements BackendTransaction {
  #state: "active" | "ended" = "active";
  /** Calls on the transaction, one after the other (a connection runs one statement at a time). */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly pool: PostgresPool,
    readonly connection: PostgresConnection,
    private readonly backend: string,
    readonly readOnly: boolean,
  ) {}

  /** TRANSACTION_NOT_FOUND when it has ended (its id can outlive it for an in-flight call). */
  assertActive(): void {
    if (this.#state !== "active") throw dbxError(ErrorReason.TRANSACTION_NOT_FOUND, "the transaction has ended", { backend: this.backend });
  }

  /** Runs `work` on the transaction's connection after the calls before it. */
  run<T>(ctx: OperationContext, work: (connection: PostgresConnection) => Promise<T>): Promise<T> {
    const next = this.#queue.then(() => {
      this.assertActive();
      return work(this.connection);
    });
    this.#queue = next.catch(() => undefined);
    void ctx;
    return next;
  }

  commit(): Promise<void> {
    return this.#end("COMMIT");
  }

  rollback(): Promise<void> {
    return this.#end("ROLLBACK");
  }

  async #end(statement: "COMMIT" | "ROLLBACK"): Promise<void> {
    const ending = this.#queue.then(async () => {
      this.assertActive();
      this.#state = "ended";
      const ctx: OperationContext = { signal: new AbortController().signal, deadline: undefined, transaction: undefined, requestId: "", identity: { subject: "", roles: [] } };
      try {
        const result = await this.connection.control(ctx, statement);
        // COMMIT of a transaction PostgreSQL aborted answers ROLLBACK: the writes are gone.
        if (statement === "COMMIT" && result.command === "ROLLBACK") {
          throw dbxError(ErrorReason.TRANSACTION_NOT_FOUND, "the transaction was aborted by an earlier error and has been rolled back", { backend: this.backend });
        }
      } catch (err) {
        this.connection.markBroken();
        throw err;
      } finally {
        this.pool.release(this.connection);
      }
    });
    this.#queue = ending.catch(() => undefined);
    return ending;
  }
}
