import type { ConformanceBackend } from "../conformance/backends.js";
import { startRedisServer, type RedisServer } from "../support/redis-server.js";

/**
 * Redis in the conformance matrix: a redis-server of its own, records
 * answered exactly as written (no key field added), documents native.
 */
export function redisConformanceBackend(): ConformanceBackend {
  let server: RedisServer | undefined;
  return {
    id: "redis",
    nativeDocuments: true,
    async start() {
      server = await startRedisServer();
      return { url: server.url, keyPrefix: "conformance:" };
    },
    async createCollection() {
      // A collection is a key prefix: nothing to create.
    },
    async stop() {
      await server?.stop();
    },
  };
}
