import { Code, ConnectError } from "@connectrpc/connect";
import { endStreamFlag, endStreamFromJson, errorFromJsonBytes } from "@connectrpc/connect/protocol-connect";
import { trailerFlag, trailerParse } from "@connectrpc/connect/protocol-grpc-web";
import { findTrailerError } from "@connectrpc/connect/protocol-grpc";
import type { IncomingHttpHeaders } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import { QueryService } from "../../gen/ts/dbx/v1/query_pb.js";
import { ErrorInfoSchema } from "../../gen/ts/google/rpc/error_details_pb.js";
import { startTestServer, type TestServer } from "../support/dbx-server.js";
import { envelope, http1, http2 } from "./raw-http.js";

// ProtoJSON refuses unknown fields; connect-es ignores them unless told. Before
// the fix, `{"record": …}` sent to Update was dropped silently and the call
// failed blaming `updates` (or, worse, succeeded doing something else). Every
// JSON path must answer INVALID_ARGUMENT (INVALID_FIELD) naming the field:
// the fast path (unary Connect JSON) and connect-node (the fast path off,
// server streams, gRPC-Web and gRPC with JSON).

const UPDATE = `/${DataService.typeName}/${DataService.method.update.name}`;
const PUT = `/${DataService.typeName}/${DataService.method.put.name}`;
const FIND_STREAM = `/${QueryService.typeName}/${QueryService.method.findStream.name}`;

/** What the client learns: the code, and the ErrorInfo's reason and `field`. */
interface Refusal {
  code: Code;
  reason: string | undefined;
  field: string | undefined;
}

function refusalOf(error: ConnectError): Refusal {
  const info = error.findDetails(ErrorInfoSchema)[0];
  return { code: error.code, reason: info?.reason, field: info?.metadata.field };
}

/** Unary Connect JSON over HTTP/1.1: the error is the JSON body. */
async function connectUnary(server: TestServer, path: string, json: string): Promise<Refusal> {
  const res = await http1(server.url + path, { method: "POST", headers: { "content-type": "application/json" }, body: json });
  expect(res.status).not.toBe(200);
  return refusalOf(errorFromJsonBytes(res.body, undefined, new ConnectError("no error", Code.Unknown)));
}

/** A server-streaming Connect JSON call: the error is in the end-stream message. */
async function connectStream(server: TestServer, path: string, json: string): Promise<Refusal> {
  const res = await http1(server.url + path, {
    method: "POST",
    headers: { "content-type": "application/connect+json", "connect-protocol-version": "1" },
    body: envelope(0, new TextEncoder().encode(json)),
  });
  let offset = 0;
  while (offset + 5 <= res.body.length) {
    const flags = res.body[offset];
    const length = res.body.readUInt32BE(offset + 1);
    const payload = res.body.subarray(offset + 5, offset + 5 + length);
    if (flags & endStreamFlag) {
      const end = endStreamFromJson(payload);
      if (end.error) return refusalOf(end.error);
    }
    offset += 5 + length;
  }
  throw new Error(`no error in the answer: ${res.body.toString()}`);
}

/** gRPC-Web with JSON over HTTP/1.1: the error is the trailer frame. */
async function grpcWeb(server: TestServer, path: string, json: string): Promise<Refusal> {
  const res = await http1(server.url + path, {
    method: "POST",
    headers: { "content-type": "application/grpc-web+json", "x-grpc-web": "1" },
    body: envelope(0, new TextEncoder().encode(json)),
  });
  const frame = res.body.subarray(res.body.indexOf(trailerFlag));
  const trailer = trailerParse(frame.subarray(5));
  const error = findTrailerError(trailer) ?? findTrailerError(headersOf(res.headers));
  if (!error) throw new Error("no error in the answer");
  return refusalOf(error);
}

/** gRPC with JSON over HTTP/2: the error is in the trailers. */
async function grpcJson(server: TestServer, path: string, json: string): Promise<Refusal> {
  const res = await http2(server.url + path, {
    method: "POST",
    headers: { "content-type": "application/grpc+json", te: "trailers" },
    body: envelope(0, new TextEncoder().encode(json)),
  });
  const error = findTrailerError(headersOf({ ...res.headers, ...res.trailers }));
  if (!error) throw new Error("no error in the answer");
  return refusalOf(error);
}

/** Node's header object as fetch Headers, without HTTP/2 pseudo-headers. */
function headersOf(fields: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [k, v] of Object.entries(fields)) if (!k.startsWith(":") && v !== undefined) headers.set(k, String(v));
  return headers;
}

const invalidField = (field: string): Refusal => ({ code: Code.InvalidArgument, reason: "ERROR_REASON_INVALID_FIELD", field });

describe.each([
  { name: "fast path", fastPath: true },
  { name: "connect-node", fastPath: false },
])("unknown JSON fields ($name)", ({ fastPath }) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ backends: { default: { url: "sqlite::memory:" } }, server: { fastPath } });
  });
  afterAll(() => server?.close());

  it("refuses a top-level field the request does not have (`record` sent to Update), naming it", async () => {
    const json = JSON.stringify({ target: { collection: "t" }, key: { stringValue: "a" }, record: { fields: { n: { intValue: "1" } } } });
    expect(await connectUnary(server, UPDATE, json)).toEqual(invalidField("record"));
  });

  it("names a nested unknown field by its path", async () => {
    const inTarget = JSON.stringify({ target: { collection: "t", table: "x" }, key: { stringValue: "a" } });
    expect(await connectUnary(server, UPDATE, inTarget)).toEqual(invalidField("target.table"));
    const inList = JSON.stringify({ target: { collection: "t" }, key: { stringValue: "a" }, updates: [{ field: "n", sett: { intValue: "2" } }] });
    expect(await connectUnary(server, UPDATE, inList)).toEqual(invalidField("updates[0].sett"));
    const inMap = JSON.stringify({ target: { collection: "t" }, key: { stringValue: "a" }, record: { fields: { n: { int: "2" } } } });
    expect(await connectUnary(server, PUT, inMap)).toEqual(invalidField("record.fields.n.int"));
  });

  it("refuses unknown fields in a server stream's request (Connect JSON)", async () => {
    const json = JSON.stringify({ target: { collection: "t" }, query: { filtr: {} } });
    expect(await connectStream(server, FIND_STREAM, json)).toEqual(invalidField("query.filtr"));
  });

  it("refuses unknown fields over gRPC-Web and gRPC with JSON", async () => {
    const json = JSON.stringify({ target: { collection: "t" }, key: { stringValue: "a" }, record: {} });
    expect(await grpcWeb(server, UPDATE, json)).toEqual(invalidField("record"));
    expect(await grpcJson(server, UPDATE, json)).toEqual(invalidField("record"));
  });
});
