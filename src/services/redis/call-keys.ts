import type { HandlerContext } from "@connectrpc/connect";
import { RedisService } from "../../../gen/ts/dbx/redis/v1/redis_service_pb.js";
import { redisRequestKeys } from "../../auth/redis-keys.js";
import { callKeysKey } from "../call-resolver.js";
import type { RedisServiceImpl } from "./redis-impl.js";

type Handler = (request: object, ctx: HandlerContext) => unknown;

/**
 * RedisService whose every method states the keys its request names
 * (callKeysKey) before it runs, so that the call resolver checks them
 * against rules with key patterns. Only used where such rules exist: it
 * costs a step per call.
 */
export function withCallKeys(impl: RedisServiceImpl): RedisServiceImpl {
  const keysOf = redisRequestKeys(RedisService);
  const handlers = impl as unknown as Record<string, Handler>;
  const wrapped: Record<string, Handler> = {};
  for (const method of RedisService.methods) {
    const handler = handlers[method.localName];
    const keys = keysOf.get(method.name)!;
    wrapped[method.localName] = (request, ctx) => {
      ctx.values.set(callKeysKey, keys(request));
      return handler.call(impl, request, ctx);
    };
  }
  return wrapped as unknown as RedisServiceImpl;
}
