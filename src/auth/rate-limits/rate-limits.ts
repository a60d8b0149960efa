import { ConnectError } from "@connectrpc/connect";
import { Redis } from "ioredis";
import { once } from "node:events";
import { rateLimited } from "../../errors/dbx-error.js";
import type { BucketStore } from "./bucket-store.js";
import { DEFAULT_MAX_BUCKETS, MemoryBuckets } from "./memory-buckets.js";
import { bucketShape, type RateLimit } from "./rate-limit.js";
import { rateLimitHeaders, type RateLimitState } from "./rate-limit-state.js";
import { RedisBuckets } from "./redis-buckets.js";
import { RedisHealth, type RateLimitLog } from "./redis-health.js";

/** What RateLimits is built from; the lead maps `auth.rateLimits` to it. */
export interface RateLimitsOptions {
  /**
   * Where buckets live: this process, or a Redis that every DBX instance
   * shares (a client this object uses but does not close, or a URL it
   * connects to and closes in `close`).
   */
  readonly store: "memory" | { readonly redis: Redis | string };
  /** Each identity's limit, unless the call brings its own (a role's or an API key's). */
  readonly perIdentity?: RateLimit;
  /** How long a call waits for Redis before it is counted in this process instead; default 100 ms. */
  readonly redisTimeoutMs?: number;
  /** Where a Redis outage and its end are logged. */
  readonly log?: RateLimitLog;
  /**
   * Buckets this process keeps at most (the memory store, or the local
   * counts during a Redis outage); default 100,000. Past it, the least
   * recently used bucket is forgotten and starts full again.
   */
  readonly maxLocalBuckets?: number;
  /** The clock of buckets in this process, in milliseconds; for tests. */
  readonly now?: () => number;
}

/** Key prefix of every bucket in Redis. */
const KEY_PREFIX = "dbx:ratelimit";
const DEFAULT_REDIS_TIMEOUT_MS = 100;

/**
 * Rate limits per identity, a token bucket per identity and limit: `burst`
 * calls at once, tokens back one by one at `callsPerSecond`. `consume`
 * counts one call and throws RESOURCE_EXHAUSTED (RATE_LIMITED) when the
 * bucket is empty. (A backend's own limit protects the connections of one
 * process, so it is counted there: BackendAdmission.)
 */
export class RateLimits {
  readonly #store: BucketStore;
  readonly #perIdentity: RateLimit | undefined;
  readonly #redis: Redis | undefined;
  readonly #ownsRedis: boolean;

  /** Throws a RangeError naming a limit that is not a positive rate and a positive whole burst. */
  constructor(options: RateLimitsOptions) {
    const local = new MemoryBuckets(options.maxLocalBuckets ?? DEFAULT_MAX_BUCKETS, options.now);
    const store = options.store;
    if (store === "memory") {
      this.#redis = undefined;
      this.#ownsRedis = false;
      this.#store = local;
    } else {
      const health = new RedisHealth(options.log);
      if (typeof store.redis === "string") {
        // No offline queue: a call counted while Redis is away goes to this process's buckets at once.
        this.#redis = new Redis(store.redis, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2_000 });
        this.#redis.on("error", (err: Error) => health.failed(err));
        this.#ownsRedis = true;
      } else {
        this.#redis = store.redis;
        this.#ownsRedis = false;
      }
      this.#store = new RedisBuckets(this.#redis, local, health, options.redisTimeoutMs ?? DEFAULT_REDIS_TIMEOUT_MS);
    }
    this.#perIdentity = options.perIdentity && checked(options.perIdentity, "perIdentity");
  }

  /**
   * Counts one call of `identityKey`. `own` replaces the per-identity limit
   * for this caller (its role's or its API key's). Answers where the caller
   * stands, for the rate-limit headers (undefined when no limit applies).
   * Throws RESOURCE_EXHAUSTED (RATE_LIMITED, scope `identity`) with a
   * RetryInfo; the error's metadata holds the rate-limit headers and
   * `retry-after`, which connect sends with it.
   */
  async consume(identityKey: string, own?: RateLimit): Promise<RateLimitState | undefined> {
    const limit = own ?? this.#perIdentity;
    return limit && (await this.#count(limit, identityKey));
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

  async #count(limit: RateLimit, key: string): Promise<RateLimitState> {
    const shape = bucketShape(limit);
    // Each limit has buckets of its own: a key's limit that changes (another role) starts a new, full bucket.
    const taken = await this.#store.take(`${KEY_PREFIX}:identity:${shape.capacity}@${limit.callsPerSecond}/s:${key}`, shape);
    const state: RateLimitState = {
      limit: shape.capacity,
      remaining: taken.remaining,
      resetMs: taken.fullMs,
      windowSeconds: Math.max(1, Math.round(shape.capacity / limit.callsPerSecond)),
    };
    if (!taken.taken) throw refusal(limit, state, taken.retryMs);
    return state;
  }
}

function checked(limit: RateLimit, field: string): RateLimit {
  try {
    bucketShape(limit);
  } catch (err) {
    throw new RangeError(`rateLimits.${field}: ${(err as Error).message}`);
  }
  return limit;
}

function refusal(limit: RateLimit, state: RateLimitState, retryMs: number): ConnectError {
  const seconds = (retryMs / 1000).toFixed(1);
  const err = rateLimited(`rate limit of ${limit.callsPerSecond} calls per second for this caller reached; retry in ${seconds} s`, { callsPerSecond: limit.callsPerSecond, scope: "identity" }, retryMs);
  for (const [name, value] of rateLimitHeaders(state, retryMs)) err.metadata.set(name, value);
  return err;
}
