import { subscribe, unsubscribe } from "node:diagnostics_channel";
import type { ClientRequest } from "node:http";
import { Code, ConnectError, createClient } from "@connectrpc/connect";
import { createConnectTransport } from "@connectrpc/connect-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AdminService } from "../../gen/ts/dbx/v1/admin_pb.js";
import { PROTOCOLS, startTestServer, type TestServer } from "../support/dbx-server.js";
import { envelope, http1, http2 } from "./raw-http.js";
import { runCommand } from "./run-command.js";

describe("one port for Connect, gRPC and gRPC-Web, over HTTP/1.1 and h2c", () => {
  let server: TestServer;
  let method: string;

  beforeAll(async () => {
    server = await startTestServer({ backends: { default: { url: "sqlite::memory:" } } });
    method = `${server.url}/dbx.v1.AdminService/GetServerInfo`;
  });
  afterAll(() => server?.close());

  async function curl(...args: string[]) {
    const result = await runCommand("curl", ["-sS", "-w", "\\n%{http_code} %{http_version}", ...args]);
    expect(result.stderr).toBe("");
    const lines = result.stdout.split("\n");
    const [status, version] = lines.pop()!.split(" ");
    return { status: Number(status), version, body: lines.join("\n") };
  }

  it("answers curl posting Connect JSON over HTTP/1.1", async () => {
    const res = await curl("--http1.1", "-H", "content-type: application/json", "-d", "{}", method);
    expect(res).toMatchObject({ status: 200, version: "1.1" });
    expect(JSON.parse(res.body)).toMatchObject({ backendCount: 1, runtime: `node ${process.version}` });
  });

  it("answers curl posting Connect JSON over HTTP/2 with prior knowledge", async () => {
    const res = await curl("--http2-prior-knowledge", "-H", "content-type: application/json", "-d", "{}", method);
    expect(res).toMatchObject({ status: 200, version: "2" });
    expect(JSON.parse(res.body)).toMatchObject({ backendCount: 1 });
  });

  it("answers a Connect GET of a method without side effects, and refuses GET for the others", async () => {
    const get = await curl(`${method}?connect=v1&encoding=json&message=${encodeURIComponent("{}")}`);
    expect(get.status).toBe(200);
    expect(JSON.parse(get.body)).toMatchObject({ backendCount: 1 });
    const put = await curl(`${server.url}/dbx.v1.DataService/Insert?connect=v1&encoding=json&message=${encodeURIComponent("{}")}`);
    expect(put.status).toBe(405);
  });

  it("serves connect-es clients that use GET for methods without side effects", async () => {
    // The transport turns POST into GET after interceptors: watch what Node's HTTP client sends.
    const methods: string[] = [];
    const record = (message: unknown) => methods.push((message as { request: ClientRequest }).request.method);
    subscribe("http.client.request.start", record);
    try {
      const transport = createConnectTransport({ baseUrl: server.url, httpVersion: "1.1", useHttpGet: true });
      const info = await createClient(AdminService, transport).getServerInfo({});
      expect(info.backendCount).toBe(1);
    } finally {
      unsubscribe("http.client.request.start", record);
    }
    expect(methods).toEqual(["GET"]);
  });

  it("serves the same method over every protocol and both HTTP versions", async () => {
    for (const protocol of PROTOCOLS) {
      const info = await server.client(AdminService, protocol).getServerInfo({});
      expect(info.backendCount).toBe(1);
    }
    const h2 = await http2(method, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(h2.status).toBe(200);
    const h1 = await http1(method, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(h1.status).toBe(200);
  });

  it("answers unknown paths with 404", async () => {
    expect((await http1(`${server.url}/dbx.v1.NoService/Nothing`, { method: "POST" })).status).toBe(404);
    expect((await http2(`${server.url}/`)).status).toBe(404);
  });
});

describe("deadlines", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ backends: { default: { url: "sqlite::memory:" } } });
  });
  afterAll(() => server?.close());

  it.each(PROTOCOLS)("a call with a 1 ms timeout answers DEADLINE_EXCEEDED over %s", async (protocol) => {
    const client = server.client(AdminService, protocol);
    const error = await client.getHealth({}, { timeoutMs: 1 }).then(
      () => undefined,
      (e: unknown) => ConnectError.from(e),
    );
    expect(error?.code).toBe(Code.DeadlineExceeded);
  });

  // Health.Watch runs until its handler's signal aborts: the status it ends
  // with shows that the client's deadline reached the handler.
  it("grpc-timeout reaches the handler, which ends with DEADLINE_EXCEEDED", async () => {
    const start = performance.now();
    const res = await http2(`${server.url}/grpc.health.v1.Health/Watch`, {
      method: "POST",
      headers: { "content-type": "application/grpc", te: "trailers", "grpc-timeout": "300m" },
      body: envelope(0, new Uint8Array()),
    });
    expect(res.trailers["grpc-status"]).toBe(String(Code.DeadlineExceeded));
    expect(performance.now() - start).toBeGreaterThanOrEqual(290);
  });

  it("connect-timeout-ms reaches the handler of a stream over HTTP/1.1", async () => {
    const res = await http1(`${server.url}/grpc.health.v1.Health/Watch`, {
      method: "POST",
      headers: { "content-type": "application/connect+json", "connect-protocol-version": "1", "connect-timeout-ms": "300" },
      body: envelope(0, Buffer.from("{}")),
    });
    expect(res.status).toBe(200);
    // The last envelope ends the stream (flag 0x02) with the error.
    const endFlagAt = res.body.lastIndexOf(Buffer.from([0x02]), res.body.length - 5);
    const end = JSON.parse(res.body.subarray(endFlagAt + 5).toString()) as { error?: { code: string } };
    expect(end.error?.code).toBe("deadline_exceeded");
  });
});
