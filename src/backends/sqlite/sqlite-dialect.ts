import { ColumnType } from "../../../gen/ts/dbx/sql/v1/schema_pb.js";
import type { SqlDialect } from "../sql/dialect.js";
import { quoteIdentifierAnsi } from "../sql/identifier.js";
import { DECLARED_TYPES } from "./column-type.js";

/** GLOB is case-sensitive (LIKE is not, for ASCII) and can use an index; its wildcards are escaped as classes. */
function escapeGlob(text: string): string {
  return text.replace(/[*?[]/g, (c) => `[${c}]`);
}

/** Raises SQLite's "integer overflow" error: abs() of the smallest integer has no integer result. */
const INTEGER_OVERFLOW = "abs(-9223372036854775808)";

/**
 * SQLite's SQL, as the shared SQL layer needs it. Record statements qualify
 * tables with their schema, always main (namespace.ts), so that a TEMP table
 * of the same name never shadows the table the metadata describes.
 */
export const sqliteDialect: SqlDialect = {
  name: "sqlite",
  quoteIdentifier: quoteIdentifierAnsi,
  table: (namespace, name) => `${quoteIdentifierAnsi(namespace)}.${quoteIdentifierAnsi(name)}`,
  lastInsertedKey: "last_insert_rowid()",
  placeholder: () => "?",
  limitOffset(limit, offset) {
    if (offset === undefined) return limit === undefined ? "" : ` LIMIT ${limit}`;
    return ` LIMIT ${limit ?? "-1"} OFFSET ${offset}`;
  },
  // SQLite turns an integer sum past the 64-bit range into a float, silently.
  integerSum: (left, right) =>
    `CASE WHEN typeof(${left}) = 'integer' AND typeof(${left} + ${right()}) = 'real' THEN ${INTEGER_OVERFLOW} ELSE ${left} + ${right()} END`,
  columnType(type) {
    // SqlService refuses the kinds SQLite has no column for, naming the field, before DDL is built.
    const declared = DECLARED_TYPES[type];
    if (!declared) throw new Error(`SQLite has no column type for ${ColumnType[type]}`);
    return declared;
  },
  startsWith: (column, prefix, bind) => `${column} GLOB ${bind(`${escapeGlob(prefix)}*`)}`,
  contains: (column, needle, bind) => `instr(${column}, ${bind(needle)}) > 0`,
  storageClass: (expression) => `typeof(${expression})`,
  // octet_length() reads a BLOB's or TEXT's size without loading it.
  byteLength: (expression) => `octet_length(${expression})`,
  byteSlice: (expression, start, length) => `substr(CAST(${expression} AS BLOB), ${start}, ${length})`,
  isNotDistinctFrom: (left, right) => `${left} IS ${right}`,
  isDistinctFrom: (left, right) => `${left} IS NOT ${right}`,
};
