import { rateLimited } from "../errors/dbx-error.js";
import type { Call } from "../pipeline/call.js";
import type { ConcurrencyLimits } from "./concurrency/concurrency-limits.js";
import type { RateLimit } from "./rate-limits/rate-limit.js";
import { TokenBucket } from "./rate-limits/token-bucket.js";

/**
 * The limits of a backend, applied once a call has named it (the call
 * resolver): calls per second to it from all callers of this process
 * (`auth.rateLimits.perBackend`), and calls in flight on it, in all and per
 * identity (`auth.concurrency`). A call's place is released when it ends
 * (the access-control middleware's onEnd), however it ends.
 */
export class BackendAdmission {
  readonly #buckets: ReadonlyMap<string, TokenBucket>;

  constructor(
    rates: Readonly<Record<string, RateLimit>>,
    private readonly concurrency: ConcurrencyLimits | undefined,
  ) {
    this.#buckets = new Map(Object.entries(rates).map(([backend, limit]) => [backend, new TokenBucket(limit)]));
  }

  /** Admits `call` to `backend`, or throws RESOURCE_EXHAUSTED (RATE_LIMITED, scope `backend` or `concurrency`). */
  admit(call: Call, backend: string): void {
    // A call resolves its backend once, but may pass here again (a transaction's own checks): count it once.
    if (call.admittedTo !== undefined) return;
    const bucket = this.#buckets.get(backend);
    const wait = bucket?.take() ?? 0;
    if (bucket && wait > 0) {
      throw rateLimited(`backend "${backend}" takes ${bucket.limit.callsPerSecond} calls per second; retry in ${(wait / 1000).toFixed(1)} s`, { callsPerSecond: bucket.limit.callsPerSecond, scope: "backend" }, wait);
    }
    call.admittedTo = backend;
    if (this.concurrency) call.backendSlot = this.concurrency.acquire(backend, identityKey(call));
  }
}

/** Whose calls are counted together: the authenticated subject, or the client address of an anonymous caller. */
export function identityKey(call: Call): string {
  const identity = call.identity;
  return identity.via === "anonymous" || identity.via === "none" ? `ip:${call.remoteAddress}` : `${identity.via}:${identity.subject}`;
}
