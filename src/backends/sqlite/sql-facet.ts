import type { ConnectError } from "@connectrpc/connect";
import { ColumnType, TableKind } from "../../../gen/ts/dbx/sql/v1/schema_pb.js";
import { SqlService } from "../../../gen/ts/dbx/sql/v1/sql_pb.js";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import type { TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import { dbxError, invalidField } from "../../errors/dbx-error.js";
import { ByteBudget } from "../../limits/byte-budget.js";
import { responseTooLarge } from "../../limits/response-too-large.js";
import { STREAMING_ALTERNATIVE, tooManyRows } from "../../limits/too-many-rows.js";
import type { OperationContext } from "../backend.js";
import type {
  SqlBatchCall,
  SqlClosePreparedCall,
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
  SqlStatement,
  SqlStatementResult,
  SqlStreamQueryCall,
  SqlTableCall,
  SqlTableDescription,
  SqlTableSummary,
} from "../facets/sql.js";
import { createIndexSql, createTableSql, dropIndexSql, dropTableSql } from "../sql/ddl.js";
import { withContext } from "../sql/error-context.js";
import { checkIdentifier } from "../sql/identifier.js";
import { pageFingerprint } from "../page-fingerprint.js";
import { afterName, namePage } from "../sql/listing-page.js";
import { DECLARED_TYPES } from "./column-type.js";
import { foreignKeysOf } from "./foreign-keys.js";
import { compile, type SqliteStatement } from "./connection.js";
import type { SqliteExecutor, WorkScope } from "./executor.js";
import { checkSqliteNamespace } from "./namespace.js";
import { checkNativeStatement, namesFile, type NativeSqlPolicy } from "./native-statement.js";
import type { PreparedStatements } from "./prepared-statements.js";
import { decodeRow, resultColumns } from "./result-columns.js";
import { streamRows } from "./row-stream.js";
import { abortError, namedFileError } from "./sqlite-errors.js";
import { sqliteDialect } from "./sqlite-dialect.js";
import { firstKeyword } from "./statement-kind.js";
import type { TableMeta } from "./table-metadata.js";
import { encodeParam } from "./value-codec.js";

/** Request paths of one statement's parts ("sql", "statements[2].params"). */
interface StatementPaths {
  readonly sql: string;
  readonly statementId: string;
  readonly params: string;
}

/** The RPCs whose answers the byte budget bounds, for RESPONSE_TOO_LARGE. */
const QUERY = `${SqlService.typeName}/${SqlService.method.query.name}`;
const BATCH = `${SqlService.typeName}/${SqlService.method.batch.name}`;

const TOP_LEVEL: StatementPaths = { sql: "sql", statementId: "statement_id", params: "params" };

function batchPaths(i: number): StatementPaths {
  return { sql: `statements[${i}].sql`, statementId: `statements[${i}].statement_id`, params: `statements[${i}].params` };
}

/** The request field of a table call's table. */
const TABLE_FIELD = "target.collection";

// What the page tokens of listings page through (page-token.ts): a
// token of one listing, or of a record query, is refused by another.
const TABLES_LISTING = pageFingerprint({ operation: "list_tables", namespace: "main", collection: "" });
const indexesListing = (table: string) => pageFingerprint({ operation: "list_indexes", namespace: "main", collection: table });

const TABLE_KINDS: Readonly<Record<string, TableKind>> = {
  table: TableKind.TABLE,
  view: TableKind.VIEW,
  virtual: TableKind.VIRTUAL,
};

/** dbx.sql.v1.SqlService on SQLite. */
export class SqliteSqlFacet implements SqlFacet {
  constructor(
    private readonly executor: SqliteExecutor,
    private readonly prepared: PreparedStatements,
    private readonly policy: NativeSqlPolicy,
  ) {}

  get #backend(): string {
    return this.executor.errors.backend;
  }

  async query(ctx: OperationContext, call: SqlQueryCall): Promise<SqlRows> {
    checkSqliteNamespace(call.namespace);
    return this.executor.run(ctx, (scope) => {
      const { stmt, params, sql } = this.#bind(call.statement, TOP_LEVEL);
      if (!stmt.reader) {
        this.#exec(stmt, params, sql);
        return { columns: [], rows: [] };
      }
      return this.#readRows(scope, stmt, params, call.maxRows, call.maxRows, new ByteBudget(call.maxBytes), QUERY);
    });
  }

  async exec(ctx: OperationContext, call: SqlExecCall): Promise<SqlExecOutcome> {
    checkSqliteNamespace(call.namespace);
    return this.executor.run(ctx, () => {
      const { stmt, params, sql } = this.#bind(call.statement, TOP_LEVEL);
      return this.#exec(stmt, params, sql);
    });
  }

  async prepare(ctx: OperationContext, call: SqlPrepareCall): Promise<SqlPrepared> {
    checkSqliteNamespace(call.namespace);
    // Compiling reads only the schema, so it needs no lock: a client inside
    // its own transaction can prepare without waiting for itself.
    const checked = checkNativeStatement(call.sql, "sql", this.policy);
    if (ctx.abort.aborted) throw abortError(ctx.abort, this.#backend);
    let stmt: SqliteStatement;
    try {
      stmt = this.executor.connection.prepare(checked);
    } catch (err) {
      throw this.executor.mapError(err);
    }
    return { statementId: this.prepared.add(checked, stmt), columns: resultColumns(stmt, this.executor.metadata) };
  }

  async closePrepared(_ctx: OperationContext, call: SqlClosePreparedCall): Promise<boolean> {
    checkSqliteNamespace(call.namespace);
    return this.prepared.close(call.statementId);
  }

  async batch(ctx: OperationContext, call: SqlBatchCall): Promise<SqlStatementResult[]> {
    checkSqliteNamespace(call.namespace);
    const { statements, atomic, maxRows } = call;
    return this.executor.run(ctx, (scope) => {
      let budget = maxRows;
      const bytes = new ByteBudget(call.maxBytes);
      const runOne = (statement: SqlStatement, i: number): SqlStatementResult => {
        const { stmt, params, sql } = this.#bind(statement, batchPaths(i));
        if (!stmt.reader) return { columns: [], rows: [], ...this.#exec(stmt, params, sql) };
        // A reader may also write (INSERT ... RETURNING): count its changes.
        const totalChanges = () => scope.connection.value("SELECT total_changes()") as bigint;
        const before = stmt.readonly ? 0n : totalChanges();
        const rows = this.#readRows(scope, stmt, params, budget, maxRows, bytes, BATCH);
        budget -= rows.rows.length;
        return { ...rows, rowsAffected: stmt.readonly ? 0n : totalChanges() - before };
      };
      const runAll = () =>
        statements.map((statement, i) => {
          try {
            // better-sqlite3 cannot interrupt a statement; a deadline is
            // honoured between them (and rolls back an atomic batch).
            if (ctx.abort.aborted) throw abortError(ctx.abort, this.#backend);
            return runOne(statement, i);
          } catch (err) {
            throw this.#atStatement(err, i, atomic);
          }
        });
      return atomic ? scope.db.transaction(runAll)() : runAll();
    });
  }

  async *streamQuery(ctx: OperationContext, call: SqlStreamQueryCall): AsyncIterable<SqlRows> {
    checkSqliteNamespace(call.namespace);
    // Compile once on the main connection to learn what the statement is.
    const probe = await this.executor.run(ctx, () => this.#bind(call.statement, TOP_LEVEL));
    if (!probe.stmt.reader) {
      await this.exec(ctx, call);
      yield { columns: [], rows: [] };
      return;
    }
    const columns = resultColumns(probe.stmt, this.executor.metadata);
    const sql = probe.sql;
    let first = true;
    for await (const batch of streamRows(
      this.executor,
      ctx,
      (db) => ({ statement: compile(db, sql), params: probe.params }),
      call.batchSize,
      call.maxBatchBytes,
    )) {
      yield { columns: first ? columns : [], rows: batch.rows.map((row) => decodeRow(row, columns)) };
      first = false;
    }
  }

  async listTables(ctx: OperationContext, call: SqlListTablesCall): Promise<SqlPage<SqlTableSummary>> {
    checkSqliteNamespace(call.namespace);
    const fingerprint = TABLES_LISTING;
    const after = afterName(call.pageToken, fingerprint);
    return this.executor.run(ctx, (scope) => {
      const rows = scope.connection
        .statement(
          "SELECT name, type FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'view', 'virtual') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name > ? ORDER BY name LIMIT ?",
        )
        .all(after, call.pageSize + 1) as [string, string][];
      const tables = rows.map(([name, type]) => ({ name, kind: TABLE_KINDS[type] ?? TableKind.TABLE }));
      return namePage(tables, call.pageSize, fingerprint, (t) => t.name);
    });
  }

  async describeTable(ctx: OperationContext, call: SqlTableCall): Promise<SqlTableDescription> {
    checkSqliteNamespace(call.target.namespace);
    return this.executor.run(ctx, (scope) => {
      const meta = this.#requireTable(scope, call.target.collection);
      return {
        name: meta.name,
        kind: meta.kind,
        columns: meta.columns.map((c) => ({
          name: c.name,
          declaredType: c.declaredType,
          type: c.type,
          nullable: !c.notNull,
          defaultExpression: c.defaultSql ?? "",
          primaryKeyPosition: c.pkPosition,
        })),
        primaryKey: [...meta.primaryKey],
        keyFields: keyFieldsOf(meta),
        foreignKeys: meta.kind === TableKind.TABLE ? foreignKeysOf(scope.connection, meta.name) : [],
      };
    });
  }

  async createTable(ctx: OperationContext, call: SqlCreateTableCall): Promise<boolean> {
    checkSqliteNamespace(call.target.namespace);
    const name = call.target.collection;
    call.columns.forEach((c, i) => {
      if (!DECLARED_TYPES[c.type]) {
        throw invalidField(`columns[${i}].type`, `SQLite has no column for ${ColumnType[c.type] ?? c.type} values`);
      }
    });
    return this.executor.run(ctx, (scope) => {
      if (scope.metadata.find(name)) {
        if (call.ifNotExists) return false;
        throw dbxError(ErrorReason.ALREADY_EXISTS, `table "${name}" exists`, { backend: this.#backend, collection: name });
      }
      scope.db.exec(createTableSql(sqliteDialect, { name, columns: call.columns, primaryKey: call.primaryKey, ifNotExists: call.ifNotExists }));
      scope.metadata.invalidate();
      return true;
    });
  }

  async dropTable(ctx: OperationContext, call: SqlDropTableCall): Promise<boolean> {
    checkSqliteNamespace(call.target.namespace);
    const table = checkIdentifier(call.target.collection, TABLE_FIELD);
    return this.executor.run(ctx, (scope) => {
      const meta = scope.metadata.find(table);
      if (!meta) {
        if (call.ifExists) return false;
        throw this.#unknownTable(table);
      }
      if (meta.kind === TableKind.VIEW) throw invalidField(TABLE_FIELD, `"${table}" is a view; drop it with SqlService.Exec (DROP VIEW)`);
      scope.db.exec(dropTableSql(sqliteDialect, meta.name));
      scope.metadata.invalidate();
      return true;
    });
  }

  async listIndexes(ctx: OperationContext, call: SqlListIndexesCall): Promise<SqlPage<SqlIndexDescription>> {
    checkSqliteNamespace(call.target.namespace);
    return this.executor.run(ctx, (scope) => {
      const meta = this.#requireTable(scope, call.target.collection);
      const fingerprint = indexesListing(meta.name);
      const after = afterName(call.pageToken, fingerprint);
      const indexes = scope.connection
        .statement('SELECT name, "unique", origin, partial FROM pragma_index_list(?) WHERE name > ? ORDER BY name LIMIT ?')
        .all(meta.name, after, call.pageSize + 1) as [string, bigint, string, bigint][];
      const described = indexes.map(([name, unique, origin, partial]) => {
        const columns = scope.connection.values("SELECT name FROM pragma_index_info(?) ORDER BY seqno", name) as (string | null)[];
        return {
          name,
          table: meta.name,
          columns: columns.map((c) => c ?? ""),
          unique: unique === 1n,
          primaryKey: origin === "pk",
          partial: partial === 1n,
        };
      });
      return namePage(described, call.pageSize, fingerprint, (index) => index.name);
    });
  }

  async createIndex(ctx: OperationContext, call: SqlCreateIndexCall): Promise<boolean> {
    checkSqliteNamespace(call.target.namespace);
    return this.executor.run(ctx, (scope) => {
      const meta = this.#requireTable(scope, call.target.collection);
      call.columns.forEach((c, i) => {
        if (!meta.byName.has(c)) throw invalidField(`columns[${i}]`, `table "${meta.name}" has no column "${c}"`);
      });
      if (this.#indexExists(scope, call.name)) {
        if (call.ifNotExists) return false;
        throw dbxError(ErrorReason.ALREADY_EXISTS, `an index named "${call.name}" exists`, { backend: this.#backend, index: call.name });
      }
      scope.db.exec(
        createIndexSql(sqliteDialect, { table: meta.name, name: call.name, columns: call.columns, unique: call.unique, ifNotExists: call.ifNotExists }),
      );
      scope.metadata.invalidate();
      return true;
    });
  }

  async dropIndex(ctx: OperationContext, call: SqlDropIndexCall): Promise<boolean> {
    checkSqliteNamespace(call.namespace);
    const name = checkIdentifier(call.name, "name");
    return this.executor.run(ctx, (scope) => {
      if (!this.#indexExists(scope, name)) {
        if (call.ifExists) return false;
        throw dbxError(ErrorReason.NOT_FOUND, `backend "${this.#backend}" has no index named "${name}"`, { backend: this.#backend, index: name });
      }
      scope.db.exec(dropIndexSql(sqliteDialect, name));
      scope.metadata.invalidate();
      return true;
    });
  }

  /** The compiled statement (on the main connection) and its parameters in storage form. */
  #bind(statement: SqlStatement, paths: StatementPaths): { stmt: SqliteStatement; params: unknown[]; sql: string } {
    const params = statement.params.map((p, i) => encodeParam(p, `${paths.params}[${i}]`));
    if ("sql" in statement.source) {
      const sql = checkNativeStatement(statement.source.sql, paths.sql, this.policy);
      return { stmt: this.executor.connection.statement(sql), params, sql };
    }
    const id = statement.source.statementId;
    return { stmt: this.prepared.statement(id, paths.statementId, this.executor.connection), params, sql: this.prepared.sql(id, paths.statementId) };
  }

  /**
   * Reads at most `budget` rows whose values take at most `bytes`, stopping
   * at the first row past either with TOO_MANY_ROWS (reporting `limit`) or
   * RESPONSE_TOO_LARGE (for `procedure`), so that no unbounded result is ever
   * held.
   */
  #readRows(
    scope: WorkScope,
    stmt: SqliteStatement,
    params: unknown[],
    budget: number,
    limit: number,
    bytes: ByteBudget,
    procedure: string,
  ): SqlRows {
    const columns = resultColumns(stmt, scope.metadata);
    const rows: TypedValue[][] = [];
    const iterator = stmt.iterate(...params) as IterableIterator<unknown[]>;
    try {
      for (const row of iterator) {
        if (rows.length >= budget) {
          throw tooManyRows({ what: "the result", limit, setting: "server.maxRowsPerResponse", use: STREAMING_ALTERNATIVE.sql });
        }
        if (!bytes.add(row)) throw responseTooLarge(procedure, bytes.maxBytes);
        rows.push(decodeRow(row, columns));
      }
    } finally {
      iterator.return?.();
    }
    return { columns, rows };
  }

  #exec(stmt: SqliteStatement, params: unknown[], sql: string): SqlExecOutcome {
    const keyword = firstKeyword(sql);
    let info: { changes: number; lastInsertRowid: number | bigint };
    try {
      info = stmt.run(...params);
    } catch (err) {
      throw namesFile(keyword) ? namedFileError(err, this.#backend) : err;
    }
    const rowsAffected = BigInt(info.changes);
    const inserted = rowsAffected > 0n && (keyword === "INSERT" || keyword === "REPLACE");
    return inserted ? { rowsAffected, lastInsertId: BigInt(info.lastInsertRowid) } : { rowsAffected };
  }

  /** The error of a batch's statement, saying which one and what took effect. */
  #atStatement(err: unknown, index: number, atomic: boolean): ConnectError {
    const mapped = this.executor.mapError(err);
    const note = atomic
      ? "none of the batch's statements took effect"
      : index === 0
        ? "no statement took effect"
        : `statements 0 to ${index - 1} took effect`;
    const message = mapped.rawMessage.startsWith(`statements[${index}]`) ? mapped.rawMessage : `statements[${index}]: ${mapped.rawMessage}`;
    return withContext(mapped, `${message} (${note})`, { statement_index: String(index) });
  }

  #requireTable(scope: WorkScope, table: string): TableMeta {
    checkIdentifier(table, TABLE_FIELD);
    const meta = scope.metadata.find(table);
    if (!meta) throw this.#unknownTable(table);
    return meta;
  }

  #unknownTable(table: string) {
    return dbxError(ErrorReason.UNKNOWN_COLLECTION, `backend "${this.#backend}" has no table named "${table}"`, {
      backend: this.#backend,
      collection: table,
    });
  }

  #indexExists(scope: WorkScope, name: string): boolean {
    return scope.connection.statement("SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = ? COLLATE NOCASE").get(name) !== undefined;
  }
}

/**
 * The fields DataService keys a table's records by: its primary key
 * columns, else the rowid; none for views (and WITHOUT ROWID tables
 * cannot lack a primary key).
 */
function keyFieldsOf(meta: TableMeta): string[] {
  if (meta.kind === TableKind.VIEW) return [];
  if (meta.primaryKey.length) return [...meta.primaryKey];
  return meta.hasRowid ? ["rowid"] : [];
}
