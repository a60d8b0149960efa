import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import { dbxError } from "../../errors/dbx-error.js";
import type { ReadBytesCall } from "../backend-calls.js";
import type { OperationContext } from "../backend.js";
import { byteChunks, type ByteChunk } from "../byte-range.js";
import { byteFieldPlans, type ByteField } from "../sql/ranged-read-planners.js";
import { bindKey } from "../sql/record-key.js";
import { sqlitePlanContext } from "./column-codec.js";
import type { SqliteExecutor } from "./executor.js";
import { runPlan } from "./plan-runner.js";
import { targetTable } from "./table-access.js";

/**
 * DataService.ReadBytes on SQLite: a BLOB, or a TEXT as its UTF-8 bytes,
 * read one chunk per statement (better-sqlite3 has no incremental blob
 * API). Each chunk takes the connection lock on its own, so other calls run
 * between chunks; a value written during the read can mix old and new
 * chunks (read inside a transaction for one snapshot).
 */
export async function* readSqliteBytes(executor: SqliteExecutor, ctx: OperationContext, call: ReadBytesCall): AsyncGenerator<ByteChunk> {
  const backend = executor.errors.backend;
  const { field, totalSize } = await executor.run(ctx, (scope) => {
    const table = targetTable(scope.metadata, call.target, backend);
    const key = bindKey(table, sqlitePlanContext.codec, call.key, "key", backend);
    const plans: ByteField = byteFieldPlans(sqlitePlanContext, table, key, call.field);
    const size = runPlan(scope.connection, plans.size);
    if (size === undefined) {
      throw dbxError(ErrorReason.NOT_FOUND, `no record with that key in ${backend}/${call.target.collection}`, {
        backend,
        collection: call.target.collection,
      });
    }
    return { field: plans, totalSize: size };
  });
  const readAt = (offset: number, size: number) => executor.run(ctx, (scope) => runPlan(scope.connection, field.chunk(offset, size)));
  yield* byteChunks(call.range, totalSize, readAt, ctx.signal);
}
