import type { ConnectError } from "@connectrpc/connect";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import { dbxError, transactionAborted } from "../../errors/dbx-error.js";
import type { BackendTransaction } from "../backend-transaction.js";
import { contextOf, type OperationContext } from "../operation-context.js";
import type { PostgresPool } from "./connection-pool.js";
import { abortedCallError } from "./postgres-errors.js";
import type { PostgresConnection } from "./postgres-connection.js";

/**
 * The context of a statement DBX runs on its own behalf (COMMIT, ROLLBACK,
 * savepoints, the cleanup after a failed call): no caller can cancel it, and
 * the backend's default statement_timeout bounds it.
 */
export function ownStatementContext(requestId: string): OperationContext {
  return contextOf({ signal: NEVER_ABORTED, requestId });
}

const NEVER_ABORTED = new AbortController().signal;

const CANCELLED_CALL = "a call in it was cancelled while it ran (its statement may or may not have taken effect)";

/**
 * An interactive transaction on a pooled connection pinned to it from BEGIN
 * until COMMIT or ROLLBACK. Calls that carry it run on that connection one
 * at a time. However it ends (commit, rollback, idle timeout, a lost
 * connection), the connection goes back to the pool exactly once; a
 * connection whose transaction could not be ended cleanly is discarded,
 * which makes PostgreSQL roll the transaction back.
 *
 * PostgreSQL aborts a transaction at the first failing statement and
 * refuses every later one (25P02, answered ABORTED) until ROLLBACK or
 * ROLLBACK TO SAVEPOINT. A call cancelled while it ran in the transaction
 * (its statement cancelled on the server, or finished just before the
 * cancel arrived: the caller cannot know which) leaves the transaction in
 * that same state, held by DBX: ABORTED for every later statement and for
 * COMMIT, which rolls back.
 */
export class PostgresTransaction implements BackendTransaction {
  #state: "active" | "ended" = "active";
  /** Why DBX holds the transaction aborted; undefined while it is not. */
  #abortedBy: string | undefined;
  /** Open savepoints, oldest first; a name may repeat (the newest counts, as in PostgreSQL). */
  readonly #savepoints: string[] = [];
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
    return this.#enqueue(async () => {
      this.#assertUsable();
      if (ctx.abort.aborted) throw abortedCallError(ctx.abort, this.backend);
      let result: T;
      try {
        result = await work(this.connection);
      } catch (err) {
        if (ctx.abort.aborted) this.#abortedBy = CANCELLED_CALL;
        throw err;
      }
      // Done, but its caller left before learning so: for the caller, the call may or may not have run.
      if (ctx.abort.aborted) {
        this.#abortedBy = CANCELLED_CALL;
        throw abortedCallError(ctx.abort, this.backend);
      }
      return result;
    });
  }

  /** SAVEPOINT: names arrive validated (letters, digits, underscores); quoting keeps their case. */
  createSavepoint(name: string): Promise<void> {
    return this.#enqueue(async () => {
      this.#assertUsable();
      await this.connection.control(ownStatementContext("savepoint"), `SAVEPOINT ${quoteName(name)}`);
      this.#savepoints.push(name);
    });
  }

  /**
   * ROLLBACK TO SAVEPOINT: undoes what the transaction did since the newest
   * savepoint of that name and ends an aborted state (PostgreSQL's or DBX's);
   * the savepoint stays, later ones are gone. NOT_FOUND for an unknown name,
   * checked here because PostgreSQL would abort the transaction for it.
   */
  rollbackToSavepoint(name: string): Promise<void> {
    return this.#enqueue(async () => {
      this.#assertConnected();
      const at = this.#find(name);
      await this.connection.rollback(`ROLLBACK TO SAVEPOINT ${quoteName(name)}`);
      this.#savepoints.length = at + 1;
      this.#abortedBy = undefined;
    });
  }

  /** RELEASE SAVEPOINT: forgets the newest savepoint of that name and those after it, keeping their work. */
  releaseSavepoint(name: string): Promise<void> {
    return this.#enqueue(async () => {
      this.#assertUsable();
      const at = this.#find(name);
      await this.connection.control(ownStatementContext("savepoint"), `RELEASE SAVEPOINT ${quoteName(name)}`);
      this.#savepoints.length = at;
    });
  }

  /**
   * COMMIT. An aborted transaction is rolled back instead and answers
   * ABORTED: PostgreSQL answers COMMIT of an aborted transaction with the
   * ROLLBACK tag and no error, which must not read as success.
   */
  commit(): Promise<void> {
    return this.#end(async () => {
      if (this.#abortedBy !== undefined) {
        await this.#rollbackStatement();
        throw transactionAborted(this.backend, `the transaction was rolled back: ${this.#abortedBy}`);
      }
      if (this.connection.broken) throw this.#lost();
      let tag: string;
      try {
        tag = (await this.connection.control(ownStatementContext("commit"), "COMMIT")).command;
      } catch (err) {
        // The outcome of a COMMIT that failed is PostgreSQL's (a deferred constraint, a serialization
        // failure: rolled back) or unknown (the connection was lost); nobody should inherit the connection.
        this.connection.markBroken();
        throw err;
      }
      if (tag === "ROLLBACK") {
        throw transactionAborted(this.backend, "the transaction was rolled back: a statement in it failed and PostgreSQL aborted it (commit found it aborted)");
      }
    });
  }

  /** ROLLBACK; never fails: a connection that cannot roll back is discarded, and PostgreSQL rolls back a transaction whose connection ends. */
  rollback(): Promise<void> {
    return this.#end(() => this.#rollbackStatement());
  }

  async #rollbackStatement(): Promise<void> {
    if (this.connection.broken) return;
    try {
      await this.connection.rollback("ROLLBACK");
    } catch {
      this.connection.markBroken();
    }
  }

  /** Runs `ending` once, after the calls before it, and gives the connection back however it ends. */
  #end(ending: () => Promise<void>): Promise<void> {
    return this.#enqueue(async () => {
      this.assertActive();
      this.#state = "ended";
      this.#savepoints.length = 0;
      try {
        await ending();
      } finally {
        this.pool.release(this.connection);
      }
    });
  }

  #enqueue<T>(step: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(step);
    this.#queue = next.catch(() => undefined);
    return next;
  }

  /** Active, connected and not aborted: the state in which a statement may run. */
  #assertUsable(): void {
    this.#assertConnected();
    if (this.#abortedBy !== undefined) {
      throw transactionAborted(this.backend, `the transaction is aborted (${this.#abortedBy}): roll it back, or back to a savepoint made before`);
    }
  }

  #assertConnected(): void {
    this.assertActive();
    if (this.connection.broken) throw this.#lost();
  }

  #lost(): ConnectError {
    return dbxError(ErrorReason.BACKEND_UNAVAILABLE, "the transaction's connection to PostgreSQL was lost; PostgreSQL rolled it back", { backend: this.backend });
  }

  /** The index of the newest savepoint named `name` (quoted names: PostgreSQL compares them exactly). */
  #find(name: string): number {
    const at = this.#savepoints.lastIndexOf(name);
    if (at < 0) throw dbxError(ErrorReason.NOT_FOUND, `the transaction has no savepoint named "${name}"`, { backend: this.backend, savepoint: name });
    return at;
  }
}

function quoteName(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
