import { once } from "node:events";
import { finished } from "node:stream/promises";
import { from as copyFrom } from "pg-copy-streams";
import { CopyFormat } from "../../../gen/ts/dbx/postgres/v1/postgres_pb.js";
import type { TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import { invalidField } from "../../errors/dbx-error.js";
import type { PostgresCopyInCall } from "../facets/postgres.js";
import type { OperationContext } from "../operation-context.js";
import type { PostgresExecutor } from "./executor.js";
import type { PostgresConnection } from "./postgres-connection.js";
import { copyColumns, type CopyColumn } from "./copy-columns.js";
import { copyOptionsClause, copyTableName } from "./copy-statement.js";
import { CopyLineWriter } from "./copy-text.js";
import { abortedCallError, postgresError } from "./postgres-errors.js";
import type { PgType } from "./pg-types.js";
import type { PgTypeRegistry } from "./type-registry.js";
import { encodePgValue } from "./value-codec.js";

/** Rows written to the COPY stream per write, so that one write stays small whatever the batch. */
const ROWS_PER_WRITE = 1_000;

/**
 * COPY … FROM STDIN fed by the call's batches, with backpressure: the next
 * batch is read only once the socket took the previous one. Rows of typed
 * values are encoded by the columns' types (value-codec.ts) and written in COPY's
 * TEXT format; data batches go as they are. All or nothing: any failure
 * (bad data, a batch that fails, the caller leaving) ends the COPY without
 * effect, and its connection is dropped rather than reused mid-protocol.
 */
export function copyIn(ctx: OperationContext, executor: PostgresExecutor, backend: string, call: PostgresCopyInCall, types: PgTypeRegistry): Promise<bigint> {
  return executor.run(ctx, async (connection) => {
    try {
      return await copyOn(ctx, connection, backend, call, types);
    } catch (err) {
      // A COPY that failed may have left the connection mid-protocol: it is discarded, never rolled back on.
      connection.markBroken();
      throw err;
    }
  });
}

async function copyOn(ctx: OperationContext, connection: PostgresConnection, backend: string, call: PostgresCopyInCall, types: PgTypeRegistry): Promise<bigint> {
  // Also resolves the table (NOT_FOUND when missing) and applies the call's deadline to the connection.
  const columns = await copyColumns(ctx, connection, backend, call.table, call.columns);
  const rows = call.format === CopyFormat.UNSPECIFIED;
  if (rows) await types.load(ctx, connection, columns.map((c) => c.typeId));
  const columnTypes = columns.map((c) => types.get(c.typeId)!);
  const statement = `COPY ${copyTableName(call.table, call.columns)} FROM STDIN ${rows ? "WITH (FORMAT text)" : copyOptionsClause(call.format, call.options)}`;
  const stream = connection.client.query(copyFrom(statement));
  let failure: unknown;
  stream.on("error", (err) => (failure ??= err));
  const write = async (chunk: Buffer): Promise<void> => {
    if (!stream.write(chunk)) await once(stream, "drain", { signal: ctx.signal });
    if (failure !== undefined) throw failure;
  };
  const writer = new CopyLineWriter(CopyFormat.TEXT, { header: false, delimiter: undefined, nullString: undefined });
  let rowIndex = 0;
  try {
    for await (const batch of call.batches) {
      if (ctx.abort.aborted) throw abortedCallError(ctx.abort, backend);
      if ("data" in batch) {
        if (rows) throw invalidField("data", "this COPY takes rows; set format to send data");
        if (batch.data.length > 0) await write(Buffer.from(batch.data.buffer, batch.data.byteOffset, batch.data.length));
        continue;
      }
      if (!rows) throw invalidField("rows", "this COPY takes data in the format given; leave format unspecified to send rows");
      for (let start = 0; start < batch.rows.length; start += ROWS_PER_WRITE) {
        let text = "";
        for (const row of batch.rows.slice(start, start + ROWS_PER_WRITE)) text += writer.line(encodeRow(row, columns, columnTypes, rowIndex++));
        await write(Buffer.from(text, "utf8"));
      }
    }
    stream.end();
    await finished(stream, { signal: ctx.signal });
  } catch (err) {
    stream.destroy(err instanceof Error ? err : undefined);
    throw ctx.abort.aborted && failure === undefined ? abortedCallError(ctx.abort, backend) : postgresError(failure ?? err, backend);
  }
  if (failure !== undefined) throw postgresError(failure, backend);
  return BigInt(stream.rowCount);
}

function encodeRow(values: readonly TypedValue[], columns: readonly CopyColumn[], columnTypes: readonly PgType[], index: number): (string | null)[] {
  if (values.length !== columns.length) {
    throw invalidField(`rows[${index}].values`, `${values.length} values for ${columns.length} columns (${columns.map((c) => c.name).join(", ")})`);
  }
  return values.map((value, i) => encodePgValue(value, columnTypes[i]!, `rows[${index}].values[${i}]`, `column "${columns[i]!.name}"`));
}
