/**
 * The "stock connect-node path" for the gRPC target: RedisService.Get (one
 * ioredis call) mounted with connectNodeAdapter on a plain h2c server, no
 * DBX transport in front.
 *
 *   node dist/bench/servers/connect-node-redis.js PORT REDIS_PORT
 */
import { createServer } from "node:http2";
import { connectNodeAdapter } from "@connectrpc/connect-node";
import { Redis } from "ioredis";
import { RedisService } from "../../gen/ts/dbx/redis/v1/redis_service_pb.js";

const [port, redisPort] = process.argv.slice(2).map(Number);
const redis = new Redis({ port: redisPort, host: "127.0.0.1", enableAutoPipelining: true });

const handler = connectNodeAdapter({
  routes: (router) =>
    router.rpc(RedisService.method.get, async (req) => ({ value: (await redis.getBuffer(Buffer.from(req.key))) ?? undefined })),
});
createServer(handler).listen(port, "127.0.0.1");
