import type { Item, TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import { invalidField } from "../../errors/dbx-error.js";
import type { ColumnCodec } from "./column-codec.js";
import type { SqlDialect } from "./dialect.js";
import { findColumn, type ColumnShape, type TableShape } from "./table-shape.js";

/** A column a request names; INVALID_ARGUMENT naming `path` when the table has none. */
export function columnOf<C extends ColumnShape>(table: TableShape<C>, field: string, path: string): C {
  const column = findColumn(table, field);
  if (!column) throw invalidField(path, `table "${table.name}" has no column "${field}"`);
  return column;
}

/** A column a write sets; generated columns are refused. */
export function writableColumn<C extends ColumnShape>(table: TableShape<C>, field: string, path: string): C {
  const column = columnOf(table, field, path);
  if (column.generated) throw invalidField(path, `"${field}" is a generated column of "${table.name}"; it cannot be written`);
  return column;
}

/**
 * The columns an answer carries: the key columns first, then the requested
 * fields (`path` names the request list), or every visible column.
 */
export function projection<C extends ColumnShape>(table: TableShape<C>, fields: readonly string[], path: string): C[] {
  const wanted = fields.length ? fields.map((f, i) => columnOf(table, f, `${path}[${i}]`)) : table.columns;
  const out = [...table.keyColumns];
  for (const column of wanted) if (!out.includes(column)) out.push(column);
  return out;
}

/** The select list of `columns`. */
export function selectList(dialect: SqlDialect, columns: readonly ColumnShape[]): string {
  return columns.map((c) => dialect.quoteIdentifier(c.name)).join(", ");
}

/** Decodes rows (values in `columns` order) to records. */
export function rowDecoder<C extends ColumnShape>(codec: ColumnCodec<C>, columns: readonly C[]): (row: readonly unknown[]) => Item {
  return (row) => {
    const fields: Record<string, TypedValue> = {};
    for (let i = 0; i < columns.length; i++) fields[columns[i].name] = codec.decode(row[i], columns[i]);
    return { $typeName: "dbx.v1.Item", fields };
  };
}
