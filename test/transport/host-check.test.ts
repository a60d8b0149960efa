import { connect as http2Connect, type IncomingHttpHeaders } from "node:http2";
import { fromBinary } from "@bufbuild/protobuf";
import { Code } from "@connectrpc/connect";
import { afterEach, describe, expect, it } from "vitest";
import { ErrorInfoSchema } from "../../gen/ts/google/rpc/error_details_pb.js";
import { StatusSchema } from "../../gen/ts/google/rpc/status_pb.js";
import { AdminService } from "../../gen/ts/dbx/v1/admin_pb.js";
import { allowedHostCheck, hostOfAuthority } from "../../src/transport/host-check.js";
import { isLoopbackHost } from "../../src/transport/loopback.js";
import { startTestServer, type TestServer } from "../support/dbx-server.js";
import { envelope, http1 } from "./raw-http.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(overrides: Record<string, unknown> = {}): Promise<TestServer> {
  server = await startTestServer({ server: overrides, backends: { default: { url: "sqlite::memory:" } } });
  return server;
}

/** Health.Check over Connect JSON (HTTP/1.1) naming `host`. */
function connectCheck(s: TestServer, host: string) {
  return http1(`${s.url}/grpc.health.v1.Health/Check`, {
    method: "POST",
    headers: { host, "content-type": "application/json" },
    body: "{}",
  });
}

/** A gRPC call over h2c naming `authority`: the response headers and trailers. */
function grpcCall(s: TestServer, path: string, authority: string): Promise<{ headers: IncomingHttpHeaders; trailers: IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const session = http2Connect(s.url);
    session.on("error", reject);
    const stream = session.request({ ":method": "POST", ":path": path, ":authority": authority, "content-type": "application/grpc", te: "trailers" });
    let headers: IncomingHttpHeaders = {};
    let trailers: IncomingHttpHeaders = {};
    stream.on("response", (h) => (headers = h));
    stream.on("trailers", (t) => (trailers = t));
    stream.on("error", reject);
    stream.resume();
    stream.on("close", () => {
      session.close();
      resolve({ headers, trailers });
    });
    stream.end(envelope(0, new Uint8Array(0)));
  });
}

/** The gRPC status in a trailers-only answer (headers) or the trailers. */
function grpcStatus(answer: { headers: IncomingHttpHeaders; trailers: IncomingHttpHeaders }) {
  const fields = answer.headers["grpc-status"] !== undefined ? answer.headers : answer.trailers;
  const details = fields["grpc-status-details-bin"];
  const status = typeof details === "string" ? fromBinary(StatusSchema, Buffer.from(details, "base64")) : undefined;
  const reason = status?.details.map((d) => (d.typeUrl.endsWith("ErrorInfo") ? fromBinary(ErrorInfoSchema, d.value).reason : "")).join();
  return { code: Number(fields["grpc-status"]), reason };
}

