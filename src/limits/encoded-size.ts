/** How a message goes on the wire: protobuf binary, or JSON (Connect JSON, gRPC-Web JSON). */
export type WireFormat = "binary" | "json";

/** The format of a call's messages, from its request's content type. */
export function wireFormatOf(contentType: string | null): WireFormat {
  return contentType?.includes("json") ? "json" : "binary";
}

/** The encoded size of one bytes field of `length` bytes, as the estimate below counts it. */
export function bytesFieldSize(length: number, format: WireFormat): number {
  return FIELD_OVERHEAD + (format === "json" ? Math.ceil(length / 3) * 4 : length);
}

/** A tag and a length prefix (binary), quotes and a separator (JSON): rounded up. */
const FIELD_OVERHEAD = 6;
/** The longest encoding of a number, int64 or bool with its tag (an int64 in JSON is a quoted decimal). */
const SCALAR_SIZE: Readonly<Record<WireFormat, number>> = { binary: 11, json: 24 };

/**
 * An estimate of the size of a message once encoded, from a walk of its
 * strings, bytes, lists and maps: never by encoding it, so that an oversized
 * answer costs microseconds to refuse instead of the encoding it would take.
 * Bytes count as base64 in JSON (4/3). Strings count as UTF-8 without JSON
 * escapes, so text full of control characters is undercounted; it is a bound
 * on work, not an exact size (small values are overcounted). The walk stops
 * as soon as the estimate passes `stopAbove`, so refusing a huge message does
 * not walk all of it.
 */
export function estimateEncodedSize(message: object, format: WireFormat, stopAbove = Infinity): number {
  const json = format === "json";
  let size = 0;
  const pending: unknown[] = [message];
  while (pending.length > 0 && size <= stopAbove) {
    const value = pending.pop();
    switch (typeof value) {
      case "string":
        size += FIELD_OVERHEAD + Buffer.byteLength(value, "utf8");
        break;
      case "number":
      case "bigint":
      case "boolean":
        size += SCALAR_SIZE[format];
        break;
      case "object":
        if (value === null) break;
        if (value instanceof Uint8Array) {
          size += bytesFieldSize(value.byteLength, format);
        } else if (Array.isArray(value)) {
          size += FIELD_OVERHEAD;
          for (const item of value as unknown[]) pending.push(item);
        } else if (isOneof(value)) {
          // protobuf-es's { case, value } of a oneof is one field on the wire.
          if (json) size += value.case.length;
          pending.push(value.value);
        } else {
          size += FIELD_OVERHEAD;
          const fields = value as Record<string, unknown>;
          for (const key in fields) {
            const item = fields[key];
            // $typeName is protobuf-es's, not a field; unset fields are not sent.
            if (key === "$typeName" || item === undefined) continue;
            // A oneof's own name is not on the wire; its case's name is.
            if (json && !(typeof item === "object" && item !== null && isOneof(item))) size += key.length;
            pending.push(item);
          }
        }
        break;
    }
  }
  return size;
}

/** A set oneof as protobuf-es holds it (messages have a $typeName, oneofs do not). */
function isOneof(value: object): value is { case: string; value: unknown } {
  return !("$typeName" in value) && typeof (value as { case?: unknown }).case === "string" && "value" in value;
}
