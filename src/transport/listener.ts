import { createServer as createNetServer, type Server as NetServer, type Socket } from "node:net";
import { createServer as createTlsServer } from "node:tls";
import type { Logger } from "pino";
import { ConfigError } from "../config/config-error.js";
import { ConnectionLimits, type ConnectionLimitOptions } from "./connection-limits.js";
import { sniffHttpVersion, type HttpVersion } from "./protocol-sniffer.js";
import { noteClientCertificate } from "./tls-client-certificate.js";
import { certificateSummary, type TlsFiles } from "./tls-material.js";
import { readTlsFilesSync, TlsReload, type TlsReading } from "./tls-reload.js";

/** How often at most a refused connection is logged, so that a flood does not flood the log too. */
const REFUSAL_LOG_INTERVAL_MS = 10_000;

export interface ListenerOptions extends ConnectionLimitOptions {
  tls?: TlsFiles;
  /** How long a new connection may take to show its HTTP version (TLS handshake or first bytes). */
  handshakeTimeoutMs: number;
  closing: AbortSignal;
  logger: Logger;
}

/** A listening socket's server, and with TLS what reads its files again. */
export interface Listener {
  readonly server: NetServer;
  readonly tlsReload?: TlsReload;
}

/**
 * Accepts connections and hands each to `serve` with its HTTP version: with
 * TLS the one ALPN negotiated, cleartext the one its first bytes show.
 * Connections over the limits are closed on accept. Connections still
 * negotiating are dropped when `closing` aborts.
 */
export function createListener(options: ListenerOptions, serve: (socket: Socket, version: HttpVersion) => void): Listener {
  const limits = new ConnectionLimits(options);
  const logRefusal = refusalLog(options);
  // By remote address: a TLS server hands out the raw socket on accept and another one after the handshake.
  const negotiating = new Map<string, Socket>();
  const peerOf = (socket: Socket) => `${socket.remoteAddress}:${socket.remotePort}`;
  options.closing.addEventListener("abort", () => negotiating.forEach((s) => s.destroy()), { once: true });
  /** Answers false when the connection is refused. */
  const onAccept = (socket: Socket): boolean => {
    if (!limits.admit(socket)) {
      logRefusal(socket.remoteAddress);
      socket.destroy();
      return false;
    }
    const peer = peerOf(socket);
    negotiating.set(peer, socket);
    socket.once("close", () => negotiating.delete(peer));
    return true;
  };

  if (options.tls) {
    const tls = options.tls;
    const initial = readTlsOrThrow(tls);
    const askForCertificate = tls.clientCa !== undefined;
    const server = createTlsServer({
      ...initial.material.context,
      requestCert: askForCertificate,
      // "optional" lets a connection without a verified certificate through: authentication then decides.
      rejectUnauthorized: tls.clientCertificate === "required",
      ALPNProtocols: ["h2", "http/1.1"],
      handshakeTimeout: options.handshakeTimeoutMs,
      noDelay: true,
    });
    server.on("connection", onAccept);
    server.on("secureConnection", (socket) => {
      negotiating.delete(peerOf(socket));
      if (askForCertificate) noteClientCertificate(socket);
      // No ALPN means HTTP/1.1: RFC 9113 §3.3 requires ALPN for h2 over TLS.
      serve(socket, socket.alpnProtocol === "h2" ? "h2" : "http/1.1");
    });
    options.logger.info(certificateSummary(initial.material.certificate), "TLS certificate loaded");
    const tlsReload = new TlsReload({ files: tls, initial, apply: (context) => server.setSecureContext(context), logger: options.logger });
    if (tls.reloadIntervalMs) tlsReload.watch(tls.reloadIntervalMs);
    options.closing.addEventListener("abort", () => tlsReload.stop(), { once: true });
    return { server, tlsReload };
  }
  const server = createNetServer({ noDelay: true }, (socket) => {
    if (!onAccept(socket)) return;
    const timer = setTimeout(() => socket.destroy(), options.handshakeTimeoutMs);
    socket.once("close", () => clearTimeout(timer));
    sniffHttpVersion(socket, (version) => {
      clearTimeout(timer);
      negotiating.delete(peerOf(socket));
      serve(socket, version);
    });
  });
  return { server };
}

/** Logs a refused connection, then at most one line per interval with the count in between. */
function refusalLog(options: ListenerOptions): (address: string | undefined) => void {
  let refused = 0;
  let lastLog = -Infinity;
  return (address) => {
    refused++;
    const now = performance.now();
    if (now - lastLog < REFUSAL_LOG_INTERVAL_MS) return;
    options.logger.warn(
      { address, refused, maxConnections: options.maxConnections, maxConnectionsPerAddress: options.maxConnectionsPerAddress },
      "connections refused: over server.maxConnections or server.maxConnectionsPerAddress",
    );
    refused = 0;
    lastLog = now;
  };
}

/** A start with TLS files that cannot be served is a configuration error. */
function readTlsOrThrow(files: TlsFiles): TlsReading {
  try {
    return readTlsFilesSync(files);
  } catch (err) {
    throw new ConfigError((err as Error).message);
  }
}
