import { Redis } from "ioredis";
import type { BenchEnvironment } from "../environment.js";
import { measureSideBySide, type LoadTarget, type Row } from "../harness.js";
import type { BenchOptions } from "../options.js";
import type { ServerProcess } from "../processes.js";
import { REDIS_GET, REDIS_KEY, REDIS_SET, REDIS_VALUE } from "../requests.js";
import {
  checkConnectBinary,
  checkConnectJson,
  checkHttpGet,
  connectBinary,
  connectJson,
  grpcTarget,
  inProcessTarget,
  urlOf,
  wrkTarget,
} from "../targets.js";

export const WEBDIS = "Webdis";
export const REDIS_HTTP_BASELINE = "node:http + ioredis";
export const DIRECT_IOREDIS = "ioredis, direct";
export const STOCK_CONNECT_NODE = "connect-node, stock";
export const GRPC_JS = "@grpc/grpc-js";
export const DBX = "DBX";

/** The servers the Redis rows measure, all on one redis-server. */
export interface RedisServers {
  redisPort: number;
  dbx?: ServerProcess;
  /** Why DBX could not start with a Redis backend. */
  dbxError?: string;
  webdis: ServerProcess;
  httpBaseline: ServerProcess;
  stockConnectNode: ServerProcess;
  grpcJs: ServerProcess;
}

export async function startRedisServers(env: BenchEnvironment): Promise<RedisServers> {
  const redis = await env.redisServer();
  const seed = new Redis({ port: redis.port, host: "127.0.0.1" });
  await seed.set(REDIS_KEY, REDIS_VALUE);
  seed.disconnect();
  let dbx: ServerProcess | undefined;
  let dbxError: string | undefined;
  try {
    dbx = await env.dbx("dbx-redis", `redis://127.0.0.1:${redis.port}`);
  } catch (err) {
    dbxError = (err as Error).message;
  }
  const args = [String(redis.port)];
  return {
    redisPort: redis.port,
    dbx,
    dbxError,
    webdis: await env.webdis(redis.port),
    httpBaseline: await env.baseline("redis-http-baseline", "redis-http-baseline.ts", args),
    stockConnectNode: await env.baseline("connect-node-redis", "connect-node-redis.ts", args),
    grpcJs: await env.baseline("grpc-js-redis", "grpc-js-redis.ts", args),
  };
}

/** Redis GET and SET side by side: DBX on each protocol, Webdis, the baselines, the direct driver. */
export async function redisThroughput(env: BenchEnvironment, servers: RedisServers, options: BenchOptions): Promise<Row[]> {
  const c = options.connections;
  const direct = new Redis({ port: servers.redisPort, host: "127.0.0.1", enableAutoPipelining: true });
  const key = Buffer.from(REDIS_KEY);
  const value = Buffer.from(REDIS_VALUE);
  try {
    const get: LoadTarget[] = [
      wrkTarget(servers.webdis, { server: WEBDIS, protocol: "HTTP/1.1 GET · wrk" }, { method: "GET", path: `/GET/${REDIS_KEY}` }, c, env.dir, () =>
        checkHttpGet(`${urlOf(servers.webdis)}/GET/${REDIS_KEY}`, REDIS_VALUE),
      ),
      ...dbxTargets(env, servers, "get", c),
      wrkTarget(servers.httpBaseline, { server: REDIS_HTTP_BASELINE, protocol: "JSON HTTP/1.1 · wrk" }, connectJson(REDIS_GET), c, env.dir, () =>
        checkConnectJson(urlOf(servers.httpBaseline), REDIS_GET),
      ),
      grpcTarget(servers.stockConnectNode, STOCK_CONNECT_NODE, REDIS_GET, c, env.dir),
      grpcTarget(servers.grpcJs, GRPC_JS, REDIS_GET, c, env.dir),
      inProcessTarget(DIRECT_IOREDIS, () => direct.getBuffer(key), c),
    ];
    const set: LoadTarget[] = [
      wrkTarget(
        servers.webdis,
        { server: WEBDIS, protocol: "HTTP/1.1 GET · wrk" },
        { method: "GET", path: `/SET/${REDIS_KEY}/${REDIS_VALUE}` },
        c,
        env.dir,
        () => checkHttpGet(`${urlOf(servers.webdis)}/SET/${REDIS_KEY}/${REDIS_VALUE}`, "OK"),
      ),
      ...dbxTargets(env, servers, "set", c),
      wrkTarget(servers.httpBaseline, { server: REDIS_HTTP_BASELINE, protocol: "JSON HTTP/1.1 · wrk" }, connectJson(REDIS_SET), c, env.dir, () =>
        checkConnectJson(urlOf(servers.httpBaseline), REDIS_SET),
      ),
      inProcessTarget(DIRECT_IOREDIS, () => direct.set(key, value), c),
    ];
    const rows = [
      ...(await measureSideBySide("Redis GET", get, options)),
      ...(await measureSideBySide("Redis SET", set, options)),
    ];
    return rows.map((row) => ({ ...row, versus: row.server === WEBDIS ? undefined : WEBDIS }));
  } finally {
    direct.disconnect();
  }
}

