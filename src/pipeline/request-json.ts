import { createContextKey, type ContextValues } from "@connectrpc/connect";
import type { UniversalServerRequest } from "@connectrpc/connect/protocol";
import type { JsonRequest } from "../errors/unknown-json-field.js";

/**
 * The JSON text of the request message, for naming an unknown field exactly
 * when it does not decode (src/errors/unknown-json-field.ts); undefined for
 * a binary request or once the message decoded.
 */
export const requestJsonKey = createContextKey<(() => string | undefined) | undefined>(undefined, {
  description: "dbx request json",
});

/**
 * The body of `req`, kept at hand while connect-node reads it when the
 * request is JSON: connect-node decodes it where DBX cannot see the text,
 * and its error names only the key, not where it is. The chunks are the
 * ones read anyway (no copy), bounded by server.maxRequestBytes, and let go
 * once the message decoded (releaseRequestJson).
 */
export function keepRequestJson(req: UniversalServerRequest, values: ContextValues): UniversalServerRequest["body"] {
  const contentType = req.header.get("content-type") ?? "";
  if (!contentType.includes("json")) return req.body;
  const body = req.body;
  if (!isByteStream(body)) {
    values.set(requestJsonKey, () => JSON.stringify(body));
    return body;
  }
  // Unary Connect ("application/json") sends the message bare; every other protocol in an envelope.
  const enveloped = !contentType.startsWith("application/json");
  const chunks: Uint8Array[] = [];
  values.set(requestJsonKey, () => firstMessage(Buffer.concat(chunks), enveloped));
  return (async function* () {
    for await (const chunk of body) {
      chunks.push(chunk);
      yield chunk;
    }
  })();
}

/** Lets go of the request's text once its message decoded: a stream may live for hours. */
export function releaseRequestJson(values: ContextValues): void {
  values.delete(requestJsonKey);
}

/** The JsonRequest of a call, for asRequestError. */
export function jsonRequestOf(values: ContextValues, input: JsonRequest["input"]): JsonRequest {
  return { input, json: values.get(requestJsonKey)?.() };
}

function firstMessage(bytes: Buffer, enveloped: boolean): string {
  if (!enveloped) return bytes.toString("utf8");
  if (bytes.length < 5) return "";
  return bytes.subarray(5, 5 + bytes.readUInt32BE(1)).toString("utf8");
}

function isByteStream(body: UniversalServerRequest["body"]): body is AsyncIterable<Uint8Array> {
  return typeof body === "object" && body !== null && Symbol.asyncIterator in body;
}
