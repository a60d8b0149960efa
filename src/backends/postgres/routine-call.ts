import { invalidField } from "../../errors/dbx-error.js";
import { tooManyRows } from "../../limits/too-many-rows.js";
import type { PostgresRoutineCall, ProcedureOutcome } from "../facets/postgres.js";
import type { SqlRows } from "../facets/sql.js";
import type { OperationContext } from "../operation-context.js";
import { quoteIdentifierAnsi } from "../sql/identifier.js";
import { bindParams, type BoundParams } from "./param-binding.js";
import type { PostgresConnection, PostgresResult } from "./postgres-connection.js";
import { decodeRows, type ResultColumns } from "./result-columns.js";
import type { PgTypeRegistry } from "./type-registry.js";

const INT8_OID = 20;

/**
 * A function called as a table (`SELECT * FROM f(…)`), so that a scalar, a
 * composite and a set-returning function all answer rows with named
 * columns. One row past `maxRows` is read to tell a result that is too long.
 */
export async function callFunction(ctx: OperationContext, connection: PostgresConnection, types: PgTypeRegistry, columns: ResultColumns, call: PostgresRoutineCall): Promise<SqlRows> {
  const { args, bound } = await bindArguments(ctx, connection, types, call);
  const limit = `$${bound.values.length + 1}`;
  const params = [...bound.values, String(call.maxRows + 1)];
  const result = await connection.query(ctx, `SELECT * FROM ${routineName(call)}(${args}) LIMIT ${limit}`, params, { paramTypes: [...bound.typeIds, INT8_OID] });
  if (result.rows.length > call.maxRows) {
    throw tooManyRows({ what: "the function's result", limit: call.maxRows, setting: "server.maxRowsPerResponse", use: "dbx.sql.v1.SqlService/StreamQuery" });
  }
  return decodeResult(ctx, connection, columns, result);
}

/** CALL; PostgreSQL answers the OUT and INOUT parameters as one row. */
export async function callProcedure(ctx: OperationContext, connection: PostgresConnection, types: PgTypeRegistry, columns: ResultColumns, call: PostgresRoutineCall): Promise<ProcedureOutcome> {
  const { args, bound } = await bindArguments(ctx, connection, types, call);
  const result = await connection.query(ctx, `CALL ${routineName(call)}(${args})`, bound.values, { paramTypes: bound.typeIds });
  if (result.fields.length === 0) return { columns: [], values: undefined };
  const decoded = await decodeResult(ctx, connection, columns, result);
  return { columns: decoded.columns, values: decoded.rows[0] };
}

/** Columns and rows as SqlService answers them (result-columns.ts). */
async function decodeResult(ctx: OperationContext, connection: PostgresConnection, columns: ResultColumns, result: PostgresResult): Promise<SqlRows> {
  const described = await columns.describe(ctx, connection, result.fields);
  return { columns: described, rows: decodeRows(result.rows, await columns.typesOf(ctx, connection, result.fields)) };
}

function routineName(call: PostgresRoutineCall): string {
  const { namespace, collection } = call.routine;
  return namespace ? `${quoteIdentifierAnsi(namespace)}.${quoteIdentifierAnsi(collection)}` : quoteIdentifierAnsi(collection);
}

/** The argument list (`$1, "name" => $2`) and the bound values. */
async function bindArguments(ctx: OperationContext, connection: PostgresConnection, types: PgTypeRegistry, call: PostgresRoutineCall): Promise<{ args: string; bound: BoundParams }> {
  const typeIds = await resolveTypeNames(ctx, connection, call.arguments.map((a) => a.type));
  const bound = await bindParams(
    ctx,
    connection,
    types,
    call.arguments.map((a, i) => ({ value: a.value, typeId: typeIds[i]!, field: `arguments[${i}].value` })),
  );
  const args = call.arguments.map((a, i) => (a.name ? `${quoteIdentifierAnsi(a.name)} => $${i + 1}` : `$${i + 1}`));
  return { args: args.join(", "), bound };
}

/** Type names as OIDs, resolved by PostgreSQL (to_regtype, bound) and never spliced; "" stays 0 (inferred). */
async function resolveTypeNames(ctx: OperationContext, connection: PostgresConnection, names: readonly string[]): Promise<number[]> {
  if (names.every((name) => name === "")) return names.map(() => 0);
  const result = await connection.query(ctx, "SELECT CASE WHEN t = '' THEN 0::oid ELSE to_regtype(t)::oid END FROM unnest($1::text[]) WITH ORDINALITY AS u(t, i) ORDER BY i", [names]);
  return result.rows.map((row, i) => {
    if (row[0] === null) throw invalidField(`arguments[${i}].type`, `PostgreSQL has no type named "${names[i]}"`);
    return Number(row[0]);
  });
}
