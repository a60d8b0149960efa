import type { Server as HttpServer } from "node:http";
import type { Http2Server } from "node:http2";
import { createServer as createNetServer, type Server as NetServer, type Socket } from "node:net";

/** The HTTP/2 client connection preface begins with these bytes (RFC 9113 §3.4). */
const H2_PREFACE = Buffer.from("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");

/** How long a new connection may take to send enough bytes to tell its protocol. */
const SNIFF_TIMEOUT_MS = 10_000;

/**
 * A cleartext listener that serves HTTP/2 (h2c, what gRPC clients and
 * `grpcurl -plaintext` speak) and HTTP/1.1 (Connect, gRPC-Web, curl,
 * browsers) on one port. Node's `http2.createServer({ allowHTTP1 })` only
 * negotiates by ALPN, which needs TLS; so peek at the first bytes of each
 * connection and hand the socket to the server of its protocol.
 */
export function createProtocolSniffer(h2: Http2Server, h1: HttpServer): NetServer {
  return createNetServer({ noDelay: true }, (socket) => sniff(socket, h2, h1));
}

function sniff(socket: Socket, h2: Http2Server, h1: HttpServer): void {
  let received: Buffer = Buffer.alloc(0);
  const timer = setTimeout(() => socket.destroy(), SNIFF_TIMEOUT_MS);
  const onData = (chunk: Buffer) => {
    received = received.length ? Buffer.concat([received, chunk]) : chunk;
    const n = Math.min(received.length, H2_PREFACE.length);
    const isH2 = received.subarray(0, n).equals(H2_PREFACE.subarray(0, n));
    // The preface can arrive split: wait until it is complete or ruled out.
    if (isH2 && n < H2_PREFACE.length) return;
    clearTimeout(timer);
    socket.off("data", onData);
    socket.off("error", onError);
    socket.pause();
    socket.unshift(received);
    (isH2 ? h2 : h1).emit("connection", socket);
  };
  const onError = () => {
    clearTimeout(timer);
    socket.destroy();
  };
  socket.on("data", onData);
  socket.on("error", onError);
}
