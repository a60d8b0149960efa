import { setMaxListeners } from "node:events";
import type { AddressInfo } from "node:net";
import { createContextValues, type ConnectRouter } from "@connectrpc/connect";
import { connectNodeAdapter } from "@connectrpc/connect-node";
import { REQUEST_JSON_OPTIONS } from "../errors/unknown-json-field.js";
import type { Logger } from "pino";
import type { CallPipeline } from "../pipeline/call-pipeline.js";
import { DEFAULT_MAX_RESPONSE_BYTES, ServerConfigSchema, type ServerConfig } from "../config/schema.js";
import { ResponseSizeGuard } from "../limits/response-size-guard.js";
import { clientCertificateKey, remoteAddressKey } from "../pipeline/call.js";
import { pipelineInterceptor } from "../pipeline/connect-interceptor.js";
import { coverEarlyFailures } from "../pipeline/early-failures.js";
import { abortedStreamsEnd } from "./aborted-streams.js";
import { withCors } from "./cors.js";
import { FastUnaryPath } from "./fast-path/fast-unary-path.js";
import { boundBodyArrival } from "./body-arrival-bound.js";
import { dropUnboundedDeadline } from "./unbounded-deadline.js";
import { UnaryMethodTable } from "./fast-path/unary-method-table.js";
import { allowedHostCheck } from "./host-check.js";
import { hostRefusal } from "./host-refusal.js";
import { HttpServers } from "./http-servers.js";
import { createListener } from "./listener.js";
import { isLoopbackHost } from "./loopback.js";
import type { NodeHandler } from "./node-handler.js";
import { serverShuttingDown } from "./shutdown-error.js";
import { clientCertificateOf } from "./tls-client-certificate.js";
import type { TlsFiles } from "./tls-material.js";

export interface TransportOptions {
  host: string;
  port: number;
  tls?: TlsFiles;
  /** Browser origins allowed to call ("*" for any); empty turns CORS off. */
  corsOrigins?: readonly string[];
  /** Largest request message accepted; larger ones answer RESOURCE_EXHAUSTED. */
  maxRequestBytes: number;
  /** Largest answer (each message of a stream) sent; larger ones answer RESOURCE_EXHAUSTED before encoding. */
  maxResponseBytes?: number;
  routes: (router: ConnectRouter) => void;
  /** DBX's call middleware, run by both paths. */
  pipeline: CallPipeline;
  /** Serve plain unary calls on the fast path (everything else takes connect-node's). */
  fastPath: boolean;
  logger: Logger;
  /** Connection and stream limits and timeouts; the configuration's defaults where not given. */
  limits?: Partial<TransportLimits>;
  /**
   * Hosts requests may name besides loopback ones. The Host / :authority of
   * every request is checked when listening on loopback or when this is set.
   */
  allowedHosts?: readonly string[];
}

/** The `server.*` settings that bound connections, streams and how long clients may take. */
export type TransportLimits = Pick<
  ServerConfig,
  "maxConcurrentStreams" | "maxConnections" | "maxConnectionsPerAddress" | "handshakeTimeoutMs" | "requestTimeoutMs"
>;

/** A listening transport. */
export interface Transport {
  readonly port: number;
  readonly host: string;
  readonly tls: boolean;
  /**
   * Reads the TLS files again: connections accepted from now on get what
   * they hold, if it can be served (else it is logged, and nothing changes).
   * Answers whether it was; undefined without TLS.
   */
  readonly reloadTls?: () => Promise<boolean>;
  /**
   * Stops accepting connections and lets in-flight calls end within
   * `graceMs`; then cancels the calls still running, server streams
   * included (UNAVAILABLE), and closes the connections left.
   */
  close(graceMs: number): Promise<void>;
}

/** How long cancelled calls have to send their status before their connections are cut. */
const CANCEL_SETTLE_MS = 250;

/**
 * Serves the routes on one port: gRPC, gRPC-Web and Connect over HTTP/2
 * and HTTP/1.1, cleartext (protocol sniffing) or TLS (ALPN).
 */
