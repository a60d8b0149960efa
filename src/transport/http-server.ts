import { readFileSync } from "node:fs";
import { createServer as createHttp1Server, type IncomingMessage, type ServerResponse } from "node:http";
import {
  createServer as createH2Server,
  createSecureServer,
  type Http2ServerRequest,
  type Http2ServerResponse,
  type Http2Session,
} from "node:http2";
import type { AddressInfo, Server as NetServer } from "node:net";
import type { ConnectRouter, Interceptor } from "@connectrpc/connect";
import { connectNodeAdapter } from "@connectrpc/connect-node";
import type { Logger } from "pino";
import { createProtocolSniffer } from "./protocol-sniffer.js";

export interface TransportOptions {
  host: string;
  port: number;
  tls?: { cert: string; key: string };
  maxRequestBytes: number;
  routes: (router: ConnectRouter) => void;
  interceptors: Interceptor[];
  logger: Logger;
}

/** A listening transport. */
export interface Transport {
  readonly port: number;
  readonly host: string;
  readonly tls: boolean;
  /**
   * Stops accepting connections, lets in-flight calls end within `graceMs`,
   * then closes every session still open.
   */
  close(graceMs: number): Promise<void>;
}

type NodeHandler = (
  req: IncomingMessage | Http2ServerRequest,
  res: ServerResponse | Http2ServerResponse,
) => void;

/**
 * Serves the routes on one port: gRPC, gRPC-Web and Connect over HTTP/2
 * and HTTP/1.1, cleartext (protocol sniffing) or TLS (ALPN).
 */
export async function startTransport(options: TransportOptions): Promise<Transport> {
  const shutdown = new AbortController();
  const handler = connectNodeAdapter({
    routes: options.routes,
    interceptors: options.interceptors,
    readMaxBytes: options.maxRequestBytes,
    shutdownSignal: shutdown.signal,
  }) as NodeHandler;

  const sessions = new Set<Http2Session>();
  const track = (session: Http2Session) => {
    sessions.add(session);
    session.once("close", () => sessions.delete(session));
  };

  let listener: NetServer;
  const servers: { close(): void }[] = [];
  if (options.tls) {
    const secure = createSecureServer(
      { cert: readFileSync(options.tls.cert), key: readFileSync(options.tls.key), allowHTTP1: true },
      handler,
    );
    secure.on("session", track);
    listener = secure;
  } else {
    const h2 = createH2Server({}, handler);
    h2.on("session", track);
    const h1 = createHttp1Server(handler);
    servers.push(h1);
    listener = createProtocolSniffer(h2, h1);
  }

  await new Promise<void>((resolve, reject) => {
    listener.once("error", reject);
    listener.listen(options.port, options.host, () => {
      listener.off("error", reject);
      resolve();
    });
  });
  const address = listener.address() as AddressInfo;

  return {
    port: address.port,
    host: options.host,
    tls: Boolean(options.tls),
    async close(graceMs) {
      const closed = new Promise<void>((resolve) => listener.close(() => resolve()));
      for (const s of sessions) s.close();
      const timer = setTimeout(() => {
        // Past the grace period: end streams and cancel what still runs.
        shutdown.abort();
        for (const s of sessions) s.destroy();
        for (const s of servers) (s as ReturnType<typeof createHttp1Server>).closeAllConnections();
      }, graceMs);
      timer.unref();
      for (const s of servers) (s as ReturnType<typeof createHttp1Server>).closeIdleConnections();
      await closed;
      clearTimeout(timer);
    },
  };
}
