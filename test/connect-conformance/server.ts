/**
 * The server under test for the Connect conformance runner
 * (`connectconformance --mode server -- node --import tsx server.ts`): the
 * suite's ConformanceService served by DBX's transport, the same one port
 * that serves gRPC, gRPC-Web and Connect over HTTP/1.1 and h2c.
 *
 * Reads a length-prefixed ServerCompatRequest from stdin, starts the
 * transport on a free port, writes a length-prefixed ServerCompatResponse
 * with host and port to stdout, and runs until SIGTERM.
 */
import { create, fromBinary, toBinary } from "@bufbuild/protobuf";
import pino from "pino";
import { startTransport } from "../../src/transport/http-server.js";
import { conformanceRoutes } from "./conformance-routes.js";
import { ServerCompatRequestSchema, ServerCompatResponseSchema } from "./gen/connectrpc/conformance/v1/server_compat_pb.js";
import { CallPipeline } from "../../src/pipeline/call-pipeline.js";

/** The largest limit connect accepts; used when the runner sets none. */
const NO_RECEIVE_LIMIT = 0xffffffff;

/** The runner frames each message with a 4-byte big-endian length. */
async function readSizeDelimited(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  let buffered = Buffer.alloc(0);
  for await (const chunk of stream) {
    buffered = Buffer.concat([buffered, chunk as Buffer]);
    if (buffered.length >= 4 && buffered.length >= 4 + buffered.readUInt32BE(0)) {
      return buffered.subarray(4, 4 + buffered.readUInt32BE(0));
    }
  }
  throw new Error("stdin ended before a whole ServerCompatRequest arrived");
}

function writeSizeDelimited(bytes: Uint8Array): void {
  const size = Buffer.alloc(4);
  size.writeUInt32BE(bytes.byteLength);
  process.stdout.write(Buffer.concat([size, bytes]));
}

const request = fromBinary(ServerCompatRequestSchema, await readSizeDelimited(process.stdin));
if (request.useTls) throw new Error("TLS is not in this server's config (supports_tls: false)");

const transport = await startTransport({
  host: "127.0.0.1",
  port: 0,
  maxRequestBytes: request.messageReceiveLimit || NO_RECEIVE_LIMIT,
  routes: conformanceRoutes,
  pipeline: new CallPipeline([]),
  fastPath: true,
  logger: pino({ level: "silent" }),
});

// The runner sends SIGTERM only when it is done with this server.
process.on("SIGTERM", () => process.exit(0));

writeSizeDelimited(toBinary(ServerCompatResponseSchema, create(ServerCompatResponseSchema, { host: "127.0.0.1", port: transport.port })));
