import { createClient, createRouterTransport, type Client } from "@connectrpc/connect";
import pino from "pino";
import { RedisService } from "../../gen/ts/dbx/redis/v1/redis_service_pb.js";
import type { Backend } from "../../src/backends/backend.js";
import { createRedisBackend } from "../../src/backends/redis/index.js";
import { BackendRegistry } from "../../src/backends/registry.js";
import { createRedisService } from "../../src/services/redis/index.js";
import { createServiceDeps } from "../../src/services/service-deps.js";
import { startRedisServer, type RedisServer } from "../support/redis-server.js";

/** A redis-server, a Redis backend on it, and a RedisService client that runs the real handlers in memory. */
export interface RedisServiceFixture {
  readonly server: RedisServer;
  readonly backend: Backend;
  readonly client: Client<typeof RedisService>;
  close(): Promise<void>;
}

/**
 * Starts redis-server and a backend named "cache" (options beside the URL), with a client for RedisService.
 * `urlOf` answers the URL the backend dials (default: the server's), e.g. a proxy's in front of it.
 */
export async function startRedisServiceFixture(
  options: Record<string, unknown> = {},
  urlOf: (server: RedisServer) => string | Promise<string> = (server) => server.url,
): Promise<RedisServiceFixture> {
  const server = await startRedisServer();
  const backend = createRedisBackend("cache", { url: await urlOf(server), ...options });
  await backend.open();
  const deps = createServiceDeps({
    registry: new BackendRegistry([backend], "cache"),
    transactions: { defaultIdleTimeoutMs: 5_000, maxIdleTimeoutMs: 60_000, maxOpen: 10 },
    limits: { maxRowsPerResponse: 1_000, maxResponseBytes: 4 * 1024 * 1024 },
    logger: pino({ level: "silent" }),
    version: "test",
  });
  const transport = createRouterTransport((router) => router.service(RedisService, createRedisService(deps)));
  return {
    server,
    backend,
    client: createClient(RedisService, transport),
    async close() {
      await backend.close();
      await server.stop();
    },
  };
}

/** Bytes that are not UTF-8 and contain zeros: what every binary-safety test uses. */
export function binary(...tail: number[]): Uint8Array {
  return Uint8Array.from([0, 0xff, 0xfe, 0, 0xc3, 0x28, ...tail]);
}

export const b = (text: string): Uint8Array => new TextEncoder().encode(text);
