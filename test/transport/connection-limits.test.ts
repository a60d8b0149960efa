import { mkdtemp, rm } from "node:fs/promises";
import { connect as http2Connect } from "node:http2";
import { connect as netConnect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connect as tlsConnect } from "node:tls";
import { afterEach, describe, expect, it } from "vitest";
import { Health } from "../../gen/ts/grpc/health/v1/health_pb.js";
import { startTestServer, type TestServer } from "../support/dbx-server.js";
import { waitFor } from "../support/wait-for.js";
import { FrameType, H2_PREFACE, RawH2Client } from "./raw-h2.js";
import { selfSignedCert } from "./self-signed-cert.js";

const SETTINGS_MAX_CONCURRENT_STREAMS = 0x3;

let server: TestServer | undefined;
const sockets: { destroy(): void }[] = [];
afterEach(async () => {
  sockets.splice(0).forEach((s) => s.destroy());
  await server?.close();
  server = undefined;
});

async function start(overrides: Record<string, unknown> = {}): Promise<TestServer> {
  server = await startTestServer({ server: overrides, backends: { default: { url: "sqlite::memory:" } } });
  return server;
}

/** A silent TCP connection (from `localAddress` when given); resolves once connected. */
function silentSocket(port: number, localAddress?: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = netConnect({ port, host: "127.0.0.1", localAddress }, () => resolve(socket));
    // Flowing, so that the server's end of the connection is seen.
    socket.resume();
    socket.on("error", () => {});
    socket.once("error", reject);
    sockets.push(socket);
  });
}

function closed(socket: { once(event: "close", listener: () => void): unknown }): Promise<void> {
  return new Promise((resolve) => socket.once("close", () => resolve()));
}

const isOpen = (socket: Socket) => !socket.destroyed && !socket.readableEnded;

describe("HTTP/2 concurrent streams", () => {
  it("advertises server.maxConcurrentStreams (default 100) in SETTINGS", async () => {
    const { url } = await start();
    const session = http2Connect(url);
    sockets.push(session);
    session.on("error", () => {});
    await new Promise((resolve) => session.once("remoteSettings", resolve));
    expect(session.remoteSettings.maxConcurrentStreams).toBe(100);
  });

  it("closes the connection of a client that ignores the limit: of 300 streams opened, the first 100 are taken", async () => {
    const { server: dbx } = await start();
    const client = await RawH2Client.connect(dbx.port);
    sockets.push(client);
    client.start();
    await waitFor(() => client.serverSettings().has(SETTINGS_MAX_CONCURRENT_STREAMS), { what: "the server's SETTINGS" });
    expect(client.serverSettings().get(SETTINGS_MAX_CONCURRENT_STREAMS)).toBe(100);
    const ids = Array.from({ length: 300 }, (_, i) => 2 * i + 1);
    // Watch calls whose request never comes: each keeps its stream open.
    for (const id of ids) {
      client.openStream(id, {
        ":method": "POST",
        ":scheme": "http",
        ":path": "/grpc.health.v1.Health/Watch",
        ":authority": `127.0.0.1:${dbx.port}`,
        "content-type": "application/grpc",
        te: "trailers",
      });
    }
    // Node and nghttp2 treat a stream past the acknowledged limit as a
    // connection error (RFC 9113 §5.1.2 allows a stream error or this):
    // GOAWAY with an error code, naming the last stream taken.
    await waitFor(() => client.frames.some((f) => f.type === FrameType.GOAWAY), { what: "GOAWAY" });
    const goaway = client.frames.find((f) => f.type === FrameType.GOAWAY)!;
    expect(goaway.payload.readUInt32BE(0) & 0x7fffffff).toBe(ids[99]);
    expect(goaway.payload.readUInt32BE(4)).not.toBe(0);
    const answered = client.frames.filter((f) => f.type === FrameType.HEADERS).map((f) => f.streamId);
    expect(answered.filter((id) => id > ids[99])).toEqual([]);
  });
});

