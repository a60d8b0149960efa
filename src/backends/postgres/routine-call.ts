import type { TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import { invalidField } from "../../errors/dbx-error.js";
import { tooManyRows } from "../../limits/too-many-rows.js";
import type { PostgresRoutineCall, ProcedureOutcome } from "../facets/postgres.js";
import type { SqlRows } from "../facets/sql.js";
import type { OperationContext } from "../operation-context.js";
import { quoteIdentifierAnsi } from "../sql/identifier.js";
import type { PostgresConnection, PostgresResult } from "./postgres-connection.js";

/** How routine calls bind arguments and read results (the backend's value codec). */
export interface RoutineCodec {
  /** A value as node-postgres binds it (text, bytes or null). INVALID_ARGUMENT naming `field` when it cannot be. */
  param(value: TypedValue, field: string): unknown;
  /** A result's columns and rows, values decoded by type. */
  rows(result: PostgresResult): SqlRows;
}

/**
 * A function called as a table (`SELECT * FROM f(…)`), so that a scalar, a
 * composite and a set-returning function all answer rows with named
 * columns. One row past `maxRows` is read to tell a result that is too long.
 */
export async function callFunction(ctx: OperationContext, connection: PostgresConnection, codec: RoutineCodec, call: PostgresRoutineCall): Promise<SqlRows> {
  const { args, params, paramTypes } = await bindArguments(ctx, connection, codec, call);
  params.push(call.maxRows + 1);
  paramTypes.push(INT8_OID);
  const result = await connection.query(ctx, `SELECT * FROM ${routineName(call)}(${args}) LIMIT $${params.length}`, params, { paramTypes });
  if (result.rows.length > call.maxRows) {
    throw tooManyRows({ what: "the function's result", limit: call.maxRows, setting: "server.maxRowsPerResponse", use: "dbx.sql.v1.SqlService/StreamQuery" });
  }
  return codec.rows(result);
}

/** CALL; PostgreSQL answers the OUT and INOUT parameters as one row. */
export async function callProcedure(ctx: OperationContext, connection: PostgresConnection, codec: RoutineCodec, call: PostgresRoutineCall): Promise<ProcedureOutcome> {
  const { args, params, paramTypes } = await bindArguments(ctx, connection, codec, call);
  const result = await connection.query(ctx, `CALL ${routineName(call)}(${args})`, params, { paramTypes });
  if (result.fields.length === 0) return { columns: [], values: undefined };
  const { columns, rows } = codec.rows(result);
  return { columns, values: rows[0] };
}

const INT8_OID = 20;

function routineName(call: PostgresRoutineCall): string {
  const { namespace, collection } = call.routine;
  return namespace ? `${quoteIdentifierAnsi(namespace)}.${quoteIdentifierAnsi(collection)}` : quoteIdentifierAnsi(collection);
}

/**
 * The argument list (`$1, "name" => $2`), the bound values and their type
 * OIDs (0 lets PostgreSQL infer). Type names are resolved by PostgreSQL
 * (to_regtype, bound), never spliced.
 */
async function bindArguments(
  ctx: OperationContext,
  connection: PostgresConnection,
  codec: RoutineCodec,
  call: PostgresRoutineCall,
): Promise<{ args: string; params: unknown[]; paramTypes: number[] }> {
  const typeIds = await resolveTypes(ctx, connection, call);
  const args: string[] = [];
  const params: unknown[] = [];
  call.arguments.forEach((argument, i) => {
    params.push(codec.param(argument.value, `arguments[${i}].value`));
    const placeholder = `$${i + 1}`;
    args.push(argument.name ? `${quoteIdentifierAnsi(argument.name)} => ${placeholder}` : placeholder);
  });
  return { args: args.join(", "), params, paramTypes: typeIds };
}

async function resolveTypes(ctx: OperationContext, connection: PostgresConnection, call: PostgresRoutineCall): Promise<number[]> {
  const names = call.arguments.map((a) => a.type);
  if (names.every((name) => name === "")) return names.map(() => 0);
  const result = await connection.query(ctx, "SELECT CASE WHEN t = '' THEN 0::oid ELSE to_regtype(t)::oid END FROM unnest($1::text[]) WITH ORDINALITY AS u(t, i) ORDER BY i", [names]);
  return result.rows.map((row, i) => {
    if (row[0] === null) throw invalidField(`arguments[${i}].type`, `PostgreSQL has no type named "${names[i]}"`);
    return Number(row[0]);
  });
}
