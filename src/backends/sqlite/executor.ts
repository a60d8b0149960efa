import type { ConnectError } from "@connectrpc/connect";
import type Database from "better-sqlite3";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import { dbxError, transactionAborted } from "../../errors/dbx-error.js";
import type { OperationContext } from "../backend.js";
import type { ChangeBus } from "./change-bus.js";
import type { ChangeCapture } from "./change-capture.js";
import { ConnectionLock } from "./connection-lock.js";
import type { SqliteConnection } from "./connection.js";
import { abortError, sqliteError, type ErrorScope } from "./sqlite-errors.js";
import type { TableMetadata } from "./table-metadata.js";
import { SqliteTransaction } from "./transaction.js";

/** What a unit of work sees while it has the connection. */
export interface WorkScope {
  readonly db: Database.Database;
  readonly connection: SqliteConnection;
  readonly metadata: TableMetadata;
}

/** The connection held across awaits (a stream reading through it), until `release`. */
export interface ConnectionHold {
  readonly db: Database.Database;
  release(): void;
}

/**
 * Runs work on the backend's one connection: inside the caller's interactive
 * transaction when it carries one, else after taking the connection lock.
 * Every database error leaves here mapped to a DBX error, and the changes
 * captured in SQLite (change-capture.ts) are drained after each unit of work
 * and reach the change bus once committed.
 */
export class SqliteExecutor {
  readonly lock = new ConnectionLock();
  #transaction: SqliteTransaction | undefined;

  constructor(
    readonly connection: SqliteConnection,
    readonly metadata: TableMetadata,
    readonly bus: ChangeBus,
    readonly capture: ChangeCapture,
    readonly errors: ErrorScope,
  ) {}

  /** The open interactive transaction, if any. */
  get transaction(): SqliteTransaction | undefined {
    return this.#transaction?.active ? this.#transaction : undefined;
  }

  /** Runs synchronous work with the connection. */
  async run<T>(ctx: OperationContext, work: (scope: WorkScope) => T): Promise<T> {
    const tx = this.#transactionOf(ctx);
    if (tx) {
      if (ctx.abort.aborted) throw abortError(ctx.abort, this.errors.backend);
      return this.#inTransaction(tx, work);
    }
    const release = this.lock.tryAcquire() ?? (await this.lock.acquire(ctx.signal, () => abortError(ctx.abort, this.errors.backend)));
    try {
      if (ctx.abort.aborted) throw abortError(ctx.abort, this.errors.backend);
      return this.#autocommit(work);
    } finally {
      try {
        // Also after a failure: a non-atomic batch keeps the statements before the failing one.
        this.#publishCaptured();
      } finally {
        release();
      }
    }
  }

  /**
   * Holds the connection across awaits for a caller that reads through it
   * bit by bit (a stream that cannot use a separate reader connection).
   * Inside a transaction nothing is taken: the transaction holds it already.
   */
  async hold(ctx: OperationContext): Promise<ConnectionHold> {
    const tx = this.#transactionOf(ctx);
    if (tx) return { db: this.connection.db, release: () => undefined };
    const release = await this.lock.acquire(ctx.signal, () => abortError(ctx.abort, this.errors.backend));
    try {
      return {
        db: this.connection.db,
        // A stream may write (INSERT ... RETURNING): publish what it changed.
        release: () => {
          try {
            this.#publishCaptured();
          } finally {
            release();
          }
        },
      };
    } catch (err) {
      // The backend closed while the caller waited.
      release();
      throw err;
    }
  }

  /**
   * Runs asynchronous work that needs the connection to itself (restore,
   * vacuum, pragmas, integrity checks): waits for any interactive transaction
   * to end first.
   */
  async exclusive<T>(signal: AbortSignal, work: () => T | Promise<T>): Promise<T> {
    const release = await this.lock.acquire(signal, () => abortError(signal, this.errors.backend));
    try {
      return await work();
    } catch (err) {
      throw this.mapError(err);
    } finally {
      try {
        // Restore opens a new connection, without the capture's TEMP triggers.
        if (this.capture.needsReconcile) this.capture.reconcile();
      } finally {
        release();
      }
    }
  }

