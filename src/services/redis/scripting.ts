import { asText, toReplyMessage, type ResolveRedis } from "./redis-calls.js";
import type { RedisServiceImpl } from "./redis-impl.js";

/**
 * EVAL, EVALSHA, SCRIPT LOAD. The backend's command policy refuses them
 * (PERMISSION_DENIED, reason DISABLED) unless its configuration enables scripting.
 */
export function scriptingHandlers(redis: ResolveRedis) {
  return {
    async eval(req, ctx) {
      const reply = await redis(req.target, ctx).run("EVAL", req.script, req.keys.length, ...req.keys, ...req.args);
      return { result: toReplyMessage(reply) };
    },

    async evalSha(req, ctx) {
      const reply = await redis(req.target, ctx).run("EVALSHA", req.sha1, req.keys.length, ...req.keys, ...req.args);
      return { result: toReplyMessage(reply) };
    },

    async scriptLoad(req, ctx) {
      return { sha1: asText(await redis(req.target, ctx).run("SCRIPT", "LOAD", req.script)) };
    },
  } satisfies Partial<RedisServiceImpl>;
}
