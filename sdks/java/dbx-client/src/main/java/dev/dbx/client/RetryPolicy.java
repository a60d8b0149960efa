package dev.dbx.client;

import java.time.Duration;

/**
 * How a client retries the calls that read only (the RPCs the contract marks
 * {@code idempotency_level = NO_SIDE_EFFECTS}: Get, Exists, BatchGet, List,
 * Count, Find, FindStream, GetCapabilities, Ping, ...) when they fail with
 * {@code UNAVAILABLE}. Writes are never retried: a write that timed out may
 * have happened.
 *
 * <p>grpc-java runs the policy (its service-config retries), so a retried call
 * is one call to the caller, with exponential backoff and jitter between the
 * attempts. grpc-java caps {@code maxAttempts} at 5.
 *
 * @param maxAttempts the first attempt and the retries; 1 turns retries off
 * @param initialBackoff the wait before the first retry (randomised by gRPC)
 * @param maxBackoff the longest wait between two attempts
 * @param backoffMultiplier how the wait grows from one retry to the next
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, double backoffMultiplier) {

  /** Four attempts, waiting about 0.1 s, 0.2 s, then 0.4 s. */
  public static final RetryPolicy DEFAULT = new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(2), 2.0);

  /** One attempt only. */
  public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ofMillis(100), Duration.ofMillis(100), 1.0);

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
    }
    if (initialBackoff.isNegative() || initialBackoff.isZero() || maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("backoffs must be positive, the maximum no less than the initial");
    }
    if (!(backoffMultiplier >= 1.0)) {
      throw new IllegalArgumentException("backoffMultiplier must be at least 1, not " + backoffMultiplier);
    }
  }
}
