import { readFileSync } from "node:fs";
import { createServer as createNetServer, type Server as NetServer, type Socket } from "node:net";
import { createServer as createTlsServer } from "node:tls";
import { ConfigError } from "../config/load.js";
import { sniffHttpVersion, type HttpVersion } from "./protocol-sniffer.js";

/** PEM files, as configured in `server.tls`. */
export interface TlsFiles {
  cert: string;
  key: string;
}

/**
 * How long a new connection may take to show its HTTP version (TLS handshake
 * or first bytes). Clients open connections ahead of requests and keep them
 * in their pools: as long as Node's headersTimeout.
 */
const NEGOTIATION_TIMEOUT_MS = 60_000;

/**
 * Accepts connections and hands each to `serve` with its HTTP version: with
 * TLS the one ALPN negotiated, cleartext the one its first bytes show.
 * Connections still negotiating are dropped when `closing` aborts.
 */
export function createListener(
  options: { tls?: TlsFiles; closing: AbortSignal },
  serve: (socket: Socket, version: HttpVersion) => void,
): NetServer {
  // By remote address: a TLS server hands out the raw socket on accept and another one after the handshake.
  const negotiating = new Map<string, Socket>();
  const peerOf = (socket: Socket) => `${socket.remoteAddress}:${socket.remotePort}`;
  options.closing.addEventListener("abort", () => negotiating.forEach((s) => s.destroy()), { once: true });
  const onAccept = (socket: Socket) => {
    const peer = peerOf(socket);
    negotiating.set(peer, socket);
    socket.once("close", () => negotiating.delete(peer));
  };

  if (options.tls) {
    const server = createTlsServer({
      cert: readPem(options.tls.cert, "server.tls.cert"),
      key: readPem(options.tls.key, "server.tls.key"),
      ALPNProtocols: ["h2", "http/1.1"],
      handshakeTimeout: NEGOTIATION_TIMEOUT_MS,
      noDelay: true,
    });
    server.on("connection", onAccept);
    server.on("secureConnection", (socket) => {
      negotiating.delete(peerOf(socket));
      // No ALPN means HTTP/1.1: RFC 9113 §3.3 requires ALPN for h2 over TLS.
      serve(socket, socket.alpnProtocol === "h2" ? "h2" : "http/1.1");
    });
    return server;
  }
  return createNetServer({ noDelay: true }, (socket) => {
    onAccept(socket);
    const timer = setTimeout(() => socket.destroy(), NEGOTIATION_TIMEOUT_MS);
    socket.once("close", () => clearTimeout(timer));
    sniffHttpVersion(socket, (version) => {
      clearTimeout(timer);
      negotiating.delete(peerOf(socket));
      serve(socket, version);
    });
  });
}

function readPem(path: string, field: string): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    throw new ConfigError(`${field}: cannot read "${path}": ${(err as Error).message}`);
  }
}
