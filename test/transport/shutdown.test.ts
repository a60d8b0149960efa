import { mkdtemp, rm } from "node:fs/promises";
import { Agent, request as http1Request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect as http2Connect } from "node:http2";
import { connect as netConnect, type Socket } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { durationFromMs } from "@bufbuild/protobuf/wkt";
import { Code, ConnectError, createClient, type Client } from "@connectrpc/connect";
import { createConnectTransport, createGrpcTransport } from "@connectrpc/connect-node";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { AdminService } from "../../gen/ts/dbx/v1/admin_pb.js";
import { Health } from "../../gen/ts/grpc/health/v1/health_pb.js";
import { startTransport, type Transport } from "../../src/transport/http-server.js";
import { startTestServer } from "../support/dbx-server.js";
import { http1 } from "./raw-http.js";
import { selfSignedCert, type SelfSignedCert } from "./self-signed-cert.js";
import { CallPipeline } from "../../src/pipeline/call-pipeline.js";

const GRACE_MS = 1_000;

/** Opens a Health.Watch; once the first status came, `end` tells how the stream ends. */
async function openWatch(client: Client<typeof Health>): Promise<{ end: Promise<Code | "ok"> }> {
  const stream = client.watch({ service: "" })[Symbol.asyncIterator]();
  await stream.next();
  const end = (async () => {
    try {
      while (!(await stream.next()).done);
      return "ok" as const;
    } catch (err) {
      return ConnectError.from(err).code;
    }
  })();
  return { end };
}

function idleHttp2Session(url: string) {
  const session = http2Connect(url);
  session.on("error", () => {});
  return new Promise<typeof session>((resolve) => session.once("connect", () => resolve(session)));
}

/** An HTTP/1.1 connection kept alive after one finished request. */
async function idleKeepAlive(url: string): Promise<Agent> {
  const agent = new Agent({ keepAlive: true });
  await new Promise<void>((resolve, reject) => {
    const req = http1Request(`${url}/nothing`, { agent, method: "GET" }, (res) => {
      res.resume();
      res.on("end", resolve);
    });
    req.on("error", reject);
    req.end();
  });
  return agent;
}

function silentConnection(port: number): Promise<Socket> {
  return new Promise((resolve) => {
    const socket = netConnect(port, "127.0.0.1", () => resolve(socket));
    socket.on("error", () => {});
  });
}

async function timed(work: Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work;
  return performance.now() - start;
}

describe("graceful shutdown of the DBX server", () => {
  it("resolves within the grace period (+1 s) with open server streams and idle connections, and ends the streams", async () => {
    const server = await startTestServer({
      server: { shutdownGraceMs: GRACE_MS },
      backends: { default: { url: "sqlite::memory:" } },
    });
    const grpcWatch = await openWatch(createClient(Health, server.transport("grpc")));
    const connectWatch = await openWatch(createClient(Health, server.transport("connect")));
    const session = await idleHttp2Session(server.url);
    const agent = await idleKeepAlive(server.url);
    const silent = await silentConnection(server.server.port);
    try {
      const elapsed = await timed(server.close());
      expect(elapsed).toBeLessThan(GRACE_MS + 1_000);
      // Streams run until the grace period ends, then end telling clients to retry elsewhere.
      expect(elapsed).toBeGreaterThanOrEqual(GRACE_MS - 50);
      expect(await grpcWatch.end).toBe(Code.Unavailable);
      expect(await connectWatch.end).toBe(Code.Unavailable);
      expect(session.closed || session.destroyed).toBe(true);
      expect(silent.destroyed || silent.readableEnded).toBe(true);
      // Not listening any more.
      await expect(server.client(AdminService, "connect").getServerInfo({})).rejects.toMatchObject({ code: Code.Unavailable });
    } finally {
      session.destroy();
      agent.destroy();
      silent.destroy();
    }
  });
});

