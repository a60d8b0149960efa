import { randomUUID } from "node:crypto";
import { Code, ConnectError } from "@connectrpc/connect";
import { ErrorReason } from "../../gen/ts/dbx/v1/errors_pb.js";
import type { Backend, BackendTransaction, CallerIdentity, OperationContext } from "../backends/backend.js";
import type { BeginCall } from "../backends/backend-calls.js";
import { dbxError } from "../errors/dbx-error.js";

/** An open interactive transaction. */
interface OpenTransaction {
  readonly id: string;
  /** Who began it (ownerOf); only that caller may use, commit or roll it back. */
  readonly owner: string;
  readonly backend: Backend;
  readonly handle: BackendTransaction;
  readonly idleTimeoutMs: number;
  timer: NodeJS.Timeout;
  expireAt: number;
}

export interface TransactionLimits {
  defaultIdleTimeoutMs: number;
  maxIdleTimeoutMs: number;
  maxOpen: number;
}

/**
 * Interactive transactions by id, each bound to the backend that began it.
 * A transaction idle past its timeout is rolled back and forgotten; ids that
 * expired are remembered for a while so that their callers learn why.
 *
 * `transactions.maxOpen` counts slots, not entries of the map: a slot is
 * taken before the backend is asked for a transaction (concurrent Begins
 * all passed a check made before that await) and given back only once the
 * transaction's commit or rollback has finished, when the backend has
 * released what it held (its connection).
 */
export class TransactionManager {
  readonly #open = new Map<string, OpenTransaction>();
  /** Per backend: transactions beginning, open, or ending. */
  readonly #slots = new Map<Backend, number>();
  /** id → why it ended, so an expired id answers "expired" rather than "unknown". */
  readonly #ended = new Map<string, string>();

  constructor(readonly limits: TransactionLimits) {}

