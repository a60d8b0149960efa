import { create, fromBinary, toBinary } from "@bufbuild/protobuf";
import { TypedValueSchema, type TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import { invalidField } from "../../errors/dbx-error.js";
import type { CollectionRef } from "../backend-calls.js";
import { checkRedisNamespace } from "./namespace.js";

/**
 * The Redis key of a record is `<keyPrefix><collection>:<suffix>` (ioredis
 * adds the prefix). The suffix encodes the key value so that every key kind
 * round-trips and different kinds never collide:
 *
 * - a string is itself (`users:alice`), unless it starts with `~`;
 * - `~s:<string>` for a string that starts with `~`;
 * - `~i:<decimal>` for an integer (`users:~i:42`);
 * - `~b:<raw bytes>` for bytes;
 * - `~v:<protobuf dbx.v1.TypedValue>` for any other kind but a map.
 */
const TAG = "~";

/**
 * The collection a Target names on Redis: the namespace must be empty, the
 * collection set. `field` is the request path of the Target.
 */
export function recordCollection(target: CollectionRef, field = "target"): string {
  checkRedisNamespace(target.namespace, `${field}.namespace`);
  return checkCollection(target.collection, `${field}.collection`);
}

/** Checks a collection name: a Redis key prefix without `:` (which separates it from keys). */
export function checkCollection(collection: string, field = "target.collection"): string {
  if (collection === "") throw invalidField(field, "a collection is required");
  if (collection.includes(":")) throw invalidField(field, `"${collection}": Redis collection names cannot contain ':'`);
  return collection;
}

/**
 * The key (without the backend's key prefix) of the record `key` of
 * `collection`. A Redis record has one key, a plain value: a map (a composite
 * key) is INVALID_ARGUMENT naming `field`.
 */
export function recordKey(collection: string, key: TypedValue, field = "key"): Buffer {
  if (key.kind.case === "mapValue") {
    throw invalidField(field, "Redis records have a single key: give the plain value, not a map of key fields");
  }
  return Buffer.concat([Buffer.from(`${collection}:`), encodeKeySuffix(key)]);
}

/** The `<collection>:` part that all record keys of a collection start with. */
export function collectionPrefix(collection: string): Buffer {
  return Buffer.from(`${collection}:`);
}

export function encodeKeySuffix(key: TypedValue): Buffer {
  switch (key.kind.case) {
    case "stringValue":
      return Buffer.from(key.kind.value.startsWith(TAG) ? `${TAG}s:${key.kind.value}` : key.kind.value);
    case "intValue":
      return Buffer.from(`${TAG}i:${key.kind.value}`);
    case "bytesValue":
      return Buffer.concat([Buffer.from(`${TAG}b:`), key.kind.value]);
    default:
      return Buffer.concat([Buffer.from(`${TAG}v:`), toBinary(TypedValueSchema, key)]);
  }
}

/** The key value of a record key suffix; undefined when the suffix is not one DBX writes. */
export function decodeKeySuffix(suffix: Buffer): TypedValue | undefined {
  if (suffix[0] !== TAG.charCodeAt(0)) {
    const text = suffix.toString("utf8");
    // A suffix that is not valid UTF-8 was not written by DBX as a string key.
    if (!Buffer.from(text).equals(suffix)) return undefined;
    return create(TypedValueSchema, { kind: { case: "stringValue", value: text } });
  }
  const tag = suffix.subarray(0, 3).toString("latin1");
  const body = suffix.subarray(3);
  try {
    switch (tag) {
      case `${TAG}s:`:
        return create(TypedValueSchema, { kind: { case: "stringValue", value: body.toString("utf8") } });
      case `${TAG}i:`:
        if (!/^-?\d+$/.test(body.toString("latin1"))) return undefined;
        return create(TypedValueSchema, { kind: { case: "intValue", value: BigInt(body.toString("latin1")) } });
      case `${TAG}b:`:
        return create(TypedValueSchema, { kind: { case: "bytesValue", value: new Uint8Array(body) } });
      case `${TAG}v:`:
        return fromBinary(TypedValueSchema, new Uint8Array(body));
      default:
        return undefined;
    }
  } catch {
    return undefined;
  }
}
