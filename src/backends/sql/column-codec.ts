import type { TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import type { ArrayColumnOps } from "./array-ops.js";
import type { ColumnShape } from "./table-shape.js";

/**
 * How one database stores DBX values, column by column. Each dialect has
 * one (SQLite: storage classes decided by declared types; PostgreSQL:
 * native types); the planners bind what `encode` answers and decode rows
 * with `decode`, so no planner knows a storage form.
 */
export interface ColumnCodec<C extends ColumnShape = ColumnShape> {
  /** The value in the column's storage form; INVALID_ARGUMENT naming `path` when it does not fit. */
  encode(value: TypedValue, column: C, path: string): unknown;
  /** A stored value as the column's DBX kind. */
  decode(raw: unknown, column: C): TypedValue;
  /**
   * A stored value as a page token carries it: a value that `unmarshalPosition`
   * binds back to exactly the stored value, whatever the column's type.
   */
  marshalPosition(raw: unknown, column: C): TypedValue;
  /** A position from a page token in storage form; INVALID_ARGUMENT naming `path` when it is none. */
  unmarshalPosition(value: TypedValue, column: C, path: string): unknown;
  /** Two storage forms are the same stored value. */
  sameStored(a: unknown, b: unknown): boolean;
  /**
   * The expression compared and sorted on for `expression` (a column or a
   * placeholder of it): itself, or a key that orders its stored form by
   * value (SQLite decimals stored as text).
   */
  comparable(column: C, expression: string): string;
  /** PREFIX and CONTAINS apply (text columns). */
  textual(column: C): boolean;
  /** FieldUpdate increment applies, and whether the column holds integers (sums must stay exact). */
  numeric(column: C): "integer" | "float" | undefined;
  /**
   * Array filters and updates on `column` (its SQL `expression`); undefined
   * for a column that holds no arrays, or a codec without them.
   */
  array?(column: C, expression: string): ArrayColumnOps | undefined;
}
