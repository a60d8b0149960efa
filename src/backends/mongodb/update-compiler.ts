import type { Document } from "mongodb";
import type { FieldUpdate } from "../../../gen/ts/dbx/v1/data_pb.js";
import { invalidField } from "../../errors/dbx-error.js";
import { toBson } from "./bson-values.js";
import { fieldPath } from "./field-path.js";
import { ID_FIELD } from "./record-id.js";

/** Each universal operation's MongoDB update operator and how its operand is written. */
const OPERATORS = {
  set: "$set",
  unset: "$unset",
  increment: "$inc",
  min: "$min",
  max: "$max",
  append: "$push",
  remove: "$pullAll",
  addToSet: "$addToSet",
} as const;

/**
 * Field updates (validated by src/services/field-updates.ts: each field
 * once, every operation set) as one MongoDB update document, applied
 * atomically to the document by the server: set/unset → $set/$unset,
 * increment → $inc, min/max → $min/$max, append → $push with $each, remove →
 * $pullAll, add_to_set → $addToSet with $each. Field names are paths
 * (field-path.ts); `_id` cannot change. `path` is the request path of the
 * list ("updates", "operations[2].update.updates").
 */
export function compileUpdates(updates: readonly FieldUpdate[], path: string): Document {
  const update: Record<string, Document> = {};
  updates.forEach((u, i) => {
    const at = `${path}[${i}]`;
    const field = fieldPath(u.field, `${at}.field`);
    if (field === ID_FIELD || field.startsWith(`${ID_FIELD}.`)) throw invalidField(`${at}.field`, "a record's _id is its key and cannot be updated");
    const op = u.operation;
    if (op.case === undefined) throw invalidField(at, "an operation is required");
    const operator = OPERATORS[op.case];
    const operand = `${at}.${snake(op.case)}`;
    let value: unknown;
    switch (op.case) {
      case "unset":
        value = "";
        break;
      case "set":
      case "increment":
      case "min":
      case "max":
        value = toBson(op.value, operand);
        break;
      case "append":
      case "addToSet":
        value = { $each: op.value.values.map((v, j) => toBson(v, `${operand}.values[${j}]`)) };
        break;
      case "remove":
        value = op.value.values.map((v, j) => toBson(v, `${operand}.values[${j}]`));
        break;
    }
    (update[operator] ??= {})[field] = value;
  });
  return update;
}

function snake(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
