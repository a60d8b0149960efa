import { ExpireCondition } from "../../../gen/ts/dbx/redis/v1/common_pb.js";
import type { RedisArg } from "../../backends/facets/redis.js";
import { asBool, asInt, asText, required, type ResolveRedis } from "./redis-calls.js";
import type { RedisServiceImpl } from "./redis-impl.js";

/** DEL, UNLINK, EXISTS, EXPIRE, PEXPIRE, TTL, PTTL, PERSIST, TYPE, RENAME, SCAN. */
export function keyHandlers(redis: ResolveRedis) {
  return {
    async del(req, ctx) {
      return { deleted: asInt(await redis(req.target, ctx).run("DEL", ...required(req.keys, "keys"))) };
    },

    async unlink(req, ctx) {
      return { unlinked: asInt(await redis(req.target, ctx).run("UNLINK", ...required(req.keys, "keys"))) };
    },

    async exists(req, ctx) {
      return { count: asInt(await redis(req.target, ctx).run("EXISTS", ...required(req.keys, "keys"))) };
    },

    async expire(req, ctx) {
      return { set: asBool(await redis(req.target, ctx).run("EXPIRE", req.key, req.seconds, ...conditionArgs(req.condition))) };
    },

    async pExpire(req, ctx) {
      return { set: asBool(await redis(req.target, ctx).run("PEXPIRE", req.key, req.milliseconds, ...conditionArgs(req.condition))) };
    },

    async ttl(req, ctx) {
      return { seconds: asInt(await redis(req.target, ctx).run("TTL", req.key)) };
    },

    async pTtl(req, ctx) {
      return { milliseconds: asInt(await redis(req.target, ctx).run("PTTL", req.key)) };
    },

    async persist(req, ctx) {
      return { persisted: asBool(await redis(req.target, ctx).run("PERSIST", req.key)) };
    },

    async type(req, ctx) {
      return { type: asText(await redis(req.target, ctx).run("TYPE", req.key)) };
    },

    async rename(req, ctx) {
      const call = redis(req.target, ctx);
      if (req.onlyIfNewKeyMissing) return { renamed: asBool(await call.run("RENAMENX", req.key, req.newKey)) };
      await call.run("RENAME", req.key, req.newKey);
      return { renamed: true };
    },

    async scan(req, ctx) {
      const call = redis(req.target, ctx);
      const page = await call.facet.scan(call.signal, req.cursor, scanOptions(req));
      return { cursor: page.cursor, keys: page.keys };
    },

    async *scanStream(req, ctx) {
      const call = redis(req.target, ctx);
      let cursor = "0";
      do {
        const page = await call.facet.scan(call.signal, cursor, scanOptions(req));
        if (page.keys.length) yield { keys: page.keys };
        cursor = page.cursor;
      } while (cursor !== "0");
    },
  } satisfies Partial<RedisServiceImpl>;
}

function conditionArgs(condition: ExpireCondition): RedisArg[] {
  return condition === ExpireCondition.UNSPECIFIED ? [] : [ExpireCondition[condition]];
}

function scanOptions(req: { match: Uint8Array; count: bigint; type: string }): { match?: Buffer; count?: number; type?: string } {
  return {
    match: req.match.length ? Buffer.from(req.match) : undefined,
    count: req.count > 0n ? Number(req.count) : undefined,
    type: req.type || undefined,
  };
}
