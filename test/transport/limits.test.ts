import { connect as netConnect } from "node:net";
import { connect as http2Connect } from "node:http2";
import { create } from "@bufbuild/protobuf";
import { Code, ConnectError, createClient } from "@connectrpc/connect";
import { createConnectTransport } from "@connectrpc/connect-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AdminService } from "../../gen/ts/dbx/v1/admin_pb.js";
import { Health } from "../../gen/ts/grpc/health/v1/health_pb.js";
import * as reflection from "../../gen/ts/grpc/reflection/v1/reflection_pb.js";
import { startTestServer, type TestServer } from "../support/dbx-server.js";
import { http1 } from "./raw-http.js";

const LIMIT = 1024;
const OVERSIZED = "x".repeat(4 * LIMIT);

async function codeOf(call: Promise<unknown>): Promise<Code | "ok"> {
  try {
    await call;
    return "ok";
  } catch (err) {
    return ConnectError.from(err).code;
  }
}

/**
 * Sends the head of an HTTP/1.1 request and `bodyBytes` of its body, then
 * waits for the server's answer without sending the rest.
 */
function answerBeforeBodyEnds(port: number, head: string, bodyBytes: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = netConnect(port, "127.0.0.1", () => socket.write(Buffer.concat([Buffer.from(head), bodyBytes])));
    let answer = "";
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer while the body was still coming; got ${JSON.stringify(answer)}`));
    }, 5_000);
    socket.on("data", (chunk: Buffer) => {
      answer += chunk.toString("latin1");
      if (answer.includes("\r\n\r\n") && answer.includes("resource_exhausted")) {
        clearTimeout(timer);
        socket.destroy();
        resolve(answer);
      }
    });
    socket.on("error", reject);
  });
}

describe("request size limit (server.maxRequestBytes)", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ server: { maxRequestBytes: LIMIT }, backends: { default: { url: "sqlite::memory:" } } });
  });
  afterAll(() => server?.close());

  it.each([
    ["connect", false],
    ["connect", true],
    ["grpc", true],
    ["grpc-web", true],
    ["grpc-web", false],
  ] as const)("answers RESOURCE_EXHAUSTED to an oversized unary request over %s (binary: %s)", async (protocol, binary) => {
    const client = createClient(AdminService, server.transport(protocol, { binary }));
    expect(await codeOf(client.getCapabilities({ backend: OVERSIZED }))).toBe(Code.ResourceExhausted);
    // Under the limit, the request reaches the service.
    expect(await codeOf(client.getCapabilities({ backend: "x".repeat(LIMIT / 2) }))).toBe(Code.NotFound);
  });

  it("answers RESOURCE_EXHAUSTED to an oversized message of a server stream over HTTP/1.1", async () => {
    const client = createClient(Health, server.transport("connect"));
    expect(await codeOf((async () => { for await (const _ of client.watch({ service: OVERSIZED })) break; })())).toBe(
      Code.ResourceExhausted,
    );
  });

  it("answers RESOURCE_EXHAUSTED to an oversized message of a bidi stream over gRPC", async () => {
    const client = createClient(reflection.ServerReflection, server.transport("grpc"));
    async function* requests() {
      yield create(reflection.ServerReflectionRequestSchema, { host: OVERSIZED, messageRequest: { case: "listServices", value: "" } });
    }
    expect(await codeOf((async () => { for await (const _ of client.serverReflectionInfo(requests())) break; })())).toBe(
      Code.ResourceExhausted,
    );
  });

  it("refuses a huge HTTP/1.1 body by its Content-Length, before it arrives", async () => {
    const head =
      "POST /dbx.v1.AdminService/GetServerInfo HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n" +
      `Content-Length: ${1024 * 1024 * 1024}\r\n\r\n`;
    const answer = await answerBeforeBodyEnds(server.server.port, head, Buffer.alloc(64 * 1024, 0x20));
    expect(answer).toMatch(/^HTTP\/1\.1 429 /);
    // The rest of the body will not be read as a next request: the connection ends.
    expect(answer).toMatch(/\r\nConnection: close\r\n/i);
  });

  it("stops reading a chunked HTTP/1.1 body once it passes the limit", async () => {
    const head =
      "POST /dbx.v1.AdminService/GetServerInfo HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n" +
      "Transfer-Encoding: chunked\r\n\r\n";
    const chunk = Buffer.concat([Buffer.from(`${(16 * 1024).toString(16)}\r\n`), Buffer.alloc(16 * 1024, 0x20), Buffer.from("\r\n")]);
    const answer = await answerBeforeBodyEnds(server.server.port, head, chunk);
    expect(answer).toMatch(/^HTTP\/1\.1 429 /);
    expect(answer).toMatch(/\r\nConnection: close\r\n/i);
  });

  it("serves the next call of a client whose oversized request was refused", async () => {
    const client = createClient(AdminService, server.transport("connect"));
    expect(await codeOf(client.getCapabilities({ backend: "x".repeat(300 * 1024) }))).toBe(Code.ResourceExhausted);
    expect((await client.getServerInfo({})).backendCount).toBe(1);
  });

  it("refuses a gRPC message by the length in its envelope, before it arrives", async () => {
    const session = http2Connect(server.url);
    try {
      const stream = session.request({
        ":method": "POST",
        ":path": "/dbx.v1.AdminService/GetServerInfo",
        "content-type": "application/grpc",
        te: "trailers",
      });
      const envelope = Buffer.alloc(5);
      envelope.writeUInt32BE(1024 * 1024 * 1024, 1);
      stream.write(envelope);
      const trailers = await new Promise<Record<string, unknown>>((resolve, reject) => {
        stream.on("trailers", resolve);
        stream.on("response", (headers) => headers["grpc-status"] && resolve(headers));
        stream.on("error", reject);
        stream.resume();
      });
      expect(trailers["grpc-status"]).toBe(String(Code.ResourceExhausted));
    } finally {
      session.destroy();
    }
  });
});

describe("malformed requests", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ backends: { default: { url: "sqlite::memory:" } } });
  });
  afterAll(() => server?.close());

  it.each([
    ["not JSON", "{bad"],
    ["a field of the wrong type", '{"backend": 5}'],
  ])("answers INVALID_ARGUMENT to %s over Connect", async (_, body) => {
    const res = await http1(server.url + "/dbx.v1.AdminService/GetCapabilities", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body.toString())).toMatchObject({ code: "invalid_argument" });
  });

  // connect-es reports undecodable binary messages as INTERNAL; DBX answers the client's mistake as INVALID_ARGUMENT.
  it("answers INVALID_ARGUMENT to bytes that are not the message over Connect binary, and stays usable", async () => {
    const client = createClient(AdminService, createConnectTransport({ baseUrl: server.url, httpVersion: "1.1", useBinaryFormat: true }));
    const res = await http1(server.url + "/dbx.v1.AdminService/GetCapabilities", {
      method: "POST",
      headers: { "content-type": "application/proto" },
      body: Buffer.from([0x0a, 0xff]),
    });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body.toString())).toMatchObject({ code: "invalid_argument", message: expect.stringContaining("parse binary") });
    // The server goes on answering well-formed requests.
    expect((await client.getServerInfo({})).backendCount).toBe(1);
  });
});
