import { ColumnType } from "../../../gen/ts/dbx/sql/v1/schema_pb.js";
import type { TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import type { SqlResultColumn } from "../facets/sql.js";
import { columnTypeOf, typeModifiers } from "./column-type.js";
import type { SqliteStatement } from "./connection.js";
import type { TableMetadata } from "./table-metadata.js";
import { decodeForColumn } from "./value-codec.js";

/**
 * The columns of a statement's result. A result column that is a plain
 * table column has the table column's declared type, hence its DBX kind,
 * native type name with precision and scale, nullability and source table
 * and column (better-sqlite3's `columns()` tells them); expressions have
 * none of these (SQLite types values, not expressions), and their values
 * are answered by storage class.
 */
export function resultColumns(statement: SqliteStatement, metadata: TableMetadata): SqlResultColumn[] {
  if (!statement.reader) return [];
  return statement.columns().map((c) => {
    const declaredType = c.type ?? "";
    const column: SqlResultColumn = {
      name: c.name,
      declaredType,
      type: declaredType ? columnTypeOf(declaredType) : ColumnType.UNSPECIFIED,
      ...typeModifiers(declaredType),
    };
    if (c.table && c.column && c.database) column.source = { namespace: c.database, table: c.table, column: c.column };
    if (c.table && c.column && c.database === "main") {
      const meta = metadata.find(c.table);
      const origin = meta?.byName.get(c.column);
      // An INTEGER PRIMARY KEY is the rowid, never null; other key columns
      // can hold null in SQLite unless declared NOT NULL.
      const rowidAlias = origin !== undefined && meta?.key === origin && meta.hasRowid && origin.declaredType.toUpperCase() === "INTEGER";
      if (origin) column.nullable = !origin.notNull && !rowidAlias;
      else if (meta?.key?.name === c.column) column.nullable = false;
    }
    return column;
  });
}

/** A raw row decoded column by column. */
export function decodeRow(row: readonly unknown[], columns: readonly SqlResultColumn[]): TypedValue[] {
  const values = new Array<TypedValue>(row.length);
  for (let i = 0; i < row.length; i++) values[i] = decodeForColumn(row[i], columns[i]?.type ?? ColumnType.UNSPECIFIED);
  return values;
}
