import type { DescMessage } from "@bufbuild/protobuf";
import type { ConnectError } from "@connectrpc/connect";
import { invalidField } from "./dbx-error.js";
import { quoteInput } from "./quoted-input.js";

/**
 * The JSON reading options of every request, on connect-node's path and the
 * fast path alike: unknown fields are refused, as ProtoJSON specifies
 * (connect-es ignores them unless told otherwise, so that `{"record": …}`
 * sent to Update was dropped and the error blamed `updates`).
 */
export const REQUEST_JSON_OPTIONS = { ignoreUnknownFields: false } as const;

/** What a request JSON that did not decode is known by, to name the unknown field exactly. */
export interface JsonRequest {
  /** The request message type. */
  readonly input: DescMessage;
  /** The request's JSON text, when it is still at hand. */
  readonly json: string | undefined;
}

/** The message and the key of protobuf-es's "cannot decode message X from JSON: key "k" is unknown". */
function unknownKeyOf(message: string): { typeName: string; key: string } | undefined {
  const head = "cannot decode message ";
  const middle = ' from JSON: key "';
  const tail = '" is unknown';
  const start = message.indexOf(head);
  if (start < 0 || !message.endsWith(tail)) return undefined;
  const typeEnd = message.indexOf(middle, start + head.length);
  if (typeEnd < 0) return undefined;
  return {
    typeName: message.slice(start + head.length, typeEnd),
    key: message.slice(typeEnd + middle.length, message.length - tail.length),
  };
}

/**
 * INVALID_ARGUMENT (INVALID_FIELD) naming the unknown field of a JSON
 * request, or undefined when `error` is not protobuf-es's unknown-key error.
 * The path is exact (`updates[0].sett`) when the JSON is at hand; otherwise
 * the key as sent.
 */
export function unknownJsonFieldError(error: ConnectError, request: JsonRequest | undefined): ConnectError | undefined {
  const unknown = unknownKeyOf(error.rawMessage);
  if (!unknown) return undefined;
  let path: string | undefined;
  if (request?.json !== undefined) {
    try {
      path = unknownFieldPath(request.input, JSON.parse(request.json) as unknown, "");
    } catch {
      // Not JSON after all: the key alone names the field.
    }
  }
  return invalidField(path ?? unknown.key, `${unknown.typeName} has no field ${quoteInput(unknown.key)}; unknown fields are refused`);
}

/**
 * The path of the first key of `json` that `desc` does not know, in the
 * order protobuf-es reads them (depth first, keys in order), so it names the
 * same key its error does. Segments use the contract's field names.
 */
export function unknownFieldPath(desc: DescMessage, json: unknown, path: string): string | undefined {
  if (!isObject(json) || hasOwnJson(desc)) return undefined;
  for (const [key, value] of Object.entries(json)) {
    const field = desc.fields.find((f) => f.jsonName === key || f.name === key);
    const at = path ? `${path}.${field?.name ?? key}` : (field?.name ?? key);
    if (!field) {
      // An extension ("[pkg.ext]") is protobuf-es's to judge.
      if (key.startsWith("[")) continue;
      return at;
    }
    let found: string | undefined;
    if (field.fieldKind === "message") {
      found = unknownFieldPath(field.message, value, at);
    } else if (field.fieldKind === "list" && field.listKind === "message" && Array.isArray(value)) {
      for (let i = 0; i < value.length && !found; i++) found = unknownFieldPath(field.message, value[i], `${at}[${i}]`);
    } else if (field.fieldKind === "map" && field.mapKind === "message" && isObject(value)) {
      for (const [k, v] of Object.entries(value)) {
        found = unknownFieldPath(field.message, v, `${at}.${k}`);
        if (found) break;
      }
    }
    if (found) return found;
  }
  return undefined;
}

/** Well-known types with a JSON form of their own (Timestamp, Struct, Any, ...): not read key by key. */
function hasOwnJson(desc: DescMessage): boolean {
  return desc.typeName.startsWith("google.protobuf.");
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