export async function startTransport(options: TransportOptions): Promise<Transport> {
  const shutdown = new AbortController();
  // Every call in flight listens to it.
  setMaxListeners(0, shutdown.signal);
  const closing = new AbortController();

  const limits: TransportLimits = { ...ServerConfigSchema.parse({}), ...options.limits };
  const unaryMethods = new UnaryMethodTable({ readMaxBytes: options.maxRequestBytes });
  // Request paths of client-streaming and bidi methods: their request is not one message to wait for.
  const streamingRequests = new Set<string>();
  const responseGuard = new ResponseSizeGuard(options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES);
  const connectNode = connectNodeAdapter({
    routes: (router) => {
      options.routes(unaryMethods.recording(router));
      for (const { method, requestPath } of router.handlers) {
        if (method.methodKind === "client_streaming" || method.methodKind === "bidi_streaming") streamingRequests.add(requestPath);
      }
      coverEarlyFailures(router, options.pipeline, options.maxRequestBytes);
    },
    interceptors: [pipelineInterceptor(options.pipeline, responseGuard, options.maxRequestBytes), abortedStreamsEnd],
    readMaxBytes: options.maxRequestBytes,
    jsonOptions: REQUEST_JSON_OPTIONS,
    // The socket's peer and client certificate, for authentication, network lists and rate limits: connect-node's request does not carry them.
    contextValues: (req) => {
      const values = createContextValues();
      values.set(remoteAddressKey, req.socket.remoteAddress ?? "");
      values.set(clientCertificateKey, clientCertificateOf(req.socket));
      return values;
    },
    shutdownSignal: shutdown.signal,
  }) as NodeHandler;
  const connectHandler: NodeHandler = (req, res) => {
    dropUnboundedDeadline(req.headers);
    boundBodyArrival(req, streamingRequests.has(req.url ?? "") ? undefined : limits.requestTimeoutMs);
    connectNode(req, res);
  };
  const fastPath = options.fastPath
    ? new FastUnaryPath(unaryMethods, options.pipeline, options.maxRequestBytes, responseGuard, limits.requestTimeoutMs)
    : undefined;
  const handler: NodeHandler = fastPath
    ? (req, res) => {
        if (!fastPath.handle(req, res)) connectHandler(req, res);
      }
    : connectHandler;
  const allowedHosts = options.allowedHosts ?? [];
  const servers = new HttpServers(withCors(options.corsOrigins ?? [], handler), {
    ...limits,
    hostCheck: isLoopbackHost(options.host) || allowedHosts.length > 0
      ? { allows: allowedHostCheck(allowedHosts), refusal: hostRefusal }
      : undefined,
    takeStream: fastPath && ((stream, headers) => fastPath.handleStream(stream, headers)),
  });
  const { server: listener, tlsReload } = createListener(
    { ...limits, tls: options.tls, closing: closing.signal, logger: options.logger },
    (socket, version) => servers.serve(socket, version),
  );

  await new Promise<void>((resolve, reject) => {
    listener.once("error", reject);
    listener.listen(options.port, options.host, () => {
      listener.off("error", reject);
      resolve();
    });
  });
  listener.on("error", (err) => options.logger.error({ err }, "listener error"));
  const address = listener.address() as AddressInfo;

  let closed: Promise<void> | undefined;
  return {
    port: address.port,
    host: options.host,
    tls: Boolean(options.tls),
    reloadTls: tlsReload && (() => tlsReload.reload()),
    close(graceMs) {
      closed ??= new Promise<void>((resolve) => {
        closing.abort();
        servers.drain();
        let destroyTimer: NodeJS.Timeout | undefined;
        const cancelTimer = setTimeout(() => {
          const reason = serverShuttingDown();
          shutdown.abort(reason);
          fastPath?.cancelAll(reason);
          destroyTimer = setTimeout(() => servers.destroy(), CANCEL_SETTLE_MS);
        }, graceMs);
        // Calls back once every connection the listener accepted has closed.
        listener.close(() => {
          clearTimeout(cancelTimer);
          clearTimeout(destroyTimer);
          resolve();
        });
      });
      return closed;
    },
  };
}
