import type { ColumnType } from "../../../gen/ts/dbx/sql/v1/schema_pb.js";

/**
 * What differs between the SQL databases DBX speaks to, as far as the shared
 * SQL layer (plans, filters, sorting, paging, DDL) is concerned. Everything
 * else the planners write is portable SQL: row values (`(a, b) > (?, ?)`),
 * `INSERT ... DEFAULT VALUES` and `RETURNING`, which every supported
 * database has (SQLite since 3.35, PostgreSQL always).
 */
export interface SqlDialect {
  readonly name: string;
  /** Quotes an identifier so that any name is taken literally. */
  quoteIdentifier(name: string): string;
  /** A table as statements name it: quoted, qualified by its namespace where the database has several. */
  table(namespace: string, name: string): string;
  /**
   * An expression for the key the last insert on this connection generated
   * (SQLite's last_insert_rowid()), to read back a record from a table
   * without RETURNING; undefined where every table has RETURNING.
   */
  readonly lastInsertedKey: string | undefined;
  /**
   * An expression, valid in the RETURNING list of `INSERT ... ON CONFLICT DO
   * UPDATE`, that is 1 for a row the statement inserted and 0 for one it
   * updated (PostgreSQL: `xmax = 0`); undefined where Put takes two statements.
   */
  readonly insertedRow?: string;
  /** The placeholder of the `index`-th bound parameter (1-based). */
  placeholder(index: number): string;
  /** The LIMIT/OFFSET clause (with a leading space); an undefined limit means no limit. */
  limitOffset(limit: string | undefined, offset: string | undefined): string;
  /**
   * `left + right` for integer columns, failing rather than leaving the
   * 64-bit range (SQLite would turn the sum into a lossy float). `right`
   * binds the operand again each time it is called.
   */
  integerSum(left: string, right: () => string): string;
  /** The native type a DBX column type is declared as, keeping its values exactly. */
  columnType(type: ColumnType): string;
  /**
   * SQL that is true when `column` starts with `prefix` (case-sensitive);
   * `bind` adds a parameter and answers its placeholder.
   */
  startsWith(column: string, prefix: string, bind: (value: unknown) => string): string;
  /** SQL that is true when `column` contains `needle` (case-sensitive). */
  contains(column: string, needle: string, bind: (value: unknown) => string): string;
  /**
   * The storage class of a value as SQL: one of 'null', 'integer', 'real',
   * 'text', 'blob' (SQLite's typeof names; others map their types to them).
   */
  storageClass(expression: string): string;
  /** The size in bytes of a text (as UTF-8) or bytes value. */
  byteLength(expression: string): string;
  /** Bytes `start` (1-based) to `start + length - 1` of a text (as UTF-8) or bytes value, as bytes. */
  byteSlice(expression: string, start: string, length: string): string;
  /** Null-safe equality: true when both are null or both equal. */
  isNotDistinctFrom(left: string, right: string): string;
  /** Null-safe inequality. */
  isDistinctFrom(left: string, right: string): string;
}
