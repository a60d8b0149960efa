import type { Redis } from "ioredis";
import { RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import type { CountingWindow } from "./rate-limit.js";
import { memoryCounter, type WindowCounter } from "./window-counter.js";

/** Where rate limits report that the shared Redis stopped or started answering; a pino logger fits. */
export interface RateLimitLog {
  warn(details: Record<string, unknown>, message: string): void;
  info(details: Record<string, unknown>, message: string): void;
}

/**
 * Whether the shared Redis answers, so that an outage is logged once when
 * it starts and once when it ends, not once per call.
 */
export class RedisHealth {
  #failing = false;

  constructor(private readonly log: RateLimitLog | undefined) {}

  get failing(): boolean {
    return this.#failing;
  }

  failed(err: unknown): void {
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
 * idea), after at most `timeoutMs` and at once when ioredis says the
 * connection is not ready. Why not refuse the call: a rate limit guards
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
