import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import type { ChangeEvent } from "../../../gen/ts/dbx/v1/stream_pb.js";
import { dbxError } from "../../errors/dbx-error.js";
import type { BackendTransaction } from "../backend.js";
import type { Release } from "./connection-lock.js";

/** What a transaction needs from its backend when it ends. */
export interface TransactionHost {
  readonly backend: string;
  /** Runs COMMIT; throws the mapped error. */
  commitStatement(): void;
  /** Runs ROLLBACK when SQLite still has the transaction open. */
  rollbackStatement(): void;
  /** Delivers the transaction's changes to watchers. */
  publish(events: readonly ChangeEvent[]): void;
  /** Forgets cached table metadata (a rolled-back DDL statement). */
  schemaMayHaveChanged(): void;
  /** Turns PRAGMA query_only off again after a read-only transaction. */
  endReadOnly(): void;
  /** Runs a statement of the transaction's own (SAVEPOINT, ROLLBACK TO, RELEASE); throws the mapped error. */
  control(sql: string): void;
}

/** A savepoint, and how many change events were buffered when it was made. */
interface Savepoint {
  readonly name: string;
  readonly bufferedEvents: number;
}

/**
 * An interactive transaction on the backend's connection. It holds the
 * connection lock from BEGIN until it ends, so that nobody else's statements
 * land in it; calls that carry it run without waiting. Its change events are
 * buffered and published only when COMMIT succeeds.
 */
export class SqliteTransaction implements BackendTransaction {
  #state: "active" | "ended" = "active";
  readonly #events: ChangeEvent[] = [];
  /** Open savepoints, oldest first; a name may repeat (the newest counts, as in SQL). */
  readonly #savepoints: Savepoint[] = [];

  constructor(
    private readonly host: TransactionHost,
    private readonly release: Release,
    readonly readOnly: boolean,
  ) {}

  get active(): boolean {
    return this.#state === "active";
  }

  /** TRANSACTION_NOT_FOUND when it has ended (its id can outlive it for an in-flight call). */
  assertActive(): void {
    if (this.#state !== "active") {
      throw dbxError(ErrorReason.TRANSACTION_NOT_FOUND, "the transaction has ended", { backend: this.host.backend });
    }
  }

  /** Buffers the changes of a call that succeeded in this transaction. */
  buffer(events: readonly ChangeEvent[]): void {
    this.#events.push(...events);
  }

  async commit(): Promise<void> {
    this.assertActive();
    try {
      this.host.commitStatement();
    } catch (err) {
      // SQLite keeps the transaction open when COMMIT fails (a deferred
      // foreign key, a lock held by another process): roll it back so that
      // the connection is clean, and report the failure.
      this.#end(false);
      throw err;
    }
    const events = this.#events.splice(0);
    this.#end(true);
    this.host.publish(events);
  }

  /**
   * SAVEPOINT: a point the transaction can roll back to. Names arrive
   * validated (letters, digits, underscores), so quoting only guards.
   */
  async createSavepoint(name: string): Promise<void> {
    this.assertActive();
    this.host.control(`SAVEPOINT ${quote(name)}`);
    this.#savepoints.push({ name, bufferedEvents: this.#events.length });
  }

  /**
   * ROLLBACK TO: undoes what the transaction did since the newest savepoint
   * of that name, change events included (they were never published); the
   * savepoint stays, later ones are gone. NOT_FOUND for an unknown name.
   */
  async rollbackToSavepoint(name: string): Promise<void> {
    this.assertActive();
    const at = this.#find(name);
    this.host.control(`ROLLBACK TO ${quote(name)}`);
    this.#events.length = this.#savepoints[at].bufferedEvents;
    this.#savepoints.length = at + 1;
    // The rollback may have undone DDL, and the capture's triggers with it.
    this.host.schemaMayHaveChanged();
  }

  /** RELEASE: forgets the newest savepoint of that name and those after it, keeping their work. */
  async releaseSavepoint(name: string): Promise<void> {
    this.assertActive();
    const at = this.#find(name);
    this.host.control(`RELEASE ${quote(name)}`);
    this.#savepoints.length = at;
  }

  async rollback(): Promise<void> {
    if (this.#state !== "active") return;
    this.#end(false);
  }

  /**
   * Marks the transaction ended because SQLite ended it behind DBX's back
   * (an error that rolls back the whole transaction); nothing is published.
   */
  abandon(): void {
    if (this.#state === "active") this.#end(false);
  }

  /** The index of the newest savepoint named `name` (SQLite compares them ignoring ASCII case). */
  #find(name: string): number {
    const wanted = name.toLowerCase();
    for (let i = this.#savepoints.length - 1; i >= 0; i--) if (this.#savepoints[i].name.toLowerCase() === wanted) return i;
    throw dbxError(ErrorReason.NOT_FOUND, `the transaction has no savepoint named "${name}"`, { backend: this.host.backend, savepoint: name });
  }

  #end(committed: boolean): void {
    this.#state = "ended";
    this.#savepoints.length = 0;
    try {
      if (!committed) {
        this.#events.length = 0;
        this.host.rollbackStatement();
        this.host.schemaMayHaveChanged();
      }
      if (this.readOnly) this.host.endReadOnly();
    } finally {
      this.release();
    }
  }
}

function quote(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
