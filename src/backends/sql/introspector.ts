import type { ColumnShape, TableShape } from "./table-shape.js";

/**
 * Reads table shapes from a database's catalog, cached until the schema
 * changes. SQLite answers synchronously under its connection lock
 * (`Answer` is the shape itself); a pooled driver (PostgreSQL) answers a
 * promise.
 */
export interface TableIntrospector<C extends ColumnShape, Answer = TableShape<C> | undefined> {
  /** The table named `name` in `namespace`, as stored; undefined when there is none. */
  table(namespace: string, name: string): Answer;
  /** Forgets what was read: the schema changed. */
  invalidate(): void;
}
