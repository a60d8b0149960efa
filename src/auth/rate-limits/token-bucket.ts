import { bucketShape, type BucketShape, type RateLimit } from "./rate-limit.js";

/** A bucket's tokens (a fraction while it refills) as of `at`, in milliseconds on the clock that counts it. */
export interface BucketLevel {
  tokens: number;
  at: number;
}

/** What taking a token from a bucket answered. */
export interface Taken {
  readonly taken: boolean;
  /** Whole tokens left: the calls that would pass at once now. */
  readonly remaining: number;
  /** Milliseconds until a token is back; 0 when one was taken. */
  readonly retryMs: number;
  /** Milliseconds until the bucket is full again, as a new one starts. */
  readonly fullMs: number;
}

/**
 * Refills `level` for the time since it was last counted, then takes a
 * token if a whole one is there. Tokens come back one by one, continuously,
 * never above the capacity. Updates `level` in place.
 */
export function takeToken(level: BucketLevel, shape: BucketShape, now: number): Taken {
  // A clock that steps back (Redis failing over to another server's TIME) refills nothing rather than draining.
  const tokens = Math.min(shape.capacity, level.tokens + Math.max(0, now - level.at) * shape.perMs);
  const taken = tokens >= 1;
  level.tokens = taken ? tokens - 1 : tokens;
  level.at = now;
  return {
    taken,
    remaining: Math.floor(level.tokens),
    retryMs: taken ? 0 : Math.ceil((1 - level.tokens) / shape.perMs),
    fullMs: Math.ceil((shape.capacity - level.tokens) / shape.perMs),
  };
}

/**
 * One token bucket counted in this process, synchronously. For limits
 * checked where a call cannot wait (the call resolver, once the backend is
 * known).
 */
export class TokenBucket {
  readonly #shape: BucketShape;
  readonly #level: BucketLevel;

  /** Throws a RangeError for a limit that is not a positive rate and a positive whole burst. */
  constructor(
    readonly limit: RateLimit,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.#shape = bucketShape(limit);
    this.#level = { tokens: this.#shape.capacity, at: now() };
  }

  /** Takes a token: 0 when there was one, otherwise the milliseconds until there will be (nothing taken). */
  take(): number {
    return takeToken(this.#level, this.#shape, this.now()).retryMs;
  }
}
