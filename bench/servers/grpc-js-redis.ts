/**
 * The gRPC reference for the Redis GET row: an @grpc/grpc-js server
 * answering dbx.redis.v1.RedisService/Get with one ioredis call, with
 * DBX's own generated messages (protobuf-es) as its serializers.
 *
 *   node dist/bench/servers/grpc-js-redis.js PORT REDIS_PORT
 */
import { create } from "@bufbuild/protobuf";
import { Server, ServerCredentials, type UntypedServiceImplementation } from "@grpc/grpc-js";
import { Redis } from "ioredis";
import { GetRequestSchema, GetResponseSchema, type GetRequest, type GetResponse } from "../../gen/ts/dbx/redis/v1/strings_pb.js";
import { REDIS_GET } from "../requests.js";
import { unaryDefinition } from "./grpc-js-unary.js";

const [port, redisPort] = process.argv.slice(2).map(Number);
const redis = new Redis({ port: redisPort, host: "127.0.0.1", enableAutoPipelining: true });

const definition = unaryDefinition(REDIS_GET.path, GetRequestSchema, GetResponseSchema);

const implementation: UntypedServiceImplementation = {
  call(call: { request: GetRequest }, callback: (err: Error | null, response?: GetResponse) => void) {
    redis.getBuffer(Buffer.from(call.request.key)).then(
      (value) => callback(null, create(GetResponseSchema, { value: value ?? undefined })),
      (err: Error) => callback(err),
    );
  },
};

const server = new Server();
server.addService(definition, implementation);
server.bindAsync(`127.0.0.1:${port}`, ServerCredentials.createInsecure(), (err) => {
  if (err) throw err;
});
