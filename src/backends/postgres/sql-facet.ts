import { Code, type ConnectError } from "@connectrpc/connect";
import pg from "pg";
import { ColumnType } from "../../../gen/ts/dbx/sql/v1/schema_pb.js";
import { SqlService } from "../../../gen/ts/dbx/sql/v1/sql_pb.js";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import { dbxError, invalidField } from "../../errors/dbx-error.js";
import { ByteBudget } from "../../limits/byte-budget.js";
import { responseTooLarge } from "../../limits/response-too-large.js";
import { STREAMING_ALTERNATIVE, tooManyRows } from "../../limits/too-many-rows.js";
import type { OperationContext } from "../operation-context.js";
import type {
  SqlBatchCall,
  SqlClosePreparedCall,
  SqlColumnDefinition,
  SqlCreateIndexCall,
  SqlCreateTableCall,
  SqlDropIndexCall,
  SqlDropTableCall,
  SqlExecCall,
  SqlExecOutcome,
  SqlFacet,
  SqlIndexDescription,
  SqlListIndexesCall,
  SqlListTablesCall,
  SqlPage,
  SqlPrepareCall,
  SqlPrepared,
  SqlQueryCall,
  SqlRows,
  SqlSession,
  SqlStatement,
  SqlStatementResult,
  SqlStreamQueryCall,
  SqlTableCall,
  SqlTableDescription,
  SqlTableSummary,
} from "../facets/sql.js";
import { pageFingerprint } from "../page-fingerprint.js";
import { createIndexSql, createTableSql, dropIndexSql, dropTableSql } from "../sql/ddl.js";
import { withContext } from "../sql/error-context.js";
import { checkIdentifier } from "../sql/identifier.js";
import { afterName, namePage } from "../sql/listing-page.js";
import type { PostgresExecutor } from "./executor.js";
import { handOff } from "./hand-off.js";
import { checkNativeStatement, leadingKeywords } from "./native-statement.js";
import { checkPostgresNamespace } from "./namespace.js";
import type { PostgresSettings } from "./options.js";
import type { PostgresConnection, PostgresField, PostgresResult } from "./postgres-connection.js";
import { abortedCallError, postgresError } from "./postgres-errors.js";
import { postgresDialect } from "./postgres-dialect.js";
import { PreparedSql } from "./prepared-sql.js";
import { decodeRows, ResultColumns } from "./result-columns.js";
import { SchemaCatalog, type CatalogTable } from "./schema-catalog.js";
import { describeStatement } from "./statement-description.js";
import { StatementParams } from "./statement-params.js";
import { PostgresTransaction } from "./transaction.js";
import type { PgType } from "./pg-types.js";
import type { PgTypeRegistry } from "./type-registry.js";

/** Request paths of one statement's parts ("sql", "statements[2].params"). */
export interface StatementPaths {
  readonly sql: string;
  readonly statementId: string;
  readonly params: string;
  readonly paramTypes: string;
}

const TOP_LEVEL: StatementPaths = { sql: "sql", statementId: "statement_id", params: "params", paramTypes: "param_types" };

function batchPaths(i: number): StatementPaths {
  const prefix = `statements[${i}]`;
  return { sql: `${prefix}.sql`, statementId: `${prefix}.statement_id`, params: `${prefix}.params`, paramTypes: `${prefix}.param_types` };
}

/** The RPCs whose answers the byte budget bounds, for RESPONSE_TOO_LARGE. */
const QUERY = `${SqlService.typeName}/${SqlService.method.query.name}`;
const BATCH = `${SqlService.typeName}/${SqlService.method.batch.name}`;

const TABLE_FIELD = "target.collection";

/** Command tags of statements that change rows: their row count is rows_affected (other statements answer 0). */
const ROW_CHANGING = new Set(["INSERT", "UPDATE", "DELETE", "MERGE", "COPY"]);

/** Command tags after which the catalog is as it was: every other statement may have been DDL. */
const CATALOG_KEEPING = new Set(["SELECT", "INSERT", "UPDATE", "DELETE", "MERGE", "SHOW", "EXPLAIN", "NOTIFY", "LOCK", "SET", "VALUES", "FETCH", "MOVE"]);

