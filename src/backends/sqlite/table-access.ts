import { ColumnType, TableKind } from "../../../gen/ts/dbx/sql/v1/schema_pb.js";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import type { Item, TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import { dbxError, invalidField } from "../../errors/dbx-error.js";
import type { QueryColumn, QueryColumns } from "../sql/filter-compiler.js";
import { checkIdentifier } from "../sql/identifier.js";
import { sqliteDialect } from "./sqlite-dialect.js";
import type { ColumnMeta, TableMeta, TableMetadata } from "./table-metadata.js";
import { decodeForColumn, encodeForColumn, type SqliteValue } from "./value-codec.js";

export const q = sqliteDialect.quoteIdentifier;

/**
 * The table a data call names. NOT_FOUND (UNKNOWN_COLLECTION) when there is
 * none; views are not collections (they have no key): SqlService reads them.
 */
export function requireTable(metadata: TableMetadata, name: string, backend: string, field = "target.collection"): TableMeta {
  checkIdentifier(name, field);
  const table = metadata.find(name);
  if (!table || table.kind === TableKind.VIEW) {
    throw dbxError(
      ErrorReason.UNKNOWN_COLLECTION,
      table
        ? `"${name}" is a view, not a table; query it through dbx.sql.v1.SqlService`
        : `backend "${backend}" has no table named "${name}"`,
      { backend, collection: name },
    );
  }
  return table;
}

/**
 * The column that keys the table's records. FAILED_PRECONDITION naming the
 * table when records cannot be addressed by one key (a composite primary
 * key on a WITHOUT ROWID table, or one that shadows the rowid).
 */
export function requireKey(table: TableMeta, backend: string): ColumnMeta {
  if (table.key) return table.key;
  throw dbxError(
    ErrorReason.CONSTRAINT_VIOLATION,
    `table "${table.name}" has a composite primary key (${table.primaryKey.join(", ")}); DataService addresses records by one key: use dbx.sql.v1.SqlService for it`,
    { backend, collection: table.name, constraint: "primary key" },
  );
}

/** The key in the key column's storage form. */
export function encodeKey(key: TypedValue, column: ColumnMeta, field = "key"): SqliteValue {
  if (key.kind.case === "nullValue") throw invalidField(field, "a key cannot be null");
  return encodeForColumn(key, column, field);
}

/** A column a request names; INVALID_ARGUMENT naming `path` when the table has none. */
export function columnOf(table: TableMeta, field: string, path: string): ColumnMeta {
  const column = table.byName.get(field) ?? (table.key?.name === field ? table.key : undefined);
  if (!column) throw invalidField(path, `table "${table.name}" has no column "${field}"`);
  return column;
}

/** A column a write sets; generated columns are refused. */
export function writableColumn(table: TableMeta, field: string, path: string): ColumnMeta {
  const column = columnOf(table, field, path);
  if (column.generated) throw invalidField(path, `"${field}" is a generated column of "${table.name}"; it cannot be written`);
  return column;
}

/**
 * The columns an answer carries: the key first, then the requested fields
 * (`path` names the request list), or every visible column.
 */
export function projection(table: TableMeta, fields: readonly string[], path: string): ColumnMeta[] {
  const wanted = fields.length ? fields.map((f, i) => columnOf(table, f, `${path}[${i}]`)) : [...table.columns];
  const first = table.key ?? undefined;
  const keyFirst = first ? [first, ...wanted.filter((c) => c.name !== first.name)] : wanted;
  return [...new Map(keyFirst.map((c) => [c.name, c])).values()];
}

/** The select list of `columns`. */
export function selectList(columns: readonly ColumnMeta[]): string {
  return columns.map((c) => q(c.name)).join(", ");
}

/** A raw row (values in `columns` order) as a record. */
export function decodeRecord(columns: readonly ColumnMeta[], row: readonly unknown[]): Item {
  const fields: Record<string, TypedValue> = {};
  for (let i = 0; i < columns.length; i++) fields[columns[i].name] = decodeForColumn(row[i], columns[i].type);
  return { $typeName: "dbx.v1.Record", fields };
}

/** The table's columns as filters and sorts see them (decimals compare by value). */
export function queryColumns(table: TableMeta): QueryColumns {
  return { column: (field, path) => queryColumn(columnOf(table, field, path)) };
}

export function queryColumn(column: ColumnMeta): QueryColumn {
  const sql = q(column.name);
  const decimal = column.type === ColumnType.DECIMAL;
  return {
    sql,
    comparable: decimal ? `dbx_decimal_key(${sql})` : sql,
    comparableOperand: (placeholder) => (decimal ? `dbx_decimal_key(${placeholder})` : placeholder),
    textual: column.type === ColumnType.STRING || column.type === ColumnType.JSON || column.type === ColumnType.UNSPECIFIED,
    encode: (value, path) => encodeForColumn(value, column, path),
  };
}
