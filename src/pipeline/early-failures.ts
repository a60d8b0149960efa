import { ConnectError, createContextValues, type ConnectRouter } from "@connectrpc/connect";
import {
  createAsyncIterable,
  encodeEnvelope,
  readAllBytes,
  type UniversalHandler,
  type UniversalServerRequest,
  type UniversalServerResponse,
} from "@connectrpc/connect/protocol";
import { codeFromHttpStatus, codeToHttpStatus, errorFromJsonBytes, errorToJsonBytes } from "@connectrpc/connect/protocol-connect";
import { findTrailerError, headerGrpcMessage, headerGrpcStatus, headerStatusDetailsBin, setTrailerStatus } from "@connectrpc/connect/protocol-grpc";
import { trailerFlag, trailerParse, trailerSerialize } from "@connectrpc/connect/protocol-grpc-web";
import { asRequestError } from "../errors/request-errors.js";
import { callKey, clientCertificateKey, NO_IDENTITY, remoteAddressKey, type Call, type CallProtocol } from "./call.js";
import type { CallPipeline } from "./call-pipeline.js";
import { protocolOf } from "./connect-interceptor.js";
import { jsonRequestOf, keepRequestJson } from "./request-json.js";

/**
 * Runs DBX's call pipeline for the calls that connect-node fails before any
 * interceptor sees them. A unary request that is too large or does not
 * decode is refused while connect-node reads it, so the pipeline interceptor
 * never runs: the answer had no request id and no log line, and said
 * INTERNAL (undecodable binary) or a bare RESOURCE_EXHAUSTED. Wraps every
 * handler on the router: when the interceptor did not see the call and the
 * answer is an error, the pipeline runs for it (request id, log line, stats)
 * and the error becomes the client's (asRequestError).
 */
export function coverEarlyFailures(router: ConnectRouter, pipeline: CallPipeline, maxRequestBytes: number): void {
  const handlers = router.handlers;
  for (let i = 0; i < handlers.length; i++) handlers[i] = covered(handlers[i], pipeline, maxRequestBytes);
}

function covered(handler: UniversalHandler, pipeline: CallPipeline, maxRequestBytes: number): UniversalHandler {
  const serve = async (req: UniversalServerRequest): Promise<UniversalServerResponse> => {
    const startTime = performance.now();
    // The interceptor records its Call here: the way to tell whether it ran.
    const contextValues = req.contextValues ?? createContextValues();
    const body = keepRequestJson(req, contextValues);
    const res = await handler({ ...req, body, contextValues });
    if (contextValues.get(callKey)) return res;
    const protocol = protocolOf(req.header.get("content-type"));
    const failure = await readFailure(protocol, res);
    if (!failure.error) return failure.res;
    const header = new Headers(res.header);
    const call: Call = {
      service: handler.service.typeName,
      method: handler.method.name,
      streaming: handler.method.methodKind !== "unary",
      protocol,
      path: "connect",
      requestHeader: (name) => req.header.get(name),
      setResponseHeader: (name, value) => header.set(name, value),
      startTime,
      requestId: "",
      backend: "",
      remoteAddress: contextValues.get(remoteAddressKey),
      clientCertificate: contextValues.get(clientCertificateKey),
      identity: NO_IDENTITY,
    };
    let error = asRequestError(failure.error, maxRequestBytes, jsonRequestOf(contextValues, handler.method.input));
    try {
      await pipeline.start(call);
    } catch (err) {
      error = ConnectError.from(err);
    }
    pipeline.end(call, error);
    return answer(protocol, { ...failure.res, header }, error);
  };
  return Object.assign(serve, {
    protocolNames: handler.protocolNames,
    supportedContentType: handler.supportedContentType,
    allowedMethods: handler.allowedMethods,
    requestPath: handler.requestPath,
    service: handler.service,
    method: handler.method,
  });
}

/**
 * The error an answer carries, read where its protocol puts it, and the
 * answer whole again (a body read is given back). No error: a success, or
 * no call at all (415, 405).
 */
async function readFailure(protocol: CallProtocol, res: UniversalServerResponse): Promise<{ res: UniversalServerResponse; error?: ConnectError }> {
  if (protocol === "grpc") return { res, error: res.trailer && trailerError(res.trailer) };
  if (!res.body || (protocol === "connect" && res.status === 200)) return { res };
  // An error connect-node has just built: small, no limit needed.
  const body = await readAllBytes(res.body, Number.MAX_SAFE_INTEGER);
  const whole = { ...res, body: createAsyncIterable([body]) };
  if (protocol === "connect") {
    return { res: whole, error: errorFromJsonBytes(body, undefined, new ConnectError("", codeFromHttpStatus(res.status))) };
  }
  // gRPC-Web: a call that failed before its implementation ran answers its uncompressed trailer frame alone.
  if (body.byteLength < 5 || body[0] !== trailerFlag) return { res: whole };
  return { res: whole, error: trailerError(trailerParse(body.subarray(5))) };
}

/** The error of a gRPC trailer; its metadata without the status fields, which the new answer writes afresh. */
function trailerError(trailer: Headers): ConnectError | undefined {
  const error = findTrailerError(trailer);
  for (const name of [headerGrpcStatus, headerGrpcMessage, headerStatusDetailsBin]) error?.metadata.delete(name);
  return error;
}

/** `res` answering `error` instead, in the protocol's way. */
function answer(protocol: CallProtocol, res: UniversalServerResponse, error: ConnectError): UniversalServerResponse {
  switch (protocol) {
    case "grpc":
      return { ...res, trailer: setTrailerStatus(new Headers(), error) };
    case "grpc-web": {
      const trailer = trailerSerialize(setTrailerStatus(new Headers(), error));
      return { ...res, body: createAsyncIterable([encodeEnvelope(trailerFlag, trailer)]) };
    }
    case "connect": {
      const header = new Headers(res.header);
      error.metadata.forEach((value, key) => header.set(key, value));
      const body = errorToJsonBytes(error, undefined);
      header.set("content-length", String(body.byteLength));
      return { ...res, status: codeToHttpStatus(error.code), header, body: createAsyncIterable([body]) };
    }
  }
}
