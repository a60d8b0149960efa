import { Redis } from "ioredis";
import type { Backend } from "../../src/backends/backend.js";
import { createRedisBackend } from "../../src/backends/redis/index.js";
import { startRedisServer, type RedisServer } from "../support/redis-server.js";

/** A redis-server of its own, a Redis backend named "cache" on it, and a plain client to look behind DBX's back. */
export interface RedisBackendFixture {
  readonly server: RedisServer;
  readonly backend: Backend;
  readonly raw: Redis;
  close(): Promise<void>;
}

export async function startRedisBackendFixture(keyPrefix: string): Promise<RedisBackendFixture> {
  const server = await startRedisServer();
  const backend = createRedisBackend("cache", { url: server.url, keyPrefix });
  await backend.open();
  const raw = new Redis({ port: server.port, lazyConnect: true });
  await raw.connect();
  return {
    server,
    backend,
    raw,
    async close() {
      raw.disconnect();
      await backend.close();
      await server.stop();
    },
  };
}

