import type { FieldUpdate } from "../../../gen/ts/dbx/v1/data_pb.js";
import type { TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import { invalidField } from "../../errors/dbx-error.js";
import { writableColumn } from "./projection.js";
import type { SqlBuilder } from "./sql-builder.js";
import type { PlanContext } from "./sql-plan.js";
import type { ColumnShape, TableShape } from "./table-shape.js";

/** One column a FieldUpdate changes, resolved and checked. */
export interface ColumnChange<C extends ColumnShape> {
  readonly column: C;
  readonly update: FieldUpdate;
  /** The operand in the column's storage form; undefined for unset. */
  readonly operand: unknown;
}

/**
 * Resolves FieldUpdates against a table: each names a writable column once,
 * and its operand fits the column (INVALID_ARGUMENT naming `updates[i]...`
 * otherwise). Key columns cannot change: a `set` of a key field is allowed
 * only with the value `key` already has (it is then left out); without a
 * `key` (UpdateMany) key fields are refused.
 */
export function resolveChanges<C extends ColumnShape>(
  pc: PlanContext<C>,
  table: TableShape<C>,
  updates: readonly FieldUpdate[],
  path: string,
  key?: readonly unknown[],
): ColumnChange<C>[] {
  const changes: ColumnChange<C>[] = [];
  const seen = new Set<string>();
  updates.forEach((update, i) => {
    const at = `${path}[${i}]`;
    const column = writableColumn(table, update.field, `${at}.field`);
    if (seen.has(column.name)) throw invalidField(`${at}.field`, `"${update.field}" is updated more than once`);
    seen.add(column.name);
    const op = update.operation;
    const keyIndex = table.keyColumns.indexOf(column);
    if (keyIndex >= 0) {
      if (op.case === "set" && key && pc.codec.sameStored(pc.codec.encode(op.value, column, `${at}.set`), key[keyIndex])) return;
      throw invalidField(`${at}.field`, key ? `the key field "${column.name}" cannot change` : `key fields cannot be updated by filter ("${column.name}")`);
    }
    switch (op.case) {
      case "set":
        changes.push({ column, update, operand: pc.codec.encode(op.value, column, `${at}.set`) });
        return;
      case "unset":
        changes.push({ column, update, operand: undefined });
        return;
      case "increment": {
        const numeric = pc.codec.numeric(column);
        if (!numeric) throw invalidField(`${at}.increment`, `"${column.name}" is not an integer or floating-point column`);
        if (op.value.kind.case !== "intValue" && op.value.kind.case !== "doubleValue") {
          throw invalidField(`${at}.increment`, "increment takes an int or a double");
        }
        changes.push({ column, update, operand: pc.codec.encode(op.value, column, `${at}.increment`) });
        return;
      }
      case "min":
      case "max":
        if (op.value.kind.case === "nullValue") throw invalidField(`${at}.${op.case}`, `${op.case} takes a non-null value`);
        changes.push({ column, update, operand: pc.codec.encode(op.value, column, `${at}.${op.case}`) });
        return;
      case "append":
      case "remove":
      case "addToSet": {
        const name = op.case === "addToSet" ? "add_to_set" : op.case;
        if (!pc.codec.array?.(column, "")) throw invalidField(`${at}.${name}`, `"${column.name}" does not hold arrays`);
        const list: TypedValue = { $typeName: "dbx.v1.TypedValue", kind: { case: "arrayValue", value: op.value } };
        changes.push({ column, update, operand: pc.codec.encode(list, column, `${at}.${name}`) });
        return;
      }
      case undefined:
        throw invalidField(`${at}.operation`, "an operation is required");
    }
  });
  return changes;
}

/**
 * The SET list of an UPDATE applying `changes`. A missing (null) field
 * counts as 0 for increment and takes the operand for min and max; min and
 * max compare the way filters do (codec.comparable).
 */
export function assignments<C extends ColumnShape>(pc: PlanContext<C>, changes: readonly ColumnChange<C>[], sql: SqlBuilder): string {
  return changes
    .map((change) => {
      const column = sql.id(change.column.name);
      const op = change.update.operation.case;
      const bind = () => sql.bind(change.operand);
      switch (op) {
        case "increment": {
          const current = `COALESCE(${column}, 0)`;
          const sum = pc.codec.numeric(change.column) === "integer" ? pc.dialect.integerSum(current, bind) : `${current} + ${bind()}`;
          return `${column} = ${sum}`;
        }
        case "min":
        case "max": {
          const comparison = op === "min" ? ">" : "<";
          const test = `${pc.codec.comparable(change.column, column)} ${comparison} ${pc.codec.comparable(change.column, bind())}`;
          return `${column} = CASE WHEN ${column} IS NULL OR ${test} THEN ${bind()} ELSE ${column} END`;
        }
        case "unset":
          return `${column} = NULL`;
        case "append":
        case "remove":
        case "addToSet":
          return `${column} = ${pc.codec.array!(change.column, column)!.update(op, bind)}`;
        default:
          return `${column} = ${bind()}`;
      }
    })
    .join(", ");
}

/**
 * What `changes` store in a record that does not exist yet (an upsert): set
 * and increment, min and max their operand (from nothing, i.e. 0 or null),
 * append and add_to_set their operand array, unset and remove null.
 */
export function initialValues<C extends ColumnShape>(changes: readonly ColumnChange<C>[]): { column: C; value: unknown }[] {
  return changes.map((change) => ({ column: change.column, value: change.update.operation.case === "remove" ? null : (change.operand ?? null) }));
}
