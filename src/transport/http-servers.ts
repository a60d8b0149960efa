import { createServer as createHttp1Server, type IncomingMessage, type Server as Http1Server, type ServerResponse } from "node:http";
import {
  constants as http2Constants,
  createServer as createHttp2Server,
  Http2ServerRequest,
  Http2ServerResponse,
  type Http2Server,
  type IncomingHttpHeaders as Http2Headers,
  type ServerHttp2Session,
  type ServerHttp2Stream,
} from "node:http2";
import type { Socket } from "node:net";
import type { ConnectError } from "@connectrpc/connect";
import { endUnreadRequest } from "./h2-request-end.js";
import type { HostCheck } from "./host-check.js";
import { Http1Request } from "./http1-request.js";
import { lingerWhenClosing } from "./lingering-close.js";
import type { NodeHandler } from "./node-handler.js";
import type { HttpVersion } from "./protocol-sniffer.js";
import { wireRefusal } from "./wire-refusal.js";

/** The stream window Node's server grants (RFC 9113's initial window: SETTINGS leave it as it is). */
const STREAM_WINDOW_BYTES = 65_535;
/** The largest flow-control window HTTP/2 has (RFC 9113 §6.9.1). */
const MAX_WINDOW_BYTES = 2 ** 31 - 1;

export interface HttpServersOptions {
  /** Most streams open at once on one HTTP/2 connection (SETTINGS_MAX_CONCURRENT_STREAMS). */
  maxConcurrentStreams: number;
  /** How long an HTTP/2 client may take to send its SETTINGS after its connection is served. */
  handshakeTimeoutMs: number;
  /** How long an HTTP/1.1 request may take to arrive whole (the call paths bound HTTP/2 request messages themselves). */
  requestTimeoutMs: number;
  /** Requests naming a host it refuses get `refusal(host)` as their answer, before any handler sees them. */
  hostCheck?: { allows: HostCheck; refusal: (authority: string | undefined) => ConnectError };
  /** Serves an HTTP/2 stream itself, before Node's compatibility objects are made for the handler (answering true). */
  takeStream?: (stream: ServerHttp2Stream, headers: Http2Headers) => boolean;
}

/**
 * An HTTP/2 and an HTTP/1.1 server answering with one handler on
 * connections accepted elsewhere (plain or TLS sockets), which keep track
 * of their connections to close them: Node 20's `http2Server.close()` leaves
 * open sessions alone (nodejs/node#57611), and neither server listens itself.
 */
export class HttpServers {
  readonly #h1: Http1Server;
  readonly #h2: Http2Server;
  readonly #sockets = new Set<Socket>();
  readonly #sessions = new Set<ServerHttp2Session>();
  #draining = false;

  readonly #hostCheck: HttpServersOptions["hostCheck"];

