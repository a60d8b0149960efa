import type { Target } from "../../../gen/ts/dbx/v1/target_pb.js";
import type { HandlerContext } from "@connectrpc/connect";
import type { RedisReply } from "../../backends/facets/redis.js";
import { invalidField } from "../../errors/dbx-error.js";
import { asBool, asBytes, asBytesList, asDouble, asInt, asOptionalBytes, asPairs, asText, required, type ResolveRedis } from "./redis-calls.js";
import type { RedisServiceImpl } from "./redis-impl.js";
import { checkRepeatCount } from "./repeat-count.js";

/** HSET, HGET, HMGET, HGETALL, HDEL, HEXISTS, HLEN, HKEYS, HVALS, HINCRBY, HINCRBYFLOAT, HSETNX, HRANDFIELD, HSCAN. */
export function hashHandlers(redis: ResolveRedis, maxRows: number) {
  return {
    async hSet(req, ctx) {
      const args = required(req.fields, "fields").flatMap((f) => [f.field, f.value]);
      return { added: asInt(await redis(req.target, ctx).run("HSET", req.key, ...args)) };
    },

    async hGet(req, ctx) {
      return { value: asOptionalBytes(await redis(req.target, ctx).run("HGET", req.key, req.field)) };
    },

    async hMGet(req, ctx) {
      const reply = await redis(req.target, ctx).run("HMGET", req.key, ...required(req.fields, "fields"));
      return { values: (reply as (Buffer | null)[]).map((v) => ({ value: asOptionalBytes(v) })) };
    },

    async hGetAll(req, ctx) {
      const reply = await redis(req.target, ctx).run("HGETALL", req.key);
      return { fields: asPairs(reply).map(([field, value]) => ({ field: asBytes(field), value: asBytes(value) })) };
    },

    async hDel(req, ctx) {
      return { deleted: asInt(await redis(req.target, ctx).run("HDEL", req.key, ...required(req.fields, "fields"))) };
    },

    async hExists(req, ctx) {
      return { exists: asBool(await redis(req.target, ctx).run("HEXISTS", req.key, req.field)) };
    },

    async hLen(req, ctx) {
      return { length: asInt(await redis(req.target, ctx).run("HLEN", req.key)) };
    },

    async hKeys(req, ctx) {
      return { fields: asBytesList(await redis(req.target, ctx).run("HKEYS", req.key)) };
    },

    async hVals(req, ctx) {
      return { values: asBytesList(await redis(req.target, ctx).run("HVALS", req.key)) };
    },

    async hIncrBy(req, ctx) {
      return { value: asInt(await redis(req.target, ctx).run("HINCRBY", req.key, req.field, req.increment)) };
    },

    async hIncrByFloat(req, ctx) {
      const reply = await redis(req.target, ctx).run("HINCRBYFLOAT", req.key, req.field, String(req.increment));
      return { value: asDouble(reply), text: asText(reply) };
    },

    async hSetNx(req, ctx) {
      return { set: asBool(await redis(req.target, ctx).run("HSETNX", req.key, req.field, req.value)) };
    },

    async hRandField(req, ctx) {
      checkRepeatCount(req.count, maxRows);
      const call = redis(req.target, ctx);
      if (req.count === undefined) {
        if (req.withValues) throw invalidField("with_values", "WITHVALUES needs a count");
        const field = asOptionalBytes(await call.run("HRANDFIELD", req.key));
        return { fields: field ? [{ field }] : [] };
      }
      if (!req.withValues) return { fields: asBytesList(await call.run("HRANDFIELD", req.key, req.count)).map((field) => ({ field })) };
      const reply = await call.run("HRANDFIELD", req.key, req.count, "WITHVALUES");
      return { fields: asPairs(reply).map(([field, value]) => ({ field: asBytes(field), value: asBytes(value) })) };
    },

    async hScan(req, ctx) {
      const [cursor, items] = await scanKey(redis, req, ctx, "HSCAN");
      return { cursor, fields: asPairs(items).map(([field, value]) => ({ field: asBytes(field), value: asBytes(value) })) };
    },
  } satisfies Partial<RedisServiceImpl>;
}

/** HSCAN, SSCAN or ZSCAN: one step, answering the next cursor and the raw items. */
export async function scanKey(
  redis: ResolveRedis,
  req: { target?: Target; key: Uint8Array; cursor: string; match: Uint8Array; count: bigint },
  ctx: HandlerContext,
  command: "HSCAN" | "SSCAN" | "ZSCAN",
): Promise<[string, RedisReply]> {
  const cursor = req.cursor || "0";
  if (!/^\d+$/.test(cursor)) throw invalidField("cursor", "not a cursor from a previous answer");
  const args: (Uint8Array | string | number)[] = [req.key, cursor];
  if (req.match.length) args.push("MATCH", req.match);
  if (req.count > 0n) args.push("COUNT", Number(req.count));
  const [next, items] = (await redis(req.target, ctx).run(command, ...args)) as [Buffer, Buffer[]];
  return [next.toString(), items];
}
