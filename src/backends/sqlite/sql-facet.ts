import type { ConnectError } from "@connectrpc/connect";
import { ColumnType, TableKind } from "../../../gen/ts/dbx/sql/v1/schema_pb.js";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import type { TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import { dbxError, invalidField } from "../../errors/dbx-error.js";
import type { OperationContext } from "../backend.js";
import type {
  SqlExecOutcome,
  SqlFacet,
  SqlIndexDefinition,
  SqlIndexDescription,
  SqlPrepared,
  SqlRows,
  SqlStatement,
  SqlStatementResult,
  SqlTableDefinition,
  SqlTableDescription,
  SqlTableSummary,
} from "../facets/sql.js";
import { createIndexSql, createTableSql, dropIndexSql, dropTableSql } from "../sql/ddl.js";
import { checkIdentifier } from "../sql/identifier.js";
import { withContext } from "../sql/error-context.js";
import { tooManyRows } from "../sql/too-many-rows.js";
import { ByteBudget } from "../../limits/byte-budget.js";
import { responseTooLarge } from "../../limits/response-too-large.js";
import { compile, type SqliteStatement } from "./connection.js";
import type { SqliteExecutor, WorkScope } from "./executor.js";
import type { PreparedStatements } from "./prepared-statements.js";
import { decodeRow, resultColumns } from "./result-columns.js";
import { streamRows } from "./row-stream.js";
import { sqliteDialect } from "./sqlite-dialect.js";
import { checkNativeStatement, namesFile, type NativeSqlPolicy } from "./native-statement.js";
import { abortError, namedFileError } from "./sqlite-errors.js";
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
const QUERY = "dbx.sql.v1.SqlService/Query";
const BATCH = "dbx.sql.v1.SqlService/Batch";

const TOP_LEVEL: StatementPaths = { sql: "sql", statementId: "statement_id", params: "params" };

function batchPaths(i: number): StatementPaths {
  return { sql: `statements[${i}].sql`, statementId: `statements[${i}].statement_id`, params: `statements[${i}].params` };
}

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

  async query(ctx: OperationContext, statement: SqlStatement, maxRows: number, maxBytes = Infinity): Promise<SqlRows> {
    return this.executor.run(ctx, (scope) => {
      const { stmt, params, sql } = this.#bind(statement, TOP_LEVEL);
      if (!stmt.reader) {
        this.#exec(stmt, params, sql);
        return { columns: [], rows: [] };
      }
      return this.#readRows(scope, stmt, params, maxRows, maxRows, new ByteBudget(maxBytes), QUERY);
    });
  }

  async exec(ctx: OperationContext, statement: SqlStatement): Promise<SqlExecOutcome> {
    return this.executor.run(ctx, () => {
      const { stmt, params, sql } = this.#bind(statement, TOP_LEVEL);
      return this.#exec(stmt, params, sql);
    });
  }

  async prepare(signal: AbortSignal, sql: string): Promise<SqlPrepared> {
    // Compiling reads only the schema, so it needs no lock: a client inside
    // its own transaction can prepare without waiting for itself.
    const checked = checkNativeStatement(sql, "sql", this.policy);
    if (signal.aborted) throw abortError(signal, this.#backend);
    let stmt: SqliteStatement;
    try {
      stmt = this.executor.connection.prepare(checked);
    } catch (err) {
      throw this.executor.mapError(err);
    }
    return { statementId: this.prepared.add(checked, stmt), columns: resultColumns(stmt, this.executor.metadata) };
  }

  async closePrepared(statementId: string): Promise<boolean> {
    return this.prepared.close(statementId);
  }

  async batch(
    ctx: OperationContext,
    statements: readonly SqlStatement[],
    atomic: boolean,
    maxRows: number,
    maxBytes = Infinity,
  ): Promise<SqlStatementResult[]> {
    return this.executor.run(ctx, (scope) => {
      let budget = maxRows;
      const bytes = new ByteBudget(maxBytes);
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
            if (ctx.signal.aborted) throw abortError(ctx.signal, this.#backend);
            return runOne(statement, i);
          } catch (err) {
            throw this.#atStatement(err, i, atomic);
          }
        });
      return atomic ? scope.db.transaction(runAll)() : runAll();
    });
  }

  async *streamQuery(ctx: OperationContext, statement: SqlStatement, batchSize: number, maxBatchBytes?: number): AsyncIterable<SqlRows> {
    // Compile once on the main connection to learn what the statement is.
    const probe = await this.executor.run(ctx, () => this.#bind(statement, TOP_LEVEL));
    if (!probe.stmt.reader) {
      await this.exec(ctx, statement);
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
      batchSize,
      maxBatchBytes,
    )) {
      yield { columns: first ? columns : [], rows: batch.rows.map((row) => decodeRow(row, columns)) };
      first = false;
    }
  }

  async listTables(ctx: OperationContext): Promise<SqlTableSummary[]> {
    return this.executor.run(ctx, (scope) => {
      const rows = scope.connection
        .statement(
          "SELECT name, type FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'view', 'virtual') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
        )
        .all() as [string, string][];
      return rows.map(([name, type]) => ({ name, kind: type === "view" ? TableKind.VIEW : type === "virtual" ? TableKind.VIRTUAL : TableKind.TABLE }));
    });
  }

  async describeTable(ctx: OperationContext, table: string): Promise<SqlTableDescription> {
    return this.executor.run(ctx, (scope) => {
      const meta = this.#requireTable(scope, table, "table");
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
        keyField: meta.kind === TableKind.VIEW ? "" : (meta.key?.name ?? ""),
      };
    });
  }

  async createTable(ctx: OperationContext, definition: SqlTableDefinition): Promise<boolean> {
    return this.executor.run(ctx, (scope) => {
      if (scope.metadata.find(definition.name)) {
        if (definition.ifNotExists) return false;
        throw dbxError(ErrorReason.ALREADY_EXISTS, `table "${definition.name}" exists`, { backend: this.#backend, collection: definition.name });
      }
      definition.columns.forEach((c, i) => {
        if (c.type === ColumnType.UNSPECIFIED) throw invalidField(`columns[${i}].type`, "a column type is required");
      });
      scope.db.exec(createTableSql(sqliteDialect, definition));
      scope.metadata.invalidate();
      return true;
    });
  }

  async dropTable(ctx: OperationContext, table: string, ifExists: boolean): Promise<boolean> {
    return this.executor.run(ctx, (scope) => {
      checkIdentifier(table, "table");
      const meta = scope.metadata.find(table);
      if (!meta) {
        if (ifExists) return false;
        throw this.#unknownTable(table);
      }
      if (meta.kind === TableKind.VIEW) throw invalidField("table", `"${table}" is a view; drop it with SqlService.Exec (DROP VIEW)`);
      scope.db.exec(dropTableSql(sqliteDialect, meta.name));
      scope.metadata.invalidate();
      return true;
    });
  }

  async listIndexes(ctx: OperationContext, table: string): Promise<SqlIndexDescription[]> {
    return this.executor.run(ctx, (scope) => {
      const meta = this.#requireTable(scope, table, "table");
      const indexes = scope.connection
        .statement('SELECT name, "unique", origin, partial FROM pragma_index_list(?) ORDER BY name')
        .all(meta.name) as [string, bigint, string, bigint][];
      return indexes.map(([name, unique, origin, partial]) => {
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
    });
  }

  async createIndex(ctx: OperationContext, definition: SqlIndexDefinition): Promise<boolean> {
    return this.executor.run(ctx, (scope) => {
      const meta = this.#requireTable(scope, definition.table, "table");
      definition.columns.forEach((c, i) => {
        if (!meta.byName.has(c)) throw invalidField(`columns[${i}]`, `table "${meta.name}" has no column "${c}"`);
      });
      if (this.#indexExists(scope, definition.name)) {
        if (definition.ifNotExists) return false;
        throw dbxError(ErrorReason.ALREADY_EXISTS, `an index named "${definition.name}" exists`, { backend: this.#backend, index: definition.name });
      }
      scope.db.exec(createIndexSql(sqliteDialect, { ...definition, table: meta.name }));
      scope.metadata.invalidate();
      return true;
    });
  }

  async dropIndex(ctx: OperationContext, name: string, ifExists: boolean): Promise<boolean> {
    return this.executor.run(ctx, (scope) => {
      checkIdentifier(name, "name");
      if (!this.#indexExists(scope, name)) {
        if (ifExists) return false;
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
        if (rows.length >= budget) throw tooManyRows(limit);
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

  #requireTable(scope: WorkScope, table: string, field: string): TableMeta {
    checkIdentifier(table, field);
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
