/** A token bucket as configured: a sustained rate and the most calls that pass at once. */
export interface RateLimit {
  /** Calls per second, sustained; fractions allowed (0.5 is one call every two seconds). */
  readonly callsPerSecond: number;
  /** The most calls that pass at once after a quiet spell; defaults to callsPerSecond rounded up. */
  readonly burst?: number;
}

/** The bucket a RateLimit describes: `capacity` tokens, refilled continuously at `perMs` tokens a millisecond. */
export interface BucketShape {
  readonly capacity: number;
  readonly perMs: number;
}

/** Throws a RangeError for a rate that is not a positive number or a burst that is not a positive whole number. */
export function bucketShape(limit: RateLimit): BucketShape {
  const { callsPerSecond } = limit;
  if (!(Number.isFinite(callsPerSecond) && callsPerSecond > 0)) throw new RangeError(`callsPerSecond must be a positive number, got ${callsPerSecond}`);
  const capacity = limit.burst ?? Math.ceil(callsPerSecond);
  if (!(Number.isSafeInteger(capacity) && capacity > 0)) throw new RangeError(`burst must be a positive whole number, got ${capacity}`);
  return { capacity, perMs: callsPerSecond / 1000 };
}