/** Redis GET latency at one connection and at many: DBX, the node:http baseline, the direct driver. */
export async function redisLatency(env: BenchEnvironment, servers: RedisServers, options: BenchOptions): Promise<Row[]> {
  const direct = new Redis({ port: servers.redisPort, host: "127.0.0.1", enableAutoPipelining: true });
  const key = Buffer.from(REDIS_KEY);
  try {
    const rows: Row[] = [];
    for (const c of [1, options.manyConnections]) {
      const targets: LoadTarget[] = [
        ...(servers.dbx
          ? [wrkTarget(servers.dbx, { server: DBX, protocol: "Connect JSON HTTP/1.1 · wrk" }, connectJson(REDIS_GET), c, env.dir, () =>
              checkConnectJson(urlOf(servers.dbx!), REDIS_GET),
            )]
          : []),
        wrkTarget(servers.httpBaseline, { server: REDIS_HTTP_BASELINE, protocol: "JSON HTTP/1.1 · wrk" }, connectJson(REDIS_GET), c, env.dir, () =>
          checkConnectJson(urlOf(servers.httpBaseline), REDIS_GET),
        ),
        inProcessTarget(DIRECT_IOREDIS, () => direct.getBuffer(key), c),
      ];
      const measured = await measureSideBySide(`Redis GET latency, ${c} conn`, targets, options);
      rows.push(...measured.map((row) => ({ ...row, versus: row.server === DIRECT_IOREDIS ? undefined : DIRECT_IOREDIS })));
    }
    return rows;
  } finally {
    direct.disconnect();
  }
}

function dbxTargets(env: BenchEnvironment, servers: RedisServers, op: "get" | "set", c: number): LoadTarget[] {
  const call = op === "get" ? REDIS_GET : REDIS_SET;
  const dbx = servers.dbx;
  if (!dbx) {
    const unavailable = async () => {
      throw new Error(`DBX with a Redis backend did not start: ${servers.dbxError}`);
    };
    return [{ server: DBX, protocol: "Connect JSON HTTP/1.1 · wrk", connections: c, check: unavailable, run: unavailable }];
  }
  const url = urlOf(dbx);
  return [
    wrkTarget(dbx, { server: DBX, protocol: "Connect JSON HTTP/1.1 · wrk" }, connectJson(call), c, env.dir, () => checkConnectJson(url, call)),
    wrkTarget(dbx, { server: DBX, protocol: "Connect binary HTTP/1.1 · wrk" }, connectBinary(call), c, env.dir, () => checkConnectBinary(url, call)),
    grpcTarget(dbx, DBX, call, c, env.dir),
  ];
}