describe("Host / :authority check on loopback (DNS rebinding)", () => {
  it("refuses a Connect call naming another host with PERMISSION_DENIED over HTTP/1.1", async () => {
    const s = await start();
    const res = await connectCheck(s, "evil.example");
    expect(res.status).toBe(403);
    const body = JSON.parse(res.body.toString()) as { code: string; message: string };
    expect(body.code).toBe("permission_denied");
    expect(body.message).toContain("server.allowedHosts");
    const rebound = await connectCheck(s, `evil.example:${s.server.port}`);
    expect(rebound.status).toBe(403);
  });

  it("answers loopback names and addresses: localhost, *.localhost, 127.x, [::1]", async () => {
    const s = await start();
    for (const host of [`localhost:${s.server.port}`, "localhost", `127.0.0.1:${s.server.port}`, "127.1.2.3", `[::1]:${s.server.port}`, "app.localhost", "LOCALHOST."]) {
      const res = await connectCheck(s, host);
      expect(res.status, host).toBe(200);
    }
  });

  it("refuses gRPC on both paths (fast unary, connect-node streaming) with grpc-status PERMISSION_DENIED and a reason", async () => {
    const s = await start();
    const unary = await grpcCall(s, "/dbx.v1.AdminService/Ping", "evil.example");
    expect(unary.headers[":status"]).toBe(200);
    expect(grpcStatus(unary)).toEqual({ code: Code.PermissionDenied, reason: "ERROR_REASON_DISABLED" });
    const stream = await grpcCall(s, "/grpc.health.v1.Health/Watch", "evil.example:443");
    expect(grpcStatus(stream)).toEqual({ code: Code.PermissionDenied, reason: "ERROR_REASON_DISABLED" });
    const allowed = await grpcCall(s, "/dbx.v1.AdminService/Ping", `127.0.0.1:${s.server.port}`);
    expect(grpcStatus(allowed).code).toBe(0);
  });

  it("refuses gRPC-Web and Connect streaming in their own wire format", async () => {
    const s = await start();
    const grpcWeb = await http1(`${s.url}/grpc.health.v1.Health/Check`, {
      method: "POST",
      headers: { host: "evil.example", "content-type": "application/grpc-web+proto" },
      body: envelope(0, new Uint8Array(0)),
    });
    expect(grpcWeb.status).toBe(200);
    expect(grpcWeb.headers["grpc-status"]).toBe(String(Code.PermissionDenied));
    const connectStream = await http1(`${s.url}/grpc.health.v1.Health/Watch`, {
      method: "POST",
      headers: { host: "evil.example", "content-type": "application/connect+json" },
      body: envelope(0, Buffer.from("{}")),
    });
    expect(connectStream.status).toBe(200);
    expect(connectStream.body[0]).toBe(0b10);
    const end = JSON.parse(connectStream.body.subarray(5).toString()) as { error: { code: string } };
    expect(end.error.code).toBe("permission_denied");
  });

  it("answers hosts listed in server.allowedHosts", async () => {
    const s = await start({ allowedHosts: ["dbx.internal"] });
    expect((await connectCheck(s, `dbx.internal:${s.server.port}`)).status).toBe(200);
    expect((await connectCheck(s, "DBX.internal")).status).toBe(200);
    expect((await connectCheck(s, "other.internal")).status).toBe(403);
  });

  it("lets the usual clients through (they name 127.0.0.1:port)", async () => {
    const s = await start();
    for (const protocol of ["connect", "grpc", "grpc-web"] as const) {
      await expect(s.client(AdminService, protocol).ping({})).resolves.toBeDefined();
    }
  });

  it("checks nothing when listening beyond loopback (--insecure) with no allowedHosts", async () => {
    const s = await start({ host: "0.0.0.0", insecure: true });
    const res = await http1(`http://127.0.0.1:${s.server.port}/grpc.health.v1.Health/Check`, {
      method: "POST",
      headers: { host: "evil.example", "content-type": "application/json" },
      body: "{}",
    });
    expect(res.status).toBe(200);
  });
});

describe("host parsing", () => {
  it("takes the host of an authority, refuses malformed ones", () => {
    expect(hostOfAuthority("Example.COM:8080")).toBe("example.com");
    expect(hostOfAuthority("localhost.")).toBe("localhost");
    expect(hostOfAuthority("[::1]:7420")).toBe("::1");
    expect(hostOfAuthority("[::1]")).toBe("::1");
    for (const bad of ["", ":80", "::1", "[::1", "[::1]x", "host:port", "host:123456", "a:1:2"]) {
      expect(hostOfAuthority(bad), bad).toBeUndefined();
    }
  });

  it("tells loopback hosts: 0.0.0.0 and :: are not", () => {
    for (const host of ["localhost", "a.b.localhost", "127.0.0.1", "127.255.0.9", "::1", "0:0:0:0:0:0:0:1", "::ffff:127.0.0.1"]) {
      expect(isLoopbackHost(host), host).toBe(true);
    }
    for (const host of ["0.0.0.0", "::", "128.0.0.1", "192.168.1.2", "localhost.evil.example", "evillocalhost", "example.com"]) {
      expect(isLoopbackHost(host), host).toBe(false);
    }
  });

  it("takes linear time on long and hostile headers", () => {
    const check = allowedHostCheck([]);
    const start = performance.now();
    for (const hostile of ["[".repeat(200_000), ":".repeat(200_000), "a".repeat(200_000) + ":", `${"1".repeat(200_000)}x`]) {
      expect(check(hostile)).toBe(false);
    }
    // Generous: quadratic parsing of 200 KB takes seconds.
    expect(performance.now() - start).toBeLessThan(500);
  });
});
