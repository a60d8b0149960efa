import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import type { TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import { dbxError, invalidField } from "../../errors/dbx-error.js";
import type { ColumnCodec } from "./column-codec.js";
import type { SqlBuilder } from "./sql-builder.js";
import type { ColumnShape, TableShape } from "./table-shape.js";

/** The key fields of a table, for messages: `"id"` or `"tenant", "id"`. */
export function keyFieldList(table: TableShape): string {
  return table.keyColumns.map((c) => `"${c.name}"`).join(", ");
}

/** The table's key columns; FAILED_PRECONDITION when its records have no key to address them by. */
function requireKeyColumns<C extends ColumnShape>(table: TableShape<C>, backend: string): readonly C[] {
  if (table.keyColumns.length) return table.keyColumns;
  throw dbxError(
    ErrorReason.CONSTRAINT_VIOLATION,
    `table "${table.name}" has neither a primary key nor a rowid, so its records have no key; use dbx.sql.v1.SqlService for it`,
    { backend, collection: table.name, constraint: "primary key" },
  );
}

/**
 * A record key in the storage form of each key column, in key order. A
 * single-column key is its plain value or a one-entry map naming the
 * column; a composite key is a map of exactly its key columns.
 * INVALID_ARGUMENT naming `path` (and the key fields) otherwise.
 */
export function bindKey<C extends ColumnShape>(
  table: TableShape<C>,
  codec: ColumnCodec<C>,
  key: TypedValue,
  path: string,
  backend: string,
): unknown[] {
  const columns = requireKeyColumns(table, backend);
  if (key.kind.case === "mapValue") {
    const given = key.kind.value.fields;
    const names = Object.keys(given);
    if (names.length !== columns.length || columns.some((c) => !Object.hasOwn(given, c.name))) {
      const got = names.length ? names.map((n) => `"${n}"`).join(", ") : "no fields";
      throw invalidField(path, `the key of "${table.name}" is a map of its key fields ${keyFieldList(table)}; got ${got}`);
    }
    return columns.map((c) => keyPart(given[c.name], c, codec, path));
  }
  if (columns.length > 1) {
    throw invalidField(path, `table "${table.name}" has a composite key: give a map_value of its key fields ${keyFieldList(table)}`);
  }
  return [keyPart(key, columns[0], codec, path)];
}

function keyPart<C extends ColumnShape>(value: TypedValue, column: C, codec: ColumnCodec<C>, path: string): unknown {
  if (value.kind.case === "nullValue") throw invalidField(path, `a key cannot be null ("${column.name}")`);
  return codec.encode(value, column, path);
}

/** The record key answered for key values decoded in key order: the plain value, or a map of every key field. */
export function recordKey(table: TableShape, values: readonly TypedValue[]): TypedValue {
  if (values.length === 1) return values[0];
  const fields: Record<string, TypedValue> = {};
  table.keyColumns.forEach((c, i) => (fields[c.name] = values[i]));
  return { $typeName: "dbx.v1.TypedValue", kind: { case: "mapValue", value: { $typeName: "dbx.v1.MapValue", fields } } };
}

/** `"a" = ? AND "b" = ?` for a bound key, its values bound in order. */
export function keyCondition(table: TableShape, key: readonly unknown[], sql: SqlBuilder): string {
  return table.keyColumns.map((c, i) => `${sql.id(c.name)} = ${sql.bind(key[i])}`).join(" AND ");
}
