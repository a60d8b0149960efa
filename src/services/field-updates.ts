import type { FieldUpdate } from "../../gen/ts/dbx/v1/data_pb.js";
import type { Backend } from "../backends/backend.js";
import { Capability } from "../backends/capabilities.js";
import { invalidField, unsupported } from "../errors/dbx-error.js";
import { quoteInput } from "../errors/quoted-input.js";
import { checkValue } from "../values/check-value.js";

/** The capability each operator needs; set and unset need none. */
const OPERATOR_CAPABILITY: Partial<Record<NonNullable<FieldUpdate["operation"]["case"]>, Capability>> = {
  increment: Capability.DataUpdateNumeric,
  min: Capability.DataUpdateNumeric,
  max: Capability.DataUpdateNumeric,
  append: Capability.DataUpdateArrays,
  remove: Capability.DataUpdateArrays,
  addToSet: Capability.DataUpdateArrays,
};

/** The contract's names of the operators, for error paths. */
const OPERATOR_NAME = {
  set: "set",
  unset: "unset",
  increment: "increment",
  min: "min",
  max: "max",
  append: "append",
  remove: "remove",
  addToSet: "add_to_set",
} as const;

/**
 * The one check of FieldUpdates (Update, UpdateMany, the `update` writes of
 * BatchWrite and AtomicBatch): at least one; each names a field, once; each
 * has an operation, one the backend declares (`data.update_numeric`,
 * `data.update_arrays`); values have kinds the backend stores, and
 * increment takes an int or a double. `path` is the request path of the
 * list ("updates", "operations[2].update.updates").
 */
export function checkFieldUpdates(updates: readonly FieldUpdate[], path: string, backend: Backend): readonly FieldUpdate[] {
  if (updates.length === 0) throw invalidField(path, "at least one update is required");
  const seen = new Set<string>();
  updates.forEach((u, i) => {
    const at = `${path}[${i}]`;
    if (!u.field) throw invalidField(`${at}.field`, "a field is required");
    if (seen.has(u.field)) throw invalidField(`${at}.field`, `${quoteInput(u.field)} is updated twice; a field may appear once`);
    seen.add(u.field);
    const op = u.operation;
    if (op.case === undefined) throw invalidField(`${at}.operation`, "one of set, unset, increment, min, max, append, remove or add_to_set is required");
    const capability = OPERATOR_CAPABILITY[op.case];
    if (capability && !backend.capabilities.has(capability)) throw unsupported(backend.name, capability);
    const operand = `${at}.${OPERATOR_NAME[op.case]}`;
    switch (op.case) {
      case "set":
      case "min":
      case "max":
        checkValue(op.value, operand, backend);
        return;
      case "increment": {
        const kind = checkValue(op.value, operand, backend).kind.case;
        if (kind !== "intValue" && kind !== "doubleValue") throw invalidField(operand, "increment takes an int or a double");
        return;
      }
      case "append":
      case "remove":
      case "addToSet":
        op.value.values.forEach((v, j) => checkValue(v, `${operand}.values[${j}]`, backend));
        return;
      case "unset":
        return;
    }
  });
  return updates;
}

/** Update with `upsert` needs `data.upsert`. */
export function checkUpsert(upsert: boolean, backend: Backend): boolean {
  if (upsert && !backend.capabilities.has(Capability.DataUpsert)) throw unsupported(backend.name, Capability.DataUpsert);
  return upsert;
}
