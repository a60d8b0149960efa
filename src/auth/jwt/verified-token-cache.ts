import { LRUCache } from "lru-cache";
import type { VerifiedToken, VerifiedTokenCacheOptions } from "./verifier-options.js";

const DEFAULT_MAX_ENTRIES = 10_000;
const DEFAULT_MAX_AGE_MS = 60_000;

interface CacheEntry {
  readonly token: VerifiedToken;
  /** The entry is not answered from this instant on (ms since the epoch). */
  readonly validUntilMs: number;
}

/**
 * Tokens already verified, so that a caller's next call costs a lookup
 * rather than a signature check. Bounded in entries (least recently used
 * go first); an entry is answered until the token's `exp` or maxAgeMs after
 * it was verified, whichever comes first. Only verified tokens get in, so
 * callers cannot fill it with made-up ones.
 */
export class VerifiedTokenCache {
  readonly #entries: LRUCache<string, CacheEntry> | undefined;
  readonly #maxAgeMs: number;
  readonly #now: () => number;

  constructor(options: VerifiedTokenCacheOptions, now: () => number) {
    const maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
    this.#entries = maxEntries > 0 ? new LRUCache({ max: maxEntries }) : undefined;
    this.#maxAgeMs = options.maxAgeMs ?? DEFAULT_MAX_AGE_MS;
    this.#now = now;
  }

  get(token: string): VerifiedToken | undefined {
    const entry = this.#entries?.get(token);
    if (entry === undefined) return undefined;
    if (this.#now() < entry.validUntilMs) return entry.token;
    this.#entries?.delete(token);
    return undefined;
  }

  set(token: string, verified: VerifiedToken): void {
    if (this.#entries === undefined) return;
    const now = this.#now();
    const validUntilMs = Math.min(now + this.#maxAgeMs, verified.expiresAtMs ?? Number.POSITIVE_INFINITY);
    if (validUntilMs > now) this.#entries.set(token, { token: verified, validUntilMs });
  }
}
