import { ColumnType } from "../../../gen/ts/dbx/sql/v1/schema_pb.js";
import type { SqlDialect } from "../sql/dialect.js";
import { quoteIdentifierAnsi } from "../sql/identifier.js";

/** The native type each DBX column type is declared as: one that keeps its values exactly. */
const DECLARED_TYPES: Readonly<Partial<Record<ColumnType, string>>> = {
  [ColumnType.INT64]: "bigint",
  [ColumnType.DOUBLE]: "double precision",
  [ColumnType.STRING]: "text",
  [ColumnType.BYTES]: "bytea",
  [ColumnType.BOOL]: "boolean",
  [ColumnType.TIMESTAMP]: "timestamp with time zone",
  [ColumnType.DECIMAL]: "numeric",
  [ColumnType.JSON]: "jsonb",
  [ColumnType.DATE]: "date",
  [ColumnType.TIME]: "time without time zone",
  [ColumnType.DATETIME]: "timestamp without time zone",
  [ColumnType.INTERVAL]: "interval",
};

/** Text types whose bytes ReadBytes reads as UTF-8 (the database's encoding). */
const TEXT_TYPES = "('text'::regtype, 'character varying'::regtype, 'character'::regtype, 'name'::regtype)";

/**
 * PostgreSQL's SQL, as the shared SQL layer needs it. Tables are always
 * qualified by their schema (the introspector resolves namespace "" to the
 * connection's current schema), values are bound as $n text parameters
 * whose types PostgreSQL infers from where they stand.
 */
export const postgresDialect: SqlDialect = {
  name: "postgres",
  quoteIdentifier: quoteIdentifierAnsi,
  table: (namespace, name) => `${quoteIdentifierAnsi(namespace)}.${quoteIdentifierAnsi(name)}`,
  // Every table has RETURNING.
  lastInsertedKey: undefined,
  // A row version inserted by this statement has no deleting transaction yet; one updated by ON CONFLICT does.
  insertedRow: "CASE WHEN xmax = 0 THEN 1 ELSE 0 END",
  placeholder: (index) => `$${index}`,
  limitOffset(limit, offset) {
    const parts = [];
    if (limit !== undefined) parts.push(` LIMIT ${limit}`);
    if (offset !== undefined) parts.push(` OFFSET ${offset}`);
    return parts.join("");
  },
  // int2/int4/int8 arithmetic raises 22003 (out of range) rather than wrapping or turning into a float.
  integerSum: (left, right) => `${left} + ${right()}`,
  columnType(type) {
    const declared = DECLARED_TYPES[type];
    // SqlService refuses the kinds PostgreSQL has no declared type for, naming the field, before DDL is built.
    if (!declared) throw new Error(`PostgreSQL has no column type for ${ColumnType[type]}`);
    return declared;
  },
  // starts_with() and strpos() take the text as it is: no LIKE pattern, so no wildcard to escape.
  startsWith: (column, prefix, bind) => `starts_with(${column}::text, ${bind(prefix)}::text)`,
  contains: (column, needle, bind) => `strpos(${column}::text, ${bind(needle)}::text) > 0`,
  storageClass: (expression) =>
    `CASE WHEN ${expression} IS NULL THEN 'null' WHEN pg_typeof(${expression}) = 'bytea'::regtype THEN 'blob' ` +
    `WHEN pg_typeof(${expression}) IN ${TEXT_TYPES} THEN 'text' ELSE pg_typeof(${expression})::text END`,
  byteLength: (expression) => `octet_length(${expression})`,
  // Both branches must type-check for text and bytea columns (ranged-read.ts allows no others); only the one
  // for the column's type runs, and ::bytea of a bytea column is no conversion at all.
  byteSlice: (expression, start, length) =>
    `CASE WHEN pg_typeof(${expression}) = 'bytea'::regtype THEN substring(${expression}::bytea FROM ${start}::int FOR ${length}::int) ` +
    `ELSE substring(convert_to(${expression}::text, 'UTF8') FROM ${start}::int FOR ${length}::int) END`,
  isNotDistinctFrom: (left, right) => `${left} IS NOT DISTINCT FROM ${right}`,
  isDistinctFrom: (left, right) => `${left} IS DISTINCT FROM ${right}`,
};
