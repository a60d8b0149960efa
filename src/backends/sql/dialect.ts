import type { ColumnType } from "../../../gen/ts/dbx/sql/v1/schema_pb.js";

/**
 * What differs between the SQL databases DBX speaks to, as far as the shared
 * SQL layer (filters, sorting, paging, DDL) is concerned. Everything else is
 * portable SQL.
 */
export interface SqlDialect {
  readonly name: string;
  /** Quotes an identifier so that any name is taken literally. */
  quoteIdentifier(name: string): string;
  /** The placeholder of the `index`-th bound parameter (1-based). */
  placeholder(index: number): string;
  /** The native type a DBX column type is declared as, keeping its values exactly. */
  columnType(type: ColumnType): string;
  /**
   * SQL that is true when `column` starts with `prefix` (case-sensitive);
   * `bind` adds a parameter and answers its placeholder.
   */
  startsWith(column: string, prefix: string, bind: (value: unknown) => string): string;
  /** SQL that is true when `column` contains `needle` (case-sensitive). */
  contains(column: string, needle: string, bind: (value: unknown) => string): string;
  /** Null-safe equality: true when both are null or both equal. */
  isNotDistinctFrom(left: string, right: string): string;
  /** Null-safe inequality. */
  isDistinctFrom(left: string, right: string): string;
}