/** Statements that answer rows only with a RETURNING clause. */
const WRITES = new Set(["INSERT", "UPDATE", "DELETE", "MERGE"]);

/** Statements that only read (or call functions): Exec reads one of their rows, a stream reads them through a cursor. */
const READERS = new Set(["SELECT", "VALUES", "TABLE"]);

/**
 * DECLARE refuses a WITH that changes data: as a syntax error (42601) for a
 * WITH ... INSERT, as not supported (0A000) for a SELECT over a data-changing
 * WITH. Such a statement runs whole instead, where a real mistake in it
 * fails again with its own error.
 */
function refusedByDeclare(err: unknown): boolean {
  const state = sqlState(err);
  return state === "42601" || state === "0A000";
}

/** The cursor of a stream: one per connection at a time (a transaction's calls run one after the other). */
const STREAM_CURSOR = '"dbx_stream"';

/** What the facet needs from its backend. */
export interface PostgresSqlDependencies {
  readonly executor: PostgresExecutor;
  readonly types: PgTypeRegistry;
  readonly settings: PostgresSettings;
  /** Forgets cached table shapes (introspector.ts) after DDL. */
  readonly schemaChanged: () => void;
}

/** A statement ready to run: its SQL and its parameters encoded. */
interface BoundStatement {
  readonly sql: string;
  readonly values: (string | null)[];
  /** OIDs, or undefined when PostgreSQL infers every parameter's type. */
  readonly paramTypes: number[] | undefined;
}

/**
 * dbx.sql.v1.SqlService on PostgreSQL. Statements run on the call's
 * connection (pooled, or its transaction's), prepared server-side once per
 * connection; the namespace (a schema) is put first on the search_path and a
 * session context applied, both transaction-locally, so nothing outlives the
 * call on a pooled connection. Results are read at most `maxRows + 1` rows
 * at a time (row-limited-query.ts); StreamQuery reads through a cursor.
 */
export class PostgresSqlFacet implements SqlFacet {
  readonly #executor: PostgresExecutor;
  readonly #schemaChanged: () => void;
  readonly #columns: ResultColumns;
  readonly #params: StatementParams;
  readonly #catalog: SchemaCatalog;
  readonly #prepared: PreparedSql;

  constructor(dependencies: PostgresSqlDependencies) {
    this.#executor = dependencies.executor;
    this.#schemaChanged = dependencies.schemaChanged;
    this.#columns = new ResultColumns(dependencies.types);
    this.#params = new StatementParams(dependencies.types);
    this.#catalog = new SchemaCatalog(dependencies.types);
    this.#prepared = new PreparedSql(this.#backend, dependencies.settings.options.maxPreparedStatements);
  }

