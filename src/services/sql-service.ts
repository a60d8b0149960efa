import { create } from "@bufbuild/protobuf";
import type { HandlerContext, ServiceImpl } from "@connectrpc/connect";
import { ColumnType } from "../../gen/ts/dbx/sql/v1/schema_pb.js";
import { SqlService, StatementResultSchema } from "../../gen/ts/dbx/sql/v1/sql_pb.js";
import { RowSchema } from "../../gen/ts/dbx/v1/query_pb.js";
import type { TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";
import type { OperationContext } from "../backends/backend.js";
import type { SqlFacet, SqlResultColumn, SqlStatement } from "../backends/facets/sql.js";
import { checkIdentifier, checkNewIdentifier } from "../backends/sql/identifier.js";
import { invalidField } from "../errors/dbx-error.js";
import { noteBackend } from "../pipeline/call.js";
import { checkValue } from "../values/check-value.js";
import { splitBySize } from "../limits/split-by-size.js";
import { pageSize } from "./page-size.js";
import { operationContext, type ServiceDeps } from "./service-deps.js";
import { checkStatementText } from "./statement-text.js";

const SERVICE = "dbx.sql.v1.SqlService";

/** The `source` oneof of Query, Exec, StreamQuery and Batch statements. */
type Source = { case: "sql"; value: string } | { case: "statementId"; value: string } | { case: undefined; value?: undefined };

/**
 * dbx.sql.v1.SqlService: validates requests, then hands them to the SQL
 * facet of the backend they name (SQLite, PostgreSQL). Other kinds of
 * backend answer FAILED_PRECONDITION naming their kind.
 */
export function createSqlService(deps: ServiceDeps): ServiceImpl<typeof SqlService> {
  /** The facet, and the call's context (its transaction, checked to belong to the backend). */
  const resolve = (backendName: string, handler: HandlerContext, transactionId = ""): { sql: SqlFacet; ctx: OperationContext } => {
    const sql = deps.registry.facet(backendName, "sql", SERVICE);
    const backend = deps.registry.get(backendName);
    noteBackend(handler, backend.name);
    return { sql, ctx: operationContext(deps, backend, handler.signal, transactionId) };
  };
  const maxRows = deps.limits.maxRowsPerResponse;

  return {
    async query(req, handler) {
      const { sql, ctx } = resolve(req.backend, handler, req.transactionId);
      const result = await sql.query(ctx, statementOf(req.source, req.params, ""), maxRows, deps.limits.maxResponseBytes);
      return { columns: result.columns, rows: rowsOf(result.rows) };
    },
    async exec(req, handler) {
      const { sql, ctx } = resolve(req.backend, handler, req.transactionId);
      return sql.exec(ctx, statementOf(req.source, req.params, ""));
    },
    async prepare(req, handler) {
      const { sql } = resolve(req.backend, handler);
      checkStatementText(req.sql, "sql");
      return sql.prepare(handler.signal, req.sql);
    },
    async closePrepared(req, handler) {
      const { sql } = resolve(req.backend, handler);
      if (!req.statementId) throw invalidField("statement_id", "a statement id is required");
      return { closed: await sql.closePrepared(req.statementId) };
    },
    async batch(req, handler) {
      const { sql, ctx } = resolve(req.backend, handler, req.transactionId);
      if (req.statements.length === 0) throw invalidField("statements", "at least one statement is required");
      const statements = req.statements.map((s, i) => statementOf(s.source, s.params, `statements[${i}].`));
      const results = await sql.batch(ctx, statements, req.atomic, maxRows, deps.limits.maxResponseBytes);
      return {
        results: results.map((r) =>
          create(StatementResultSchema, {
            columns: r.columns,
            rows: rowsOf(r.rows),
            rowsAffected: r.rowsAffected,
            lastInsertId: r.lastInsertId,
          }),
        ),
      };
    },
    async *streamQuery(req, handler) {
      const { sql, ctx } = resolve(req.backend, handler, req.transactionId);
      const statement = statementOf(req.source, req.params, "");
      const batchSize = pageSize(req.batchSize, "batch_size", deps.limits.maxRowsPerResponse, 500);
      for await (const batch of sql.streamQuery(ctx, statement, batchSize, deps.limits.maxResponseBytes)) {
        let columns = batch.columns as SqlResultColumn[];
        // A batch with no rows still carries the columns of an empty result.
        if (batch.rows.length === 0) yield { columns, rows: [] };
        for (const rows of splitBySize(rowsOf(batch.rows), deps.limits.maxResponseBytes)) {
          yield { columns, rows };
          columns = [];
        }
      }
    },
    async listTables(req, handler) {
      const { sql, ctx } = resolve(req.backend, handler, req.transactionId);
      return { tables: await sql.listTables(ctx) };
    },
    async describeTable(req, handler) {
      const { sql, ctx } = resolve(req.backend, handler, req.transactionId);
      return { table: await sql.describeTable(ctx, checkIdentifier(req.table, "table")) };
    },
    async createTable(req, handler) {
      const { sql, ctx } = resolve(req.backend, handler, req.transactionId);
      const name = checkNewIdentifier(req.table, "table");
      if (req.columns.length === 0) throw invalidField("columns", "at least one column is required");
      const names = new Set<string>();
      const columns = req.columns.map((c, i) => {
        const column = checkNewIdentifier(c.name, `columns[${i}].name`);
        if (names.has(column.toLowerCase())) throw invalidField(`columns[${i}].name`, `column "${column}" appears twice`);
        names.add(column.toLowerCase());
        if (c.type === ColumnType.UNSPECIFIED || !(c.type in ColumnType)) {
          throw invalidField(`columns[${i}].type`, "a column type is required (COLUMN_TYPE_INT64, ..._JSON)");
        }
        return { name: column, type: c.type, notNull: c.notNull };
      });
      const keyNames = new Set<string>();
      req.primaryKey.forEach((k, i) => {
        if (!req.columns.some((c) => c.name === k)) throw invalidField(`primary_key[${i}]`, `"${k}" is not one of the columns`);
        if (keyNames.has(k)) throw invalidField(`primary_key[${i}]`, `"${k}" appears twice`);
        keyNames.add(k);
      });
      const created = await sql.createTable(ctx, { name, columns, primaryKey: req.primaryKey, ifNotExists: req.ifNotExists });
      return { created };
    },
    async dropTable(req, handler) {
      const { sql, ctx } = resolve(req.backend, handler, req.transactionId);
      return { dropped: await sql.dropTable(ctx, checkIdentifier(req.table, "table"), req.ifExists) };
    },
    async listIndexes(req, handler) {
      const { sql, ctx } = resolve(req.backend, handler, req.transactionId);
      return { indexes: await sql.listIndexes(ctx, checkIdentifier(req.table, "table")) };
    },
    async createIndex(req, handler) {
      const { sql, ctx } = resolve(req.backend, handler, req.transactionId);
      const table = checkIdentifier(req.table, "table");
      const name = checkNewIdentifier(req.name, "name");
      if (req.columns.length === 0) throw invalidField("columns", "at least one column is required");
      const columns = req.columns.map((c, i) => checkIdentifier(c, `columns[${i}]`));
      if (new Set(columns).size !== columns.length) throw invalidField("columns", "a column appears twice");
      const created = await sql.createIndex(ctx, { table, name, columns, unique: req.unique, ifNotExists: req.ifNotExists });
      return { created };
    },
    async dropIndex(req, handler) {
      const { sql, ctx } = resolve(req.backend, handler, req.transactionId);
      return { dropped: await sql.dropIndex(ctx, checkIdentifier(req.name, "name"), req.ifExists) };
    },
  };
}

/** The statement of a request: its source (exactly one of sql and statement_id) and checked parameters. */
function statementOf(source: Source, params: TypedValue[], prefix: string): SqlStatement {
  const checked = params.map((p, i) => checkValue(p, `${prefix}params[${i}]`));
  switch (source.case) {
    case "sql":
      checkStatementText(source.value, `${prefix}sql`);
      return { source: { sql: source.value }, params: checked };
    case "statementId":
      if (!source.value) throw invalidField(`${prefix}statement_id`, "a statement id is required");
      return { source: { statementId: source.value }, params: checked };
    default:
      throw invalidField(`${prefix}sql`, "one of sql and statement_id is required");
  }
}

function rowsOf(rows: TypedValue[][]) {
  return rows.map((values) => create(RowSchema, { values }));
}
