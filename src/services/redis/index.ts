import type { ServiceDeps } from "../service-deps.js";
import { bitmapHandlers } from "./bitmaps.js";
import { withCallKeys } from "./call-keys.js";
import { hashHandlers } from "./hashes.js";
import { hyperLogLogHandlers } from "./hyperloglog.js";
import { keyHandlers } from "./keys.js";
import { listHandlers } from "./lists.js";
import { pipelineHandlers } from "./pipeline.js";
import { pubSubHandlers } from "./pubsub.js";
import { rangeStreamHandlers } from "./range-stream.js";
import { redisResolver } from "./redis-calls.js";
import type { RedisServiceImpl } from "./redis-impl.js";
import { scriptingHandlers } from "./scripting.js";
import { serverHandlers } from "./server.js";
import { setHandlers } from "./sets.js";
import { sortedSetHandlers } from "./sorted-sets.js";
import { streamHandlers } from "./streams.js";
import { stringHandlers } from "./strings.js";

export { RedisService } from "../../../gen/ts/dbx/redis/v1/redis_service_pb.js";

/**
 * dbx.redis.v1.RedisService: typed Redis commands on the Redis backend a
 * request names. Register with `router.service(RedisService, createRedisService(deps))`.
 * Where authorization rules have key patterns, every method states its keys first.
 */
export function createRedisService(deps: ServiceDeps): RedisServiceImpl {
  const redis = redisResolver(deps);
  const impl: RedisServiceImpl = {
    ...stringHandlers(redis),
    ...rangeStreamHandlers(redis, deps.limits.maxResponseBytes),
    ...keyHandlers(redis),
    ...hashHandlers(redis, deps.limits.maxRowsPerResponse),
    ...listHandlers(redis),
    ...setHandlers(redis, deps.limits.maxRowsPerResponse),
    ...sortedSetHandlers(redis),
    ...bitmapHandlers(redis),
    ...hyperLogLogHandlers(redis),
    ...streamHandlers(redis, deps.limits.maxRowsPerResponse),
    ...pubSubHandlers(redis),
    ...pipelineHandlers(redis),
    ...scriptingHandlers(redis),
    ...serverHandlers(redis),
  };
  return deps.resolver.keyRules ? withCallKeys(impl) : impl;
}
