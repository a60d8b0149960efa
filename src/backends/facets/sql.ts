import type { ColumnType, TableKind } from "../../../gen/ts/dbx/sql/v1/schema_pb.js";
import type { TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import type { OperationContext } from "../backend.js";

/** What a statement runs: SQL text, or a statement prepared earlier by id. */
export type SqlSource = { readonly sql: string } | { readonly statementId: string };

/** A statement with the values bound to its placeholders, in order. */
export interface SqlStatement {
  readonly source: SqlSource;
  readonly params: readonly TypedValue[];
}

/** A column of a statement's result. */
export interface SqlResultColumn {
  name: string;
  /** The declared type of the table column it comes from; "" when unknown. */
  declaredType: string;
  /** The DBX kind of its values; UNSPECIFIED when each value carries the stored kind. */
  type: ColumnType;
  /** Undefined when the backend cannot tell. */
  nullable?: boolean;
}

/** Rows with their columns. */
export interface SqlRows {
  columns: SqlResultColumn[];
  rows: TypedValue[][];
}

/** What a statement changed. */
export interface SqlExecOutcome {
  rowsAffected: bigint;
  /** The rowid of a row an INSERT made, where the backend tells (SQLite). */
  lastInsertId?: bigint;
}

/** The outcome of one statement of a batch: its rows (if any) and what it changed. */
export type SqlStatementResult = SqlRows & SqlExecOutcome;

/** A statement compiled by `prepare`. */
export interface SqlPrepared {
  statementId: string;
  columns: SqlResultColumn[];
}

/** A table or view, by name. */
export interface SqlTableSummary {
  name: string;
  kind: TableKind;
}

/** A column of an existing table. */
export interface SqlColumnDescription {
  name: string;
  declaredType: string;
  type: ColumnType;
  nullable: boolean;
  /** SQL text; "" when there is no default. */
  defaultExpression: string;
  /** 1-based position in the primary key; 0 when not part of it. */
  primaryKeyPosition: number;
}

/** A table with its columns and keys. */
export interface SqlTableDescription {
  name: string;
  kind: TableKind;
  columns: SqlColumnDescription[];
  primaryKey: string[];
  /** The field DataService keys records by; "" when records have no single key. */
  keyField: string;
}

/** A table to create. Names and types arrive validated (src/backends/sql/identifier.ts). */
export interface SqlTableDefinition {
  name: string;
  columns: { name: string; type: ColumnType; notNull: boolean }[];
  primaryKey: string[];
  ifNotExists: boolean;
}

/** An index of a table. */
export interface SqlIndexDescription {
  name: string;
  table: string;
  /** "" stands for an indexed expression. */
  columns: string[];
  unique: boolean;
  primaryKey: boolean;
  partial: boolean;
}

/** An index to create. Names arrive validated. */
export interface SqlIndexDefinition {
  table: string;
  name: string;
  columns: string[];
  unique: boolean;
  ifNotExists: boolean;
}

/**
 * What dbx.sql.v1.SqlService needs from a SQL backend (SQLite, PostgreSQL).
 * Database-neutral: dialect differences stay in the adapters.
 *
 * The service validates request shapes (a source is set, values have kinds,
 * new names are identifiers) before calling; adapters still quote every
 * identifier, bind every value, and map database errors to DBX reasons.
 * Errors name request fields of dbx.sql.v1 (`params[2]`, `table`,
 * `statements[1].params[0]`). Calls carrying `ctx.transaction` run in it.
 */
export interface SqlFacet {
  /**
   * Runs a statement and answers its rows; reads at most `maxRows + 1` rows
   * and fails with TOO_MANY_ROWS (src/backends/sql/too-many-rows.ts) past
   * `maxRows`, and stops at the first row past `maxBytes` of values
   * (RESPONSE_TOO_LARGE, src/limits/byte-budget.ts).
   */
  query(ctx: OperationContext, statement: SqlStatement, maxRows: number, maxBytes?: number): Promise<SqlRows>;
  /** Runs a statement for its effect. */
  exec(ctx: OperationContext, statement: SqlStatement): Promise<SqlExecOutcome>;
  /** Compiles a statement for use by id; NOT_FOUND for unknown ids later. */
  prepare(signal: AbortSignal, sql: string): Promise<SqlPrepared>;
  /** False when the id was unknown. */
  closePrepared(statementId: string): Promise<boolean>;
  /**
   * Runs statements in order, all or nothing when `atomic`. The first failure
   * stops the batch; its error carries metadata `statement_index`. Rows of
   * all statements together are bounded by `maxRows` (TOO_MANY_ROWS) and
   * their values by `maxBytes` (RESPONSE_TOO_LARGE).
   */
  batch(
    ctx: OperationContext,
    statements: readonly SqlStatement[],
    atomic: boolean,
    maxRows: number,
    maxBytes?: number,
  ): Promise<SqlStatementResult[]>;
  /**
   * Streams a statement's rows in batches of at most `batchSize`, ended
   * early after the row that takes a batch past `maxBatchBytes`; the first
   * batch (possibly without rows) carries the columns, later ones none.
   * Stops reading when `ctx.signal` aborts or the consumer stops.
   */
  streamQuery(ctx: OperationContext, statement: SqlStatement, batchSize: number, maxBatchBytes?: number): AsyncIterable<SqlRows>;
  listTables(ctx: OperationContext): Promise<SqlTableSummary[]>;
  /** NOT_FOUND (UNKNOWN_COLLECTION) when there is no such table or view. */
  describeTable(ctx: OperationContext, table: string): Promise<SqlTableDescription>;
  /** False when `ifNotExists` and it existed; ALREADY_EXISTS otherwise. */
  createTable(ctx: OperationContext, definition: SqlTableDefinition): Promise<boolean>;
  /** False when `ifExists` and there was none; UNKNOWN_COLLECTION otherwise. */
  dropTable(ctx: OperationContext, table: string, ifExists: boolean): Promise<boolean>;
  /** UNKNOWN_COLLECTION when there is no such table. */
  listIndexes(ctx: OperationContext, table: string): Promise<SqlIndexDescription[]>;
  /** False when `ifNotExists` and it existed; ALREADY_EXISTS otherwise. */
  createIndex(ctx: OperationContext, definition: SqlIndexDefinition): Promise<boolean>;
  /** False when `ifExists` and there was none; NOT_FOUND otherwise. */
  dropIndex(ctx: OperationContext, name: string, ifExists: boolean): Promise<boolean>;
}
