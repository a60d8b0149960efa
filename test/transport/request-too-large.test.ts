import { Code, ConnectError, createClient } from "@connectrpc/connect";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AdminService } from "../../gen/ts/dbx/v1/admin_pb.js";
import { ErrorInfoSchema } from "../../gen/ts/google/rpc/error_details_pb.js";
import { Health } from "../../gen/ts/grpc/health/v1/health_pb.js";
import { startTestServer, type TestServer } from "../support/dbx-server.js";

const LIMIT = 1024;
const OVERSIZED = "x".repeat(4 * LIMIT);

async function failure(call: Promise<unknown>): Promise<ConnectError> {
  try {
    await call;
  } catch (err) {
    return ConnectError.from(err);
  }
  throw new Error("the call succeeded");
}

/** The error says RESOURCE_EXHAUSTED with the REQUEST_TOO_LARGE ErrorInfo naming the limit, and carries the call's request id. */
function expectRequestTooLarge(err: ConnectError, requestId: string): void {
  expect(Code[err.code], err.message).toBe("ResourceExhausted");
  const [info] = err.findDetails(ErrorInfoSchema);
  expect({ reason: info?.reason, domain: info?.domain, metadata: info?.metadata }).toEqual({
    reason: "ERROR_REASON_REQUEST_TOO_LARGE",
    domain: "dbx.dev",
    metadata: { limit: String(LIMIT) },
  });
  expect(err.rawMessage).toMatch(/larger than server\.maxRequestBytes \(1024 bytes\)/);
  expect(err.metadata.get("x-request-id")).toBe(requestId);
}

describe.each([true, false])("an oversized request answers RESOURCE_EXHAUSTED (REQUEST_TOO_LARGE) (fastPath: %s)", (fastPath) => {
  let server: TestServer;
  const lines: { level: number; requestId?: string; code?: string }[] = [];
  let n = 0;

  beforeAll(async () => {
    const logger = pino({ level: "info" }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    server = await startTestServer({ server: { fastPath, maxRequestBytes: LIMIT }, backends: { default: { url: "sqlite::memory:" } } }, { logger });
  });
  afterAll(() => server?.close());

  it.each([
    ["connect", false],
    ["connect", true],
    ["grpc", true],
    ["grpc-web", true],
    ["grpc-web", false],
  ] as const)("unary over %s (binary: %s)", async (protocol, binary) => {
    const requestId = `too-large-${fastPath}-${++n}`;
    const client = createClient(AdminService, server.transport(protocol, { binary }));
    expectRequestTooLarge(await failure(client.getCapabilities({ backend: OVERSIZED }, { headers: { "x-request-id": requestId } })), requestId);
    expect(lines.filter((l) => l.requestId === requestId).map((l) => [l.level, l.code])).toEqual([[30, "ResourceExhausted"]]);
  });

  it.each(["connect", "grpc", "grpc-web"] as const)("a server stream's request over %s", async (protocol) => {
    const requestId = `too-large-stream-${fastPath}-${++n}`;
    const client = createClient(Health, server.transport(protocol));
    const watch = async () => {
      for await (const _ of client.watch({ service: OVERSIZED }, { headers: { "x-request-id": requestId } })) break;
    };
    expectRequestTooLarge(await failure(watch()), requestId);
  });
});
