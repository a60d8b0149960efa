/** Where rate limits report that the shared Redis stopped or started answering; a pino logger fits. */
export interface RateLimitLog {
  warn(details: Record<string, unknown>, message: string): void;
  info(details: Record<string, unknown>, message: string): void;
}

/** While Redis fails, one call a second asks it again; the others are counted locally at once. */
const PROBE_INTERVAL_MS = 1_000;

/**
 * Whether the shared Redis answers, shared by every bucket of a RateLimits:
 * an outage is logged once when it starts and once when it ends, not once
 * per call, and while it lasts only a probe now and then waits for Redis.
 */
export class RedisHealth {
  #failing = false;
  #nextProbe = 0;

  constructor(private readonly log: RateLimitLog | undefined) {}

  /** Whether this call should ask Redis: always while it answers, one call per interval while it does not. */
  shouldAsk(): boolean {
    if (!this.#failing) return true;
    const now = Date.now();
    if (now < this.#nextProbe) return false;
    this.#nextProbe = now + PROBE_INTERVAL_MS;
    return true;
  }

  failed(err: unknown): void {
    this.#nextProbe = Date.now() + PROBE_INTERVAL_MS;
    if (this.#failing) return;
    this.#failing = true;
    // The message only: never the client's options, which hold the URL and its password.
    const reason = err instanceof Error ? err.message : String(err);
    this.log?.warn({ reason }, "rate limits: Redis does not answer; each DBX instance counts on its own until it does");
  }

  answered(): void {
    if (!this.#failing) return;
    this.#failing = false;
    this.log?.info({}, "rate limits: Redis answers again; instances share their counts");
  }
}
