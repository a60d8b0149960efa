/**
 * The baseline for Redis rows: a minimal node:http server doing what DBX's
 * RedisService Get/Set do with Connect JSON (parse the JSON request, one
 * ioredis call, write a JSON answer), and nothing else.
 *
 *   node dist/bench/servers/redis-http-baseline.js PORT REDIS_PORT
 */
import { Redis } from "ioredis";
import { REDIS_GET, REDIS_SET } from "../requests.js";
import { serveJsonRoutes } from "./json-routes-server.js";

const [port, redisPort] = process.argv.slice(2).map(Number);
// As DBX's Redis adapter: auto-pipelining on the shared connection.
const redis = new Redis({ port: redisPort, host: "127.0.0.1", enableAutoPipelining: true });

serveJsonRoutes<{ key: string; value?: string }>(port, {
  [REDIS_GET.path]: async (body) => {
    const value = await redis.getBuffer(Buffer.from(body.key, "base64"));
    return value === null ? "{}" : JSON.stringify({ value: value.toString("base64") });
  },
  [REDIS_SET.path]: async (body) => {
    await redis.set(Buffer.from(body.key, "base64"), Buffer.from(body.value ?? "", "base64"));
    return '{"written":true}';
  },
});
