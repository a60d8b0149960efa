/**
 * The floor for DBX's gRPC rows on PostgreSQL: the least a Node server can do
 * to answer dbx.v1.DataService/Get over gRPC h2c with one query on a `pg`
 * pool. node:http2's core API (no compatibility layer, no framework), the
 * 5-byte gRPC frame by hand, DBX's own generated messages (protobuf-es).
 * Nothing is checked but what the answer needs; it is what the node:http
 * baseline is to the Connect JSON rows, on the protocol gRPC must use.
 *
 *   node dist/bench/servers/http2-grpc-postgres.js PORT DATABASE_URL POOL_SIZE
 */
import { fromBinary, toBinary } from "@bufbuild/protobuf";
import { createServer } from "node:http2";
import pg from "pg";
import { GetRequestSchema, GetResponseSchema } from "../../gen/ts/dbx/v1/data_pb.js";
import { POINT_GET } from "../requests.js";
import { pointSelect } from "./point-select.js";

const [portArg, databaseUrl, poolSize] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: databaseUrl, max: Number(poolSize) });
const OK_TRAILERS = { "grpc-status": "0" };

async function answer(body: Buffer): Promise<Buffer> {
  const message = toBinary(GetResponseSchema, await pointSelect(pool, fromBinary(GetRequestSchema, body.subarray(5))));
  const frame = Buffer.allocUnsafe(5 + message.length);
  frame[0] = 0;
  frame.writeUInt32BE(message.length, 1);
  frame.set(message, 5);
  return frame;
}

createServer().on("stream", (stream, headers) => {
  if (headers[":path"] !== POINT_GET.path) {
    stream.respond({ ":status": 200, "content-type": "application/grpc", "grpc-status": "12" }, { endStream: true });
    return;
  }
  // h2load resets the streams still open when its run ends.
  stream.on("error", () => {});
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  stream.on("end", () => {
    answer(Buffer.concat(chunks)).then(
      (frame) => {
        if (stream.destroyed) return;
        stream.respond({ ":status": 200, "content-type": "application/grpc" }, { waitForTrailers: true });
        stream.once("wantTrailers", () => stream.sendTrailers(OK_TRAILERS));
        stream.end(frame);
      },
      (err: Error) => !stream.destroyed && stream.respond({ ":status": 200, "content-type": "application/grpc", "grpc-status": "13", "grpc-message": encodeURIComponent(err.message) }, { endStream: true }),
    );
  });
}).listen(Number(portArg), "127.0.0.1");