describe("connection limits", () => {
  it("closes a connection past server.maxConnectionsPerAddress on accept, and counts a closed one out", async () => {
    const { server: dbx } = await start({ maxConnectionsPerAddress: 3 });
    const kept = [await silentSocket(dbx.port), await silentSocket(dbx.port), await silentSocket(dbx.port)];
    const extra = await silentSocket(dbx.port);
    await closed(extra);
    expect(kept.every(isOpen)).toBe(true);
    // Another address is not affected.
    const other = await silentSocket(dbx.port, "127.0.0.2");
    kept[0].destroy();
    await waitFor(async () => {
      const next = await silentSocket(dbx.port);
      // Accepted connections stay open (silent ones until server.handshakeTimeoutMs).
      const refused = await Promise.race([closed(next).then(() => true), new Promise<false>((r) => setTimeout(() => r(false), 200))]);
      return !refused;
    }, { what: "a connection accepted again once one closed" });
    expect(isOpen(other)).toBe(true);
  });

  it("closes a connection past server.maxConnections whatever its address", async () => {
    const { server: dbx } = await start({ maxConnections: 4, maxConnectionsPerAddress: 2 });
    const kept = [
      await silentSocket(dbx.port, "127.0.0.1"),
      await silentSocket(dbx.port, "127.0.0.1"),
      await silentSocket(dbx.port, "127.0.0.2"),
      await silentSocket(dbx.port, "127.0.0.2"),
    ];
    const extra = await silentSocket(dbx.port, "127.0.0.3");
    await closed(extra);
    expect(kept.every(isOpen)).toBe(true);
  });

  it("counts TLS connections from accept, before their handshake", async () => {
    const dir = await mkdtemp(join(tmpdir(), "dbx-limits-"));
    try {
      const cert = await selfSignedCert(dir);
      const { server: dbx } = await start({ maxConnectionsPerAddress: 2, tls: { cert: cert.certFile, key: cert.keyFile } });
      const handshake = () =>
        new Promise<void>((resolve, reject) => {
          const socket = tlsConnect({ port: dbx.port, host: "127.0.0.1", ca: cert.cert, ALPNProtocols: ["h2"] }, resolve);
          socket.once("error", reject);
          sockets.push(socket);
        });
      await handshake();
      await silentSocket(dbx.port);
      const extra = await silentSocket(dbx.port);
      await closed(extra);
      await expect(handshake()).rejects.toThrow();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("clients that never finish their request", () => {
  it("closes an HTTP/2 connection that sent its preface but no SETTINGS after server.handshakeTimeoutMs", async () => {
    const { server: dbx } = await start({ handshakeTimeoutMs: 300 });
    const socket = await silentSocket(dbx.port);
    socket.write(H2_PREFACE);
    // Generous: the point is that it closes at all (it stayed open for good before).
    await waitFor(() => socket.destroyed || socket.readableEnded, { what: "the connection closed", timeoutMs: 10_000 });
  });

  it("leaves an HTTP/1.1 server stream alone past server.requestTimeoutMs: its request has arrived", async () => {
    const s = await start({ requestTimeoutMs: 300 });
    for (const protocol of ["connect", "grpc-web"] as const) {
      const abort = new AbortController();
      const watch = s.client(Health, protocol).watch({ service: "" }, { signal: abort.signal })[Symbol.asyncIterator]();
      await watch.next();
      // Absence of an end can only be watched for a while: several timeouts and checking intervals.
      const outcome = await Promise.race([
        watch.next().then(() => "ended", (err: unknown) => String(err)),
        new Promise<string>((resolve) => setTimeout(() => resolve("open"), 1_500)),
      ]);
      abort.abort();
      expect(outcome, protocol).toBe("open");
    }
  });

  it("answers an HTTP/1.1 request whose body stops coming within server.requestTimeoutMs, and closes the connection", async () => {
    const { server: dbx } = await start({ requestTimeoutMs: 500 });
    const socket = await silentSocket(dbx.port);
    let answer = "";
    socket.on("data", (chunk: Buffer) => (answer += chunk.toString()));
    socket.write(
      `POST /grpc.health.v1.Health/Check HTTP/1.1\r\nHost: 127.0.0.1:${dbx.port}\r\n` +
        "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"service\"",
    );
    await waitFor(() => socket.destroyed || socket.readableEnded, { what: "the connection closed", timeoutMs: 10_000 });
    // The call's own answer (its request message did not arrive), which Connect clients read; Node's 408 for headers.
    expect(answer).toMatch(/^HTTP\/1\.1 504 /);
    expect(answer).toMatch(/connection: close/);
    expect(answer).toMatch(/"code":"deadline_exceeded","message":"the request message did not arrive whole within server\.requestTimeoutMs \(500 ms\)"/);
  });
});
