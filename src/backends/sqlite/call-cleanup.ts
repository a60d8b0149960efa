/**
 * The cleanups of one call's resources (a reader connection, an iterating
 * statement, the connection lock, a temporary folder), run once: when the
 * call's signal aborts or when the call ends, whichever comes first.
 *
 * Why not just `finally`: a server stream whose client goes away is left
 * suspended at its `yield`, and its `finally` runs only if the transport
 * resumes or returns it, which it does not for every protocol and way of
 * disconnecting; a generator that is garbage-collected never runs it. What
 * must not outlive the call is therefore released on abort as well.
 */
export class CallCleanup {
  readonly #cleanups: (() => void)[] = [];
  #done = false;
  readonly #onAbort = (): void => this.run();

  constructor(private readonly signal: AbortSignal) {
    signal.addEventListener("abort", this.#onAbort, { once: true });
  }

  /** Whether the cleanups have run (the call ended or was aborted). */
  get done(): boolean {
    return this.#done;
  }

  /** Registers a cleanup; it runs at once when the call has already ended. */
  add(cleanup: () => void): void {
    if (this.#done) runQuietly(cleanup);
    else this.#cleanups.push(cleanup);
  }

  /** Runs the cleanups, the latest registered first; only the first call does anything. */
  run(): void {
    if (this.#done) return;
    this.#done = true;
    this.signal.removeEventListener("abort", this.#onAbort);
    for (const cleanup of this.#cleanups.reverse()) runQuietly(cleanup);
    this.#cleanups.length = 0;
  }
}

/**
 * One failing cleanup must not keep the others from running, and on abort
 * there is no caller left to tell (a throwing abort listener would be an
 * uncaught exception).
 */
function runQuietly(cleanup: () => void): void {
  try {
    cleanup();
  } catch {
    // released as far as it could be
  }
}
