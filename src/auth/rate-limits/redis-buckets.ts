import type { Redis } from "ioredis";
import type { BucketStore } from "./bucket-store.js";
import type { MemoryBuckets } from "./memory-buckets.js";
import type { BucketShape } from "./rate-limit.js";
import type { RedisHealth } from "./redis-health.js";
import type { Taken } from "./token-bucket.js";

/**
 * Takes a token from the bucket at KEYS[1] (a hash: tokens, at), which
 * holds ARGV[1] tokens at most and gains ARGV[2] a millisecond; the same
 * arithmetic as takeToken. One script, so that two instances taking at once
 * cannot both read the same level. The clock is the Redis server's (TIME),
 * one clock for every instance whatever theirs say. Redis 3.2 to 4 accept a
 * write after TIME only once effects replication is on; 5 and later always
 * replicate effects. A refusal writes nothing: the stored level refills to
 * the same count. The key expires when the bucket would be full, which is
 * where a missing key starts. Answers integers (Redis truncates Lua numbers):
 * taken (1 or 0), whole tokens left, ms until a token, ms until full.
 */
const TAKE_TOKEN_LUA = `
if redis.replicate_commands then redis.replicate_commands() end
local capacity = tonumber(ARGV[1])
local perMs = tonumber(ARGV[2])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + tonumber(time[2]) / 1000
local level = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(level[1]) or capacity
local at = tonumber(level[2]) or now
tokens = math.min(capacity, tokens + math.max(0, now - at) * perMs)
if tokens < 1 then
  return {0, 0, math.ceil((1 - tokens) / perMs), math.ceil((capacity - tokens) / perMs)}
end
tokens = tokens - 1
local fullMs = math.ceil((capacity - tokens) / perMs)
redis.call('HSET', KEYS[1], 'tokens', tokens, 'at', now)
redis.call('PEXPIRE', KEYS[1], fullMs)
return {1, math.floor(tokens), 0, fullMs}
`;

/** ioredis runs it by EVALSHA, and by EVAL once when the server answers NOSCRIPT (after a restart or SCRIPT FLUSH). */
const COMMAND = "dbxTakeToken";

type ScriptedRedis = Redis & Record<typeof COMMAND, (key: string, capacity: number, perMs: number) => Promise<[number, number, number, number]>>;

/**
 * Token buckets in Redis, shared by every DBX instance that uses the same
 * Redis. When Redis is down, slow or still connecting, the call is counted
 * in this process instead, after at most `timeoutMs`, at once when ioredis
 * says the connection is not ready, and at once for all but a probe a second
 * during an outage. Why not refuse the call: a rate limit guards capacity,
 * not access (authentication and authorization do not depend on this
 * Redis), and counting per instance still holds each instance to the limit,
 * so an outage of the counting Redis neither lets traffic through unbounded
 * nor takes every backend down with it.
 */
export class RedisBuckets implements BucketStore {
  readonly #client: ScriptedRedis;

  constructor(
    client: Redis,
    private readonly local: MemoryBuckets,
    private readonly health: RedisHealth,
    private readonly timeoutMs: number,
  ) {
    client.defineCommand(COMMAND, { numberOfKeys: 1, lua: TAKE_TOKEN_LUA });
    this.#client = client as ScriptedRedis;
  }

  async take(key: string, shape: BucketShape): Promise<Taken> {
    if (!this.health.shouldAsk()) return this.local.take(key, shape);
    const client = this.#client;
    if (client.status !== "ready") {
      this.health.failed(new Error(`the connection is ${client.status}`));
      return this.local.take(key, shape);
    }
    let answer: [number, number, number, number];
    try {
      answer = await withinMs(client[COMMAND](key, shape.capacity, shape.perMs), this.timeoutMs);
    } catch (err) {
      this.health.failed(err);
      return this.local.take(key, shape);
    }
    this.health.answered();
    const [taken, remaining, retryMs, fullMs] = answer;
    return { taken: taken === 1, remaining, retryMs, fullMs };
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
