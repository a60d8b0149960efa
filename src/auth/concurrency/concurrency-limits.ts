import type { ConnectError } from "@connectrpc/connect";
import { rateLimited } from "../../errors/dbx-error.js";

/** What ConcurrencyLimits is built from; the lead maps the configuration to it. */
export interface ConcurrencyLimitsOptions {
  /** Calls in flight at once on each backend, all callers together. */
  readonly perBackend?: Readonly<Record<string, number>>;
  /** Calls of one identity in flight at once on one backend, unless the call brings its own limit (its role's). */
  readonly perIdentity?: number;
  /** The RetryInfo delay of a refusal: no one knows when a call ends, so a short fixed hint; default 200 ms. */
  readonly retryAfterMs?: number;
}

/**
 * A place taken by one call in flight. Release it however the call ends:
 * `using slot = limits.acquire(...)`, or `try { ... } finally { slot.release() }`.
 * Releasing twice is harmless.
 */
export interface CallSlot extends Disposable {
  release(): void;
}

const DEFAULT_RETRY_AFTER_MS = 200;

/**
 * Counts calls in flight per backend and per identity on a backend, and
 * refuses one past a limit with RESOURCE_EXHAUSTED: reason RATE_LIMITED,
 * scope `concurrency` (metadata `limit` is then calls in flight, not per
 * second). That reason rather than a new one: what the client should do is
 * the same as for a rate limit (wait as RetryInfo says, retry), and clients
 * already handle it. Counters of an identity are dropped when its last call
 * ends, so the map holds only identities with calls in flight.
 */
export class ConcurrencyLimits {
  readonly #perBackend: ReadonlyMap<string, number>;
  readonly #perIdentity: number | undefined;
  readonly #retryAfterMs: number;
  readonly #inFlight = new Map<string, number>();

  /** Throws a RangeError naming a limit that is not a positive whole number. */
  constructor(options: ConcurrencyLimitsOptions) {
    this.#perBackend = new Map(Object.entries(options.perBackend ?? {}).map(([backend, max]) => [backend, checked(max, `perBackend.${backend}`)]));
    this.#perIdentity = options.perIdentity === undefined ? undefined : checked(options.perIdentity, "perIdentity");
    this.#retryAfterMs = options.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS;
  }

  /**
   * Takes a place for one call of `identityKey` on `backend`, or throws
   * RESOURCE_EXHAUSTED when the backend or the identity is at its limit
   * (`own` replaces the per-identity limit, as a role's maxConcurrentCalls).
   * Takes nothing when it throws.
   */
  acquire(backend: string, identityKey: string, own?: number): CallSlot {
    const backendMax = this.#perBackend.get(backend);
    const identityMax = own ?? this.#perIdentity;
    const backendKey = `b\0${backend}`;
    const identityKeyed = `i\0${backend}\0${identityKey}`;
    if (backendMax !== undefined && this.inFlight(backend) >= backendMax) throw this.#refusal(backendMax, `backend "${backend}" has ${backendMax} calls in flight, its limit`);
    if (identityMax !== undefined && (this.#inFlight.get(identityKeyed) ?? 0) >= identityMax) {
      throw this.#refusal(identityMax, `this caller has ${identityMax} calls in flight on backend "${backend}", its limit`);
    }
    const keys = [backendKey, identityKeyed];
    for (const key of keys) this.#inFlight.set(key, (this.#inFlight.get(key) ?? 0) + 1);
    let held = true;
    const release = () => {
      if (!held) return;
      held = false;
      for (const key of keys) {
        const count = (this.#inFlight.get(key) ?? 1) - 1;
        if (count === 0) this.#inFlight.delete(key);
        else this.#inFlight.set(key, count);
      }
    };
    return { release, [Symbol.dispose]: release };
  }

  /**
   * Runs `call` holding a place, released when the promise settles whether
   * it resolves, throws or is aborted: the form that cannot leak.
   */
  async run<T>(backend: string, identityKey: string, call: () => Promise<T>, own?: number): Promise<T> {
    using _slot = this.acquire(backend, identityKey, own);
    return await call();
  }

  /** Calls in flight on a backend, or of one identity on it; for metrics and tests. */
  inFlight(backend: string, identityKey?: string): number {
    return this.#inFlight.get(identityKey === undefined ? `b\0${backend}` : `i\0${backend}\0${identityKey}`) ?? 0;
  }

  #refusal(max: number, message: string): ConnectError {
    const err = rateLimited(`${message}; retry when one has ended`, { callsPerSecond: max, scope: "concurrency" }, this.#retryAfterMs);
    err.metadata.set("retry-after", String(Math.max(1, Math.ceil(this.#retryAfterMs / 1000))));
    return err;
  }
}

function checked(max: number, field: string): number {
  if (!(Number.isSafeInteger(max) && max > 0)) throw new RangeError(`concurrencyLimits.${field} must be a positive whole number, got ${max}`);
  return max;
}
