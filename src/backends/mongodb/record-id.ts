import { BSON, type Document } from "mongodb";
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

/** The `_id`'s canonical Extended JSON: equal for equal `_id`s of one BSON type, to match documents to keys. */
export function idText(id: unknown): string {
  return BSON.EJSON.stringify({ id }, { relaxed: false });
}
