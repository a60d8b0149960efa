/** What one load run measured on the client side. */
export interface LoadResult {
  requests: number;
  seconds: number;
  reqPerSec: number;
  /** Latency percentiles in microseconds, when the tool reports them. */
  p50Us?: number;
  p99Us?: number;
  /** Responses that were not successes (HTTP status, socket errors); a run with any is not counted. */
  failures: number;
}
