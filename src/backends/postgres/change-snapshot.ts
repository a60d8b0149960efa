/**
 * A PostgreSQL snapshot as `txid_current_snapshot()` writes it,
 * `xmin:xmax:xip,...`: which transactions had committed when it was taken.
 * The change feed keeps one per watcher (what it had seen when it became
 * ready) and one per read (what the read saw).
 */
export interface TxSnapshot {
  /** Every transaction below it had ended. */
  readonly xmin: bigint;
  /** No transaction at or above it had ended. */
  readonly xmax: bigint;
  /** Transactions in between still running. */
  readonly running: ReadonlySet<bigint>;
  /** The text form, to bind back (txid_snapshot). */
  readonly text: string;
}

export function parseSnapshot(text: string): TxSnapshot {
  const [xmin, xmax, list = ""] = text.split(":");
  return { xmin: BigInt(xmin), xmax: BigInt(xmax), running: new Set(list ? list.split(",").map(BigInt) : []), text };
}

/** Whether the changes of transaction `txid` were committed (visible) when `snapshot` was taken: txid_visible_in_snapshot(). */
export function committedIn(snapshot: TxSnapshot, txid: bigint): boolean {
  return txid < snapshot.xmin || (txid < snapshot.xmax && !snapshot.running.has(txid));
}
