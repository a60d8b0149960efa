import type { Target } from "../../../gen/ts/dbx/v1/target_pb.js";
import type { HandlerContext } from "@connectrpc/connect";
import { invalidField } from "../../errors/dbx-error.js";
import { scanKey } from "./hashes.js";
import { asArray, asBool, asBytesList, asInt, asOptionalBytes, required, type ResolveRedis } from "./redis-calls.js";
import type { RedisServiceImpl } from "./redis-impl.js";
import { checkRepeatCount } from "./repeat-count.js";

/** SADD, SREM, SMEMBERS, SISMEMBER, SMISMEMBER, SCARD, SPOP, SRANDMEMBER, SMOVE, SINTER/SUNION/SDIFF (and STORE), SSCAN. */
export function setHandlers(redis: ResolveRedis, maxRows: number) {
  const combine = async (command: string, req: { target?: Target; keys: Uint8Array[] }, ctx: HandlerContext) => ({
    members: asBytesList(await redis(req.target, ctx).run(command, ...required(req.keys, "keys"))),
  });
  const store = async (command: string, req: { target?: Target; destination: Uint8Array; keys: Uint8Array[] }, ctx: HandlerContext) => ({
    count: asInt(await redis(req.target, ctx).run(command, req.destination, ...required(req.keys, "keys"))),
  });
  const some = async (command: string, req: { target?: Target; key: Uint8Array; count?: bigint }, ctx: HandlerContext) => {
    const call = redis(req.target, ctx);
    if (req.count === undefined) {
      const member = asOptionalBytes(await call.run(command, req.key));
      return { members: member ? [member] : [] };
    }
    return { members: asBytesList(await call.run(command, req.key, req.count)) };
  };

  return {
    async sAdd(req, ctx) {
      return { added: asInt(await redis(req.target, ctx).run("SADD", req.key, ...required(req.members, "members"))) };
    },

    async sRem(req, ctx) {
      return { removed: asInt(await redis(req.target, ctx).run("SREM", req.key, ...required(req.members, "members"))) };
    },

    async sMembers(req, ctx) {
      return { members: asBytesList(await redis(req.target, ctx).run("SMEMBERS", req.key)) };
    },

    async sIsMember(req, ctx) {
      return { isMember: asBool(await redis(req.target, ctx).run("SISMEMBER", req.key, req.member)) };
    },

    async sMIsMember(req, ctx) {
      const reply = await redis(req.target, ctx).run("SMISMEMBER", req.key, ...required(req.members, "members"));
      return { isMember: asArray(reply).map(asBool) };
    },

    async sCard(req, ctx) {
      return { count: asInt(await redis(req.target, ctx).run("SCARD", req.key)) };
    },

    async sPop(req, ctx) {
      if (req.count !== undefined && req.count < 0n) throw invalidField("count", "must not be negative");
      return some("SPOP", req, ctx);
    },

    async sRandMember(req, ctx) {
      checkRepeatCount(req.count, maxRows);
      return some("SRANDMEMBER", req, ctx);
    },

    async sMove(req, ctx) {
      return { moved: asBool(await redis(req.target, ctx).run("SMOVE", req.source, req.destination, req.member)) };
    },

    sInter: (req, ctx) => combine("SINTER", req, ctx),
    sUnion: (req, ctx) => combine("SUNION", req, ctx),
    sDiff: (req, ctx) => combine("SDIFF", req, ctx),
    sInterStore: (req, ctx) => store("SINTERSTORE", req, ctx),
    sUnionStore: (req, ctx) => store("SUNIONSTORE", req, ctx),
    sDiffStore: (req, ctx) => store("SDIFFSTORE", req, ctx),

    async sScan(req, ctx) {
      const [cursor, items] = await scanKey(redis, req, ctx, "SSCAN");
      return { cursor, members: asBytesList(items) };
    },
  } satisfies Partial<RedisServiceImpl>;
}