  constructor(handler: NodeHandler, options: HttpServersOptions) {
    const { takeStream } = options;
    this.#hostCheck = options.hostCheck;
    // No "request" listener: that would make Node build compatibility objects for every stream.
    this.#h2 = createHttp2Server({ settings: { maxConcurrentStreams: options.maxConcurrentStreams } });
    this.#h2.on("stream", (stream: ServerHttp2Stream, headers: Http2Headers, _flags: number, rawHeaders: string[]) => {
      const authority = headers[":authority"] ?? headers.host;
      if (this.#hostCheck && !this.#hostCheck.allows(authority)) {
        refuseStream(stream, headers, this.#hostCheck.refusal(authority));
        return;
      }
      if (takeStream?.(stream, headers)) return;
      serveHttp2(stream, headers, rawHeaders, handler);
    });
    this.#h2.on("session", (session: ServerHttp2Session) => {
      this.#sessions.add(session);
      // The connection window Node grants (64 KiB) is shared by every stream
      // of the session: uploads side by side took turns at 64 KiB per round
      // trip, and on a busy event loop a 1 MB request waited longer than its
      // client did. Node gives connection window back as DATA arrives, read
      // or not (only stream windows wait for reads, and bound memory), so a
      // connection window covering every stream's costs nothing.
      session.setLocalWindowSize(Math.min(MAX_WINDOW_BYTES, options.maxConcurrentStreams * STREAM_WINDOW_BYTES));
      session.once("close", () => this.#sessions.delete(session));
      // Node waits forever for a client's SETTINGS (the rest of its preface).
      const timer = setTimeout(() => session.destroy(), options.handshakeTimeoutMs);
      session.once("remoteSettings", () => clearTimeout(timer));
      session.once("close", () => clearTimeout(timer));
    });
    this.#h1 = createHttp1Server(
      {
        IncomingMessage: Http1Request,
        // A backstop only: DBX answers a body that stops coming itself, at requestTimeoutMs, in the call's
        // protocol (body-arrival-bound.ts). Node counts from the request's first byte, so at the same value it
        // could answer first, with a bare 408.
        requestTimeout: options.requestTimeoutMs + Math.max(1_000, options.requestTimeoutMs / 10),
        headersTimeout: options.requestTimeoutMs,
        // Node checks both timeouts on this interval (30 s by default): a fraction of the timeout keeps them close to it.
        connectionsCheckingInterval: Math.min(30_000, Math.max(10, Math.floor(options.requestTimeoutMs / 4))),
      },
      (req, res) => this.#serveHttp1(req, res, handler),
    );
    // Node tracks HTTP/1.1 connections (headersTimeout, requestTimeout,
    // closeIdleConnections) from the server's "listening" event.
    this.#h1.emit("listening");
  }

  /** Serves a connection whose HTTP version is known. */
  serve(socket: Socket, version: HttpVersion): void {
    if (this.#draining) {
      socket.destroy();
      return;
    }
    this.#sockets.add(socket);
    socket.once("close", () => this.#sockets.delete(socket));
    if (version === "h2") {
      this.#h2.emit("connection", socket);
    } else {
      lingerWhenClosing(socket);
      this.#h1.emit("connection", socket);
      // A sniffed socket comes paused, and Node's HTTP/1.1 server does not resume it.
      socket.resume();
    }
  }

  /**
   * Lets requests in flight finish and takes no new connections: HTTP/2
   * sessions get GOAWAY and close when their streams end; idle HTTP/1.1
   * connections close now, the others after their response.
   */
  drain(): void {
    this.#draining = true;
    for (const session of this.#sessions) session.close();
    // Also stops Node's connection checks.
    this.#h1.close();
  }

  /** Ends every connection still open. */
  destroy(): void {
    for (const session of this.#sessions) session.destroy();
    for (const socket of this.#sockets) socket.destroy();
  }

  #serveHttp1(req: IncomingMessage, res: ServerResponse, handler: NodeHandler): void {
    // Whether the connection serves another request is decided when the
    // response starts: not while draining, nor when the request body has not
    // all arrived (an answer before it, e.g. RESOURCE_EXHAUSTED on its
    // Content-Length), since what the client sends next on it is unknown.
    const writeHead = res.writeHead;
    res.writeHead = ((...args: Parameters<typeof writeHead>) => {
      if (this.#draining || !wholeRequestArrived(req)) res.setHeader("connection", "close");
      return writeHead.apply(res, args);
    }) as typeof writeHead;
    res.once("close", () => {
      // A response that started before the drain (a stream) kept its connection alive.
      if (this.#draining) setImmediate(() => this.#h1.closeIdleConnections());
    });
    if (this.#hostCheck && !this.#hostCheck.allows(req.headers.host)) {
      const refusal = wireRefusal(req.headers["content-type"], this.#hostCheck.refusal(req.headers.host));
      res.writeHead(refusal.status, refusal.headers);
      res.end(refusal.body);
      return;
    }
    handler(req, res);
  }
}

/** Answers a refused HTTP/2 stream on the stream itself. */
function refuseStream(stream: ServerHttp2Stream, headers: Http2Headers, error: ConnectError): void {
  // A reset from the client would otherwise be an unheard "error" event, which crashes the process.
  stream.on("error", () => {});
  if (stream.destroyed || stream.closed) return;
  const refusal = wireRefusal(headers["content-type"], error);
  stream.respond({ ":status": refusal.status, ...refusal.headers }, { endStream: refusal.body === undefined });
  if (refusal.body) stream.end(refusal.body);
  endUnreadRequest(stream);
}

/**
 * Serves a stream through Node's HTTP/2 compatibility objects, as Node's
 * own "request" event would (expectations included; CONNECT is a request
 * like any other here, which the handler refuses).
 */
function serveHttp2(stream: ServerHttp2Stream, headers: Http2Headers, rawHeaders: string[], handler: NodeHandler): void {
  const req = new Http2ServerRequest(stream, headers, {}, rawHeaders);
  const res = new Http2ServerResponse(stream);
  // Once the answer has ended, a client still sending is told to stop. Not on "wantTrailers" alone: an
  // answer without a body (417, 204, HEAD) ends with its HEADERS, and its trailers are never asked for.
  stream.once("finish", () => endUnreadRequest(stream));
  if (headers.expect !== undefined) {
    if (headers.expect !== "100-continue") {
      res.statusCode = http2Constants.HTTP_STATUS_EXPECTATION_FAILED;
      res.end();
      return;
    }
    res.writeContinue();
  }
  handler(req, res);
}

/**
 * Whether all of `req` has arrived. A request without a body (a CORS
 * preflight, a GET) is answered while Node still has it incomplete: its
 * handler runs before the parser reaches the end of the message.
 */
function wholeRequestArrived(req: IncomingMessage): boolean {
  if (req.complete) return true;
  // RFC 9112 §6.3: a request with neither header has no body.
  const length = req.headers["content-length"];
  return req.headers["transfer-encoding"] === undefined && (length === undefined || length === "0");
}
