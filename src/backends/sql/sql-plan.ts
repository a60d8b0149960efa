import type { ColumnCodec } from "./column-codec.js";
import type { SqlDialect } from "./dialect.js";
import type { ColumnShape } from "./table-shape.js";

/** What running a statement gave back. */
export interface SqlResult {
  /** The rows it answered (SELECT, RETURNING); the first only when the plan reads "row". */
  readonly rows: readonly (readonly unknown[])[];
  /** The rows it changed, for a plan that reads "changes". */
  readonly changes: number;
}

/**
 * One statement, ready to run: SQL text in the dialect's spelling, the
 * values bound to its placeholders in order, and how to turn what it gives
 * back into the operation's answer. Drivers run plans (SQLite synchronously
 * under its lock, PostgreSQL on a pool) and cache compiled statements by
 * their text; plans never hold connections.
 */
export interface SqlPlan<T> {
  /**
   * A write run first, for its effect only, when the plan itself reads the
   * written record back (tables without RETURNING); in the same transaction.
   */
  readonly before?: SqlStatementText;
  readonly sql: string;
  readonly params: readonly unknown[];
  /** "row": at most the first row is read; "rows": all of them; "changes": no rows, the change count. */
  readonly reads: "row" | "rows" | "changes";
  decode(result: SqlResult): T;
}

/** SQL text and its parameters. */
export interface SqlStatementText {
  readonly sql: string;
  readonly params: readonly unknown[];
}

/** A query whose rows are streamed in batches, each row decoded on its own. */
export interface StreamPlan<T> {
  readonly sql: string;
  readonly params: readonly unknown[];
  decodeRow(row: readonly unknown[]): T;
}

/** What every planner needs: how the database spells SQL and stores values. */
export interface PlanContext<C extends ColumnShape = ColumnShape> {
  readonly dialect: SqlDialect;
  readonly codec: ColumnCodec<C>;
}
