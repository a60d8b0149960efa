import type { ServiceImpl } from "@connectrpc/connect";
import { ErrorReason } from "../../gen/ts/dbx/v1/errors_pb.js";
import type { Filter } from "../../gen/ts/dbx/v1/filter_pb.js";
import { Operator } from "../../gen/ts/dbx/v1/filter_pb.js";
import { QueryService, type Query } from "../../gen/ts/dbx/v1/query_pb.js";
import { create } from "@bufbuild/protobuf";
import { QuerySchema } from "../../gen/ts/dbx/v1/query_pb.js";
import { RowSchema } from "../../gen/ts/dbx/v1/query_pb.js";
import { Capability } from "../backends/capabilities.js";
import type { Backend } from "../backends/backend.js";
import { dbxError, invalidField, unsupported } from "../errors/dbx-error.js";
import { checkValue } from "../values/check-value.js";
import { splitBySize } from "../limits/split-by-size.js";
import { pageSize } from "./page-size.js";
import { resolveTarget } from "./resolve-target.js";
import { checkStatementText } from "./statement-text.js";
import type { ServiceDeps } from "./service-deps.js";

/** QueryService: structured find (paged and streamed) and native statements. */
export function createQueryService(deps: ServiceDeps): ServiceImpl<typeof QueryService> {
  return {
    async find(req, handler) {
      const { backend, collection, ctx } = resolveTarget(deps, req.target, handler);
      const query = checkQuery(backend, req.query);
      const size = pageSize(req.pageSize, "page_size", deps.limits.maxRowsPerResponse);
      return backend.find(ctx, collection, query, size, req.pageToken);
    },
    async *findStream(req, handler) {
      const { backend, collection, ctx } = resolveTarget(deps, req.target, handler);
      const query = checkQuery(backend, req.query);
      const batchSize = pageSize(req.batchSize, "batch_size", deps.limits.maxRowsPerResponse, 500);
      for await (const batch of backend.findStream(ctx, collection, query, batchSize, deps.limits.maxResponseBytes)) {
        for (const records of splitBySize(batch, deps.limits.maxResponseBytes)) yield { records };
      }
    },
    async execute(req, handler) {
      const { backend, ctx } = resolveTarget(deps, req.target, handler, {
        capability: Capability.QueryNative,
        collectionOptional: true,
      });
      checkStatementText(req.statement, "statement");
      const params = req.params.map((p, i) => checkValue(p, `params[${i}]`));
      const result = await backend.execute!(ctx, req.statement, params, {
        maxRows: deps.limits.maxRowsPerResponse,
        maxBytes: deps.limits.maxResponseBytes,
      });
      if (result.rows.length > deps.limits.maxRowsPerResponse) {
        throw dbxError(
          ErrorReason.TOO_MANY_ROWS,
          `the statement answered more than ${deps.limits.maxRowsPerResponse} rows; use a streaming RPC (dbx.sql.v1.SqlService/StreamQuery, dbx.v1.QueryService/FindStream)`,
          { limit: String(deps.limits.maxRowsPerResponse), use: "dbx.sql.v1.SqlService/StreamQuery" },
        );
      }
      return {
        columns: result.columns,
        rows: result.rows.map((values) => create(RowSchema, { values })),
        rowsAffected: result.rowsAffected,
        result: result.result,
      };
    },
  };
}

/** Validates a query: filter shape and operands, sort support, offset and limit. */
function checkQuery(backend: Backend, query: Query | undefined): Query {
  const q = query ?? create(QuerySchema);
  if (q.filter) checkFilter(q.filter, "query.filter");
  q.sort.forEach((s, i) => {
    if (!s.field) throw invalidField(`query.sort[${i}].field`, "a field is required");
  });
  if (q.sort.length && !backend.capabilities.has(Capability.QuerySort)) throw unsupported(backend.name, Capability.QuerySort);
  q.fields.forEach((f, i) => {
    if (!f) throw invalidField(`query.fields[${i}]`, "field names must not be empty");
  });
  if (q.offset < 0n) throw invalidField("query.offset", "must not be negative");
  if (q.limit < 0n) throw invalidField("query.limit", "must not be negative");
  return q;
}

function checkFilter(filter: Filter, path: string): void {
  switch (filter.kind.case) {
    case "field": {
      const f = filter.kind.value;
      const at = `${path}.field`;
      if (!f.field) throw invalidField(`${at}.field`, "a field is required");
      switch (f.op) {
        case Operator.UNSPECIFIED:
          throw invalidField(`${at}.op`, "an operator is required");
        case Operator.IN:
        case Operator.NOT_IN:
          if (f.values.length === 0) throw invalidField(`${at}.values`, "IN and NOT_IN need at least one value");
          f.values.forEach((v, i) => checkValue(v, `${at}.values[${i}]`));
          break;
        case Operator.EXISTS:
        case Operator.NOT_EXISTS:
          break;
        case Operator.PREFIX:
        case Operator.CONTAINS:
          if (checkValue(f.value, `${at}.value`).kind.case !== "stringValue") {
            throw invalidField(`${at}.value`, "PREFIX and CONTAINS take a string value");
          }
          break;
        default:
          if (!(f.op in Operator)) throw invalidField(`${at}.op`, `unknown operator ${f.op}`);
          checkValue(f.value, `${at}.value`);
      }
      return;
    }
    case "and":
    case "or": {
      const list = filter.kind.value.filters;
      if (list.length === 0) throw invalidField(`${path}.${filter.kind.case}.filters`, "at least one filter is required");
      list.forEach((f, i) => checkFilter(f, `${path}.${filter.kind.case}.filters[${i}]`));
      return;
    }
    case "not":
      checkFilter(filter.kind.value, `${path}.not`);
      return;
    default:
      throw invalidField(path, "one of field, and, or, not is required");
  }
}
