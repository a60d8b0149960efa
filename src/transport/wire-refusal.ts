import type { OutgoingHttpHeaders } from "node:http";
import type { ConnectError } from "@connectrpc/connect";
import { encodeEnvelope } from "@connectrpc/connect/protocol";
import { codeToHttpStatus, endStreamFlag, endStreamToJson, errorToJsonBytes } from "@connectrpc/connect/protocol-connect";
import { setTrailerStatus } from "@connectrpc/connect/protocol-grpc";

/** An error answer for a request refused before any handler sees it, in the request's own protocol. */
export interface WireRefusal {
  readonly status: number;
  readonly headers: OutgoingHttpHeaders;
  readonly body: Uint8Array | undefined;
}

/**
 * Words `error` in the protocol the request's content type names: gRPC and
 * gRPC-Web as a trailers-only answer (grpc-status in the headers), Connect
 * streaming as an end-stream message, anything else (Connect unary, plain
 * HTTP) as a Connect error body with the matching HTTP status.
 */
export function wireRefusal(contentType: string | undefined, error: ConnectError): WireRefusal {
  const type = contentType ?? "";
  if (type.startsWith("application/grpc")) {
    const headers: OutgoingHttpHeaders = { "content-type": type.startsWith("application/grpc-web") ? "application/grpc-web+proto" : "application/grpc+proto" };
    setTrailerStatus(new Headers(), error).forEach((value, key) => (headers[key] = value));
    return { status: 200, headers, body: undefined };
  }
  if (type.startsWith("application/connect+")) {
    const body = encodeEnvelope(endStreamFlag, new TextEncoder().encode(JSON.stringify(endStreamToJson(new Headers(), error, {}))));
    return { status: 200, headers: { "content-type": type.startsWith("application/connect+proto") ? "application/connect+proto" : "application/connect+json", "content-length": body.byteLength }, body };
  }
  const body = errorToJsonBytes(error, {});
  return { status: codeToHttpStatus(error.code), headers: { "content-type": "application/json", "content-length": body.byteLength }, body };
}
