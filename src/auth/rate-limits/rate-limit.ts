/** A token bucket as configured: a sustained rate and the most calls that pass at once. */
export interface RateLimit {
  /** Calls per second, sustained; fractions allowed (0.5 is one call every two seconds). */
  readonly callsPerSecond: number;
  /** The most calls that pass at once after a quiet spell; defaults to callsPerSecond rounded up. */
  readonly burst?: number;
}

/**
 * How rate-limiter-flexible counts a RateLimit: it has no token bucket, only
 * counters over fixed windows. One window of `burst` calls lasting
 * burst / callsPerSecond seconds keeps both promises of the bucket (that many
 * calls at once, that rate over time) except that spent calls come back all
 * at once when the window ends rather than one by one. The library counts in
 * whole seconds, so the rate is rounded through the window's length
 * (callsPerSecond 2.5 with burst 3 allows 3 calls a second).
 */
export interface CountingWindow {
  readonly points: number;
  readonly seconds: number;
}

export function countingWindow(limit: RateLimit): CountingWindow {
  const { callsPerSecond } = limit;
  if (!(Number.isFinite(callsPerSecond) && callsPerSecond > 0)) throw new RangeError(`callsPerSecond must be a positive number, got ${callsPerSecond}`);
  const burst = limit.burst ?? Math.ceil(callsPerSecond);
  if (!(Number.isSafeInteger(burst) && burst > 0)) throw new RangeError(`burst must be a positive whole number, got ${burst}`);
  return { points: burst, seconds: Math.max(1, Math.round(burst / callsPerSecond)) };
}
