import { create, createRegistry, type MessageInitShape } from "@bufbuild/protobuf";
import { anyPack, type Any } from "@bufbuild/protobuf/wkt";
import { type Code, ConnectError, type ConnectRouter, type HandlerContext } from "@connectrpc/connect";
import {
  BidiStreamRequestSchema,
  ClientStreamRequestSchema,
  ConformancePayload_RequestInfoSchema,
  ConformancePayloadSchema,
  ConformanceService,
  HeaderSchema,
  IdempotentUnaryRequestSchema,
  ServerStreamRequestSchema,
  UnaryRequestSchema,
  type ConformancePayload_RequestInfo,
  type Error as ConformanceError,
  type Header,
  type StreamResponseDefinition,
  type UnaryResponseDefinition,
} from "./gen/connectrpc/conformance/v1/service_pb.js";

/**
 * The suite's ConformanceService, as its reference servers behave: echo what
 * was received (headers, timeout, request messages) and answer with the
 * data, headers, trailers, delay or error the request's definition asks for.
 * `Unimplemented` is left out on purpose: the framework must answer it.
 */
export function conformanceRoutes(router: ConnectRouter): void {
  router.service(
    ConformanceService,
    {
      unary: (req, ctx) => respondOnce(req.responseDefinition, [anyPack(UnaryRequestSchema, req)], ctx),
      idempotentUnary: (req, ctx) => respondOnce(req.responseDefinition, [anyPack(IdempotentUnaryRequestSchema, req)], ctx),
      async clientStream(requests, ctx) {
        let definition: UnaryResponseDefinition | undefined;
        const received: Any[] = [];
        for await (const req of requests) {
          // Only the first message carries the definition.
          if (received.length === 0) definition = req.responseDefinition;
          received.push(anyPack(ClientStreamRequestSchema, req));
        }
        return respondOnce(definition, received, ctx);
      },
      async *serverStream(req, ctx) {
        const definition = req.responseDefinition;
        setHeaders(ctx, definition);
        const received = [anyPack(ServerStreamRequestSchema, req)];
        let sent = 0;
        for (const data of definition?.responseData ?? []) {
          await delay(definition?.responseDelayMs ?? 0);
          // Only the first response echoes the request.
          yield { payload: payload(data, sent === 0 ? requestInfo(ctx, received) : undefined) };
          sent++;
        }
        if (definition?.error) throw toConnectError(definition.error, sent === 0 ? requestInfo(ctx, received) : undefined);
      },
      async *bidiStream(requests, ctx) {
        let definition: StreamResponseDefinition | undefined;
        let fullDuplex = false;
        let first = true;
        let sent = 0;
        // Requests not yet echoed: all of them (half duplex) or those since the last response (full duplex).
        let pending: Any[] = [];
        for await (const req of requests) {
          if (first) {
            first = false;
            definition = req.responseDefinition;
            fullDuplex = req.fullDuplex;
            setHeaders(ctx, definition);
          }
          pending.push(anyPack(BidiStreamRequestSchema, req));
          if (!fullDuplex) continue;
          if (!definition || sent >= definition.responseData.length) break;
          await delay(definition.responseDelayMs);
          yield { payload: payload(definition.responseData[sent], requestInfo(ctx, pending)) };
          sent++;
          pending = [];
        }
        // Half duplex sends everything now; full duplex sends what is left when there were more responses than requests.
        const info = requestInfo(ctx, pending);
        for (; definition && sent < definition.responseData.length; sent++) {
          await delay(definition.responseDelayMs);
          yield { payload: payload(definition.responseData[sent], sent === 0 ? info : undefined) };
        }
        if (definition?.error) throw toConnectError(definition.error, definition.responseData.length === 0 ? info : undefined);
      },
    },
    // Payloads echo requests as google.protobuf.Any: the JSON codec must know their types.
    { jsonOptions: { registry: echoedTypes } },
  );
}

const echoedTypes = createRegistry(
  UnaryRequestSchema,
  IdempotentUnaryRequestSchema,
  ServerStreamRequestSchema,
  ClientStreamRequestSchema,
  BidiStreamRequestSchema,
);

async function respondOnce(definition: UnaryResponseDefinition | undefined, received: Any[], ctx: HandlerContext) {
  setHeaders(ctx, definition);
  const info = requestInfo(ctx, received);
  if (definition?.response.case === "error") throw toConnectError(definition.response.value, info);
  await delay(definition?.responseDelayMs ?? 0);
  return { payload: payload(definition?.response.case === "responseData" ? definition.response.value : undefined, info) };
}

function setHeaders(ctx: HandlerContext, definition: { responseHeaders: Header[]; responseTrailers: Header[] } | undefined): void {
  for (const h of definition?.responseHeaders ?? []) for (const v of h.value) ctx.responseHeader.append(h.name, v);
  for (const h of definition?.responseTrailers ?? []) for (const v of h.value) ctx.responseTrailer.append(h.name, v);
}

function requestInfo(ctx: HandlerContext, requests: Any[]): ConformancePayload_RequestInfo {
  const timeoutMs = ctx.timeoutMs();
  const requestHeaders: MessageInitShape<typeof HeaderSchema>[] = [];
  ctx.requestHeader.forEach((value, name) => requestHeaders.push({ name, value: [value] }));
  return create(ConformancePayload_RequestInfoSchema, {
    requestHeaders,
    requests,
    timeoutMs: timeoutMs === undefined ? undefined : BigInt(timeoutMs),
  });
}

function payload(data: Uint8Array | undefined, info: ConformancePayload_RequestInfo | undefined) {
  return create(ConformancePayloadSchema, { data, requestInfo: info });
}

/** The error the definition asks for; the request info, when given, goes last in its details. */
function toConnectError(error: ConformanceError, info: ConformancePayload_RequestInfo | undefined): ConnectError {
  const err = new ConnectError(error.message ?? "", error.code as number as Code);
  // The definition's details are Any messages of types this server need not know: pass them on as they are.
  for (const any of error.details) err.details.push({ type: any.typeUrl.slice(any.typeUrl.lastIndexOf("/") + 1), value: any.value });
  if (info) err.details.push({ desc: ConformancePayload_RequestInfoSchema, value: info });
  return err;
}

function delay(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
