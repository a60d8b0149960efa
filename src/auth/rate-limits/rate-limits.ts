import { ConnectError } from "@connectrpc/connect";
import { Redis } from "ioredis";
import { once } from "node:events";
import { RateLimiterRes } from "rate-limiter-flexible";
import { rateLimited } from "../../errors/dbx-error.js";
import { countingWindow, type RateLimit } from "./rate-limit.js";
import { rateLimitHeaders, tighterState, type RateLimitScope, type RateLimitState } from "./rate-limit-state.js";
import { RedisCounter, RedisHealth, type RateLimitLog } from "./redis-counter.js";
import { memoryCounter, type WindowCounter } from "./window-counter.js";

/** What RateLimits is built from; the lead maps `auth.rateLimits` to it. */
export interface RateLimitsOptions {
  /**
   * Where counts live: this process, or a Redis that every DBX instance
   * shares (a client this object uses but does not close, or a URL it
   * connects to and closes in `close`).
   */
  readonly store: "memory" | { readonly redis: Redis | string };
  /** Each identity's limit, unless the call brings its own (a role's or an API key's). */
  readonly perIdentity?: RateLimit;
  /** Each backend's limit, all callers together. */
  readonly perBackend?: Readonly<Record<string, RateLimit>>;
  /** How long a call waits for Redis before it is counted in this process instead; default 100 ms. */
  readonly redisTimeoutMs?: number;
  /** Where a Redis outage and its end are logged. */
  readonly log?: RateLimitLog;
}

/** Key prefix of every count in Redis. */
const KEY_PREFIX = "dbx:ratelimit";
const DEFAULT_REDIS_TIMEOUT_MS = 100;

/**
 * Rate limits per identity and per backend. `consume` counts one call
 * against the caller's limit, then (only if that passed, so that a caller
 * over its own limit does not use up a backend's calls for everyone) against
 * the backend's, and throws RESOURCE_EXHAUSTED (RATE_LIMITED) when either is
 * spent.
 */
export class RateLimits {
  readonly #counters = new Map<string, WindowCounter>();
  readonly #perBackend: ReadonlyMap<string, RateLimit>;
  readonly #perIdentity: RateLimit | undefined;
  readonly #redis: Redis | undefined;
  readonly #ownsRedis: boolean;
  readonly #health: RedisHealth;
  readonly #redisTimeoutMs: number;

  /** Throws a RangeError naming a limit that is not a positive rate and a positive whole burst. */
  constructor(options: RateLimitsOptions) {
    this.#health = new RedisHealth(options.log);
    this.#redisTimeoutMs = options.redisTimeoutMs ?? DEFAULT_REDIS_TIMEOUT_MS;
    const store = options.store;
    if (store === "memory") {
      this.#redis = undefined;
      this.#ownsRedis = false;
    } else if (typeof store.redis === "string") {
      // No offline queue: a call counted while Redis is away goes to this process's counters at once.
      this.#redis = new Redis(store.redis, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2_000 });
      this.#redis.on("error", (err: Error) => this.#health.failed(err));
      this.#ownsRedis = true;
    } else {
      this.#redis = store.redis;
      this.#ownsRedis = false;
    }
    this.#perIdentity = options.perIdentity && checked(options.perIdentity, "perIdentity");
    this.#perBackend = new Map(Object.entries(options.perBackend ?? {}).map(([backend, limit]) => [backend, checked(limit, `perBackend.${backend}`)]));
  }

  /**
   * Counts one call of `identityKey` to `backend`. `own` replaces the
   * per-identity limit for this caller (its role's or its API key's). Answers
   * the state closest to refusal, for the rate-limit headers (undefined when
   * no limit applies). Throws RESOURCE_EXHAUSTED (RATE_LIMITED, scope
   * `identity` or `backend`) with a RetryInfo; the error's metadata holds the
   * rate-limit headers and `retry-after`, which connect sends with it.
   */
  async consume(identityKey: string, backend: string, own?: RateLimit): Promise<RateLimitState | undefined> {
    const identityLimit = own ?? this.#perIdentity;
    const identity = identityLimit && (await this.#count("identity", identityLimit, identityKey));
    const backendLimit = this.#perBackend.get(backend);
    const shared = backendLimit && (await this.#count("backend", backendLimit, backend));
    return tighterState(identity, shared);
  }

  /**
   * Resolves once the Redis connection opened from a URL is ready, or after
   * `timeoutMs` (never rejects: calls are counted locally until it is).
   * Await it at startup so that the first calls are not counted apart and
   * logged as an outage while the connection is still being made.
   */
  async ready(timeoutMs = 2_000): Promise<void> {
    const redis = this.#redis;
    if (!this.#ownsRedis || redis === undefined || redis.status === "ready") return;
    await once(redis, "ready", { signal: AbortSignal.timeout(timeoutMs) }).catch(() => undefined);
  }

  /** Closes the Redis connection this object opened from a URL; a client passed in stays open. */
  async close(): Promise<void> {
    if (this.#ownsRedis) await this.#redis?.quit().catch(() => this.#redis?.disconnect());
  }

  async #count(scope: RateLimitScope, limit: RateLimit, key: string): Promise<RateLimitState> {
    const window = countingWindow(limit);
    const counterKey = `${scope}:${window.points}:${window.seconds}`;
    let counter = this.#counters.get(counterKey);
    if (counter === undefined) {
      // Limits come from configuration and API keys: few distinct ones, so the map stays small.
      const keyPrefix = `${KEY_PREFIX}:${scope}:${window.points}/${window.seconds}s`;
      counter = this.#redis ? new RedisCounter(this.#redis, window, keyPrefix, this.#health, this.#redisTimeoutMs) : memoryCounter(window, keyPrefix);
      this.#counters.set(counterKey, counter);
    }
    try {
      const res = await counter.consume(key);
      return { scope, limit: window.points, remaining: res.remainingPoints, resetMs: res.msBeforeNext, windowSeconds: window.seconds };
    } catch (err) {
      if (!(err instanceof RateLimiterRes)) throw err;
      const state: RateLimitState = { scope, limit: window.points, remaining: 0, resetMs: err.msBeforeNext, windowSeconds: window.seconds };
      throw refusal(scope, limit, state, scope === "backend" ? key : undefined);
    }
  }
}

function checked(limit: RateLimit, field: string): RateLimit {
  try {
    countingWindow(limit);
  } catch (err) {
    throw new RangeError(`rateLimits.${field}: ${(err as Error).message}`);
  }
  return limit;
}

function refusal(scope: RateLimitScope, limit: RateLimit, state: RateLimitState, backend: string | undefined): ConnectError {
  const whose = backend === undefined ? "this caller" : `backend "${backend}"`;
  const seconds = (Math.max(0, state.resetMs) / 1000).toFixed(1);
  const err = rateLimited(`rate limit of ${limit.callsPerSecond} calls per second for ${whose} reached; retry in ${seconds} s`, { callsPerSecond: limit.callsPerSecond, scope }, state.resetMs);
  for (const [name, value] of rateLimitHeaders(state, state.resetMs)) err.metadata.set(name, value);
  return err;
}
