import type { Redis } from "ioredis";
import { RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import type { CountingWindow } from "./rate-limit.js";
import { memoryCounter, type WindowCounter } from "./window-counter.js";

/** Where rate limits report that the shared Redis stopped or started answering; a pino logger fits. */
export interface RateLimitLog {
  warn(details: Record<string, unknown>, message: string): void;
  info(details: Record<string, unknown>, message: string): void;
}

/** While Redis fails, one call a second asks it again; the others are counted locally at once. */
const PROBE_INTERVAL_MS = 1_000;

/**
 * Whether the shared Redis answers, shared by every counter of a RateLimits:
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

/**
 * A counter in Redis, shared by every DBX instance that uses the same Redis
 * and the same limit. When Redis is down, slow or still connecting, the call
 * is counted in this process instead (rate-limiter-flexible's "insurance"
 * idea), after at most `timeoutMs`, at once when ioredis says the connection
 * is not ready, and at once for all but a probe a second during an outage. Why not refuse the call: a rate limit guards
 * capacity, not access (authentication and authorization do not depend on
 * this Redis), and counting per instance still holds each instance to the
 * limit, so an outage of the counting Redis neither lets traffic through
 * unbounded nor takes every backend down with it.
 */
export class RedisCounter implements WindowCounter {
  readonly #shared: RateLimiterRedis;
  readonly #local: WindowCounter;

  constructor(
    client: Redis,
    window: CountingWindow,
    keyPrefix: string,
    private readonly health: RedisHealth,
    private readonly timeoutMs: number,
  ) {
    this.#shared = new RateLimiterRedis({ storeClient: client, points: window.points, duration: window.seconds, keyPrefix, rejectIfRedisNotReady: true });
    this.#local = memoryCounter(window, keyPrefix);
  }

  async consume(key: string): Promise<RateLimiterRes> {
    if (!this.health.shouldAsk()) return this.#local.consume(key);
    let result: RateLimiterRes;
    try {
      result = await withinMs(this.#shared.consume(key), this.timeoutMs);
    } catch (err) {
      if (!(err instanceof RateLimiterRes)) {
        this.health.failed(err);
        return this.#local.consume(key);
      }
      this.health.answered();
      throw err;
    }
    this.health.answered();
    return result;
  }
}

/** The promise's outcome, or a rejection after `ms`; a late outcome is dropped (race keeps it handled). */
function withinMs<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
