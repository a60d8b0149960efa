import type { ServiceImpl } from "@connectrpc/connect";
import type { RedisService } from "../../../gen/ts/dbx/redis/v1/redis_service_pb.js";

/** The implementation of dbx.redis.v1.RedisService; each data type's module provides part of it. */
export type RedisServiceImpl = ServiceImpl<typeof RedisService>;
