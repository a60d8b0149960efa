/**
 * The baseline for Redis rows: a minimal node:http server doing what DBX's
 * RedisService Get/Set do with Connect JSON (parse the JSON request, one
 * ioredis call, write a JSON answer), and nothing else.
 *
 *   node dist/bench/servers/redis-http-baseline.js PORT REDIS_PORT
 */
import { createServer } from "node:http";
import { Redis } from "ioredis";
import { REDIS_GET, REDIS_SET } from "../requests.js";
import { readBody } from "./read-body.js";

const [port, redisPort] = process.argv.slice(2).map(Number);
// As DBX's Redis adapter: auto-pipelining on the shared connection.
const redis = new Redis({ port: redisPort, host: "127.0.0.1", enableAutoPipelining: true });

createServer(async (req, res) => {
  try {
    const body = JSON.parse((await readBody(req)).toString()) as { key: string; value?: string };
    const key = Buffer.from(body.key, "base64");
    let answer: string;
    if (req.url === REDIS_GET.path) {
      const value = await redis.getBuffer(key);
      answer = value === null ? "{}" : JSON.stringify({ value: value.toString("base64") });
    } else if (req.url === REDIS_SET.path) {
      await redis.set(key, Buffer.from(body.value ?? "", "base64"));
      answer = '{"written":true}';
    } else {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": "application/json" }).end(answer);
  } catch (err) {
    res.writeHead(500, { "content-type": "text/plain" }).end(String(err));
  }
}).listen(port, "127.0.0.1");
