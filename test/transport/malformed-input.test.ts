import { create, toBinary } from "@bufbuild/protobuf";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GetRequestSchema } from "../../gen/ts/dbx/v1/data_pb.js";
import { TypedValueSchema, type TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";
import { startTestServer, type TestServer } from "../support/dbx-server.js";
import { envelope, http1, http2, type RawResponse } from "./raw-http.js";

/** A TypedValue nested `depth` lists deep: past protobuf-es's recursion limit (100) it does not decode. */
function nestedValue(depth: number): TypedValue {
  let value = create(TypedValueSchema, { kind: { case: "stringValue", value: "x" } });
  for (let i = 0; i < depth; i++) value = create(TypedValueSchema, { kind: { case: "arrayValue", value: { values: [value] } } });
  return value;
}

/** Binary request messages that do not decode, for DataService/Get. */
const MALFORMED_BINARY: Record<string, Uint8Array> = {
  garbage: Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x07]),
  "a truncated field": Uint8Array.from([0x0a, 0x10, 0x0a]),
  // target (1) { collection (2): "\xff\xfe" }
  "invalid UTF-8 in a string": Uint8Array.from([0x0a, 0x04, 0x12, 0x02, 0xff, 0xfe]),
  "nesting over the limit": toBinary(GetRequestSchema, create(GetRequestSchema, { target: { collection: "c" }, key: nestedValue(150) })),
};

/** Connect JSON bodies that do not decode. */
const MALFORMED_JSON: Record<string, string> = {
  "truncated JSON": '{"target": {"collection": "c"',
  "a wrongly typed field": '{"target": {"collection": 5}}',
  "nesting over the limit": `{"target": {"collection": "c"}, "key": ${'{"arrayValue": {"values": ['.repeat(150)}{"stringValue": "x"}${"]}}".repeat(150)}}`,
};

const PATH = "/dbx.v1.DataService/Get";

interface Outcome {
  code: string;
  requestId: string | undefined;
}

function grpcOutcome(res: RawResponse): Outcome {
  return { code: String(res.trailers["grpc-status"] ?? res.headers["grpc-status"]), requestId: res.headers["x-request-id"] as string | undefined };
}

/** gRPC-Web puts its status in a trailer frame at the end of the body. */
function grpcWebOutcome(res: RawResponse): Outcome {
  const text = res.body.toString("latin1");
  return { code: /grpc-status: ?(\d+)/.exec(text)?.[1] ?? "none", requestId: res.headers["x-request-id"] as string | undefined };
}

function connectOutcome(res: RawResponse): Outcome {
  const code = res.status === 200 ? "ok" : (JSON.parse(res.body.toString()) as { code: string }).code;
  return { code, requestId: res.headers["x-request-id"] as string | undefined };
}

const INVALID_ARGUMENT = { grpc: "3", "grpc-web": "3", connect: "invalid_argument" } as const;

describe.each([
  { fastPath: true, path: "DBX's fast path where it serves the call" },
  { fastPath: false, path: "connect-node's path" },
])("malformed requests answer INVALID_ARGUMENT with a request id and no error log ($path)", ({ fastPath }) => {
  let server: TestServer;
  const lines: { level: number; requestId?: string; msg: string }[] = [];
  let n = 0;

  beforeAll(async () => {
    const logger = pino({ level: "info" }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    server = await startTestServer({ server: { fastPath }, backends: { default: { url: "sqlite::memory:" } } }, { logger });
  });
  afterAll(() => server?.close());

  /** Sends one raw request with a fresh request id, and checks the answer and the log line of the call. */
  async function expectInvalidArgument(protocol: keyof typeof INVALID_ARGUMENT, send: (headers: Record<string, string>) => Promise<Outcome>) {
    const requestId = `malformed-${fastPath}-${++n}`;
    const outcome = await send({ "x-request-id": requestId });
    expect(outcome).toEqual({ code: INVALID_ARGUMENT[protocol], requestId });
    const logged = lines.filter((l) => l.requestId === requestId);
    expect(logged.map((l) => [l.level, l.msg])).toEqual([[30, "call"]]);
  }

  afterAll(() => {
    // Nothing in the run, request id or not, was logged as a failure of DBX.
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
  });

  for (const [kind, message] of Object.entries(MALFORMED_BINARY)) {
    it(`gRPC: ${kind}`, async () => {
      await expectInvalidArgument("grpc", async (headers) =>
        grpcOutcome(await http2(server.url + PATH, { method: "POST", headers: { "content-type": "application/grpc", ...headers }, body: envelope(0, message) })),
      );
    });

    it(`gRPC-Web: ${kind}`, async () => {
      await expectInvalidArgument("grpc-web", async (headers) =>
        grpcWebOutcome(
          await http1(server.url + PATH, { method: "POST", headers: { "content-type": "application/grpc-web+proto", ...headers }, body: envelope(0, message) }),
        ),
      );
    });

    it(`Connect binary: ${kind}`, async () => {
      await expectInvalidArgument("connect", async (headers) =>
        connectOutcome(await http1(server.url + PATH, { method: "POST", headers: { "content-type": "application/proto", ...headers }, body: message })),
      );
    });
  }

  it.each([
    ["bad base64", "encoding=proto&base64=1&message=%21%21%21"],
    ["a message that does not decode", "encoding=proto&base64=1&message=_____-"],
    ["JSON that does not decode", "encoding=json&message=%7B"],
  ])("Connect GET: %s", async (_, query) => {
    await expectInvalidArgument("connect", async (headers) =>
      connectOutcome(await http1(`${server.url}/dbx.v1.AdminService/GetCapabilities?connect=v1&${query}`, { headers })),
    );
  });

  // The one malformed request that gRPC's and Connect's specifications answer
  // with INTERNAL (the Connect conformance suite checks it): still the
  // client's doing, so an info line, not an error.
  it.each([
    ["gRPC", (headers: Record<string, string>) =>
      http2(server.url + PATH, { method: "POST", headers: { "content-type": "application/grpc", ...headers }, body: envelope(1, new Uint8Array(0)) }).then(grpcOutcome)],
    ["gRPC-Web", (headers: Record<string, string>) =>
      http1(server.url + PATH, { method: "POST", headers: { "content-type": "application/grpc-web+proto", ...headers }, body: envelope(1, new Uint8Array(0)) }).then(grpcWebOutcome)],
  ] as const)("%s: a compressed message without an encoding answers INTERNAL, logged at info", async (_, send) => {
    const requestId = `compressed-${fastPath}-${++n}`;
    expect(await send({ "x-request-id": requestId })).toEqual({ code: "13", requestId });
    expect(lines.filter((l) => l.requestId === requestId).map((l) => [l.level, l.msg])).toEqual([[30, "call"]]);
  });

  for (const [kind, body] of Object.entries(MALFORMED_JSON)) {
    it(`Connect JSON: ${kind}`, async () => {
      await expectInvalidArgument("connect", async (headers) =>
        connectOutcome(await http1(server.url + PATH, { method: "POST", headers: { "content-type": "application/json", ...headers }, body })),
      );
    });
  }
});
