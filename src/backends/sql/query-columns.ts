import type { ColumnCodec } from "./column-codec.js";
import type { SqlDialect } from "./dialect.js";
import type { QueryColumn, QueryColumns } from "./filter-compiler.js";
import { columnOf } from "./projection.js";
import type { ColumnShape, TableShape } from "./table-shape.js";

/** A table's column as filters and sorts see it. */
export function queryColumn<C extends ColumnShape>(dialect: SqlDialect, codec: ColumnCodec<C>, column: C): QueryColumn {
  const sql = dialect.quoteIdentifier(column.name);
  return {
    sql,
    comparable: codec.comparable(column, sql),
    comparableOperand: (placeholder) => codec.comparable(column, placeholder),
    textual: codec.textual(column),
    encode: (value, path) => codec.encode(value, column, path),
    array: codec.array?.(column, sql),
  };
}

/** The table's columns as filters and sorts see them; unknown fields are INVALID_ARGUMENT naming their path. */
export function queryColumns<C extends ColumnShape>(dialect: SqlDialect, codec: ColumnCodec<C>, table: TableShape<C>): QueryColumns {
  return { column: (field, path) => queryColumn(dialect, codec, columnOf(table, field, path)) };
}
