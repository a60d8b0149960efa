import { BitOperation, BitUnit, type BitRange } from "../../../gen/ts/dbx/redis/v1/bitmaps_pb.js";
import type { RedisArg } from "../../backends/facets/redis.js";
import { invalidField } from "../../errors/dbx-error.js";
import { asBool, asInt, required, type ResolveRedis } from "./redis-calls.js";
import type { RedisServiceImpl } from "./redis-impl.js";

/** SETBIT, GETBIT, BITCOUNT, BITOP, BITPOS. */
export function bitmapHandlers(redis: ResolveRedis) {
  return {
    async setBit(req, ctx) {
      return { previous: asBool(await redis(req.target, ctx).run("SETBIT", req.key, offset(req.offset), req.value ? 1 : 0)) };
    },

    async getBit(req, ctx) {
      return { value: asBool(await redis(req.target, ctx).run("GETBIT", req.key, offset(req.offset))) };
    },

    async bitCount(req, ctx) {
      const args: RedisArg[] = [req.key];
      if (req.range) args.push(req.range.start, req.range.end ?? -1n, ...unit(req.range));
      return { count: asInt(await redis(req.target, ctx).run("BITCOUNT", ...args)) };
    },

    async bitOp(req, ctx) {
      if (req.operation === BitOperation.UNSPECIFIED) throw invalidField("operation", "AND, OR, XOR or NOT is required");
      const keys = required(req.keys, "keys");
      if (req.operation === BitOperation.NOT && keys.length !== 1) throw invalidField("keys", "NOT takes exactly one key");
      return { length: asInt(await redis(req.target, ctx).run("BITOP", BitOperation[req.operation], req.destination, ...keys)) };
    },

    async bitPos(req, ctx) {
      const args: RedisArg[] = [req.key, req.bit ? 1 : 0];
      if (req.range) {
        args.push(req.range.start);
        // BYTE/BIT needs an end; -1 is the last byte or bit.
        if (req.range.end !== undefined || req.range.unit !== BitUnit.UNSPECIFIED) args.push(req.range.end ?? -1n, ...unit(req.range));
      }
      return { position: asInt(await redis(req.target, ctx).run("BITPOS", ...args)) };
    },
  } satisfies Partial<RedisServiceImpl>;
}

function offset(value: bigint): bigint {
  if (value < 0n) throw invalidField("offset", "must not be negative");
  return value;
}

function unit(range: BitRange): RedisArg[] {
  return range.unit === BitUnit.BIT ? ["BIT"] : range.unit === BitUnit.BYTE ? ["BYTE"] : [];
}