describe("graceful shutdown of the transport", () => {
  /** A transport whose AdminService.Ping takes the latency it is asked for. */
  async function startSlowTransport(tls?: SelfSignedCert): Promise<Transport> {
    return startTransport({
      host: "127.0.0.1",
      port: 0,
      tls: tls && { cert: tls.certFile, key: tls.keyFile },
      maxRequestBytes: 1024,
      pipeline: new CallPipeline([]),
      fastPath: true,
      logger: pino({ level: "silent" }),
      routes: (router) =>
        router.service(AdminService, {
          async ping(req, ctx) {
            const ms = Number(req.backend);
            await sleep(ms, undefined, { signal: ctx.signal }).catch(() => ctx.signal.throwIfAborted());
            return { latency: durationFromMs(ms) };
          },
        }),
    });
  }

  const clients = (t: Transport) => ({
    connect: createClient(AdminService, createConnectTransport({ baseUrl: `http://127.0.0.1:${t.port}`, httpVersion: "1.1" })),
    grpc: createClient(AdminService, createGrpcTransport({ baseUrl: `http://127.0.0.1:${t.port}` })),
  });

  it("lets in-flight unary calls finish, then resolves without waiting for the grace period", async () => {
    const transport = await startSlowTransport();
    const { connect, grpc } = clients(transport);
    const calls = Promise.allSettled([connect.ping({ backend: "400" }), grpc.ping({ backend: "400" })]);
    await sleep(100);
    const elapsed = await timed(transport.close(5_000));
    const results = await calls;
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
    expect(elapsed).toBeLessThan(1_500);
  });

  it("cancels calls still running when the grace period ends with UNAVAILABLE", async () => {
    const transport = await startSlowTransport();
    const { connect, grpc } = clients(transport);
    const calls = Promise.allSettled([connect.ping({ backend: "20000" }), grpc.ping({ backend: "20000" })]);
    await sleep(100);
    const elapsed = await timed(transport.close(GRACE_MS));
    expect(elapsed).toBeLessThan(GRACE_MS + 1_000);
    const codes = (await calls).map((r) => (r.status === "rejected" ? ConnectError.from(r.reason).code : "ok"));
    expect(codes).toEqual([Code.Unavailable, Code.Unavailable]);
  });

  it("resolves at once when only idle connections are open", async () => {
    const transport = await startSlowTransport();
    const url = `http://127.0.0.1:${transport.port}`;
    const { grpc } = clients(transport);
    await grpc.ping({ backend: "1" });
    const session = await idleHttp2Session(url);
    const agent = await idleKeepAlive(url);
    const silent = await silentConnection(transport.port);
    try {
      expect(await timed(transport.close(10_000))).toBeLessThan(500);
    } finally {
      session.destroy();
      agent.destroy();
      silent.destroy();
    }
  });

  it("resolves at once with TLS when only idle connections and a handshake that never started are open", async () => {
    const dir = await mkdtemp(join(tmpdir(), "dbx-shutdown-"));
    try {
      const cert = await selfSignedCert(dir);
      const transport = await startSlowTransport(cert);
      const url = `https://127.0.0.1:${transport.port}`;
      const grpc = createClient(AdminService, createGrpcTransport({ baseUrl: url, nodeOptions: { ca: cert.cert } }));
      await grpc.ping({ backend: "1" });
      const connect = createClient(AdminService, createConnectTransport({ baseUrl: url, httpVersion: "1.1", nodeOptions: { ca: cert.cert } }));
      await connect.ping({ backend: "1" });
      const silent = await silentConnection(transport.port);
      try {
        expect(await timed(transport.close(10_000))).toBeLessThan(500);
      } finally {
        silent.destroy();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("tells HTTP/1.1 clients of calls in flight to close the connection", async () => {
    const transport = await startSlowTransport();
    const res = http1(`http://127.0.0.1:${transport.port}/dbx.v1.AdminService/Ping`, {
      method: "POST",
      headers: { "content-type": "application/json", connection: "keep-alive" },
      body: JSON.stringify({ backend: "300" }),
    });
    await sleep(50);
    const elapsed = await timed(transport.close(5_000));
    expect((await res).status).toBe(200);
    expect((await res).headers.connection).toBe("close");
    expect(elapsed).toBeLessThan(1_000);
  });
});
