import { ScalarType, type DescField, type DescMessage, type DescService } from "@bufbuild/protobuf";
import { ANY_KEY, NO_KEY, type KeyScope } from "../backends/key-scope.js";

/**
 * Bytes fields of RedisService requests that name keys, at any depth
 * (`MSetRequest.pairs[].key`, `XReadRequest.streams[].key`). The keys a call
 * touches are read from these fields, found in the contract's descriptors,
 * so that a new method with a `key` field is covered without a line here.
 */
const KEY_FIELDS: ReadonlySet<string> = new Set(["key", "keys", "new_key", "source", "sources", "destination", "watch_keys"]);

/**
 * Bytes fields that hold something else than a key: values, hash fields,
 * members, patterns, channels, command arguments. Every bytes field of a
 * request is in one of the two sets (a test walks the contract), so that a
 * field holding keys under a new name cannot be missed.
 */
export const NOT_KEY_FIELDS: ReadonlySet<string> = new Set([
  "value",
  "values",
  "field",
  "fields",
  "member",
  "members",
  "elements",
  "match",
  "message",
  "channel",
  "channels",
  "patterns",
  "args",
]);

/**
 * Methods whose keys DBX cannot know from the request, decided one by one:
 * only rules for every key cover them, and a deny for some keys refuses them.
 * - Pipeline, Multi: command lines the caller writes.
 * - Eval, EvalSha: a script may touch keys it was not given in KEYS.
 * - Scan, ScanStream: every key that matches a Redis pattern.
 * - FlushDb, FlushAll, ConfigSet: the whole keyspace, or the server.
 * - Publish, Subscribe, PSubscribe: channels, not keys; keyspace
 *   notification channels (`__keyspace@0__:<key>`) tell of any key.
 */
export const ANY_KEY_METHODS: ReadonlySet<string> = new Set([
  "Pipeline",
  "Multi",
  "Eval",
  "EvalSha",
  "Scan",
  "ScanStream",
  "FlushDb",
  "FlushAll",
  "ConfigSet",
  "Publish",
  "Subscribe",
  "PSubscribe",
]);

/** Methods that touch no key: covered only by rules for every key, as calls that name no collection are. */
export const NO_KEY_METHODS: ReadonlySet<string> = new Set(["Ping", "Info", "DbSize", "Time", "GetStats", "ScriptLoad"]);

/** The keys of one request of a method. */
export type RequestKeys = (request: object) => KeyScope;

/** A path to key fields: the field, and for a message field the key fields inside it. */
interface KeyPath {
  readonly field: DescField;
  readonly inner: readonly KeyPath[];
}

/**
 * The keys each method of `service` (RedisService) touches, by method name:
 * the one place they are derived. A method without key fields must be in
 * ANY_KEY_METHODS or NO_KEY_METHODS; one that is neither is missing here and
 * answers ANY_KEY, which only rules for every key allow.
 */
export function redisRequestKeys(service: DescService): ReadonlyMap<string, RequestKeys> {
  const out = new Map<string, RequestKeys>();
  for (const method of service.methods) {
    const paths = keyPaths(method.input, new Set());
    if (ANY_KEY_METHODS.has(method.name) || (paths.length === 0 && !NO_KEY_METHODS.has(method.name))) out.set(method.name, () => ANY_KEY);
    else if (paths.length === 0) out.set(method.name, () => NO_KEY);
    else out.set(method.name, (request) => ({ kind: "keys", keys: collect(request, paths, []) }));
  }
  return out;
}

/**
 * What a reviewer must decide for `service`: bytes fields in neither
 * KEY_FIELDS nor NOT_KEY_FIELDS, methods with no key field in neither method
 * table, and table entries that name no method or contradict the contract.
 */
export function unclassifiedKeyFields(service: DescService): string[] {
  const problems: string[] = [];
  const names = new Set(service.methods.map((m) => m.name));
  for (const method of service.methods) {
    for (const field of bytesFields(method.input, new Set())) {
      if (!KEY_FIELDS.has(field.name) && !NOT_KEY_FIELDS.has(field.name)) problems.push(`${method.name}: ${field.parent.typeName}.${field.name} is neither a key field nor a non-key field`);
    }
    const hasKeys = keyPaths(method.input, new Set()).length > 0;
    if (!hasKeys && !ANY_KEY_METHODS.has(method.name) && !NO_KEY_METHODS.has(method.name)) problems.push(`${method.name}: names no key field and is in no method table`);
    if (hasKeys && NO_KEY_METHODS.has(method.name)) problems.push(`${method.name}: has key fields but is listed as touching none`);
  }
  for (const name of [...ANY_KEY_METHODS, ...NO_KEY_METHODS]) if (!names.has(name)) problems.push(`${name}: no such method`);
  return problems;
}

function isBytes(field: DescField): boolean {
  return (field.fieldKind === "scalar" || (field.fieldKind === "list" && field.listKind === "scalar")) && field.scalar === ScalarType.BYTES;
}

function messageOf(field: DescField): DescMessage | undefined {
  if (field.fieldKind === "message" || (field.fieldKind === "list" && field.listKind === "message")) return field.message;
  return undefined;
}

/** The Target says which backend, never which key. */
function scanned(field: DescField): boolean {
  return field.name !== "target";
}

function keyPaths(message: DescMessage, seen: Set<string>): KeyPath[] {
  if (seen.has(message.typeName)) return [];
  seen.add(message.typeName);
  const paths: KeyPath[] = [];
  for (const field of message.fields.filter(scanned)) {
    if (isBytes(field) && KEY_FIELDS.has(field.name)) paths.push({ field, inner: [] });
    const inner = messageOf(field);
    if (inner) {
      const innerPaths = keyPaths(inner, seen);
      if (innerPaths.length > 0) paths.push({ field, inner: innerPaths });
    }
  }
  seen.delete(message.typeName);
  return paths;
}

function bytesFields(message: DescMessage, seen: Set<string>): DescField[] {
  if (seen.has(message.typeName)) return [];
  seen.add(message.typeName);
  const out: DescField[] = [];
  for (const field of message.fields.filter(scanned)) {
    if (isBytes(field)) out.push(field);
    const inner = messageOf(field);
    if (inner) out.push(...bytesFields(inner, seen));
  }
  seen.delete(message.typeName);
  return out;
}

/** Reads the key fields of a request message (protobuf-es messages: fields by local name). */
function collect(message: object, paths: readonly KeyPath[], out: Uint8Array[]): Uint8Array[] {
  const fields = message as Record<string, unknown>;
  for (const { field, inner } of paths) {
    const value = fields[field.localName];
    if (value === undefined) continue;
    const items = Array.isArray(value) ? value : [value];
    for (const item of items) {
      if (inner.length > 0) collect(item as object, inner, out);
      else out.push(item as Uint8Array);
    }
  }
  return out;
}
