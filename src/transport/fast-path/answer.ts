import { Code, ConnectError } from "@connectrpc/connect";
import { codeToHttpStatus, errorToJsonBytes, trailerMux } from "@connectrpc/connect/protocol-connect";
import { setTrailerStatus } from "@connectrpc/connect/protocol-grpc";
import type { OutgoingHttpHeaders, ServerResponse } from "node:http";
import type { Http2ServerResponse, ServerHttp2Stream } from "node:http2";
import type { CallProtocol } from "../../pipeline/call.js";
import { endUnreadRequest } from "../h2-request-end.js";
import type { FastHandlerContext } from "./fast-handler-context.js";

/** What a fast-path call answers on: a Node response, or a raw HTTP/2 stream. */
export interface Answer {
  /** False once nothing can be written any more (the client went away). */
  readonly open: boolean;
  /** Calls `listener` when the client goes away before the answer; returns what stops watching. */
  onClientGone(listener: () => void): () => void;
  /** Writes the answer: the output message, or the error. */
  write(ctx: FastHandlerContext, headers: OutgoingHttpHeaders, output: Uint8Array | undefined, error: ConnectError | undefined): void;
}

/** An answer through Node's response object: Connect over HTTP/1.1 or HTTP/2, gRPC over the HTTP/2 compatibility API. */
export class ResponseAnswer implements Answer {
  constructor(
    private readonly res: ServerResponse | Http2ServerResponse,
    private readonly protocol: CallProtocol,
    private readonly binary: boolean,
  ) {}

  get open(): boolean {
    return !this.res.destroyed;
  }

  onClientGone(listener: () => void): () => void {
    const onClose = () => {
      if (!this.res.writableEnded) listener();
    };
    this.res.once("close", onClose);
    return () => this.res.off("close", onClose);
  }

  write(ctx: FastHandlerContext, headers: OutgoingHttpHeaders, output: Uint8Array | undefined, error: ConnectError | undefined): void {
    if (this.protocol === "grpc") {
      const trailers = grpcStatusHeaders(ctx, headers, output, error);
      this.res.writeHead(200, headers);
      (this.res as Http2ServerResponse).addTrailers(trailers);
      const body = grpcBody(output, error);
      if (body) this.res.end(body);
      else this.res.end();
      return;
    }
    const { status, body } = connectAnswer(ctx, headers, this.binary, output, error);
    this.res.writeHead(status, headers);
    this.res.end(body);
  }
}

/**
 * A gRPC answer on a raw HTTP/2 stream, without Node's compatibility
 * objects (~6.5 µs per call less, measured): the way @grpc/grpc-js answers.
 */
export class StreamAnswer implements Answer {
  constructor(private readonly stream: ServerHttp2Stream) {}

  get open(): boolean {
    return !this.stream.destroyed && !this.stream.closed;
  }

  onClientGone(listener: () => void): () => void {
    // The stream closes before the answer only when the client resets it.
    this.stream.once("close", listener);
    return () => this.stream.off("close", listener);
  }

  write(ctx: FastHandlerContext, headers: OutgoingHttpHeaders, output: Uint8Array | undefined, error: ConnectError | undefined): void {
    const trailers = grpcStatusHeaders(ctx, headers, output, error);
    headers[":status"] = 200;
    this.stream.respond(headers, { waitForTrailers: true });
    this.stream.once("wantTrailers", () => {
      this.stream.sendTrailers(trailers);
      endUnreadRequest(this.stream);
    });
    this.stream.end(grpcBody(output, error));
  }
}

/** Sets the gRPC response headers; returns the trailers. */
function grpcStatusHeaders(
  ctx: FastHandlerContext,
  headers: OutgoingHttpHeaders,
  output: Uint8Array | undefined,
  error: ConnectError | undefined,
): Record<string, string> {
  const { header, trailer } = ctx.setHeaders;
  header?.forEach((value, key) => (headers[key] = value));
  headers["content-type"] = "application/grpc+proto";
  const failure = error ?? (output ? undefined : new ConnectError("internal error", Code.Internal));
  // Most calls succeed and set no trailers: no Headers object for them.
  if (!failure && !trailer) return { "grpc-status": "0" };
  const trailers: Record<string, string> = {};
  setTrailerStatus(trailer ?? new Headers(), failure).forEach((value, key) => (trailers[key] = value));
  return trailers;
}

/** The enveloped output message, or no body when the call failed. */
function grpcBody(output: Uint8Array | undefined, error: ConnectError | undefined): Buffer | undefined {
  if (!output || error) return undefined;
  const frame = Buffer.allocUnsafe(5 + output.byteLength);
  frame[0] = 0;
  frame.writeUInt32BE(output.byteLength, 1);
  frame.set(output, 5);
  return frame;
}

/** A Connect unary answer: the status and body, with the headers set. */
function connectAnswer(
  ctx: FastHandlerContext,
  headers: OutgoingHttpHeaders,
  binary: boolean,
  output: Uint8Array | undefined,
  error: ConnectError | undefined,
): { status: number; body: Uint8Array } {
  const { header, trailer } = ctx.setHeaders;
  let status = 200;
  let body = output;
  if (error || !body) {
    const e = error ?? new ConnectError("internal error", Code.Internal);
    status = codeToHttpStatus(e.code);
    e.metadata.forEach((value, key) => (headers[key] = value));
    body = errorToJsonBytes(e, {});
    headers["content-type"] = "application/json";
  } else {
    headers["content-type"] = binary ? "application/proto" : "application/json";
  }
  if (header || trailer) {
    trailerMux(header ?? new Headers(), trailer ?? new Headers()).forEach((value, key) => (headers[key] = value));
  }
  headers["content-length"] = body.byteLength;
  return { status, body };
}
