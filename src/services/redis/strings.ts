import type { Expiration } from "../../../gen/ts/dbx/redis/v1/common_pb.js";
import { SetCondition } from "../../../gen/ts/dbx/redis/v1/common_pb.js";
import { RedisService } from "../../../gen/ts/dbx/redis/v1/redis_service_pb.js";
import type { RedisArg } from "../../backends/facets/redis.js";
import { invalidField } from "../../errors/dbx-error.js";
import { asBytes, asDouble, asInt, asOptionalBytes, asText, required, type ResolveRedis } from "./redis-calls.js";
import type { RedisServiceImpl } from "./redis-impl.js";
import { refuseValueLargerThanAnswer } from "./value-size-check.js";

/** GET, SET, MGET, MSET, INCR..., APPEND, STRLEN, GETRANGE, SETRANGE, GETDEL, GETEX. */
export function stringHandlers(redis: ResolveRedis) {
  return {
    async get(req, ctx) {
      return { value: asOptionalBytes(await redis(req.target, ctx).run("GET", req.key)) };
    },

    async set(req, ctx) {
      const args: RedisArg[] = [req.key, req.value];
      if (req.condition === SetCondition.NX) args.push("NX");
      if (req.condition === SetCondition.XX) args.push("XX");
      if (req.get) args.push("GET");
      args.push(...expirationArgs(req.expiration, "SET"));
      const call = redis(req.target, ctx);
      if (req.get) await refuseValueLargerThanAnswer(call, req.key, `${RedisService.typeName}/${RedisService.method.set.name}`);
      const reply = await call.run("SET", ...args);
      if (!req.get) return { written: reply !== null };
      const previous = asOptionalBytes(reply);
      // With GET, Redis answers the old value; whether it wrote follows from the condition.
      const written = req.condition === SetCondition.NX ? previous === undefined : req.condition === SetCondition.XX ? previous !== undefined : true;
      return { written, previous };
    },

    async mGet(req, ctx) {
      const reply = await redis(req.target, ctx).run("MGET", ...required(req.keys, "keys"));
      return { values: (reply as (Buffer | null)[]).map((v) => ({ value: asOptionalBytes(v) })) };
    },

    async mSet(req, ctx) {
      const args = required(req.pairs, "pairs").flatMap((p) => [p.key, p.value]);
      const call = redis(req.target, ctx);
      if (req.onlyIfNoneExist) return { written: asInt(await call.run("MSETNX", ...args)) === 1n };
      await call.run("MSET", ...args);
      return { written: true };
    },

    async incr(req, ctx) {
      return { value: asInt(await redis(req.target, ctx).run("INCR", req.key)) };
    },

    async incrBy(req, ctx) {
      return { value: asInt(await redis(req.target, ctx).run("INCRBY", req.key, req.increment)) };
    },

    async incrByFloat(req, ctx) {
      const reply = await redis(req.target, ctx).run("INCRBYFLOAT", req.key, String(req.increment));
      return { value: asDouble(reply), text: asText(reply) };
    },

    async decr(req, ctx) {
      return { value: asInt(await redis(req.target, ctx).run("DECR", req.key)) };
    },

    async decrBy(req, ctx) {
      return { value: asInt(await redis(req.target, ctx).run("DECRBY", req.key, req.decrement)) };
    },

    async append(req, ctx) {
      return { length: asInt(await redis(req.target, ctx).run("APPEND", req.key, req.value)) };
    },

    async strLen(req, ctx) {
      return { length: asInt(await redis(req.target, ctx).run("STRLEN", req.key)) };
    },

    async getRange(req, ctx) {
      return { value: asBytes(await redis(req.target, ctx).run("GETRANGE", req.key, req.start, req.end)) };
    },

    async setRange(req, ctx) {
      if (req.offset < 0n) throw invalidField("offset", "must not be negative");
      return { length: asInt(await redis(req.target, ctx).run("SETRANGE", req.key, req.offset, req.value)) };
    },

    async getDel(req, ctx) {
      const call = redis(req.target, ctx);
      await refuseValueLargerThanAnswer(call, req.key, `${RedisService.typeName}/${RedisService.method.getDel.name}`);
      return { value: asOptionalBytes(await call.run("GETDEL", req.key)) };
    },

    async getEx(req, ctx) {
      return { value: asOptionalBytes(await redis(req.target, ctx).run("GETEX", req.key, ...expirationArgs(req.expiration, "GETEX"))) };
    },
  } satisfies Partial<RedisServiceImpl>;
}

/** The expiration arguments of SET (KEEPTTL) or GETEX (PERSIST). */
function expirationArgs(expiration: Expiration | undefined, command: "SET" | "GETEX"): RedisArg[] {
  const kind = expiration?.kind;
  switch (kind?.case) {
    case undefined:
      return [];
    case "ex":
    case "px":
    case "exat":
    case "pxat":
      if (kind.value <= 0n) throw invalidField(`expiration.${kind.case}`, "must be positive");
      return [kind.case.toUpperCase(), kind.value];
    case "keepTtl":
      if (command !== "SET") throw invalidField("expiration.keep_ttl", "only SET takes KEEPTTL");
      return kind.value ? ["KEEPTTL"] : [];
    case "persist":
      if (command !== "GETEX") throw invalidField("expiration.persist", "only GETEX takes PERSIST");
      return kind.value ? ["PERSIST"] : [];
  }
}