  /** Begins a transaction on `backend`; `idleTimeoutMs` undefined or 0 is the default. */
  async begin(
    backend: Backend,
    ctx: OperationContext,
    call: BeginCall,
    idleTimeoutMs: number | undefined,
  ): Promise<{ id: string; expireAt: Date }> {
    if (!backend.beginTransaction) throw new Error("backend without transaction.interactive reached begin");
    const signal = ctx.signal;
    this.#reserve(backend);
    let handle: BackendTransaction;
    try {
      handle = await backend.beginTransaction(ctx, call);
    } catch (err) {
      this.#free(backend);
      throw err;
    }
    if (signal.aborted) {
      // Nobody will learn this transaction's id: end it now rather than when it expires.
      this.#end(backend, handle.rollback()).catch(() => undefined);
      throw cancelled(signal);
    }
    const timeout = Math.min(idleTimeoutMs || this.limits.defaultIdleTimeoutMs, this.limits.maxIdleTimeoutMs, handle.maxIdleMs ?? Infinity);
    const id = randomUUID();
    const tx: OpenTransaction = {
      id,
      owner: ownerOf(ctx.identity),
      backend,
      handle,
      idleTimeoutMs: timeout,
      expireAt: Date.now() + timeout,
      timer: setTimeout(() => void this.#expire(id), timeout),
    };
    tx.timer.unref();
    this.#open.set(id, tx);
    return { id, expireAt: new Date(tx.expireAt) };
  }

  /**
   * The handle for a call that carries `id`, after checking it belongs to the
   * backend the call names; resets the idle timer.
   */
  use(id: string, backend: Backend, caller: CallerIdentity): BackendTransaction {
    const tx = this.#lookup(id, caller);
    if (tx.backend !== backend) {
      throw dbxError(
        ErrorReason.TRANSACTION_NOT_FOUND,
        `transaction ${id} belongs to backend "${tx.backend.name}", not "${backend.name}"`,
        { transaction_id: id, backend: backend.name },
      );
    }
    tx.expireAt = Date.now() + tx.idleTimeoutMs;
    tx.timer.refresh();
    return tx.handle;
  }

  /**
   * An open transaction and its backend, for calls on the transaction itself
   * (savepoints); resets the idle timer.
   */
  open(id: string, caller: CallerIdentity): { backend: Backend; handle: BackendTransaction } {
    const tx = this.#lookup(id, caller);
    tx.expireAt = Date.now() + tx.idleTimeoutMs;
    tx.timer.refresh();
    return { backend: tx.backend, handle: tx.handle };
  }

  async commit(id: string, caller: CallerIdentity): Promise<void> {
    const tx = this.#take(id, caller, "committed");
    await this.#end(tx.backend, tx.handle.commit());
  }

  async rollback(id: string, caller: CallerIdentity): Promise<void> {
    const tx = this.#take(id, caller, "rolled back");
    await this.#end(tx.backend, tx.handle.rollback());
  }

  /** Open transactions of one backend, for stats. */
  openCount(backend: Backend): number {
    let n = 0;
    for (const tx of this.#open.values()) if (tx.backend === backend) n++;
    return n;
  }

  /** Rolls back everything still open (shutdown). */
  async rollbackAll(): Promise<void> {
    const all = [...this.#open.values()];
    await Promise.allSettled(all.map((tx) => this.#end(tx.backend, this.#take(tx.id, undefined, "rolled back (shutdown)").handle.rollback())));
  }

  #reserve(backend: Backend): void {
    const taken = this.#slots.get(backend) ?? 0;
    if (taken >= this.limits.maxOpen) {
      throw dbxError(
        ErrorReason.TOO_MANY_TRANSACTIONS,
        `backend "${backend.name}" has ${taken} open transactions (counting those beginning and ending), the configured maximum (transactions.maxOpen)`,
        { backend: backend.name, limit: String(this.limits.maxOpen) },
      );
    }
    this.#slots.set(backend, taken + 1);
  }

  #free(backend: Backend): void {
    const taken = (this.#slots.get(backend) ?? 1) - 1;
    if (taken > 0) this.#slots.set(backend, taken);
    else this.#slots.delete(backend);
  }

  /** Gives the slot back once the backend has finished ending the transaction, however it ends. */
  async #end(backend: Backend, ending: Promise<void>): Promise<void> {
    try {
      await ending;
    } finally {
      this.#free(backend);
    }
  }

  /** The open transaction `id` of `caller`; another caller's reads as unknown, so that its existence is not told. */
  #lookup(id: string, caller: CallerIdentity): OpenTransaction {
    const tx = this.#open.get(id);
    if (tx && tx.owner === ownerOf(caller)) return tx;
    if (tx) throw dbxError(ErrorReason.TRANSACTION_NOT_FOUND, `transaction ${id} is unknown`, { transaction_id: id });
    const ended = this.#ended.get(id);
    throw dbxError(
      ErrorReason.TRANSACTION_NOT_FOUND,
      ended ? `transaction ${id} was ${ended}` : `transaction ${id} is unknown`,
      { transaction_id: id },
    );
  }

  /** Takes `id` out of the open transactions: the caller's (undefined: DBX's own, at shutdown). */
  #take(id: string, caller: CallerIdentity | undefined, why: string): OpenTransaction {
    const tx = caller ? this.#lookup(id, caller) : this.#open.get(id)!;
    clearTimeout(tx.timer);
    this.#open.delete(id);
    this.#remember(id, why);
    return tx;
  }

  async #expire(id: string): Promise<void> {
    const tx = this.#open.get(id);
    if (!tx) return;
    this.#open.delete(id);
    this.#remember(id, `rolled back after ${tx.idleTimeoutMs} ms idle (expired)`);
    await this.#end(tx.backend, tx.handle.rollback()).catch(() => undefined);
  }

  #remember(id: string, why: string): void {
    this.#ended.set(id, why);
    // Bounded: the oldest ended ids are forgotten first and then read as "unknown".
    if (this.#ended.size > 10_000) this.#ended.delete(this.#ended.keys().next().value as string);
  }
}

/** The error of a Begin whose call ended while the backend was opening the transaction. */
function cancelled(signal: AbortSignal): ConnectError {
  const reason: unknown = signal.reason;
  return reason instanceof ConnectError ? reason : new ConnectError("the call ended before the transaction began", Code.Canceled);
}

/** Who a transaction belongs to: the same subject authenticated the same way ("" where no authentication is configured). */
function ownerOf(identity: CallerIdentity): string {
  return identity.via === "none" ? "" : `${identity.via}:${identity.subject}`;
}
