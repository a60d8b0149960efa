/**
 * Where a caller stands against the limit closest to refusing it; what the
 * rate-limit headers say. The draft's quota is the bucket: `limit` calls at
 * once, all of them back `resetMs` from now, `limit` calls per
 * `windowSeconds` on average.
 */
export interface RateLimitState {
  /** The bucket's capacity (the burst). */
  readonly limit: number;
  /** Whole tokens left: calls that would pass at once now. */
  readonly remaining: number;
  /** Milliseconds until the bucket is full again. A refused call's wait for one token is its RetryInfo and retry-after. */
  readonly resetMs: number;
  /** Seconds an empty bucket takes to fill, rounded to a whole second (the draft's `w` is whole). */
  readonly windowSeconds: number;
}

/**
 * The response headers of a state, as draft-ietf-httpapi-ratelimit-headers
 * (draft 07) names them, lower case: `ratelimit-limit`, `ratelimit-remaining`,
 * `ratelimit-reset` (seconds) and `ratelimit-policy` (`10;w=1`). A refused call
 * also gets `retry-after` (seconds, RFC 9110), from `retryAfterMs`.
 */
export function rateLimitHeaders(state: RateLimitState, retryAfterMs?: number): Array<[name: string, value: string]> {
  const headers: Array<[string, string]> = [
    ["ratelimit-limit", String(state.limit)],
    ["ratelimit-remaining", String(state.remaining)],
    ["ratelimit-reset", String(Math.max(0, Math.ceil(state.resetMs / 1000)))],
    ["ratelimit-policy", `${state.limit};w=${state.windowSeconds}`],
  ];
  if (retryAfterMs !== undefined) headers.push(["retry-after", String(Math.max(1, Math.ceil(retryAfterMs / 1000)))]);
  return headers;
}
