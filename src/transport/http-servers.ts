import { createServer as createHttp1Server, type IncomingMessage, type Server as Http1Server, type ServerResponse } from "node:http";
import {
  constants as http2Constants,
  createServer as createHttp2Server,
  type Http2Server,
  type Http2ServerRequest,
  type Http2ServerResponse,
  type ServerHttp2Session,
} from "node:http2";
import type { Socket } from "node:net";
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

  constructor(handler: NodeHandler) {
    this.#h2 = createHttp2Server((req, res) => serveHttp2(req, res, handler));
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
 * A response can end before its request, e.g. when a client stream sends a
 * message over the size limit. The client may then be stuck sending into a
 * full flow-control window: once the response is out, ask it to stop,
 * without error (RFC 9113 §8.1), as grpc-go does.
 */
function serveHttp2(req: Http2ServerRequest, res: Http2ServerResponse, handler: NodeHandler): void {
  // Node's compatibility layer ends every response with trailers, sent from
  // the session's write loop; an RST_STREAM submitted in that loop can
  // overtake them, so it waits for the next turn.
  req.stream.once("wantTrailers", () =>
    setImmediate(() => {
      if (!req.stream.closed && !req.stream.state.remoteClose) req.stream.close(http2Constants.NGHTTP2_NO_ERROR);
    }),
  );
  handler(req, res);
}
