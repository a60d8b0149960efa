import { ColumnType } from "../../../gen/ts/dbx/sql/v1/schema_pb.js";
import type { SqlColumnDefinition, SqlIndexDefinition, SqlTableDefinition } from "../facets/sql.js";
import type { SqlDialect } from "./dialect.js";

/**
 * CREATE TABLE for a definition whose names were validated. Column types come
 * from the dialect, so every DBX kind is declared with a native type that
 * keeps it exactly. A one-column primary key is a table constraint, which
 * SQLite still takes as the rowid alias for an INTEGER column.
 */
export function createTableSql(dialect: SqlDialect, definition: SqlTableDefinition): string {
  const q = (name: string) => dialect.quoteIdentifier(name);
  const columns = definition.columns.map((c) => `${q(c.name)} ${declaredType(dialect, c)}${c.notNull ? " NOT NULL" : ""}`);
  if (definition.primaryKey.length) columns.push(`PRIMARY KEY (${definition.primaryKey.map(q).join(", ")})`);
  return `CREATE TABLE ${definition.ifNotExists ? "IF NOT EXISTS " : ""}${q(definition.name)} (${columns.join(", ")})`;
}

/**
 * The native type of a column: an ARRAY column (which only adapters of
 * databases with arrays let through) is its element type followed by the
 * standard ARRAY.
 */
function declaredType(dialect: SqlDialect, column: SqlColumnDefinition): string {
  if (column.type === ColumnType.ARRAY && column.elementType !== undefined) return `${dialect.columnType(column.elementType)} ARRAY`;
  return dialect.columnType(column.type);
}

/** CREATE INDEX for a definition whose names were validated. */
export function createIndexSql(dialect: SqlDialect, definition: SqlIndexDefinition): string {
  const q = (name: string) => dialect.quoteIdentifier(name);
  return (
    `CREATE ${definition.unique ? "UNIQUE " : ""}INDEX ${definition.ifNotExists ? "IF NOT EXISTS " : ""}` +
    `${q(definition.name)} ON ${q(definition.table)} (${definition.columns.map(q).join(", ")})`
  );
}

/** DROP TABLE. */
export function dropTableSql(dialect: SqlDialect, table: string): string {
  return `DROP TABLE ${dialect.quoteIdentifier(table)}`;
}

/** DROP INDEX. */
export function dropIndexSql(dialect: SqlDialect, index: string): string {
  return `DROP INDEX ${dialect.quoteIdentifier(index)}`;
}
