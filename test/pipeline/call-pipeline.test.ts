import { Writable } from "node:stream";
import { Code, ConnectError } from "@connectrpc/connect";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AdminService } from "../../gen/ts/dbx/v1/admin_pb.js";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import { PROTOCOLS, startTestServer, type TestServer } from "../support/dbx-server.js";
import { v } from "../support/values.js";
import { waitFor } from "../support/wait-for.js";

describe("call pipeline", () => {
  let server: TestServer;
  const lines: Record<string, unknown>[] = [];
  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        for (const line of chunk.toString().split("\n").filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    server = await startTestServer({ backends: { default: { url: "sqlite::memory:" } } }, { logger: pino({ level: "info" }, sink) });
  });
  afterAll(() => server.close());

  const callLines = (requestId: string) => lines.filter((l) => l.requestId === requestId);

  it.each(PROTOCOLS)("returns the client's request id and logs one line per call (%s)", async (protocol) => {
    const requestId = `test-${protocol}-${Date.now()}`;
    let header: string | null = null;
    await server.client(AdminService, protocol).getServerInfo(
      {},
      { headers: { "x-request-id": requestId }, onHeader: (h) => (header = h.get("x-request-id")) },
    );
    expect(header).toBe(requestId);
    // The log line is written when the call ends, which may be after the client has its answer.
    await waitFor(() => callLines(requestId).length > 0, { what: `the log line of ${requestId}` });
    const logged = callLines(requestId);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ rpc: "dbx.v1.AdminService/GetServerInfo", protocol, code: "OK", msg: "call" });
    expect(typeof logged[0].durationMs).toBe("number");
  });

  it.each(PROTOCOLS)("returns and logs the request id on errors too (%s)", async (protocol) => {
    const requestId = `err-${protocol}-${Date.now()}`;
    let error: ConnectError | undefined;
    try {
      await server.client(DataService, protocol).get(
        { target: { collection: "nope" }, key: v.str("k") },
        { headers: { "x-request-id": requestId } },
      );
    } catch (err) {
      error = ConnectError.from(err);
    }
    expect(error?.code).toBe(Code.NotFound);
    expect(error?.metadata.get("x-request-id")).toBe(requestId);
    await waitFor(() => callLines(requestId).length > 0, { what: `the log line of ${requestId}` });
    expect(callLines(requestId)[0]).toMatchObject({ code: "NotFound", backend: "default" });
  });

  it("makes a request id when the client sends none or an unusable one", async () => {
    for (const sent of [undefined, "has spaces", "x".repeat(200)]) {
      let header: string | null = null;
      await server.client(AdminService).getServerInfo(
        {},
        { headers: sent ? { "x-request-id": sent } : {}, onHeader: (h) => (header = h.get("x-request-id")) },
      );
      expect(header).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});
