import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import { dbxError, invalidField } from "../../errors/dbx-error.js";
import type { CollectionRef } from "../backend-calls.js";
import type { OperationContext } from "../operation-context.js";
import { quoteIdentifierAnsi } from "../sql/identifier.js";
import type { PostgresConnection } from "./postgres-connection.js";

/** A column a COPY fills or reads, with its pg_type OID. */
export interface CopyColumn {
  readonly name: string;
  readonly typeId: number;
}

/**
 * The table's columns a COPY names: those asked for, in that order, or
 * every column COPY takes without a list (generated and dropped columns
 * excluded). NOT_FOUND (UNKNOWN_COLLECTION) when there is no such table (or
 * view) on the search path or in the schema; INVALID_ARGUMENT naming
 * `columns[i]` for an unknown column.
 */
export async function copyColumns(ctx: OperationContext, connection: PostgresConnection, backend: string, table: CollectionRef, columns: readonly string[]): Promise<CopyColumn[]> {
  const qualified = table.namespace ? `${quoteIdentifierAnsi(table.namespace)}.${quoteIdentifierAnsi(table.collection)}` : quoteIdentifierAnsi(table.collection);
  const result = await connection.query(
    ctx,
    `SELECT r.oid IS NOT NULL, a.attname, a.atttypid
       FROM (SELECT to_regclass($1)::oid AS oid) r
       LEFT JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      ORDER BY a.attnum`,
    [qualified],
  );
  if (result.rows[0]?.[0] !== "t") {
    const where = table.namespace ? `schema "${table.namespace}"` : "the search path";
    throw dbxError(ErrorReason.UNKNOWN_COLLECTION, `backend "${backend}" has no table named "${table.collection}" in ${where}`, { backend, collection: table.collection });
  }
  const all = result.rows.filter((row) => row[1] !== null).map((row) => ({ name: row[1] as string, typeId: Number(row[2]) }));
  if (columns.length === 0) return all;
  const byName = new Map(all.map((c) => [c.name, c]));
  return columns.map((name, i) => {
    const column = byName.get(name);
    if (!column) throw invalidField(`columns[${i}]`, `table "${table.collection}" has no column "${name}" that COPY can fill`);
    return column;
  });
}
