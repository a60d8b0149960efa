/**
 * The gRPC reference for the PostgreSQL point-select rows: an
 * @grpc/grpc-js server answering dbx.v1.DataService/Get with one query on a
 * `pg` pool, with DBX's own generated messages (protobuf-es) as its
 * serializers. The like-for-like contender of DBX's gRPC row, whose HTTP/2
 * framing costs both of them more than HTTP/1.1 costs the node:http baseline.
 *
 *   node dist/bench/servers/grpc-js-postgres.js PORT DATABASE_URL POOL_SIZE
 */
import { Server, ServerCredentials, type UntypedServiceImplementation } from "@grpc/grpc-js";
import pg from "pg";
import { GetRequestSchema, GetResponseSchema, type GetRequest, type GetResponse } from "../../gen/ts/dbx/v1/data_pb.js";
import { POINT_GET } from "../requests.js";
import { pointSelect } from "./point-select.js";
import { unaryDefinition } from "./grpc-js-unary.js";

const [portArg, databaseUrl, poolSize] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: databaseUrl, max: Number(poolSize) });

const definition = unaryDefinition(POINT_GET.path, GetRequestSchema, GetResponseSchema);

const implementation: UntypedServiceImplementation = {
  call(call: { request: GetRequest }, callback: (err: Error | null, response?: GetResponse) => void) {
    pointSelect(pool, call.request).then(
      (response) => callback(null, response),
      (err: Error) => callback(err),
    );
  },
};

const server = new Server();
server.addService(definition, implementation);
server.bindAsync(`127.0.0.1:${portArg}`, ServerCredentials.createInsecure(), (err) => {
  if (err) throw err;
});
