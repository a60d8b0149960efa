import { create, isMessage, type Message } from "@bufbuild/protobuf";
import { Code, ConnectError } from "@connectrpc/connect";
import { parseTimeout as parseConnectTimeout } from "@connectrpc/connect/protocol-connect";
import { parseTimeout as parseGrpcTimeout } from "@connectrpc/connect/protocol-grpc";
import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import type { Http2ServerRequest, Http2ServerResponse, ServerHttp2Stream } from "node:http2";
import type { Socket } from "node:net";
import type { Readable } from "node:stream";
import { asConnectError } from "../../errors/as-connect-error.js";
import { asRequestError, requestTooLarge } from "../../errors/request-errors.js";
import { callKey, NO_IDENTITY, type Call, type CallProtocol } from "../../pipeline/call.js";
import type { CallPipeline } from "../../pipeline/call-pipeline.js";
import type { ResponseSizeGuard } from "../../limits/response-size-guard.js";
import { ResponseAnswer, StreamAnswer, type Answer } from "./answer.js";
import { FastHandlerContext } from "./fast-handler-context.js";
import { boundedDeadline } from "../unbounded-deadline.js";
import { readBody } from "./read-body.js";
import { requestTimedOut } from "../request-timeout.js";
import { clientCertificateOf } from "../tls-client-certificate.js";
import type { UnaryMethodTable, UnaryRoute } from "./unary-method-table.js";

type Request = IncomingMessage | Http2ServerRequest;
type Response = ServerResponse | Http2ServerResponse;

/** How the request is framed; everything else about it is the same. */
interface Wire {
  readonly protocol: CallProtocol;
  readonly binary: boolean;
  readonly timeoutMs: number | undefined;
}

const GRPC_CONTENT_TYPE = /^application\/grpc(?:\+(json|proto))?$/;
/** connect-es answers a deadline with this reason; so does the fast path. */
const deadlineError = () => new ConnectError("the operation timed out", Code.DeadlineExceeded);
const cancelledError = new ConnectError("the client closed the request", Code.Canceled);
/** connect-node's default upper bound for client timeouts (none). */
const MAX_TIMEOUT_MS = Number.MAX_SAFE_INTEGER;

/**
 * Serves the common case of a unary call without connect-node's per-request
 * machinery: an uncompressed Connect POST (JSON or binary) over HTTP/1.1 or
 * HTTP/2, or an uncompressed gRPC call over HTTP/2, with or without a
 * deadline. It decodes, runs DBX's call pipeline and the same service
 * implementation, and encodes the answer and errors with @connectrpc/connect's
 * own helpers. Anything else (streams, GET, compression, gRPC-Web, unusual
 * headers) is declined by `handle` returning false, before any byte is read,
 * and connect-node serves it.
 */
export class FastUnaryPath {
  /** Calls in flight, so that shutdown can cancel them without a listener per call. */
  readonly #inFlight = new Set<FastHandlerContext>();

  constructor(
    private readonly table: UnaryMethodTable,
    private readonly pipeline: CallPipeline,
    private readonly readMaxBytes: number,
    private readonly responseGuard: ResponseSizeGuard,
    /** How long a request's body may take to arrive, counted from the call's start (server.requestTimeoutMs). */
    private readonly requestTimeoutMs: number,
  ) {}

  /** Cancels every call in flight (shutdown past its grace period). */
  cancelAll(reason: ConnectError): void {
    for (const ctx of this.#inFlight) ctx.abort(reason);
  }

  /** Takes the request and answers true, or declines it untouched and answers false. */
  handle(req: Request, res: Response): boolean {
    if (req.method !== "POST") return false;
    const path = req.url ?? "";
    const route = this.table.get(path);
    if (!route) return false;
    const wire = this.#wireOf(req.headers, req.httpVersionMajor);
    if (!wire) return false;
    void this.#serve(route, wire, path, req.headers, req, new ResponseAnswer(res, wire.protocol, wire.binary), req.socket);
    return true;
  }

  /**
   * Takes a gRPC call from a raw HTTP/2 stream, before Node's compatibility
   * objects exist, and answers true; or declines it untouched (anything but
   * a gRPC call it can serve, and browser requests, which CORS must see).
   */
  handleStream(stream: ServerHttp2Stream, headers: IncomingHttpHeaders): boolean {
    const path = headers[":path"];
    if (headers[":method"] !== "POST" || typeof path !== "string" || headers.origin !== undefined) return false;
    const route = this.table.get(path);
    if (!route) return false;
    const wire = this.#wireOf(headers, 2);
    if (wire?.protocol !== "grpc") return false;
    // A client reset with an error code (a cancelled deadline often sends
    // INTERNAL_ERROR) is emitted as "error": unheard, it would crash the
    // process. The call learns of it from the stream closing instead, as
    // Node's compatibility layer does.
    stream.on("error", ignoreStreamError);
    void this.#serve(route, wire, path, headers, stream, new StreamAnswer(stream), stream.session?.socket);
    return true;
  }

  #wireOf(h: IncomingHttpHeaders, httpVersionMajor: number): Wire | undefined {
    const contentType = h["content-type"];
    if (contentType === undefined) return undefined;
    if (httpVersionMajor === 2 && contentType.startsWith("application/grpc") && !contentType.startsWith("application/grpc-web")) {
      const m = GRPC_CONTENT_TYPE.exec(contentType);
      if (!m || m[1] === "json") return undefined;
      if (h["grpc-encoding"] !== undefined && h["grpc-encoding"] !== "identity") return undefined;
      const timeout = parseGrpcTimeout(header(h, "grpc-timeout"), MAX_TIMEOUT_MS);
      if (timeout.error) return undefined;
      return { protocol: "grpc", binary: true, timeoutMs: boundedDeadline(timeout.timeoutMs) };
    }
    const binary = contentType === "application/proto";
    if (!binary && contentType !== "application/json" && !/^application\/json; ?charset=utf-?8$/i.test(contentType)) {
      return undefined;
    }
    if (h["content-encoding"] !== undefined && h["content-encoding"] !== "identity") return undefined;
    const version = h["connect-protocol-version"];
    if (version !== undefined && version !== "1") return undefined;
    // Past the limit by its own account: connect-node's error is the reference.
    if (Number(h["content-length"] ?? 0) > this.readMaxBytes) return undefined;
    const timeout = parseConnectTimeout(header(h, "connect-timeout-ms"), MAX_TIMEOUT_MS);
    if (timeout.error) return undefined;
    return { protocol: "connect", binary, timeoutMs: boundedDeadline(timeout.timeoutMs) };
  }

