import { asBool, asInt, required, type ResolveRedis } from "./redis-calls.js";
import type { RedisServiceImpl } from "./redis-impl.js";

/** PFADD, PFCOUNT, PFMERGE. */
export function hyperLogLogHandlers(redis: ResolveRedis) {
  return {
    async pfAdd(req, ctx) {
      return { changed: asBool(await redis(req.target, ctx).run("PFADD", req.key, ...req.elements)) };
    },

    async pfCount(req, ctx) {
      return { count: asInt(await redis(req.target, ctx).run("PFCOUNT", ...required(req.keys, "keys"))) };
    },

    async pfMerge(req, ctx) {
      await redis(req.target, ctx).run("PFMERGE", req.destination, ...req.sources);
      return {};
    },
  } satisfies Partial<RedisServiceImpl>;
}
