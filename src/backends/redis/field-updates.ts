import { create } from "@bufbuild/protobuf";
import type { FieldUpdate } from "../../../gen/ts/dbx/v1/data_pb.js";
import { TypedValueSchema, type TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import { invalidField } from "../../errors/dbx-error.js";
import { compareValues, valuesEqual } from "./value-order.js";

/** What an update does to a record's hash: fields written with their new values, fields removed. */
export interface FieldChanges {
  readonly set: Record<string, TypedValue>;
  readonly unset: string[];
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/**
 * The fields whose current values an update needs: every operator but `set`
 * and `unset` computes from the value it replaces. Field names are the
 * record's own (a Redis record is flat; dots are part of the name).
 */
export function fieldsRead(updates: readonly FieldUpdate[]): string[] {
  return updates.filter((u) => u.operation.case !== "set" && u.operation.case !== "unset").map((u) => u.field);
}

/**
 * Applies the updates (validated: each field once, each operation set) to
 * the current values of the fields they read (`current`; a missing record
 * has none). Semantics, as MongoDB's operators: increment adds an int or a
 * double, a missing or null field counting as 0 (int + int stays an exact
 * int64, overflow is refused; a double makes a double); min and max keep the
 * smaller or larger by value-order.ts, a missing or null field taking the
 * operand; append adds elements, add_to_set those not held yet (each once),
 * remove drops every element equal to one given; a missing or null field is
 * an empty array for them (remove then leaves it as it was). A field whose
 * kind the operator cannot take is INVALID_ARGUMENT naming
 * `<path>[i].<operator>`.
 */
export function applyFieldUpdates(
  current: Readonly<Record<string, TypedValue>>,
  updates: readonly FieldUpdate[],
  path: string,
): FieldChanges {
  const changes: FieldChanges = { set: {}, unset: [] };
  updates.forEach((u, i) => {
    const op = u.operation;
    const at = `${path}[${i}].${operatorField(op.case)}`;
    const before = Object.hasOwn(current, u.field) ? current[u.field] : undefined;
    const absent = before === undefined || before.kind.case === "nullValue";
    switch (op.case) {
      case "set":
        changes.set[u.field] = op.value;
        return;
      case "unset":
        changes.unset.push(u.field);
        return;
      case "increment":
        changes.set[u.field] = increment(absent ? undefined : before, op.value, u.field, at);
        return;
      case "min":
      case "max": {
        if (absent) {
          changes.set[u.field] = op.value;
          return;
        }
        const c = compareValues(before, op.value);
        if (c === undefined) {
          throw invalidField(at, `field "${u.field}" holds ${kindName(before)}, which does not order against ${kindName(op.value)}`);
        }
        const takeOperand = op.case === "min" ? c > 0 : c < 0;
        if (takeOperand) changes.set[u.field] = op.value;
        return;
      }
      case "append":
      case "addToSet":
      case "remove": {
        const elements = absent ? undefined : elementsOf(before, u.field, at);
        if (op.case === "remove") {
          if (elements) changes.set[u.field] = array(elements.filter((e) => !op.value.values.some((r) => valuesEqual(e, r))));
          return;
        }
        const out = [...(elements ?? [])];
        for (const v of op.value.values) {
          if (op.case === "append" || !out.some((e) => valuesEqual(e, v))) out.push(v);
        }
        changes.set[u.field] = array(out);
        return;
      }
      default:
        throw invalidField(`${path}[${i}]`, "an operation is required");
    }
  });
  return changes;
}

function increment(before: TypedValue | undefined, by: TypedValue, field: string, at: string): TypedValue {
  if (by.kind.case !== "intValue" && by.kind.case !== "doubleValue") throw invalidField(at, "increment by an int or a double");
  const base = before ?? create(TypedValueSchema, { kind: { case: "intValue", value: 0n } });
  if (base.kind.case === "intValue" && by.kind.case === "intValue") {
    const sum = base.kind.value + by.kind.value;
    if (sum < INT64_MIN || sum > INT64_MAX) throw invalidField(at, `field "${field}" would pass the range of a 64-bit integer`);
    return create(TypedValueSchema, { kind: { case: "intValue", value: sum } });
  }
  if (base.kind.case !== "intValue" && base.kind.case !== "doubleValue") {
    throw invalidField(at, `field "${field}" holds ${kindName(base)}; increment needs an int or a double`);
  }
  return create(TypedValueSchema, { kind: { case: "doubleValue", value: Number(base.kind.value) + Number(by.kind.value) } });
}

function elementsOf(value: TypedValue, field: string, at: string): TypedValue[] {
  if (value.kind.case !== "arrayValue") throw invalidField(at, `field "${field}" holds ${kindName(value)}, not an array`);
  return value.kind.value.values;
}

function array(values: TypedValue[]): TypedValue {
  return create(TypedValueSchema, { kind: { case: "arrayValue", value: { values } } });
}

/** The operator's field name in the request, for error paths. */
function operatorField(operation: FieldUpdate["operation"]["case"]): string {
  return operation === "addToSet" ? "add_to_set" : (operation ?? "operation");
}

/** "a string", "an int", ... for messages. */
function kindName(value: TypedValue): string {
  const name = (value.kind.case ?? "unset").replace(/Value$/, "").replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return /^[aeiou]/.test(name) ? `an ${name}` : `a ${name}`;
}
