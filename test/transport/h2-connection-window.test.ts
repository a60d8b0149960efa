import { connect as http2Connect, type ClientHttp2Session } from "node:http2";
import { connect as netConnect, createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/dbx-server.js";

/** One-way delay of what the server sends (its WINDOW_UPDATEs among it): a round trip of at least this. */
const LATENCY_MS = 200;
const UPLOADS = 8;
/** Each upload: a gRPC envelope of ~1 MB (zeros, which do not decode: the answer comes once all of it is read). */
const BODY_BYTES = 1_000_000;
/**
 * With a connection window of 64 KiB, the eight uploads share 64 KiB per round
 * trip: ≥ 8 MB / 64 KiB × 200 ms ≈ 25.6 s (12.5 s measured at 100 ms). With
 * a window per stream only, each takes ≥ 1 MB / 64 KiB × 200 ms ≈ 3.2 s,
 * side by side: the margin is for a busy machine's slower round trips.
 */
const ALL_ANSWERED_WITHIN_MS = 12_000;

/** A TCP proxy that holds what the server sends for LATENCY_MS (timers of one delay fire in order). */
async function startLatencyProxy(targetPort: number): Promise<{ port: number; server: Server; sockets: Set<Socket> }> {
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = netConnect(targetPort, "127.0.0.1");
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("error", () => {});
      socket.on("close", () => sockets.delete(socket));
    }
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => setTimeout(() => client.destroy(), LATENCY_MS));
    client.on("data", (chunk: Buffer) => upstream.write(chunk));
    upstream.on("data", (chunk: Buffer) => setTimeout(() => client.destroyed || client.write(chunk), LATENCY_MS));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return { port: typeof address === "object" && address ? address.port : 0, server, sockets };
}

/**
 * Uploads on one HTTP/2 connection must not wait for each other. Node's
 * server grants a connection window of 64 KiB, so all streams of a session
 * shared one round trip's 64 KiB: on a busy event loop (a long round trip),
 * a 1 MB request next to a few others took longer than its client waited
 * (the fuzz hangs: "no answer headers, 1000034 request body bytes not
 * sent"). The server's connection window covers every stream's window.
 */
describe("HTTP/2 uploads side by side on one connection", () => {
  let server: TestServer;
  let proxy: Awaited<ReturnType<typeof startLatencyProxy>>;
  let session: ClientHttp2Session;

  beforeAll(async () => {
    server = await startTestServer({ backends: { default: { url: "sqlite::memory:" } } });
    proxy = await startLatencyProxy(server.server.port);
    session = http2Connect(`http://127.0.0.1:${proxy.port}`);
  });
  afterAll(async () => {
    session?.destroy();
    for (const socket of proxy?.sockets ?? []) socket.destroy();
    proxy?.server.close();
    await server?.close();
  });

  function upload(): Promise<{ grpcStatus: string | undefined; elapsedMs: number }> {
    const started = performance.now();
    const body = Buffer.alloc(5 + BODY_BYTES);
    body.writeUInt32BE(BODY_BYTES, 1);
    return new Promise((resolve, reject) => {
      const stream = session.request({ ":method": "POST", ":path": "/dbx.v1.DataService/Get", "content-type": "application/grpc+proto", te: "trailers" });
      let grpcStatus: string | undefined;
      stream.on("response", (h) => (grpcStatus ??= h["grpc-status"] as string | undefined));
      stream.on("trailers", (t) => (grpcStatus ??= t["grpc-status"] as string | undefined));
      stream.on("data", () => {});
      stream.on("error", reject);
      stream.on("close", () => resolve({ grpcStatus, elapsedMs: performance.now() - started }));
      stream.end(body);
    });
  }

  it(`${UPLOADS} uploads of 1 MB over a ${LATENCY_MS} ms round trip are all answered within ${ALL_ANSWERED_WITHIN_MS} ms`, { timeout: 60_000 }, async () => {
    const answers = await Promise.all(Array.from({ length: UPLOADS }, () => upload()));
    for (const answer of answers) {
      // INVALID_ARGUMENT: the zeros do not decode, which the server finds once it has read them all.
      expect(answer.grpcStatus).toBe("3");
      expect(answer.elapsedMs).toBeLessThan(ALL_ANSWERED_WITHIN_MS);
    }
  });
});
