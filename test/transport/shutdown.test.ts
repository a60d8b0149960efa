import { mkdtemp, rm } from "node:fs/promises";
import { Agent, request as http1Request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect as http2Connect } from "node:http2";
import { connect as netConnect, type Socket } from "node:net";
import { durationFromMs } from "@bufbuild/protobuf/wkt";
import { Code, ConnectError, createClient, type Client } from "@connectrpc/connect";
import { createConnectTransport, createGrpcTransport } from "@connectrpc/connect-node";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { AdminService } from "../../gen/ts/dbx/v1/admin_pb.js";
import { Health } from "../../gen/ts/grpc/health/v1/health_pb.js";
import { startTransport, type Transport } from "../../src/transport/http-server.js";
import { startTestServer } from "../support/dbx-server.js";
import { waitFor } from "../support/wait-for.js";
import { http1 } from "./raw-http.js";
import { selfSignedCert, type SelfSignedCert } from "./self-signed-cert.js";
import { CallPipeline } from "../../src/pipeline/call-pipeline.js";

const GRACE_MS = 1_000;
/**
 * How much later than expected a close may resolve on a loaded machine. Below Node's 5 s keep-alive
 * timeout, so a close that left idle connections to time out by themselves still fails.
 */
const SLACK_MS = 3_000;
/** A grace period no test waits for: a close that waits for it fails the test's bound. */
const LONG_GRACE_MS = 30_000;

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
  it("resolves within the grace period (plus slack) with open server streams and idle connections, and ends the streams", async () => {
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
      expect(elapsed).toBeLessThan(GRACE_MS + SLACK_MS);
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
  /** A transport whose AdminService.Ping for backend "held" waits until `release()` or its call is cancelled. */
  interface HeldTransport {
    readonly transport: Transport;
    /** Pings that have reached the handler and are held there. */
    held(): number;
    release(): void;
  }

  async function startHeldTransport(tls?: SelfSignedCert): Promise<HeldTransport> {
    let held = 0;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const transport = await startTransport({
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
            if (req.backend === "held") {
              held++;
              const cancelled = new Promise<never>((_, reject) => ctx.signal.addEventListener("abort", () => reject(ctx.signal.reason), { once: true }));
              await Promise.race([released, cancelled]);
            }
            return { latency: durationFromMs(0) };
          },
        }),
    });
    return { transport, held: () => held, release };
  }

  /** Whether the port still takes a TCP connection. */
  function accepts(port: number): Promise<boolean> {
    return new Promise((resolve) => {
      const socket = netConnect(port, "127.0.0.1", () => {
        socket.destroy();
        resolve(true);
      });
      socket.on("error", () => resolve(false));
    });
  }

  const clients = (t: Transport) => ({
    connect: createClient(AdminService, createConnectTransport({ baseUrl: `http://127.0.0.1:${t.port}`, httpVersion: "1.1" })),
    grpc: createClient(AdminService, createGrpcTransport({ baseUrl: `http://127.0.0.1:${t.port}` })),
  });

  it("lets in-flight unary calls finish, then resolves without waiting for the grace period", async () => {
    const { transport, held, release } = await startHeldTransport();
    const { connect, grpc } = clients(transport);
    const calls = Promise.allSettled([connect.ping({ backend: "held" }), grpc.ping({ backend: "held" })]);
    await waitFor(() => held() === 2, { what: "both calls to reach the handler" });
    let closed = false;
    const closing = timed(transport.close(LONG_GRACE_MS).then(() => (closed = true)));
    // New connections are refused at once; the close waits for the calls in flight. A close
    // that did not wait would have resolved by the end of this turn of the event loop.
    await waitFor(async () => !(await accepts(transport.port)), { what: "the listener to close" });
    await new Promise((resolve) => setImmediate(resolve));
    expect(closed).toBe(false);
    release();
    const results = await calls;
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
    expect(await closing).toBeLessThan(SLACK_MS);
  });

  it("cancels calls still running when the grace period ends with UNAVAILABLE", async () => {
    const { transport, held } = await startHeldTransport();
    const { connect, grpc } = clients(transport);
    const calls = Promise.allSettled([connect.ping({ backend: "held" }), grpc.ping({ backend: "held" })]);
    await waitFor(() => held() === 2, { what: "both calls to reach the handler" });
    const elapsed = await timed(transport.close(GRACE_MS));
    expect(elapsed).toBeGreaterThanOrEqual(GRACE_MS - 50);
    expect(elapsed).toBeLessThan(GRACE_MS + SLACK_MS);
    const codes = (await calls).map((r) => (r.status === "rejected" ? ConnectError.from(r.reason).code : "ok"));
    expect(codes).toEqual([Code.Unavailable, Code.Unavailable]);
  });

  it("resolves at once when only idle connections are open", async () => {
    const { transport } = await startHeldTransport();
    const url = `http://127.0.0.1:${transport.port}`;
    const { grpc } = clients(transport);
    await grpc.ping({ backend: "1" });
    const session = await idleHttp2Session(url);
    const agent = await idleKeepAlive(url);
    const silent = await silentConnection(transport.port);
    try {
      expect(await timed(transport.close(LONG_GRACE_MS))).toBeLessThan(SLACK_MS);
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
      const { transport } = await startHeldTransport(cert);
      const url = `https://127.0.0.1:${transport.port}`;
      const grpc = createClient(AdminService, createGrpcTransport({ baseUrl: url, nodeOptions: { ca: cert.cert } }));
      await grpc.ping({ backend: "1" });
      const connect = createClient(AdminService, createConnectTransport({ baseUrl: url, httpVersion: "1.1", nodeOptions: { ca: cert.cert } }));
      await connect.ping({ backend: "1" });
      const silent = await silentConnection(transport.port);
      try {
        expect(await timed(transport.close(LONG_GRACE_MS))).toBeLessThan(SLACK_MS);
      } finally {
        silent.destroy();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("tells HTTP/1.1 clients of calls in flight to close the connection", async () => {
    const { transport, held, release } = await startHeldTransport();
    const res = http1(`http://127.0.0.1:${transport.port}/dbx.v1.AdminService/Ping`, {
      method: "POST",
      headers: { "content-type": "application/json", connection: "keep-alive" },
      body: JSON.stringify({ backend: "held" }),
    });
    await waitFor(() => held() === 1, { what: "the call to reach the handler" });
    const closing = timed(transport.close(LONG_GRACE_MS));
    release();
    expect((await res).status).toBe(200);
    expect((await res).headers.connection).toBe("close");
    expect(await closing).toBeLessThan(SLACK_MS);
  });
});
