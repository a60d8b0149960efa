import type { DescMessage } from "@bufbuild/protobuf";
import type { ConnectError, ContextValues, Interceptor } from "@connectrpc/connect";
import { asConnectError } from "../errors/as-connect-error.js";
import { asRequestError } from "../errors/request-errors.js";
import { wireFormatOf } from "../limits/encoded-size.js";
import type { ResponseSizeGuard } from "../limits/response-size-guard.js";
import { callKey, clientCertificateKey, NO_IDENTITY, remoteAddressKey, type Call, type CallProtocol } from "./call.js";
import { jsonRequestOf, releaseRequestJson } from "./request-json.js";
import type { CallPipeline } from "./call-pipeline.js";

/**
 * Runs DBX's call pipeline around calls that connect-node serves, and
 * refuses any answer (each message of a stream) larger than the guard allows
 * before connect-node encodes it.
 */
export function pipelineInterceptor(pipeline: CallPipeline, guard: ResponseSizeGuard, maxRequestBytes: number): Interceptor {
  return (next) => async (req) => {
    const procedure = `${req.service.typeName}/${req.method.name}`;
    const format = wireFormatOf(req.header.get("content-type"));
    const responseHeaders: [string, string][] = [];
    const call: Call = {
      service: req.service.typeName,
      method: req.method.name,
      streaming: req.stream,
      protocol: protocolOf(req.header.get("content-type")),
      path: "connect",
      requestHeader: (name) => req.header.get(name),
      setResponseHeader: (name, value) => responseHeaders.push([name, value]),
      startTime: performance.now(),
      requestId: "",
      backend: "",
      remoteAddress: req.contextValues.get(remoteAddressKey),
      clientCertificate: req.contextValues.get(clientCertificateKey),
      identity: NO_IDENTITY,
    };
    req.contextValues.set(callKey, call);
    try {
      await pipeline.start(call);
      const res = await next(req.stream ? { ...req, message: readAsRequest(req.message, maxRequestBytes, req.contextValues, req.method.input) } : req);
      for (const [k, v] of responseHeaders) res.header.set(k, v);
      if (!res.stream) {
        guard.check(procedure, res.message, format);
        pipeline.end(call, undefined);
        return res;
      }
      const checked = checkEach(res.message, (message) => guard.check(procedure, message, format));
      const bounded = call.credentialEnd ? untilCredentialEnds(checked, call.credentialEnd.ended) : checked;
      return { ...res, message: endWhenDone(bounded, call, pipeline, req.signal) };
    } catch (err) {
      // Headers set before the failure (the request id) still reach the client.
      const error = asConnectError(err);
      for (const [k, v] of responseHeaders) error.metadata.set(k, v);
      pipeline.end(call, error);
      throw error;
    }
  };
}

/**
 * Ends the call in the pipeline when its stream ends. A stream whose call was
 * aborted (client gone, deadline, shutdown) fails for that reason, whatever
 * the failure it surfaces as: a write to the closed connection fails with
 * Node's ERR_STREAM_DESTROYED, which is no fault of DBX's.
 */
async function* endWhenDone<T>(messages: AsyncIterable<T>, call: Call, pipeline: CallPipeline, signal: AbortSignal): AsyncIterable<T> {
  let error: unknown;
  try {
    yield* messages;
  } catch (err) {
    error = asConnectError(signal.aborted ? signal.reason : err);
    throw error;
  } finally {
    pipeline.end(call, error);
  }
}

/**
 * The messages of a stream until its caller's credential ends (a token
 * expired, an API key revoked): the stream then fails with that error, and
 * the handler's generator is told to return (connect ends the call, which
 * aborts its signal, so a handler waiting for its next message stops too).
 */
async function* untilCredentialEnds<T>(messages: AsyncIterable<T>, ended: Promise<ConnectError>): AsyncIterable<T> {
  const iterator = messages[Symbol.asyncIterator]();
  const refused = ended.then((error) => Promise.reject(error));
  // The race below may leave it unread: its rejection is the stream's, not an unhandled one.
  refused.catch(() => undefined);
  let done = false;
  try {
    for (;;) {
      const result = await Promise.race([iterator.next(), refused]);
      if (result.done) {
        done = true;
        return;
      }
      yield result.value;
    }
  } finally {
    // Not awaited: a generator still waiting for its next message answers return() only after it.
    if (!done) void iterator.return?.()?.catch(() => undefined);
  }
}

async function* checkEach<T extends object>(messages: AsyncIterable<T>, check: (message: T) => void): AsyncIterable<T> {
  for await (const message of messages) {
    check(message);
    yield message;
  }
}

/**
 * The messages of a request stream: connect-node reads and decodes them as
 * the handler asks, so a message too large or that does not decode fails
 * here, as the client's error.
 */
async function* readAsRequest<T>(
  messages: AsyncIterable<T>,
  maxRequestBytes: number,
  values: ContextValues,
  input: DescMessage,
): AsyncIterable<T> {
  let first = true;
  try {
    for await (const message of messages) {
      if (first) releaseRequestJson(values);
      first = false;
      yield message;
    }
  } catch (err) {
    throw asRequestError(err, maxRequestBytes, jsonRequestOf(values, input));
  }
}

/** The protocol of a call that connect-node serves, from its content type. */
export function protocolOf(contentType: string | null): CallProtocol {
  if (contentType?.startsWith("application/grpc-web")) return "grpc-web";
  if (contentType?.startsWith("application/grpc")) return "grpc";
  return "connect";
}
