import type { SqlResultColumn, SqlRows } from "../facets/sql.js";
import type { OperationContext } from "../operation-context.js";
import { columnTypeOf } from "./pg-types.js";
import type { PostgresConnection, PostgresResult } from "./postgres-connection.js";
import type { PgTypeRegistry } from "./type-registry.js";
import { decodePgValue } from "./value-codec.js";

/**
 * A result's columns and rows as DBX answers them: each value decoded by
 * its column's type (loaded from pg_type the first time it is seen), each
 * column with the DBX kind and PostgreSQL name of its type.
 */
export async function decodeResult(ctx: OperationContext, connection: PostgresConnection, types: PgTypeRegistry, result: PostgresResult): Promise<SqlRows> {
  await types.load(ctx, connection, result.fields.map((f) => f.typeId));
  const fieldTypes = result.fields.map((f) => types.get(f.typeId)!);
  const columns: SqlResultColumn[] = result.fields.map((f, i) => ({ name: f.name, declaredType: "", type: columnTypeOf(fieldTypes[i]!), nativeType: fieldTypes[i]!.name }));
  const rows = result.rows.map((row) => row.map((raw, i) => decodePgValue(raw, fieldTypes[i]!)));
  return { columns, rows };
}
