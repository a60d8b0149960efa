/** Gives the lock back. Calling it twice is harmless. */
export type Release = () => void;

interface Waiter {
  grant(release: Release): void;
}

/**
 * Who may use the connection, first come first served. Ordinary calls hold it
 * only for their synchronous statements, so they queue only behind an
 * interactive transaction (which holds it from BEGIN to COMMIT/ROLLBACK), a
 * stream reading through the main connection, or an administrative task.
 * A waiter whose call is aborted leaves the queue and fails; nothing waits
 * forever on a client that went away.
 */
export class ConnectionLock {
  #held = false;
  readonly #queue: Waiter[] = [];

  get held(): boolean {
    return this.#held;
  }

  get waiting(): number {
    return this.#queue.length;
  }

  /** Takes the lock now when it is free; undefined otherwise. */
  tryAcquire(): Release | undefined {
    if (this.#held) return undefined;
    this.#held = true;
    return this.#releaser();
  }

  /**
   * Waits for the lock. Rejects with `onAbort()` when `signal` aborts first
   * (checked before waiting, too).
   */
  acquire(signal: AbortSignal, onAbort: () => Error): Promise<Release> {
    if (signal.aborted) return Promise.reject(onAbort());
    const now = this.tryAcquire();
    if (now) return Promise.resolve(now);
    return new Promise<Release>((resolve, reject) => {
      const waiter: Waiter = {
        grant: (release) => {
          signal.removeEventListener("abort", abandon);
          resolve(release);
        },
      };
      const abandon = () => {
        const i = this.#queue.indexOf(waiter);
        if (i >= 0) this.#queue.splice(i, 1);
        reject(onAbort());
      };
      signal.addEventListener("abort", abandon, { once: true });
      this.#queue.push(waiter);
    });
  }

  #releaser(): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.#queue.shift();
      if (next) next.grant(this.#releaser());
      else this.#held = false;
    };
  }
}
