import type { Target } from "../../../gen/ts/dbx/v1/target_pb.js";
import { ListEnd } from "../../../gen/ts/dbx/redis/v1/common_pb.js";
import { invalidField } from "../../errors/dbx-error.js";
import { blockingTimeout, callBlocking } from "./blocking.js";
import { asArray, asBytes, asBytesList, asInt, asOptionalBytes, required, type ResolveRedis } from "./redis-calls.js";
import type { RedisServiceImpl } from "./redis-impl.js";

/** LPUSH, RPUSH, LPOP, RPOP, LRANGE, LLEN, LINDEX, LSET, LREM, LTRIM, LMOVE and the blocking pops. */
export function listHandlers(redis: ResolveRedis) {
  return {
    async lPush(req, ctx) {
      const command = req.onlyIfExists ? "LPUSHX" : "LPUSH";
      return { length: asInt(await redis(req.target, ctx).run(command, req.key, ...required(req.values, "values"))) };
    },

    async rPush(req, ctx) {
      const command = req.onlyIfExists ? "RPUSHX" : "RPUSH";
      return { length: asInt(await redis(req.target, ctx).run(command, req.key, ...required(req.values, "values"))) };
    },

    async lPop(req, ctx) {
      return { values: await pop(redis, "LPOP", req, ctx) };
    },

    async rPop(req, ctx) {
      return { values: await pop(redis, "RPOP", req, ctx) };
    },

    async lRange(req, ctx) {
      return { values: asBytesList(await redis(req.target, ctx).run("LRANGE", req.key, req.start, req.stop)) };
    },

    async lLen(req, ctx) {
      return { length: asInt(await redis(req.target, ctx).run("LLEN", req.key)) };
    },

    async lIndex(req, ctx) {
      return { value: asOptionalBytes(await redis(req.target, ctx).run("LINDEX", req.key, req.index)) };
    },

    async lSet(req, ctx) {
      await redis(req.target, ctx).run("LSET", req.key, req.index, req.value);
      return {};
    },

    async lRem(req, ctx) {
      return { removed: asInt(await redis(req.target, ctx).run("LREM", req.key, req.count, req.value)) };
    },

    async lTrim(req, ctx) {
      await redis(req.target, ctx).run("LTRIM", req.key, req.start, req.stop);
      return {};
    },

    async lMove(req, ctx) {
      const ends = [end(req.sourceEnd, "source_end"), end(req.destinationEnd, "destination_end")];
      return { value: asOptionalBytes(await redis(req.target, ctx).run("LMOVE", req.source, req.destination, ...ends)) };
    },

    async bLPop(req, ctx) {
      const call = redis(req.target, ctx);
      const reply = await callBlocking(call, "BLPOP", [...required(req.keys, "keys"), blockingTimeout(req.timeout, ctx)]);
      if (reply === null) return { timedOut: true };
      const [list, value] = asArray(reply).map(asBytes);
      return { list: call.facet.unprefixKey(list), value };
    },

    async bRPop(req, ctx) {
      const call = redis(req.target, ctx);
      const reply = await callBlocking(call, "BRPOP", [...required(req.keys, "keys"), blockingTimeout(req.timeout, ctx)]);
      if (reply === null) return { timedOut: true };
      const [list, value] = asArray(reply).map(asBytes);
      return { list: call.facet.unprefixKey(list), value };
    },

    async bLMove(req, ctx) {
      const ends = [end(req.sourceEnd, "source_end"), end(req.destinationEnd, "destination_end")];
      const reply = await callBlocking(redis(req.target, ctx), "BLMOVE", [req.source, req.destination, ...ends, blockingTimeout(req.timeout, ctx)]);
      return reply === null ? { timedOut: true } : { value: asBytes(reply) };
    },
  } satisfies Partial<RedisServiceImpl>;
}

async function pop(
  redis: ResolveRedis,
  command: "LPOP" | "RPOP",
  req: { target?: Target; key: Uint8Array; count?: bigint },
  ctx: Parameters<ResolveRedis>[1],
): Promise<Buffer[]> {
  const call = redis(req.target, ctx);
  if (req.count === undefined) {
    const value = asOptionalBytes(await call.run(command, req.key));
    return value ? [value] : [];
  }
  if (req.count < 0n) throw invalidField("count", "must not be negative");
  return asBytesList(await call.run(command, req.key, req.count));
}

function end(value: ListEnd, field: string): string {
  if (value === ListEnd.LEFT) return "LEFT";
  if (value === ListEnd.RIGHT) return "RIGHT";
  throw invalidField(field, "LEFT or RIGHT is required");
}
