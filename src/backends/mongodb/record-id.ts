import { BSON, Double, Int32, Long, Timestamp, type Document } from "mongodb";
import type { TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import { invalidField } from "../../errors/dbx-error.js";
import { fromBson, toBson } from "./bson-values.js";

/** The field every MongoDB document is keyed by. */
export const ID_FIELD = "_id";

/**
 * A record key as the document's `_id`. A collection has no key fields to
 * name, so a key is one plain value; a map key (a composite key, or a key
 * named by field) is INVALID_ARGUMENT naming `field`, as on Redis. Any other
 * kind is an `_id` as it is: strings, int64, ObjectIds, bytes, ...
 */
export function idOf(key: TypedValue, field: string): unknown {
  if (key.kind.case === "mapValue") {
    throw invalidField(field, "a MongoDB record is keyed by its _id alone: give the key as a plain value, not a map of fields");
  }
  if (key.kind.case === "arrayValue") throw invalidField(field, "an _id cannot be an array");
  return toBson(key, field);
}

/** The query for the document with `id`, typed as the driver's untyped collections take it. */
export function byId(id: unknown): Document {
  return { _id: id };
}

/** The key of a stored document: its `_id` as a universal value. */
export function keyOf(id: unknown): TypedValue {
  return fromBson(id);
}

/**
 * A text equal for `_id`s MongoDB finds equal, to match the documents a
 * query answered to the keys asked for: integral numbers by value (an int32
 * 5 written by another application is the int64 key 5, as `$in` found it),
 * anything else by its canonical Extended JSON.
 */
export function idText(id: unknown): string {
  const integer = integralValue(id);
  return integer === undefined ? BSON.EJSON.stringify({ id }, { relaxed: false }) : `integer:${integer}`;
}

function integralValue(id: unknown): bigint | undefined {
  if (id instanceof Int32) return BigInt(id.value);
  if (id instanceof Long && !(id instanceof Timestamp)) return id.toBigInt();
  const number = id instanceof Double ? id.value : typeof id === "number" ? id : undefined;
  return number !== undefined && Number.isSafeInteger(number) ? BigInt(number) : undefined;
}
