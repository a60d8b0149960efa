import type { ColumnType } from "../../../gen/ts/dbx/sql/v1/schema_pb.js";

/** A column as the planners see it, whatever database it lives in. */
export interface ColumnShape {
  readonly name: string;
  /** The DBX kind of its values; UNSPECIFIED when each value carries its stored kind. */
  readonly type: ColumnType;
  /** Computed by the database: read, never written. */
  readonly generated: boolean;
  /** The database fills it when an insert leaves it out (a default, a generated key). */
  readonly hasDefault: boolean;
}

/**
 * A table as the planners see it: its columns, and what keys its records.
 * Each dialect's introspector (introspector.ts) builds it from the
 * database's catalog; `C` carries what that dialect's codec needs besides.
 */
export interface TableShape<C extends ColumnShape = ColumnShape> {
  /** The namespace as statements qualify the table (PostgreSQL schema); SQLite's is "main". */
  readonly namespace: string;
  /** The name as stored. */
  readonly name: string;
  /** Visible columns in table order. */
  readonly columns: readonly C[];
  readonly byName: ReadonlyMap<string, C>;
  /**
   * The columns that key a record, in key order: the primary key, or a
   * pseudo column (SQLite's rowid) that may be missing from `columns`.
   * Empty when records cannot be addressed (a table without either).
   */
  readonly keyColumns: readonly C[];
  /** The key column the database fills on insert (INTEGER PRIMARY KEY, rowid, serial); undefined otherwise. */
  readonly generatedKey: C | undefined;
  /**
   * Writes can answer rows with RETURNING. SQLite virtual tables cannot:
   * writes to them are read back by key after the write (sql-plan.ts `before`).
   */
  readonly returning: boolean;
  /** INSERT ... ON CONFLICT (key) DO UPDATE applies (with dialect.insertedRow: Put in one statement). */
  readonly upsert?: boolean;
}

/** The column named `field`, key pseudo columns included; undefined when the table has none. */
export function findColumn<C extends ColumnShape>(table: TableShape<C>, field: string): C | undefined {
  return table.byName.get(field) ?? table.keyColumns.find((c) => c.name === field);
}