  /**
   * Begins an interactive transaction: takes the connection lock (waiting
   * for the one open now, if any, until `signal` aborts: a timeout answers
   * ABORTED, retry) and runs BEGIN IMMEDIATE, or BEGIN DEFERRED with PRAGMA
   * query_only for a read-only transaction.
   */
  async begin(readOnly: boolean, signal: AbortSignal): Promise<SqliteTransaction> {
    const release = await this.lock.acquire(signal, () =>
      signal.reason instanceof Error && signal.reason.name === "TimeoutError"
        ? transactionAborted(this.errors.backend, `backend "${this.errors.backend}" is busy with another transaction; retry`)
        : abortError(signal, this.errors.backend),
    );
    try {
      const db = this.connection.db;
      db.exec(readOnly || this.errors.readonly ? "BEGIN DEFERRED" : "BEGIN IMMEDIATE");
      if (readOnly) db.pragma("query_only = ON");
    } catch (err) {
      release();
      throw this.mapError(err);
    }
    const tx = new SqliteTransaction(
      {
        backend: this.errors.backend,
        commitStatement: () => {
          try {
            // Changes a stream made through the transaction are still in the log.
            if (this.capture.active) tx.buffer(this.capture.drain());
            this.connection.db.exec("COMMIT");
          } catch (err) {
            const code = (err as { code?: unknown }).code;
            if (code === "SQLITE_BUSY" || code === "SQLITE_LOCKED") {
              throw transactionAborted(
                this.errors.backend,
                "COMMIT failed: the database is locked by another connection; the transaction was rolled back, retry it",
              );
            }
            throw this.mapError(err);
          }
        },
        rollbackStatement: () => {
          const db = this.connection.isOpen ? this.connection.db : undefined;
          if (db?.inTransaction) db.exec("ROLLBACK");
        },
        publish: (events) => this.bus.publish(events),
        schemaMayHaveChanged: () => this.metadata.invalidate(),
        endReadOnly: () => {
          if (this.connection.isOpen) this.connection.db.pragma("query_only = OFF");
        },
        control: (sql) => {
          try {
            this.connection.db.exec(sql);
          } catch (err) {
            throw this.mapError(err);
          }
        },
      },
      () => {
        try {
          // A rollback undoes triggers created inside the transaction, and a
          // read-only transaction deferred creating and dropping them.
          if (this.capture.needsReconcile) this.capture.reconcile();
        } catch {
          // The next unit of work that drains the log tries again.
        } finally {
          release();
        }
      },
      readOnly,
    );
    this.#transaction = tx;
    return tx;
  }

  /** Maps an error to a DBX error; a stale schema also clears the metadata cache. */
  mapError(err: unknown): ConnectError {
    const mapped = sqliteError(err, this.errors);
    if (mapped.cause instanceof Error && (mapped.cause as { code?: string }).code === "SQLITE_SCHEMA") this.metadata.invalidate();
    return mapped;
  }

  #transactionOf(ctx: OperationContext): SqliteTransaction | undefined {
    const tx = ctx.transaction;
    if (!tx) return undefined;
    if (!(tx instanceof SqliteTransaction) || tx !== this.#transaction) {
      throw dbxError(ErrorReason.TRANSACTION_NOT_FOUND, `the transaction does not belong to backend "${this.errors.backend}"`, {
        backend: this.errors.backend,
      });
    }
    tx.assertActive();
    return tx;
  }

  #scope(): WorkScope {
    return { db: this.connection.db, connection: this.connection, metadata: this.metadata };
  }

  /** Publishes what the last autocommit unit changed. */
  #publishCaptured(): void {
    if (this.capture.active && this.connection.isOpen) this.bus.publish(this.capture.drain());
  }

  #autocommit<T>(work: (scope: WorkScope) => T): T {
    const db = this.connection.db;
    let result: T;
    try {
      result = work(this.#scope());
    } catch (err) {
      if (db.open && db.inTransaction) db.exec("ROLLBACK");
      throw this.mapError(err);
    }
    // A statement that opened a transaction must not capture everyone else's
    // statements (statement-kind.ts refuses BEGIN and friends up front;
    // this is the safety net).
    if (db.inTransaction) {
      db.exec("ROLLBACK");
      throw dbxError(ErrorReason.STATEMENT_FAILED, "the statement opened a transaction; use dbx.v1.TransactionService.Begin", {
        backend: this.errors.backend,
      });
    }
    return result;
  }

  /** Runs work in the transaction; what it changed is buffered until COMMIT (a failing statement undoes only its own changes). */
  #inTransaction<T>(tx: SqliteTransaction, work: (scope: WorkScope) => T): T {
    const db = this.connection.db;
    let result: T;
    try {
      result = work(this.#scope());
    } catch (err) {
      const mapped = this.mapError(err);
      if (!db.inTransaction) throw this.#endedBySqlite(tx, mapped.rawMessage);
      this.#bufferCaptured(tx);
      throw mapped;
    }
    if (!db.inTransaction) throw this.#endedBySqlite(tx, "the statement ended it");
    this.#bufferCaptured(tx);
    return result;
  }

  #bufferCaptured(tx: SqliteTransaction): void {
    if (this.capture.active) tx.buffer(this.capture.drain());
  }

  #endedBySqlite(tx: SqliteTransaction, why: string) {
    tx.abandon();
    return transactionAborted(this.errors.backend, `SQLite rolled back the transaction: ${why}`);
  }
}
