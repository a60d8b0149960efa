import type { Target } from "../../../gen/ts/dbx/v1/target_pb.js";
import type { HandlerContext } from "@connectrpc/connect";
import { SetCondition } from "../../../gen/ts/dbx/redis/v1/common_pb.js";
import { Aggregate, RangeBy, ScoreComparison } from "../../../gen/ts/dbx/redis/v1/sorted_sets_pb.js";
import type { RedisArg, RedisReply } from "../../backends/facets/redis.js";
import { invalidField } from "../../errors/dbx-error.js";
import { scanKey } from "./hashes.js";
import { asArray, asBytes, asDouble, asInt, asOptionalDouble, asPairs, required, scoreArg, type ResolveRedis } from "./redis-calls.js";
import type { RedisServiceImpl } from "./redis-impl.js";

/** ZADD, ZRANGE, ZSCORE, ZMSCORE, ZINCRBY, ZCARD, ZCOUNT, ZRANK, ZREVRANK, ZREM, ZREMRANGEBY*, ZPOPMIN/MAX, ZUNIONSTORE, ZINTERSTORE, ZSCAN. */
export function sortedSetHandlers(redis: ResolveRedis) {
  const popScored = async (command: string, req: { target?: Target; key: Uint8Array; count?: bigint }, ctx: HandlerContext) => {
    const args: RedisArg[] = [req.key];
    if (req.count !== undefined) {
      if (req.count < 0n) throw invalidField("count", "must not be negative");
      args.push(req.count);
    }
    return { members: withScores(await redis(req.target, ctx).run(command, ...args)) };
  };
  const combineStore = async (
    command: string,
    req: { target?: Target; destination: Uint8Array; keys: Uint8Array[]; weights: number[]; aggregate: Aggregate },
    ctx: HandlerContext,
  ) => {
    const keys = required(req.keys, "keys");
    const args: RedisArg[] = [req.destination, keys.length, ...keys];
    if (req.weights.length) {
      if (req.weights.length !== keys.length) throw invalidField("weights", "one weight per key");
      args.push("WEIGHTS", ...req.weights.map(scoreArg));
    }
    if (req.aggregate !== Aggregate.UNSPECIFIED) args.push("AGGREGATE", Aggregate[req.aggregate]);
    return { count: asInt(await redis(req.target, ctx).run(command, ...args)) };
  };
  const rank = async (command: string, req: { target?: Target; key: Uint8Array; member: Uint8Array }, ctx: HandlerContext) => {
    const reply = await redis(req.target, ctx).run(command, req.key, req.member);
    return { rank: reply === null ? undefined : asInt(reply) };
  };

  return {
    async zAdd(req, ctx) {
      const members = required(req.members, "members");
      if (req.incr && members.length !== 1) throw invalidField("members", "INCR takes exactly one member");
      const args: RedisArg[] = [req.key];
      if (req.condition === SetCondition.NX) args.push("NX");
      if (req.condition === SetCondition.XX) args.push("XX");
      if (req.comparison !== ScoreComparison.UNSPECIFIED) args.push(ScoreComparison[req.comparison]);
      if (req.changed) args.push("CH");
      if (req.incr) args.push("INCR");
      members.forEach((m, i) => {
        if (m.score === undefined) throw invalidField(`members[${i}].score`, "a score is required");
        args.push(scoreArg(m.score), m.member);
      });
      const reply = await redis(req.target, ctx).run("ZADD", ...args);
      if (req.incr) return reply === null ? { count: 0n } : { count: 1n, score: asDouble(reply) };
      return { count: asInt(reply) };
    },

    async zRange(req, ctx) {
      if (!req.start || !req.stop) throw invalidField(req.start ? "stop" : "start", "a bound is required");
      const args: RedisArg[] = [req.key, req.start, req.stop];
      if (req.by === RangeBy.SCORE) args.push("BYSCORE");
      if (req.by === RangeBy.LEX) args.push("BYLEX");
      if (req.rev) args.push("REV");
      if (req.limit) {
        if (req.by === RangeBy.UNSPECIFIED) throw invalidField("limit", "LIMIT needs BYSCORE or BYLEX");
        args.push("LIMIT", req.limit.offset, req.limit.count);
      }
      if (req.withScores) args.push("WITHSCORES");
      const reply = await redis(req.target, ctx).run("ZRANGE", ...args);
      return { members: req.withScores ? withScores(reply) : asArray(reply).map((m) => ({ member: asBytes(m) })) };
    },

    async zScore(req, ctx) {
      return { score: asOptionalDouble(await redis(req.target, ctx).run("ZSCORE", req.key, req.member)) };
    },

    async zMScore(req, ctx) {
      const reply = await redis(req.target, ctx).run("ZMSCORE", req.key, ...required(req.members, "members"));
      return { scores: asArray(reply).map((s) => ({ score: asOptionalDouble(s) })) };
    },

    async zIncrBy(req, ctx) {
      return { score: asDouble(await redis(req.target, ctx).run("ZINCRBY", req.key, scoreArg(req.increment), req.member)) };
    },

    async zCard(req, ctx) {
      return { count: asInt(await redis(req.target, ctx).run("ZCARD", req.key)) };
    },

    async zCount(req, ctx) {
      return { count: asInt(await redis(req.target, ctx).run("ZCOUNT", req.key, bound(req.min, "min"), bound(req.max, "max"))) };
    },

    zRank: (req, ctx) => rank("ZRANK", req, ctx),
    zRevRank: (req, ctx) => rank("ZREVRANK", req, ctx),

    async zRem(req, ctx) {
      return { removed: asInt(await redis(req.target, ctx).run("ZREM", req.key, ...required(req.members, "members"))) };
    },

    async zRemRangeByScore(req, ctx) {
      return { removed: asInt(await redis(req.target, ctx).run("ZREMRANGEBYSCORE", req.key, bound(req.min, "min"), bound(req.max, "max"))) };
    },

    async zRemRangeByRank(req, ctx) {
      return { removed: asInt(await redis(req.target, ctx).run("ZREMRANGEBYRANK", req.key, req.start, req.stop)) };
    },

    zPopMin: (req, ctx) => popScored("ZPOPMIN", req, ctx),
    zPopMax: (req, ctx) => popScored("ZPOPMAX", req, ctx),
    zUnionStore: (req, ctx) => combineStore("ZUNIONSTORE", req, ctx),
    zInterStore: (req, ctx) => combineStore("ZINTERSTORE", req, ctx),

    async zScan(req, ctx) {
      const [cursor, items] = await scanKey(redis, req, ctx, "ZSCAN");
      return { cursor, members: withScores(items) };
    },
  } satisfies Partial<RedisServiceImpl>;
}

function withScores(reply: RedisReply): { member: Buffer; score: number }[] {
  return asPairs(reply).map(([member, score]) => ({ member: asBytes(member), score: asDouble(score) }));
}

function bound(value: string, field: string): string {
  if (!value) throw invalidField(field, "a bound is required (\"-inf\", \"(1.5\", \"+inf\")");
  return value;
}