  get #backend(): string {
    return this.#executor.backend;
  }

  async query(ctx: OperationContext, call: SqlQueryCall): Promise<SqlRows> {
    checkPostgresNamespace(call.namespace);
    return this.#scoped(ctx, call.namespace, call.session, false, async (c) => {
      const { result, columns, types } = await this.#run(ctx, c, call.statement, TOP_LEVEL, call.maxRows + 1, true);
      if (result.fields.length === 0) return { columns: [], rows: [] };
      checkRows(result, call.maxRows, call.maxRows, new ByteBudget(call.maxBytes), QUERY);
      return { columns, rows: decodeRows(result.rows, types) };
    });
  }

  /**
   * Runs one native statement in the namespace, reading at most `maxRows`
   * rows, and hands its result (not yet decoded) to `answer`
   * (QueryService.Execute: native-execute.ts).
   */
  statement<T>(ctx: OperationContext, namespace: string, statement: SqlStatement, paths: StatementPaths, maxRows: number, answer: (result: PostgresResult, types: PgType[]) => T): Promise<T> {
    checkPostgresNamespace(namespace);
    return this.#scoped(ctx, namespace, undefined, false, async (c) => {
      const { result, types } = await this.#run(ctx, c, statement, paths, maxRows, false);
      return answer(result, types);
    });
  }

  async exec(ctx: OperationContext, call: SqlExecCall): Promise<SqlExecOutcome> {
    checkPostgresNamespace(call.namespace);
    return this.#scoped(ctx, call.namespace, call.session, false, async (c) => {
      // Rows a query answers are discarded: one is read. A statement that
      // changes rows (a WITH may hold INSERT, UPDATE or DELETE) is read to its
      // end, whose command tag has the count.
      const bound = await this.#bind(ctx, c, call.statement, TOP_LEVEL);
      const reader = READERS.has(leadingKeywords(bound.sql, 1)[0] ?? "");
      const result = await c.query(ctx, bound.sql, bound.values, { paramTypes: bound.paramTypes, maxRows: reader ? 1 : undefined });
      this.#afterStatement(result);
      return { rowsAffected: rowsAffected(result) };
    });
  }

  async prepare(ctx: OperationContext, call: SqlPrepareCall): Promise<SqlPrepared> {
    checkPostgresNamespace(call.namespace);
    const sql = checkNativeStatement(call.sql, "sql", this.#backend);
    return this.#scoped(ctx, call.namespace, undefined, false, async (c) => {
      return { statementId: this.#prepared.add(sql), columns: await this.#columns.describe(ctx, c, await this.#describe(ctx, c, sql)) };
    });
  }

  async closePrepared(_ctx: OperationContext, call: SqlClosePreparedCall): Promise<boolean> {
    checkPostgresNamespace(call.namespace);
    return this.#prepared.close(call.statementId);
  }

  async batch(ctx: OperationContext, call: SqlBatchCall): Promise<SqlStatementResult[]> {
    checkPostgresNamespace(call.namespace);
    const { statements, atomic, maxRows } = call;
    // A session (the caller's, or the call's SessionContext) runs in a transaction of its own, which a pipelined BEGIN cannot nest in.
    const session = this.#executor.hasSession(ctx, call.session);
    if (atomic && call.namespace === "" && !session) {
      const pipelined = await this.#pipelinedBatch(ctx, call);
      if (pipelined) return pipelined;
    }
    const inTransaction = ctx.transaction instanceof PostgresTransaction;
    // Outside a transaction, a namespace or session context needs one (they are
    // transaction-local): a non-atomic batch then keeps what succeeded through
    // a savepoint per statement.
    const savepoints = !atomic && !inTransaction && (call.namespace !== "" || session);
    let failure: { index: number; error: unknown } | undefined;
    const results = await this.#scoped(ctx, call.namespace, call.session, atomic, async (c) => {
      let budget = maxRows;
      const bytes = new ByteBudget(call.maxBytes);
      const done: SqlStatementResult[] = [];
      for (let i = 0; i < statements.length; i++) {
        try {
          if (savepoints) await c.control(ctx, "SAVEPOINT dbx_statement");
          const { result, columns, types } = await this.#run(ctx, c, statements[i], batchPaths(i), budget + 1, true);
          if (savepoints) await c.control(ctx, "RELEASE SAVEPOINT dbx_statement");
          if (result.fields.length === 0) {
            done.push({ columns: [], rows: [], rowsAffected: rowsAffected(result) });
            continue;
          }
          checkRows(result, budget, maxRows, bytes, BATCH);
          budget -= result.rows.length;
          done.push({ columns, rows: decodeRows(result.rows, types), rowsAffected: rowsAffected(result) });
        } catch (err) {
          if (!savepoints) throw this.#atStatement(err, i, atomic);
          // Not control(): it would set statement_timeout first, which PostgreSQL refuses in the aborted transaction.
          await c.rollback("ROLLBACK TO SAVEPOINT dbx_statement");
          failure = { index: i, error: err };
          return done;
        }
      }
      return done;
    });
    if (failure) throw this.#atStatement(failure.error, failure.index, false);
    return results;
  }

  /**
   * An atomic batch of row writes and queries, pipelined
   * (executor.pipelineAtomic): one round trip when no statement can answer
   * rows, two when one can (RETURNING, a query), as its rows must be checked
   * against max_rows and max_bytes before COMMIT is sent. Undefined for a
   * batch holding any other statement (DDL, SET, ...), which runs statement
   * after statement.
   */
  async #pipelinedBatch(ctx: OperationContext, call: SqlBatchCall): Promise<SqlStatementResult[] | undefined> {
    const { statements, maxRows } = call;
    let answersRows = false;
    for (const [i, statement] of statements.entries()) {
      let sql: string;
      try {
        sql = "sql" in statement.source ? statement.source.sql : this.#prepared.sql(statement.source.statementId, batchPaths(i).statementId);
      } catch (err) {
        throw this.#atStatement(err, i, true);
      }
      const keyword = leadingKeywords(sql, 1)[0] ?? "";
      if (!WRITES.has(keyword) && !READERS.has(keyword) && keyword !== "WITH") return undefined;
      // Conservative: RETURNING anywhere (a string, a comment) counts as rows.
      if (!WRITES.has(keyword) || sql.toUpperCase().includes("RETURNING")) answersRows = true;
    }
    return this.#executor.run(ctx, async (c) => {
      const bound: BoundStatement[] = [];
      for (const [i, statement] of statements.entries()) {
        try {
          bound.push(await this.#bind(ctx, c, statement, batchPaths(i)));
        } catch (err) {
          throw this.#atStatement(err, i, true);
        }
      }
      let answered: SqlStatementResult[] = [];
      // Each statement may read the whole budget and one more row: the check finds the batch over it either way.
      const pipelined = bound.map((b) => ({ sql: b.sql, params: b.values, paramTypes: b.paramTypes, maxRows: answersRows ? maxRows + 1 : undefined }));
      const answer = await this.#executor.pipelineAtomic(ctx, c, pipelined, answersRows ? async (results) => {
        answered = await this.#batchAnswer(ctx, c, results, call);
      } : undefined);
      if (!answer.ok) throw this.#atStatement(answer.error, answer.index, true);
      for (const result of answer.results) this.#afterStatement(result);
      return answersRows ? answered : answer.results.map((result) => ({ columns: [], rows: [], rowsAffected: rowsAffected(result) }));
    });
  }

  /** A batch's results decoded and described, within max_rows and max_bytes over all its statements. */
  async #batchAnswer(ctx: OperationContext, c: PostgresConnection, results: readonly PostgresResult[], call: SqlBatchCall): Promise<SqlStatementResult[]> {
    let budget = call.maxRows;
    const bytes = new ByteBudget(call.maxBytes);
    const answered: SqlStatementResult[] = [];
    for (const result of results) {
      if (result.fields.length === 0) {
        answered.push({ columns: [], rows: [], rowsAffected: rowsAffected(result) });
        continue;
      }
      checkRows(result, budget, call.maxRows, bytes, BATCH);
      budget -= result.rows.length;
      const columns = await this.#columns.describe(ctx, c, result.fields);
      answered.push({ columns, rows: decodeRows(result.rows, await this.#columns.typesOf(ctx, c, result.fields)), rowsAffected: rowsAffected(result) });
    }
    return answered;
  }

  streamQuery(ctx: OperationContext, call: SqlStreamQueryCall): AsyncIterable<SqlRows> {
    checkPostgresNamespace(call.namespace);
    return handOff<SqlRows>(ctx.signal, (emit) =>
      this.#scoped(ctx, call.namespace, call.session, true, async (c) => {
        const bound = await this.#bind(ctx, c, call.statement, TOP_LEVEL);
        if (!(await this.#declareCursor(ctx, c, bound))) {
          await this.#streamWhole(ctx, c, bound, call, emit);
          return;
        }
        const fetch = `FETCH FORWARD ${call.batchSize} FROM ${STREAM_CURSOR}`;
        let first = true;
        for (;;) {
          const result = await c.query(ctx, fetch, []);
          const columns = first ? await this.#columns.describe(ctx, c, result.fields) : [];
          await emitBatches(result, await this.#columns.typesOf(ctx, c, result.fields), columns, first, call.maxBatchBytes, emit);
          first = false;
          if (result.rows.length < call.batchSize) break;
        }
        await c.control(ctx, `CLOSE ${STREAM_CURSOR}`);
      }),
    );
  }

  async listTables(ctx: OperationContext, call: SqlListTablesCall): Promise<SqlPage<SqlTableSummary>> {
    checkPostgresNamespace(call.namespace);
    const fingerprint = pageFingerprint({ operation: "list_tables", namespace: call.namespace, collection: "" });
    const after = afterName(call.pageToken, fingerprint);
    return this.#executor.run(ctx, async (c) => {
      const tables = await this.#catalog.listTables(ctx, c, call.namespace, after, call.pageSize + 1);
      return namePage(tables, call.pageSize, fingerprint, (t) => t.name);
    });
  }

  async describeTable(ctx: OperationContext, call: SqlTableCall): Promise<SqlTableDescription> {
    checkPostgresNamespace(call.target.namespace);
    return this.#executor.run(ctx, async (c) => {
      const { oid: _oid, relkind: _relkind, ...description } = await this.#requireTable(ctx, c, call.target.namespace, call.target.collection);
      return description;
    });
  }

  async createTable(ctx: OperationContext, call: SqlCreateTableCall): Promise<boolean> {
    const { namespace, collection: name } = call.target;
    checkPostgresNamespace(namespace);
    call.columns.forEach((c, i) => checkColumnDefinition(c, `columns[${i}]`));
    return this.#ddl(ctx, namespace, async (c) => {
      if (await this.#catalog.relationKind(ctx, c, namespace, name)) {
        if (call.ifNotExists) return false;
        throw dbxError(ErrorReason.ALREADY_EXISTS, `a table or other relation named "${name}" exists`, { backend: this.#backend, collection: name });
      }
      await c.control(ctx, createTableSql(postgresDialect, { name, columns: call.columns, primaryKey: call.primaryKey, ifNotExists: call.ifNotExists }));
      return true;
    });
  }

  async dropTable(ctx: OperationContext, call: SqlDropTableCall): Promise<boolean> {
    const { namespace, collection } = call.target;
    checkPostgresNamespace(namespace);
    const table = checkIdentifier(collection, TABLE_FIELD);
    return this.#ddl(ctx, namespace, async (c) => {
      const found = await this.#catalog.describeTable(ctx, c, namespace, table);
      if (!found) {
        if (call.ifExists) return false;
        throw this.#unknownTable(table);
      }
      if (found.relkind !== "r" && found.relkind !== "p") {
        throw invalidField(TABLE_FIELD, `"${table}" is a ${RELATION_NAMES[found.relkind] ?? "relation"}, not a table; drop it with SqlService.Exec`);
      }
      await c.control(ctx, dropTableSql(postgresDialect, found.name));
      return true;
    });
  }

  async listIndexes(ctx: OperationContext, call: SqlListIndexesCall): Promise<SqlPage<SqlIndexDescription>> {
    checkPostgresNamespace(call.target.namespace);
    return this.#executor.run(ctx, async (c) => {
      const table = await this.#requireTable(ctx, c, call.target.namespace, call.target.collection);
      const fingerprint = pageFingerprint({ operation: "list_indexes", namespace: call.target.namespace, collection: table.name });
      const after = afterName(call.pageToken, fingerprint);
      const indexes = await this.#catalog.listIndexes(ctx, c, table, after, call.pageSize + 1);
      return namePage(indexes, call.pageSize, fingerprint, (index) => index.name);
    });
  }

  async createIndex(ctx: OperationContext, call: SqlCreateIndexCall): Promise<boolean> {
    const { namespace } = call.target;
    checkPostgresNamespace(namespace);
    return this.#ddl(ctx, namespace, async (c) => {
      const table = await this.#requireTable(ctx, c, namespace, call.target.collection);
      call.columns.forEach((column, i) => {
        if (!table.columns.some((c) => c.name === column)) throw invalidField(`columns[${i}]`, `table "${table.name}" has no column "${column}"`);
      });
      const existing = await this.#catalog.relationKind(ctx, c, namespace, call.name);
      if (existing) {
        if (call.ifNotExists && isIndex(existing)) return false;
        throw dbxError(ErrorReason.ALREADY_EXISTS, `${isIndex(existing) ? "an index" : "a relation"} named "${call.name}" exists`, { backend: this.#backend, index: call.name });
      }
      await c.control(ctx, createIndexSql(postgresDialect, { table: table.name, name: call.name, columns: call.columns, unique: call.unique, ifNotExists: call.ifNotExists }));
      return true;
    });
  }

  async dropIndex(ctx: OperationContext, call: SqlDropIndexCall): Promise<boolean> {
    checkPostgresNamespace(call.namespace);
    const name = checkIdentifier(call.name, "name");
    return this.#ddl(ctx, call.namespace, async (c) => {
      const kind = await this.#catalog.relationKind(ctx, c, call.namespace, name);
      if (!kind || !isIndex(kind)) {
        if (call.ifExists) return false;
        throw dbxError(ErrorReason.NOT_FOUND, `backend "${this.#backend}" has no index named "${name}"`, { backend: this.#backend, index: name });
      }
      await c.control(ctx, dropIndexSql(postgresDialect, name));
      return true;
    });
  }

  /**
   * Runs `work` with the namespace first on the search_path and the call's
   * session context applied (executor.ts). Both are transaction-local
   * (set_config(..., true)), so outside an interactive transaction the work
   * runs in one of its own; inside one, what they replaced is put back after
   * the call. Without either, `work` runs as it is, atomic only when asked.
   */
  #scoped<T>(ctx: OperationContext, namespace: string, session: SqlSession | undefined, atomic: boolean, work: (c: PostgresConnection) => Promise<T>): Promise<T> {
    const inTransaction = ctx.transaction instanceof PostgresTransaction;
    const ownTransaction = atomic || (namespace !== "" && !inTransaction);
    const run = (c: PostgresConnection) => (namespace === "" ? work(c) : this.#inNamespace(ctx, c, namespace, inTransaction, work));
    return ownTransaction ? this.#executor.atomic(ctx, run, session) : this.#executor.run(ctx, run, session);
  }

  /** Runs `work` with the schema first on the search_path; inside an interactive transaction, the search_path before is put back after. */
  async #inNamespace<T>(ctx: OperationContext, c: PostgresConnection, namespace: string, restore: boolean, work: (c: PostgresConnection) => Promise<T>): Promise<T> {
    const before = await this.#searchPathFirst(ctx, c, namespace);
    const result = await work(c);
    // When work fails, the transaction is aborted and its ROLLBACK (or the savepoint's) undoes the search_path.
    if (restore) await c.control(ctx, "SELECT set_config('search_path', $1, true)", [before]);
    return result;
  }

  /** Puts the schema first on the search_path, transaction-locally; answers the search_path before. NOT_FOUND without such a schema. */
  async #searchPathFirst(ctx: OperationContext, c: PostgresConnection, namespace: string): Promise<string> {
    const result = await c.control(
      ctx,
      "SELECT current_setting('search_path'), set_config('search_path', quote_ident(nspname) || ', ' || current_setting('search_path'), true) FROM pg_catalog.pg_namespace WHERE nspname = $1",
      [namespace],
    );
    const row = result.rows[0];
    if (!row) throw invalidField("target.namespace", `backend "${this.#backend}" has no schema named "${namespace}"`);
    return row[0]!;
  }

  /** Runs DDL work with the namespace first on the search_path, then forgets cached shapes. */
  async #ddl<T>(ctx: OperationContext, namespace: string, work: (c: PostgresConnection) => Promise<T>): Promise<T> {
    try {
      return await this.#scoped(ctx, namespace, undefined, false, work);
    } finally {
      this.#changed();
    }
  }

  /** The statement's SQL (checked, or prepared earlier) and its parameters encoded. */
  async #bind(ctx: OperationContext, c: PostgresConnection, statement: SqlStatement, paths: StatementPaths): Promise<BoundStatement> {
    const sql = "sql" in statement.source ? checkNativeStatement(statement.source.sql, paths.sql, this.#backend) : this.#prepared.sql(statement.source.statementId, paths.statementId);
    const bound = await this.#params.bind(ctx, c, statement.params, statement.paramTypes, paths);
    return { sql, values: bound.values, paramTypes: bound.types.some((oid) => oid !== 0) ? bound.types : undefined };
  }

  /** Runs one statement, reading at most `maxRows` rows, and describes its result columns. */
  async #run(ctx: OperationContext, c: PostgresConnection, statement: SqlStatement, paths: StatementPaths, maxRows: number, describe: boolean) {
    const bound = await this.#bind(ctx, c, statement, paths);
    const result = await c.query(ctx, bound.sql, bound.values, { paramTypes: bound.paramTypes, maxRows });
    this.#afterStatement(result);
    const columns = describe && result.fields.length ? await this.#columns.describe(ctx, c, result.fields) : [];
    return { result, columns, types: await this.#columns.typesOf(ctx, c, result.fields) };
  }

  /**
   * Declares the stream's cursor for the statement; false for a statement no
   * cursor can read (INSERT ... RETURNING, a WITH that changes data). A WITH
   * is tried under a savepoint, as PostgreSQL tells only by refusing it.
   */
  async #declareCursor(ctx: OperationContext, c: PostgresConnection, bound: BoundStatement): Promise<boolean> {
    const keyword = leadingKeywords(bound.sql, 1)[0] ?? "";
    if (!READERS.has(keyword) && keyword !== "WITH") return false;
    const declare = () => c.query(ctx, `DECLARE ${STREAM_CURSOR} NO SCROLL CURSOR FOR ${bound.sql}`, bound.values, { prepare: false, paramTypes: bound.paramTypes });
    if (keyword !== "WITH") {
      await declare();
      return true;
    }
    await c.control(ctx, "SAVEPOINT dbx_cursor");
    try {
      await declare();
    } catch (err) {
      if (!refusedByDeclare(err)) throw err;
      await c.control(ctx, "ROLLBACK TO SAVEPOINT dbx_cursor");
      return false;
    }
    await c.control(ctx, "RELEASE SAVEPOINT dbx_cursor");
    return true;
  }

  /** A statement that is no cursor's (INSERT ... RETURNING): run whole, its rows streamed in batches. */
  async #streamWhole(ctx: OperationContext, c: PostgresConnection, bound: BoundStatement, call: SqlStreamQueryCall, emit: (rows: SqlRows) => Promise<void>): Promise<void> {
    const result = await c.query(ctx, bound.sql, bound.values, { paramTypes: bound.paramTypes });
    this.#afterStatement(result);
    const columns = await this.#columns.describe(ctx, c, result.fields);
    const types = await this.#columns.typesOf(ctx, c, result.fields);
    for (let start = 0, first = true; first || start < result.rows.length; start += call.batchSize, first = false) {
      const slice = { ...result, rows: result.rows.slice(start, start + call.batchSize) };
      await emitBatches(slice, types, first ? columns : [], first, call.maxBatchBytes, emit);
    }
  }

  /** A statement that may have been DDL forgets what is cached about tables (a portal left suspended tells no command). */
  #afterStatement(result: PostgresResult): void {
    if (result.command && !CATALOG_KEEPING.has(result.command)) this.#changed();
  }

  #changed(): void {
    this.#columns.invalidate();
    this.#schemaChanged();
  }

  /** The error of a batch's statement, saying which one and what took effect. */
  #atStatement(err: unknown, index: number, atomic: boolean): ConnectError {
    const mapped = postgresError(err, this.#backend);
    const note = atomic ? "none of the batch's statements took effect" : index === 0 ? "no statement took effect" : `statements 0 to ${index - 1} took effect`;
    const message = mapped.rawMessage.startsWith(`statements[${index}]`) ? mapped.rawMessage : `statements[${index}]: ${mapped.rawMessage}`;
    return withContext(mapped, `${message} (${note})`, { statement_index: String(index) });
  }

  /**
   * The result columns of a statement, by Parse and Describe outside
   * query(): under the call's deadline as statement_timeout (Parse waits for
   * locks on the tables it names), not whatever an earlier call left.
   */
  async #describe(ctx: OperationContext, c: PostgresConnection, sql: string): Promise<PostgresField[]> {
    if (ctx.abort.aborted) throw abortedCallError(ctx.abort, this.#backend);
    await c.applyDeadline(ctx);
    try {
      return await describeStatement(c.client, sql, []);
    } catch (err) {
      throw this.#connectionError(c, err);
    }
  }

  /** A driver error outside PostgresConnection.query, mapped, the connection discarded when it is lost. */
  #connectionError(c: PostgresConnection, err: unknown): ConnectError {
    const mapped = postgresError(err, this.#backend);
    if (mapped.code === Code.Unavailable) c.markBroken();
    return mapped;
  }

  async #requireTable(ctx: OperationContext, c: PostgresConnection, namespace: string, table: string): Promise<CatalogTable> {
    checkIdentifier(table, TABLE_FIELD);
    const found = await this.#catalog.describeTable(ctx, c, namespace, table);
    if (!found) throw this.#unknownTable(table);
    return found;
  }

  #unknownTable(table: string): ConnectError {
    return dbxError(ErrorReason.UNKNOWN_COLLECTION, `backend "${this.#backend}" has no table named "${table}"`, { backend: this.#backend, collection: table });
  }
}

