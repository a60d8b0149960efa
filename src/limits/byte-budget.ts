/**
 * The bytes one answer (or one message of a stream) may hold, counted while
 * rows or values are read from the backend, so that a read stops at the
 * first row past the budget instead of holding an answer it cannot send.
 * Values count at their stored size (bytes, UTF-8 units, 8 per number):
 * the encoded answer is checked exactly once more by the ResponseSizeGuard.
 */
export class ByteBudget {
  #used = 0;

  constructor(readonly maxBytes: number) {}

  /** Counts the values of one row; false once the budget is spent. */
  add(values: readonly unknown[]): boolean {
    for (const value of values) this.#used += storedSize(value);
    return this.#used <= this.maxBytes;
  }

  /** Starts again from zero (the next batch of a stream). */
  reset(): void {
    this.#used = 0;
  }
}

/** The size of a value as a driver hands it over. */
function storedSize(value: unknown): number {
  if (typeof value === "string") return value.length;
  if (value instanceof Uint8Array) return value.byteLength;
  return 8;
}