  async #serve(route: UnaryRoute, wire: Wire, path: string, headers: IncomingHttpHeaders, body: Readable, answer: Answer, socket: Socket | undefined): Promise<void> {
    const ctx = new FastHandlerContext(route.service, route.method, wire.protocol, headers, path, wire.timeoutMs);
    const responseHeaders: OutgoingHttpHeaders = {};
    const call: Call = {
      service: route.service.typeName,
      method: route.method.name,
      streaming: false,
      protocol: wire.protocol,
      path: "fast",
      requestHeader: (name) => header(headers, name),
      setResponseHeader: (name, value) => (responseHeaders[name] = value),
      startTime: performance.now(),
      requestId: "",
      backend: "",
      remoteAddress: socket?.remoteAddress ?? "",
      clientCertificate: clientCertificateOf(socket),
      identity: NO_IDENTITY,
    };
    ctx.values.set(callKey, call);
    this.#inFlight.add(ctx);
    let timer: NodeJS.Timeout | undefined;
    if (wire.timeoutMs !== undefined) timer = setTimeout(() => ctx.abort(deadlineError()), wire.timeoutMs);
    const stopWatching = answer.onClientGone(() => ctx.abort(cancelledError));

    let output: Uint8Array | undefined;
    let error: ConnectError | undefined;
    try {
      // The pipeline starts before the body is read, so that a request too
      // large or malformed still gets a request id and its log line.
      await this.pipeline.start(call);
      const input = await this.#readInput(route, wire, body, ctx, call.startTime);
      // Like connect-node, the implementation is awaited, not raced: it sees its
      // signal abort (deadline, disconnect, shutdown) and ends the call itself.
      const result = await route.impl(input, ctx);
      const message = isMessage(result, route.method.output) ? result : create(route.method.output, result);
      this.responseGuard.check(`${call.service}/${call.method}`, message, wire.binary ? "binary" : "json");
      output = route.serialization.getO(wire.binary).serialize(message);
    } catch (err) {
      error = ctx.reason instanceof ConnectError ? ctx.reason : asConnectError(err);
    } finally {
      clearTimeout(timer);
      stopWatching();
      this.#inFlight.delete(ctx);
    }
    this.pipeline.end(call, error);
    if (answer.open) answer.write(ctx, responseHeaders, output, error);
  }

  /** The request message; a request too large or that does not decode fails as the client's error. */
  async #readInput(route: UnaryRoute, wire: Wire, body: Readable, ctx: FastHandlerContext, startTime: number): Promise<Message> {
    const withinMs = this.requestTimeoutMs - (performance.now() - startTime);
    const read = await readBody(body, this.readMaxBytes, wire.protocol === "grpc", (listener) => ctx.onAbort(listener), withinMs);
    if ("aborted" in read) throw cancelledError;
    if ("late" in read) throw requestTimedOut(this.requestTimeoutMs);
    if ("tooLarge" in read) throw requestTooLarge(this.readMaxBytes, read.size);
    try {
      return route.serialization.getI(wire.binary).parse(wire.protocol === "grpc" ? unwrapEnvelope(read.body) : read.body);
    } catch (err) {
      const json = wire.binary ? undefined : read.body.toString("utf8");
      throw asRequestError(err, this.readMaxBytes, { input: route.method.input, json });
    }
  }
}

function ignoreStreamError(): void {}

/** The one uncompressed message of a unary gRPC request; errors as connect-es words them. */
function unwrapEnvelope(body: Buffer): Uint8Array {
  if (body.length === 0) throw new ConnectError("protocol error: missing input message for unary method", Code.Unimplemented);
  if (body.length < 5) throw new ConnectError("protocol error: incomplete envelope", Code.InvalidArgument);
  if (body[0] & 0b1) {
    throw new ConnectError("protocol error: received compressed envelope, but do not know how to decompress", Code.Internal);
  }
  const length = body.readUInt32BE(1);
  if (body.length < 5 + length) throw new ConnectError("protocol error: incomplete envelope", Code.InvalidArgument);
  if (body.length > 5 + length) {
    throw new ConnectError("protocol error: received extra input message for unary method", Code.Unimplemented);
  }
  return body.subarray(5);
}

function header(headers: IncomingHttpHeaders, name: string): string | null {
  const v = headers[name];
  if (v === undefined) return null;
  return Array.isArray(v) ? v.join(", ") : v;
}
