import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import { dbxError, invalidField } from "../../errors/dbx-error.js";
import type { ReadBytesCall } from "../backend-calls.js";
import type { OperationContext } from "../operation-context.js";
import { byteChunks, type ByteChunk } from "../byte-range.js";
import { byteFieldPlans, type ByteField } from "../sql/ranged-read-planners.js";
import { bindKey } from "../sql/record-key.js";
import { postgresPlanContext as pc } from "./column-codec.js";
import type { PostgresExecutor } from "./executor.js";
import { runPlan } from "./plan-runner.js";
import type { PostgresTables } from "./table-access.js";

/**
 * DataService.ReadBytes on PostgreSQL: a bytea, or a text as its UTF-8
 * bytes, read one slice per statement (substring of the stored value,
 * which PostgreSQL reads from TOAST without the whole value for
 * uncompressed storage). Each chunk is its own statement on a pooled
 * connection: a value written during the read can mix old and new chunks
 * (read inside a transaction for one snapshot).
 */
export async function* readPostgresBytes(executor: PostgresExecutor, tables: PostgresTables, ctx: OperationContext, call: ReadBytesCall): AsyncGenerator<ByteChunk> {
  const backend = tables.backend;
  const { field, totalSize } = await executor.run(ctx, async (c) => {
    const table = await tables.target(ctx, c, call.target);
    // The slicing SQL is written for text and bytea; any other column type is refused before it is planned.
    const column = table.byName.get(call.field);
    if (column && column.pgType.kind !== "bytea" && column.pgType.kind !== "text") {
      throw invalidField("field", `"${call.field}" is a ${column.pgType.name} column, not bytes or a string`);
    }
    const key = bindKey(table, pc.codec, call.key, "key", backend);
    const plans: ByteField = byteFieldPlans(pc, table, key, call.field);
    const size = await runPlan(ctx, c, plans.size);
    if (size === undefined) {
      throw dbxError(ErrorReason.NOT_FOUND, `no record with that key in ${backend}/${call.target.collection}`, { backend, collection: call.target.collection });
    }
    return { field: plans, totalSize: size };
  });
  const readAt = (offset: number, size: number) => executor.run(ctx, (c) => runPlan(ctx, c, field.chunk(offset, size)));
  yield* byteChunks(call.range, totalSize, readAt, ctx.signal);
}
