import { QueryService } from "../../../gen/ts/dbx/v1/query_pb.js";
import { ByteBudget } from "../../limits/byte-budget.js";
import { responseTooLarge } from "../../limits/response-too-large.js";
import type { ExecuteCall } from "../backend-calls.js";
import type { NativeResult, OperationContext } from "../backend.js";
import { decodeRows } from "./result-columns.js";
import { rowsAffected, type PostgresSqlFacet, type StatementPaths } from "./sql-facet.js";

/** The RPC that `execute` answers, for its errors. */
const EXECUTE = `${QueryService.typeName}/${QueryService.method.execute.name}`;

const PATHS: StatementPaths = { sql: "statement", statementId: "statement", params: "params", paramTypes: "params" };

/**
 * QueryService.Execute on PostgreSQL: one statement of native SQL with `$n`
 * parameters, run like SqlService.Query (the same checks, parameter
 * encoding, namespace and pooled connection) and answered with column names.
 * At most `maxRows + 1` rows are read, so that the service answers
 * TOO_MANY_ROWS without an unbounded result in memory.
 */
export function executeNative(sql: PostgresSqlFacet, ctx: OperationContext, call: ExecuteCall): Promise<NativeResult> {
  const statement = { source: { sql: call.statement }, params: call.params };
  return sql.statement(ctx, call.namespace, statement, PATHS, call.maxRows + 1, (result, types) => {
    const bytes = new ByteBudget(call.maxBytes);
    for (const row of result.rows) if (!bytes.add(row)) throw responseTooLarge(EXECUTE, bytes.maxBytes);
    return { columns: result.fields.map((f) => f.name), rows: decodeRows(result.rows, types), rowsAffected: rowsAffected(result) };
  });
}
