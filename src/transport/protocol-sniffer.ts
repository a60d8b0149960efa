import type { Socket } from "node:net";

/** The HTTP versions one port serves. */
export type HttpVersion = "h2" | "http/1.1";

/** The HTTP/2 client connection preface begins with these bytes (RFC 9113 §3.4). */
const H2_PREFACE = Buffer.from("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");

/**
 * Tells the HTTP version of a cleartext connection from its first bytes:
 * HTTP/2 with prior knowledge (h2c, what gRPC clients and `grpcurl
 * -plaintext` speak) starts with the HTTP/2 preface, anything else is
 * HTTP/1.1. Node's `http2.createServer({ allowHTTP1 })` only negotiates by
 * ALPN, which needs TLS. The bytes read are put back and the socket is
 * paused when `onVersion` is called. Errors destroy the socket; the caller
 * bounds how long it may take.
 */
export function sniffHttpVersion(socket: Socket, onVersion: (version: HttpVersion) => void): void {
  let received: Buffer = Buffer.alloc(0);
  const onData = (chunk: Buffer) => {
    received = received.length ? Buffer.concat([received, chunk]) : chunk;
    const n = Math.min(received.length, H2_PREFACE.length);
    const isH2 = received.subarray(0, n).equals(H2_PREFACE.subarray(0, n));
    // The preface can arrive split: wait until it is complete or ruled out.
    if (isH2 && n < H2_PREFACE.length) return;
    socket.off("data", onData);
    socket.off("error", onError);
    socket.pause();
    socket.unshift(received);
    onVersion(isH2 ? "h2" : "http/1.1");
  };
  const onError = () => socket.destroy();
  socket.on("data", onData);
  socket.on("error", onError);
}