const RELATION_NAMES: Readonly<Record<string, string>> = { v: "view", m: "materialized view", f: "foreign table" };

function isIndex(relkind: string): boolean {
  return relkind === "i" || relkind === "I";
}

/**
 * INVALID_ARGUMENT naming the field of a column type CreateTable cannot
 * declare: NATIVE (no one type), an ARRAY without an element type or of
 * arrays (element_type is one kind; multi-dimensional values fit any array
 * column in PostgreSQL).
 */
function checkColumnDefinition(column: SqlColumnDefinition, path: string): void {
  if (column.type === ColumnType.ARRAY) {
    const element = column.elementType ?? ColumnType.UNSPECIFIED;
    if (element === ColumnType.ARRAY || !postgresColumnType(element)) {
      throw invalidField(`${path}.element_type`, `an ARRAY column needs the kind of its elements: one of the column types but ARRAY and NATIVE, not ${ColumnType[element] ?? element}`);
    }
    return;
  }
  if (!postgresColumnType(column.type)) {
    throw invalidField(`${path}.type`, `CreateTable has no PostgreSQL column for ${ColumnType[column.type] ?? column.type} values; create it with SqlService.Exec`);
  }
}

/** The PostgreSQL type CreateTable declares for a DBX column type; undefined for those it has none for. */
function postgresColumnType(type: ColumnType): string | undefined {
  try {
    return postgresDialect.columnType(type);
  } catch {
    return undefined;
  }
}

