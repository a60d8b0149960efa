import { create } from "@bufbuild/protobuf";
import type { HandlerContext, ServiceImpl } from "@connectrpc/connect";
import { ColumnType, TableDescriptionSchema, TableSummarySchema, type TableDescription, type TableSummary } from "../../gen/ts/dbx/sql/v1/schema_pb.js";
import {
  ResultColumnSchema,
  SqlService,
  StatementResultSchema,
  type ResultColumn,
  type SessionContext,
} from "../../gen/ts/dbx/sql/v1/sql_pb.js";
import { RowSchema } from "../../gen/ts/dbx/v1/query_pb.js";
import { TargetSchema, type Target } from "../../gen/ts/dbx/v1/target_pb.js";
import type { TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";
import type { Backend } from "../backends/backend.js";
import { Capability } from "../backends/capabilities.js";
import type { SqlResultColumn, SqlSession, SqlStatement, SqlTableDescription, SqlTableRef, SqlTableSummary } from "../backends/facets/sql.js";
import { checkIdentifier, checkNewIdentifier } from "../backends/sql/identifier.js";
import { invalidField, unsupported } from "../errors/dbx-error.js";
import { splitBySize } from "../limits/split-by-size.js";
import { checkValue } from "../values/check-value.js";
import type { CollectionRule, ResolvedFacetCall } from "./call-resolver.js";
import { pageSize } from "./page-size.js";
import type { ServiceDeps } from "./service-deps.js";
import { checkStatementText } from "./statement-text.js";

/** The `source` oneof of Query, Exec, StreamQuery and Batch statements. */
type Source = { case: "sql"; value: string } | { case: "statementId"; value: string } | { case: undefined; value?: undefined };

/** What every SqlService request carries that the resolver reads. */
interface SqlRequest {
  readonly target?: Target;
  readonly transactionId?: string;
}

/**
 * dbx.sql.v1.SqlService: validates requests, then hands them to the SQL
 * facet of the backend their Target names (SQLite, PostgreSQL). Other kinds
 * of backend answer FAILED_PRECONDITION naming their kind. Statement calls
 * and ListTables name no collection; table calls name the table as
 * `target.collection`. Parameter types and session contexts need the
 * backend's `sql.param_types` and `sql.session_context` (UNIMPLEMENTED
 * without); parameter values the kinds the backend declares.
 */
export function createSqlService(deps: ServiceDeps): ServiceImpl<typeof SqlService> {
  const resolve = (req: SqlRequest, handler: HandlerContext, collection: CollectionRule): ResolvedFacetCall<"sql"> =>
    deps.resolver.facet(req.target, handler, "sql", SqlService, { collection, transactionId: req.transactionId ?? "" });
  const maxRows = deps.limits.maxRowsPerResponse;
  const maxBytes = deps.limits.maxResponseBytes;

  return {
    async query(req, handler) {
      const { facet, target, ctx, backend } = resolve(req, handler, "forbidden");
      checkExtensions(backend, req.paramTypes, req.session);
      const statement = statementOf(req.source, req.params, req.paramTypes, "", backend);
      const result = await facet.query(ctx, { namespace: target.namespace, statement, session: sessionOf(req.session), maxRows, maxBytes });
      return { columns: columnsOf(result.columns, backend), rows: rowsOf(result.rows) };
    },
    async exec(req, handler) {
      const { facet, target, ctx, backend } = resolve(req, handler, "forbidden");
      checkExtensions(backend, req.paramTypes, req.session);
      const statement = statementOf(req.source, req.params, req.paramTypes, "", backend);
      return facet.exec(ctx, { namespace: target.namespace, statement, session: sessionOf(req.session) });
    },
    async prepare(req, handler) {
      const { facet, target, ctx, backend } = resolve(req, handler, "forbidden");
      checkStatementText(req.sql, "sql");
      const prepared = await facet.prepare(ctx, { namespace: target.namespace, sql: req.sql });
      return { statementId: prepared.statementId, columns: columnsOf(prepared.columns, backend) };
    },
    async closePrepared(req, handler) {
      const { facet, target, ctx } = resolve(req, handler, "forbidden");
      if (!req.statementId) throw invalidField("statement_id", "a statement id is required");
      return { closed: await facet.closePrepared(ctx, { namespace: target.namespace, statementId: req.statementId }) };
    },
    async batch(req, handler) {
      const { facet, target, ctx, backend } = resolve(req, handler, "forbidden");
      if (req.statements.length === 0) throw invalidField("statements", "at least one statement is required");
      checkExtensions(backend, [], req.session);
      const statements = req.statements.map((s, i) => {
        checkExtensions(backend, s.paramTypes, undefined);
        return statementOf(s.source, s.params, s.paramTypes, `statements[${i}].`, backend);
      });
      const results = await facet.batch(ctx, { namespace: target.namespace, statements, atomic: req.atomic, session: sessionOf(req.session), maxRows, maxBytes });
      return {
        results: results.map((r) =>
          create(StatementResultSchema, {
            columns: columnsOf(r.columns, backend),
            rows: rowsOf(r.rows),
            rowsAffected: r.rowsAffected,
            lastInsertId: r.lastInsertId,
          }),
        ),
      };
    },
    async *streamQuery(req, handler) {
      const { facet, target, ctx, backend } = resolve(req, handler, "forbidden");
      checkExtensions(backend, req.paramTypes, req.session);
      const statement = statementOf(req.source, req.params, req.paramTypes, "", backend);
      const batchSize = pageSize(req.batchSize, "batch_size", maxRows, 500);
      const stream = facet.streamQuery(ctx, { namespace: target.namespace, statement, session: sessionOf(req.session), batchSize, maxBatchBytes: maxBytes });
      for await (const batch of stream) {
        let columns = columnsOf(batch.columns, backend);
        // A batch with no rows still carries the columns of an empty result.
        if (batch.rows.length === 0) yield { columns, rows: [] };
        for (const rows of splitBySize(rowsOf(batch.rows), maxBytes)) {
          yield { columns, rows };
          columns = [];
        }
      }
    },
    async listTables(req, handler) {
      const { facet, target, ctx, backend } = resolve(req, handler, "forbidden");
      const size = pageSize(req.pageSize, "page_size", maxRows);
      const page = await facet.listTables(ctx, { namespace: target.namespace, pageSize: size, pageToken: req.pageToken });
      return { tables: page.items.map((t) => tableSummaryOf(t, backend)), nextPageToken: page.nextPageToken };
    },
    async describeTable(req, handler) {
      const { facet, target, ctx, backend } = resolve(req, handler, "required");
      checkIdentifier(target.collection, "target.collection");
      return { table: tableDescriptionOf(await facet.describeTable(ctx, { target }), backend) };
    },
    async createTable(req, handler) {
      const { facet, target, ctx } = resolve(req, handler, "required");
      checkNewIdentifier(target.collection, "target.collection");
      if (req.columns.length === 0) throw invalidField("columns", "at least one column is required");
      const names = new Set<string>();
      const columns = req.columns.map((c, i) => {
        const column = checkNewIdentifier(c.name, `columns[${i}].name`);
        if (names.has(column.toLowerCase())) throw invalidField(`columns[${i}].name`, `column "${column}" appears twice`);
        names.add(column.toLowerCase());
        if (c.type === ColumnType.UNSPECIFIED || !(c.type in ColumnType)) {
          throw invalidField(`columns[${i}].type`, "a column type is required (COLUMN_TYPE_INT64, ..._DATETIME)");
        }
        if (c.type !== ColumnType.ARRAY && c.elementType !== ColumnType.UNSPECIFIED) {
          throw invalidField(`columns[${i}].element_type`, "only COLUMN_TYPE_ARRAY columns have an element type");
        }
        return c.type === ColumnType.ARRAY ? { name: column, type: c.type, notNull: c.notNull, elementType: c.elementType } : { name: column, type: c.type, notNull: c.notNull };
      });
      const keyNames = new Set<string>();
      req.primaryKey.forEach((k, i) => {
        if (!req.columns.some((c) => c.name === k)) throw invalidField(`primary_key[${i}]`, `"${k}" is not one of the columns`);
        if (keyNames.has(k)) throw invalidField(`primary_key[${i}]`, `"${k}" appears twice`);
        keyNames.add(k);
      });
      const created = await facet.createTable(ctx, { target, columns, primaryKey: req.primaryKey, ifNotExists: req.ifNotExists });
      return { created };
    },
    async dropTable(req, handler) {
      const { facet, target, ctx } = resolve(req, handler, "required");
      checkIdentifier(target.collection, "target.collection");
      return { dropped: await facet.dropTable(ctx, { target, ifExists: req.ifExists }) };
    },
    async listIndexes(req, handler) {
      const { facet, target, ctx } = resolve(req, handler, "required");
      checkIdentifier(target.collection, "target.collection");
      const size = pageSize(req.pageSize, "page_size", maxRows);
      const page = await facet.listIndexes(ctx, { target, pageSize: size, pageToken: req.pageToken });
      return { indexes: page.items, nextPageToken: page.nextPageToken };
    },
    async createIndex(req, handler) {
      const { facet, target, ctx } = resolve(req, handler, "required");
      checkIdentifier(target.collection, "target.collection");
      const name = checkNewIdentifier(req.name, "name");
      if (req.columns.length === 0) throw invalidField("columns", "at least one column is required");
      const columns = req.columns.map((c, i) => checkIdentifier(c, `columns[${i}]`));
      if (new Set(columns).size !== columns.length) throw invalidField("columns", "a column appears twice");
      const created = await facet.createIndex(ctx, { target, name, columns, unique: req.unique, ifNotExists: req.ifNotExists });
      return { created };
    },
    async dropIndex(req, handler) {
      const { facet, target, ctx } = resolve(req, handler, "optional");
      const name = checkIdentifier(req.name, "name");
      return { dropped: await facet.dropIndex(ctx, { namespace: target.namespace, name, ifExists: req.ifExists }) };
    },
  };
}

/**
 * Parameter types and a session context are refused, UNIMPLEMENTED naming
 * the capability, on backends that do not declare them, rather than ignored.
 */
function checkExtensions(backend: Backend, paramTypes: readonly string[], session: SessionContext | undefined): void {
  if (paramTypes.length > 0 && !backend.capabilities.has(Capability.SqlParamTypes)) {
    throw unsupported(backend.name, Capability.SqlParamTypes);
  }
  const hasSession = session !== undefined && (session.role !== "" || Object.keys(session.settings).length > 0);
  if (hasSession && !backend.capabilities.has(Capability.SqlSessionContext)) {
    throw unsupported(backend.name, Capability.SqlSessionContext);
  }
}

/** A session context with something in it, as the facet takes it; undefined when empty. */
export function sessionOf(session: SessionContext | undefined): SqlSession | undefined {
  if (!session || (session.role === "" && Object.keys(session.settings).length === 0)) return undefined;
  return { role: session.role, settings: session.settings };
}

/** The statement of a request: its source (exactly one of sql and statement_id), checked parameters and their types. */
function statementOf(source: Source, params: TypedValue[], paramTypes: readonly string[], prefix: string, backend: Backend): SqlStatement {
  const checked = params.map((p, i) => checkValue(p, `${prefix}params[${i}]`, backend));
  const types = paramTypes.length ? { paramTypes } : {};
  switch (source.case) {
    case "sql":
      checkStatementText(source.value, `${prefix}sql`);
      return { source: { sql: source.value }, params: checked, ...types };
    case "statementId":
      if (!source.value) throw invalidField(`${prefix}statement_id`, "a statement id is required");
      return { source: { statementId: source.value }, params: checked, ...types };
    default:
      throw invalidField(`${prefix}sql`, "one of sql and statement_id is required");
  }
}

/** Result columns as the contract has them; a source table is a Target on the call's backend. */
export function columnsOf(columns: readonly SqlResultColumn[], backend: Backend): ResultColumn[] {
  return columns.map((c) =>
    create(ResultColumnSchema, {
      name: c.name,
      declaredType: c.declaredType,
      type: c.type,
      nullable: c.nullable,
      nativeType: c.nativeType,
      precision: c.precision,
      scale: c.scale,
      sourceTable: c.source ? { backend: backend.name, namespace: c.source.namespace, collection: c.source.table } : undefined,
      sourceColumn: c.source?.column ?? "",
      elementType: c.elementType,
    }),
  );
}

/** Another table of the call's backend, as a Target. */
function tableTarget(table: SqlTableRef | undefined, backend: Backend): Target | undefined {
  return table ? create(TargetSchema, { backend: backend.name, namespace: table.namespace, collection: table.table }) : undefined;
}

function tableSummaryOf(table: SqlTableSummary, backend: Backend): TableSummary {
  return create(TableSummarySchema, { name: table.name, kind: table.kind, partitionOf: tableTarget(table.partitionOf, backend) });
}

function tableDescriptionOf(table: SqlTableDescription, backend: Backend): TableDescription {
  return create(TableDescriptionSchema, {
    name: table.name,
    kind: table.kind,
    columns: table.columns,
    primaryKey: table.primaryKey,
    keyFields: table.keyFields,
    foreignKeys: (table.foreignKeys ?? []).map((k) => ({ ...k, referencedTable: tableTarget(k.referencedTable, backend) })),
    checkConstraints: table.checkConstraints ?? [],
    partitionOf: tableTarget(table.partitionOf, backend),
    partitionBound: table.partitionBound ?? "",
    partitionKey: table.partitionKey ?? "",
    foreignServer: table.foreignServer ?? "",
  });
}

export function rowsOf(rows: TypedValue[][]) {
  return rows.map((values) => create(RowSchema, { values }));
}
