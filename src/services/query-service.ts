import { create } from "@bufbuild/protobuf";
import type { ServiceImpl } from "@connectrpc/connect";
import { SqlService } from "../../gen/ts/dbx/sql/v1/sql_pb.js";
import { QueryService, QuerySchema, RowSchema, type Query } from "../../gen/ts/dbx/v1/query_pb.js";
import type { Backend } from "../backends/backend.js";
import { Capability } from "../backends/capabilities.js";
import { invalidField, unsupported } from "../errors/dbx-error.js";
import { splitBySize } from "../limits/split-by-size.js";
import { STREAMING_ALTERNATIVE, tooManyRows } from "../limits/too-many-rows.js";
import { checkValue } from "../values/check-value.js";
import { checkFieldNames } from "./field-names.js";
import { checkFilter } from "./filter-validation.js";
import { pageSize } from "./page-size.js";
import type { ServiceDeps } from "./service-deps.js";
import { checkStatementText } from "./statement-text.js";

/** QueryService: structured find (paged and streamed) and native statements. */
export function createQueryService(deps: ServiceDeps): ServiceImpl<typeof QueryService> {
  const { resolver } = deps;
  return {
    async find(req, handler) {
      const { backend, target, ctx } = resolver.resolve(req.target, handler, { collection: "required", transactionId: req.transactionId });
      const query = checkQuery(backend, req.query);
      const size = pageSize(req.pageSize, "page_size", deps.limits.maxRowsPerResponse);
      return backend.find(ctx, { target, query, pageSize: size, pageToken: req.pageToken });
    },
    async *findStream(req, handler) {
      const { backend, target, ctx } = resolver.resolve(req.target, handler, { collection: "required", transactionId: req.transactionId });
      const query = checkQuery(backend, req.query);
      const batchSize = pageSize(req.batchSize, "batch_size", deps.limits.maxRowsPerResponse, 500);
      const maxBatchBytes = deps.limits.maxResponseBytes;
      for await (const batch of backend.findStream(ctx, { target, query, batchSize, maxBatchBytes })) {
        for (const records of splitBySize(batch, deps.limits.maxResponseBytes)) yield { records };
      }
    },
    async execute(req, handler) {
      const { backend, target, ctx } = resolver.resolve(req.target, handler, {
        collection: "forbidden",
        capability: Capability.QueryNative,
        transactionId: req.transactionId,
      });
      checkStatementText(req.statement, "statement");
      const params = req.params.map((p, i) => checkValue(p, `params[${i}]`, backend));
      const limit = deps.limits.maxRowsPerResponse;
      const result = await backend.execute!(ctx, {
        namespace: target.namespace,
        statement: req.statement,
        params,
        maxRows: limit,
        maxBytes: deps.limits.maxResponseBytes,
      });
      if (result.rows.length > limit) {
        throw tooManyRows({
          what: "the statement's answer",
          limit,
          setting: "server.maxRowsPerResponse",
          // Where a backend answers SqlService, its streaming query is the way to read any number of rows.
          use: backend.services.includes(SqlService.typeName) ? STREAMING_ALTERNATIVE.sql : undefined,
        });
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

/** Validates a query: filter, sort support, projection, offset and limit. */
function checkQuery(backend: Backend, query: Query | undefined): Query {
  const q = query ?? create(QuerySchema);
  if (q.filter) checkFilter(q.filter, "query.filter", backend);
  q.sort.forEach((s, i) => {
    if (!s.field) throw invalidField(`query.sort[${i}].field`, "a field is required");
  });
  if (q.sort.length && !backend.capabilities.has(Capability.QuerySort)) throw unsupported(backend.name, Capability.QuerySort);
  checkFieldNames(q.fields, "query.fields");
  if (q.offset < 0n) throw invalidField("query.offset", "must not be negative");
  if (q.limit < 0n) throw invalidField("query.limit", "must not be negative");
  return q;
}