/** The SQLSTATE of a mapped PostgreSQL error (postgres-errors.ts keeps the driver's error as its cause). */
function sqlState(err: unknown): string | undefined {
  const cause = err instanceof Error ? err.cause : undefined;
  return cause instanceof pg.DatabaseError ? cause.code : undefined;
}

/** Rows a statement changed: its command tag's count for INSERT, UPDATE, DELETE, MERGE and COPY, else 0. */
export function rowsAffected(result: PostgresResult): bigint {
  return ROW_CHANGING.has(result.command) ? BigInt(result.rowCount ?? 0) : 0n;
}

/**
 * TOO_MANY_ROWS when the statement answered more than `budget` rows
 * (reporting `limit`), RESPONSE_TOO_LARGE at the first row past the bytes.
 */
function checkRows(result: PostgresResult, budget: number, limit: number, bytes: ByteBudget, procedure: string): void {
  if (result.rows.length > budget) throw tooManyRows({ what: "the result", limit, setting: "server.maxRowsPerResponse", use: STREAMING_ALTERNATIVE.sql });
  for (const row of result.rows) if (!bytes.add(row)) throw responseTooLarge(procedure, bytes.maxBytes);
}

/** Emits rows in batches that end after the row taking one past `maxBytes`; the first (possibly empty) carries the columns. */
async function emitBatches(
  result: PostgresResult,
  types: readonly PgType[],
  columns: SqlRows["columns"],
  first: boolean,
  maxBytes: number,
  emit: (rows: SqlRows) => Promise<void>,
): Promise<void> {
  const bytes = new ByteBudget(maxBytes);
  let start = 0;
  for (let i = 0; i < result.rows.length; i++) {
    if (bytes.add(result.rows[i]) && i < result.rows.length - 1) continue;
    await emit({ columns: first && start === 0 ? columns : [], rows: decodeRows(result.rows.slice(start, i + 1), types) });
    bytes.reset();
    start = i + 1;
  }
  if (first && result.rows.length === 0) await emit({ columns, rows: [] });
}

