import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import type { TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import { dbxError, invalidField } from "../../errors/dbx-error.js";
import type { OperationContext } from "../backend.js";
import { byteChunks, type ByteChunk, type ByteRange } from "../byte-range.js";
import type { SqliteExecutor, WorkScope } from "./executor.js";
import { columnOf, encodeKey, q, requireKey, requireTable } from "./table-access.js";
import type { SqliteValue } from "./value-codec.js";

/** Where one stored value is: quoted table, column and key column, and the key in storage form. */
interface ValueAddress {
  readonly table: string;
  readonly column: string;
  readonly keyColumn: string;
  readonly key: SqliteValue;
}

/**
 * DataService.ReadBytes on SQLite: a BLOB, or a TEXT as its UTF-8 bytes,
 * read one chunk per statement with substr() bound as parameters
 * (better-sqlite3 has no incremental blob API). Each chunk takes the
 * connection lock on its own, so other calls run between chunks; a value
 * written during the read can mix old and new chunks (read inside a
 * transaction for one snapshot).
 */
export async function* readSqliteBytes(
  executor: SqliteExecutor,
  ctx: OperationContext,
  collection: string,
  key: TypedValue,
  field: string,
  range: ByteRange,
): AsyncGenerator<ByteChunk> {
  const backend = executor.errors.backend;
  const { address, totalSize } = await executor.run(ctx, (scope) => locate(scope, backend, collection, key, field));
  const readAt = (offset: number, size: number) =>
    executor.run(ctx, (scope) => {
      const chunk = scope.connection
        .statement(`SELECT substr(CAST(${address.column} AS BLOB), ?, ?) FROM ${address.table} WHERE ${address.keyColumn} = ?`)
        .get(offset + 1, size, address.key) as [Uint8Array | null] | undefined;
      return chunk?.[0] ?? new Uint8Array(0);
    });
  yield* byteChunks(range, totalSize, readAt, ctx.signal);
}

/** The value's address and size; NOT_FOUND without the record, INVALID_ARGUMENT unless it is a BLOB or TEXT. */
function locate(scope: WorkScope, backend: string, collection: string, key: TypedValue, field: string): { address: ValueAddress; totalSize: number } {
  const table = requireTable(scope.metadata, collection, backend);
  const keyColumn = requireKey(table, backend);
  const column = columnOf(table, field, "field");
  const address = { table: q(table.name), column: q(column.name), keyColumn: q(keyColumn.name), key: encodeKey(key, keyColumn) };
  // octet_length() reads a BLOB's or TEXT's size without loading it.
  const row = scope.connection
    .statement(`SELECT typeof(${address.column}), octet_length(${address.column}) FROM ${address.table} WHERE ${address.keyColumn} = ?`)
    .get(address.key) as [string, bigint | null] | undefined;
  if (!row) {
    throw dbxError(ErrorReason.NOT_FOUND, `no record with that key in ${backend}/${collection}`, { backend, collection });
  }
  const [type, size] = row;
  if (type !== "blob" && type !== "text") throw invalidField("field", `"${field}" of this record is ${type === "null" ? "null" : `a number (${type})`}, not bytes or a string`);
  return { address, totalSize: Number(size) };
}
