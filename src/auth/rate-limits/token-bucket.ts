import type { RateLimit } from "./rate-limit.js";

/**
 * A token bucket counted in this process, synchronously: `burst` tokens at
 * most, refilled at `callsPerSecond`. For limits checked where a call cannot
 * wait (the call resolver, once the backend is known).
 */
export class TokenBucket {
  readonly #capacity: number;
  readonly #perMs: number;
  #tokens: number;
  #updatedAt: number;

  constructor(
    readonly limit: RateLimit,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.#capacity = limit.burst ?? Math.ceil(limit.callsPerSecond);
    this.#perMs = limit.callsPerSecond / 1000;
    this.#tokens = this.#capacity;
    this.#updatedAt = now();
  }

  /** Takes a token: 0 when there was one, otherwise the milliseconds until there will be (nothing taken). */
  take(): number {
    const now = this.now();
    this.#tokens = Math.min(this.#capacity, this.#tokens + (now - this.#updatedAt) * this.#perMs);
    this.#updatedAt = now;
    if (this.#tokens >= 1) {
      this.#tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - this.#tokens) / this.#perMs);
  }
}
