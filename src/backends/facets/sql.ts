import type { ColumnIdentity, ColumnType, ForeignKeyAction, TableKind } from "../../../gen/ts/dbx/sql/v1/schema_pb.js";
import type { TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import type { CollectionRef } from "../backend-calls.js";
import type { OperationContext } from "../backend.js";

/** What a statement runs: SQL text, or a statement prepared earlier by id. */
export type SqlSource = { readonly sql: string } | { readonly statementId: string };

/** A statement with the values bound to its placeholders, in order. */
export interface SqlStatement {
  readonly source: SqlSource;
  readonly params: readonly TypedValue[];
  /**
   * The database type of each parameter by position ("int4", "text[]"); ""
   * or a missing entry lets the database infer it. Capability
   * `sql.param_types`: only backends that declare it receive any.
   */
  readonly paramTypes?: readonly string[];
}

/**
 * A call's role and settings (dbx.sql.v1.SessionContext). Capability
 * `sql.session_context`: only backends that declare it receive one.
 */
export interface SqlSession {
  readonly role: string;
  readonly settings: Readonly<Record<string, string>>;
}

/** The table a result column comes from. */
export interface SqlColumnSource {
  readonly namespace: string;
  readonly table: string;
  readonly column: string;
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
  /** The database's own name of the type ("INTEGER", "int4"); "" when it does not tell. */
  nativeType: string;
  /** The kind of the elements of an ARRAY column. */
  elementType?: ColumnType;
  /** Numeric precision or character length, where declared. */
  precision?: number;
  /** Numeric scale, where declared. */
  scale?: number;
  /** Where a plain table column comes from; undefined for expressions. */
  source?: SqlColumnSource;
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

/** A table of another (or the same) namespace of the backend. */
export interface SqlTableRef {
  readonly namespace: string;
  readonly table: string;
}

/** A table or view, by name. */
export interface SqlTableSummary {
  name: string;
  kind: TableKind;
  /** The partitioned table a partition belongs to; undefined for others. */
  partitionOf?: SqlTableRef;
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
  /** The kind of the elements of an ARRAY column. */
  elementType?: ColumnType;
  /** Undefined (UNSPECIFIED) for a column that is not an identity column. */
  identity?: ColumnIdentity;
  /** The SQL expression of a generated column; undefined for others. */
  generationExpression?: string;
}

/** A foreign key of a table. */
export interface SqlForeignKey {
  /** "" where the database names none (SQLite). */
  name: string;
  columns: string[];
  referencedTable: SqlTableRef;
  /** A key naming none answers the referenced primary key's; empty only when the referenced table does not exist (SQLite). */
  referencedColumns: string[];
  onDelete: ForeignKeyAction;
  onUpdate: ForeignKeyAction;
  deferrable: boolean;
  initiallyDeferred: boolean;
}

/** A check constraint: its name and condition as SQL. */
export interface SqlCheckConstraint {
  name: string;
  expression: string;
}

/** A table with its columns and keys. */
export interface SqlTableDescription {
  name: string;
  kind: TableKind;
  columns: SqlColumnDescription[];
  primaryKey: string[];
  /** The fields DataService keys records by, in key order; empty when records have no key (views). */
  keyFields: string[];
  /** Undefined where the backend does not read them. */
  foreignKeys?: SqlForeignKey[];
  checkConstraints?: SqlCheckConstraint[];
  /** For a partition: its partitioned table, and its bound as SQL. */
  partitionOf?: SqlTableRef;
  partitionBound?: string;
  /** For a partitioned table: how it is partitioned, as SQL ("RANGE (created_at)"). */
  partitionKey?: string;
  /** For a foreign table: its foreign server. */
  foreignServer?: string;
}

/** A column of a table to create. */
export interface SqlColumnDefinition {
  readonly name: string;
  readonly type: ColumnType;
  readonly notNull: boolean;
  /** The kind of the elements of an ARRAY column, as the request gave it (UNSPECIFIED when it gave none). */
  readonly elementType?: ColumnType;
}

/** A table to create, as the DDL builders (src/backends/sql/ddl.ts) take it. Names arrive validated. */
export interface SqlTableDefinition {
  readonly name: string;
  readonly columns: readonly SqlColumnDefinition[];
  readonly primaryKey: readonly string[];
  readonly ifNotExists: boolean;
}

/** An index to create, as the DDL builders take it. Names arrive validated. */
export interface SqlIndexDefinition {
  readonly table: string;
  readonly name: string;
  readonly columns: readonly string[];
  readonly unique: boolean;
  readonly ifNotExists: boolean;
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

/** A page of a listing and the token of the next one ("" at the end). */
export interface SqlPage<T> {
  items: T[];
  nextPageToken: string;
}

// The requests of SqlFacet's operations. The service builds them from the
// wire requests after validation: sources are set, values have kinds the
// backend declared, new names are identifiers, page sizes are resolved.
// `namespace` is as the client sent it; the adapter checks its own rules.

export interface SqlQueryCall {
  readonly namespace: string;
  readonly statement: SqlStatement;
  /** Role and settings for this call only. */
  readonly session?: SqlSession;
  /** Reads at most maxRows + 1 rows; TOO_MANY_ROWS (src/limits/too-many-rows.ts) past maxRows. */
  readonly maxRows: number;
  /** RESPONSE_TOO_LARGE at the first row past this many bytes of values. */
  readonly maxBytes: number;
}

export interface SqlExecCall {
  readonly namespace: string;
  readonly statement: SqlStatement;
  /** Role and settings for this call only. */
  readonly session?: SqlSession;
}

export interface SqlPrepareCall {
  readonly namespace: string;
  readonly sql: string;
}

export interface SqlClosePreparedCall {
  readonly namespace: string;
  readonly statementId: string;
}

export interface SqlBatchCall {
  readonly namespace: string;
  /** At least one, run in order. */
  readonly statements: readonly SqlStatement[];
  readonly atomic: boolean;
  /** Role and settings for the whole batch. */
  readonly session?: SqlSession;
  /** Rows of all statements together. */
  readonly maxRows: number;
  readonly maxBytes: number;
}

export interface SqlStreamQueryCall {
  readonly namespace: string;
  readonly statement: SqlStatement;
  /** Role and settings for this call only. */
  readonly session?: SqlSession;
  /** At least 1. */
  readonly batchSize: number;
  /** A batch ends early after the row that takes it past this many bytes of values. */
  readonly maxBatchBytes: number;
}

export interface SqlListTablesCall {
  readonly namespace: string;
  /** Resolved: at least 1, at most the server's row limit. */
  readonly pageSize: number;
  readonly pageToken: string;
}

/** A call on one table (`target.collection`). */
export interface SqlTableCall {
  readonly target: CollectionRef;
}

export interface SqlCreateTableCall {
  readonly target: CollectionRef;
  /** At least one; names validated and distinct, types set. */
  readonly columns: readonly SqlColumnDefinition[];
  /** Columns of the table, each once. */
  readonly primaryKey: readonly string[];
  readonly ifNotExists: boolean;
}

export interface SqlDropTableCall {
  readonly target: CollectionRef;
  readonly ifExists: boolean;
}

export interface SqlListIndexesCall {
  readonly target: CollectionRef;
  readonly pageSize: number;
  readonly pageToken: string;
}

export interface SqlCreateIndexCall {
  readonly target: CollectionRef;
  readonly name: string;
  /** At least one, each once. */
  readonly columns: readonly string[];
  readonly unique: boolean;
  readonly ifNotExists: boolean;
}

export interface SqlDropIndexCall {
  readonly namespace: string;
  readonly name: string;
  readonly ifExists: boolean;
}

/**
 * What dbx.sql.v1.SqlService needs from a SQL backend (SQLite, PostgreSQL).
 * Database-neutral: dialect differences stay in the adapters. Every
 * operation takes the call's context and one request object, like Backend.
 *
 * The service validates request shapes before calling; adapters still quote
 * every identifier, bind every value, check their namespace rules
 * (INVALID_ARGUMENT `target.namespace`) and map database errors to DBX
 * reasons. Errors name request fields of dbx.sql.v1 (`params[2]`,
 * `target.collection`, `statements[1].params[0]`). Calls carrying
 * `ctx.transaction` run in it.
 */
export interface SqlFacet {
  /** Runs a statement and answers its rows (bounded by `maxRows` and `maxBytes`). */
  query(ctx: OperationContext, call: SqlQueryCall): Promise<SqlRows>;
  /** Runs a statement for its effect. */
  exec(ctx: OperationContext, call: SqlExecCall): Promise<SqlExecOutcome>;
  /** Compiles a statement for use by id; NOT_FOUND for unknown ids later. */
  prepare(ctx: OperationContext, call: SqlPrepareCall): Promise<SqlPrepared>;
  /** False when the id was unknown. */
  closePrepared(ctx: OperationContext, call: SqlClosePreparedCall): Promise<boolean>;
  /**
   * Runs statements in order, all or nothing when `atomic`. The first failure
   * stops the batch; its error carries metadata `statement_index`. Rows of
   * all statements together are bounded by `maxRows` (TOO_MANY_ROWS) and
   * their values by `maxBytes` (RESPONSE_TOO_LARGE).
   */
  batch(ctx: OperationContext, call: SqlBatchCall): Promise<SqlStatementResult[]>;
  /**
   * Streams a statement's rows in batches; the first batch (possibly without
   * rows) carries the columns, later ones none. Stops reading when
   * `ctx.signal` aborts or the consumer stops.
   */
  streamQuery(ctx: OperationContext, call: SqlStreamQueryCall): AsyncIterable<SqlRows>;
  /** Tables and views by name, a page at a time; tokens are fingerprinted (INVALID_ARGUMENT `page_token`). */
  listTables(ctx: OperationContext, call: SqlListTablesCall): Promise<SqlPage<SqlTableSummary>>;
  /** NOT_FOUND (UNKNOWN_COLLECTION) when there is no such table or view. */
  describeTable(ctx: OperationContext, call: SqlTableCall): Promise<SqlTableDescription>;
  /** False when `ifNotExists` and it existed; ALREADY_EXISTS otherwise. */
  createTable(ctx: OperationContext, call: SqlCreateTableCall): Promise<boolean>;
  /** False when `ifExists` and there was none; UNKNOWN_COLLECTION otherwise. */
  dropTable(ctx: OperationContext, call: SqlDropTableCall): Promise<boolean>;
  /** A page of the table's indexes by name; UNKNOWN_COLLECTION when there is no such table. */
  listIndexes(ctx: OperationContext, call: SqlListIndexesCall): Promise<SqlPage<SqlIndexDescription>>;
  /** False when `ifNotExists` and it existed; ALREADY_EXISTS otherwise. */
  createIndex(ctx: OperationContext, call: SqlCreateIndexCall): Promise<boolean>;
  /** False when `ifExists` and there was none; NOT_FOUND otherwise. */
  dropIndex(ctx: OperationContext, call: SqlDropIndexCall): Promise<boolean>;
}
