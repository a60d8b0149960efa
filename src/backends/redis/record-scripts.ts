import { createHash } from "node:crypto";
import type { RedisArg, RedisReply } from "../facets/redis.js";
import type { RedisClient } from "./connections.js";
import { redisErrorCode, isReplyError } from "./redis-errors.js";
import { send } from "./replies.js";

/**
 * The Lua scripts behind the record writes. Each runs atomically, so a write
 * is never seen half done, and each bumps the version field with HINCRBY,
 * whose keyspace event ("hincrby") is what Watch reports.
 *
 * Arguments are unpacked in chunks: Lua's stack takes a few thousand values.
 */
const HELPERS = `
local function each_chunk(cmd, key, list, from)
  local n = #list
  local i = from
  while i <= n do
    local j = math.min(i + 999, n)
    redis.call(cmd, key, unpack(list, i, j))
    i = j + 1
  end
end
local function set_ttl(key, ttl, existed)
  if ttl ~= '' then
    redis.call('PEXPIRE', key, ttl)
  elseif existed then
    redis.call('PERSIST', key)
  end
end
`;

/** KEYS[1] record; ARGV[1] ttl ms or ""; ARGV[2..] name, value pairs. Answers 1 when created. */
const PUT = `${HELPERS}
local key = KEYS[1]
local existed = redis.call('EXISTS', key) == 1
local pairs_ = {}
for i = 2, #ARGV do pairs_[#pairs_ + 1] = ARGV[i] end
if existed then
  local keep = {}
  for i = 1, #pairs_, 2 do keep[pairs_[i]] = true end
  local gone = {}
  for _, f in ipairs(redis.call('HKEYS', key)) do
    if f ~= '' and not keep[f] then gone[#gone + 1] = f end
  end
  each_chunk('HDEL', key, gone, 1)
end
each_chunk('HSET', key, pairs_, 1)
redis.call('HINCRBY', key, '', 1)
set_ttl(key, ARGV[1], existed)
if existed then return 0 end
return 1
`;

/** As PUT, but answers 0 and writes nothing when the key exists. */
const INSERT = `${HELPERS}
local key = KEYS[1]
if redis.call('EXISTS', key) == 1 then return 0 end
local pairs_ = {}
for i = 2, #ARGV do pairs_[#pairs_ + 1] = ARGV[i] end
each_chunk('HSET', key, pairs_, 1)
redis.call('HINCRBY', key, '', 1)
set_ttl(key, ARGV[1], false)
return 1
`;

/**
 * KEYS[1] record; ARGV[1] ttl ms or ""; ARGV[2] "1" to create a missing
 * record (upsert); ARGV[3] what the caller read before computing the update:
 * "" nothing, "0" no record, "1" a record; ARGV[4] n, then n pairs of a
 * field and the value read ("" when absent); then the count of fields to
 * remove and their names; then name, value pairs to set.
 *
 * Answers -1 when the key is a hash DBX did not write; 0 when the record or
 * a value read has changed since (the caller reads again: a compare-and-set
 * on exactly what it read, whoever wrote meanwhile); nil when there is no
 * record and no upsert; else {1 when created, the record (HGETALL)}.
 */
const UPDATE = `${HELPERS}
local key = KEYS[1]
local exists = redis.call('HEXISTS', key, '') == 1
if not exists and redis.call('EXISTS', key) == 1 then return -1 end
local read = ARGV[3]
if read ~= '' and (read == '1') ~= exists then return 0 end
local i = 5
for _ = 1, tonumber(ARGV[4]) do
  local current = redis.call('HGET', key, ARGV[i]) or ''
  if current ~= ARGV[i + 1] then return 0 end
  i = i + 2
end
if not exists and ARGV[2] ~= '1' then return false end
local unset = {}
for _ = 1, tonumber(ARGV[i]) do
  i = i + 1
  unset[#unset + 1] = ARGV[i]
end
local pairs_ = {}
for j = i + 1, #ARGV do pairs_[#pairs_ + 1] = ARGV[j] end
if exists then each_chunk('HDEL', key, unset, 1) end
each_chunk('HSET', key, pairs_, 1)
redis.call('HINCRBY', key, '', 1)
if ARGV[1] ~= '' then redis.call('PEXPIRE', key, ARGV[1]) end
local created = 0
if not exists then created = 1 end
return {created, redis.call('HGETALL', key)}
`;

export class RecordScript {
  readonly sha: string;
  constructor(readonly lua: string) {
    this.sha = createHash("sha1").update(lua).digest("hex");
  }

  /** EVALSHA, loading the script with EVAL the first time a server lacks it. */
  async run(client: RedisClient, key: Buffer, args: readonly RedisArg[], replyTimeoutMs: number): Promise<RedisReply> {
    try {
      return await send(client, "EVALSHA", [this.sha, 1, key, ...args], replyTimeoutMs);
    } catch (err) {
      if (!isReplyError(err) || redisErrorCode(err) !== "NOSCRIPT") throw err;
      return send(client, "EVAL", [this.lua, 1, key, ...args], replyTimeoutMs);
    }
  }
}

export const recordScripts = {
  put: new RecordScript(PUT),
  insert: new RecordScript(INSERT),
  update: new RecordScript(UPDATE),
};
