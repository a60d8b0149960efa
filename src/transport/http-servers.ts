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
import { endUnreadRequest } from "./h2-request-end.js";
import { Http1Request } from "./http1-request.js";
import { lingerWhenClosing } from "./lingering-close.js";
import type { NodeHandler } from "./node-handler.js";
import type { HttpVersion } from "./protocol-sniffer.js";

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

  /**
   * `takeStream` may serve an HTTP/2 stream itself, before Node's
   * compatibility objects are made for `handler` (answering true).
   */
  constructor(handler: NodeHandler, takeStream?: (stream: ServerHttp2Stream, headers: Http2Headers) => boolean) {
    // No "request" listener: that would make Node build compatibility objects for every stream.
    this.#h2 = createHttp2Server();
    this.#h2.on("stream", (stream: ServerHttp2Stream, headers: Http2Headers, _flags: number, rawHeaders: string[]) => {
      if (takeStream?.(stream, headers)) return;
      serveHttp2(stream, headers, rawHeaders, handler);
    });
    this.#h2.on("session", (session: ServerHttp2Session) => {
      this.#sessions.add(session);
      session.once("close", () => this.#sessions.delete(session));
    });
    this.#h1 = createHttp1Server({ IncomingMessage: Http1Request }, (req, res) => this.#serveHttp1(req, res, handler));
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
      if (this.#draining || !req.complete) res.setHeader("connection", "close");
      return writeHead.apply(res, args);
    }) as typeof writeHead;
    res.once("close", () => {
      // A response that started before the drain (a stream) kept its connection alive.
      if (this.#draining) setImmediate(() => this.#h1.closeIdleConnections());
    });
    handler(req, res);
  }
}

/**
 * Serves a stream through Node's HTTP/2 compatibility objects, as Node's
 * own "request" event would (expectations included; CONNECT is a request
 * like any other here, which the handler refuses).
 */
function serveHttp2(stream: ServerHttp2Stream, headers: Http2Headers, rawHeaders: string[], handler: NodeHandler): void {
  const req = new Http2ServerRequest(stream, headers, {}, rawHeaders);
  const res = new Http2ServerResponse(stream);
  if (headers.expect !== undefined) {
    if (headers.expect !== "100-continue") {
      res.statusCode = http2Constants.HTTP_STATUS_EXPECTATION_FAILED;
      res.end();
      return;
    }
    res.writeContinue();
  }
  // Node's compatibility layer sends trailers when the stream wants them; then a client still sending is told to stop.
  stream.once("wantTrailers", () => endUnreadRequest(stream));
  handler(req, res);
}
