import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "@connectrpc/connect";
import { createConnectTransport, createGrpcTransport, createGrpcWebTransport } from "@connectrpc/connect-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AdminService } from "../../gen/ts/dbx/v1/admin_pb.js";
import { startTestServer, type TestServer } from "../support/dbx-server.js";
import { GRPCURL_INSTALL_TIMEOUT_MS, grpcurl, grpcurlPath } from "./grpcurl.js";
import { runCommand } from "./run-command.js";
import { selfSignedCert, type SelfSignedCert } from "./self-signed-cert.js";

describe("TLS on the same port (server.tls)", () => {
  let dir: string;
  let cert: SelfSignedCert;
  let server: TestServer;
  let address: string;

  beforeAll(async () => {
    await grpcurlPath();
    dir = await mkdtemp(join(tmpdir(), "dbx-tls-"));
    cert = await selfSignedCert(dir);
    server = await startTestServer({
      server: { tls: { cert: cert.certFile, key: cert.keyFile } },
      backends: { default: { url: "sqlite::memory:" } },
    });
    address = `127.0.0.1:${server.server.port}`;
  }, GRPCURL_INSTALL_TIMEOUT_MS);
  afterAll(async () => {
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("has an https URL", () => {
    expect(server.url).toBe(`https://${address}`);
  });

  it.each([
    ["gRPC over HTTP/2", () => createGrpcTransport({ baseUrl: server.url, nodeOptions: { ca: cert.cert } })],
    ["Connect over HTTP/2", () => createConnectTransport({ baseUrl: server.url, httpVersion: "2", nodeOptions: { ca: cert.cert } })],
    ["Connect over HTTP/1.1", () => createConnectTransport({ baseUrl: server.url, httpVersion: "1.1", nodeOptions: { ca: cert.cert } })],
    ["gRPC-Web over HTTP/1.1", () => createGrpcWebTransport({ baseUrl: server.url, httpVersion: "1.1", nodeOptions: { ca: cert.cert } })],
    ["gRPC-Web over HTTP/2", () => createGrpcWebTransport({ baseUrl: server.url, httpVersion: "2", nodeOptions: { ca: cert.cert } })],
  ])("serves %s", async (_, transport) => {
    const info = await createClient(AdminService, transport()).getServerInfo({});
    expect(info.backendCount).toBe(1);
  });

  it("serves grpcurl, reflection included, over h2 with ALPN", async () => {
    const list = await grpcurl(["-cacert", cert.certFile], address, ["list"]);
    expect(list.stderr).toBe("");
    expect(list.stdout).toContain("dbx.v1.DataService");
    const check = await grpcurl(["-cacert", cert.certFile], address, ["grpc.health.v1.Health/Check"]);
    expect(JSON.parse(check.stdout)).toEqual({ status: "SERVING" });
  });

  it.each([["--http1.1"], ["--http2"]])("serves curl %s", async (flag) => {
    const result = await runCommand("curl", [
      "-sS", flag, "--cacert", cert.certFile, "-w", "\\n%{http_version}",
      "-H", "content-type: application/json", "-d", "{}",
      `${server.url}/dbx.v1.AdminService/GetServerInfo`,
    ]);
    expect(result.stderr).toBe("");
    const [body, version] = result.stdout.split("\n");
    expect(JSON.parse(body)).toMatchObject({ backendCount: 1 });
    expect(version).toBe(flag === "--http2" ? "2" : "1.1");
  });

  it("refuses cleartext on the TLS port", async () => {
    const result = await runCommand("curl", ["-sS", "-m", "5", "-d", "{}", `http://${address}/dbx.v1.AdminService/GetServerInfo`]);
    expect(result.code).not.toBe(0);
  });
});
