import Cursor from "pg-cursor";
import type { Item } from "../../../gen/ts/dbx/v1/value_pb.js";
import { ByteBudget } from "../../limits/byte-budget.js";
import type { FindStreamCall } from "../backend-calls.js";
import type { OperationContext } from "../operation-context.js";
import { findStreamPlan } from "../sql/page-planners.js";
import { postgresPlanContext } from "./column-codec.js";
import type { PostgresExecutor } from "./executor.js";
import { RAW_TEXT, type PostgresConnection } from "./postgres-connection.js";
import { abortedCallError, postgresError } from "./postgres-errors.js";
import type { PostgresTables } from "./table-access.js";

/**
 * FindStream through a server-side cursor (a portal read `batchSize` rows
 * per Execute): PostgreSQL produces the next rows only when the client has
 * taken the previous batch, so a stream of any length holds one batch in
 * memory. A batch ends early after the row that takes it past
 * `maxBatchBytes`. However the call ends (done, error, client gone,
 * deadline), the cursor is closed and the connection given back; a read
 * still running when the call is cancelled is cancelled on the server and
 * its connection discarded.
 */
export async function* streamRecords(executor: PostgresExecutor, tables: PostgresTables, ctx: OperationContext, call: FindStreamCall): AsyncGenerator<Item[]> {
  const backend = tables.backend;
  const held = await executor.hold(ctx);
  const { connection } = held;
  let cursor: Cursor<(string | null)[]> | undefined;
  let failure: unknown = INCOMPLETE;
  try {
    const table = await tables.target(ctx, connection, call.target);
    const plan = findStreamPlan(postgresPlanContext, table, call.query);
    await connection.applyDeadline(ctx);
    cursor = connection.client.query(new Cursor<(string | null)[]>(plan.sql, plan.params as unknown[], { rowMode: "array", types: RAW_TEXT }));
    const batchSize = Math.max(1, call.batchSize);
    const bytes = new ByteBudget(call.maxBatchBytes);
    let pending: (string | null)[][] = [];
    let next = 0;
    for (let first = true; ; first = false) {
      const batch: Item[] = [];
      bytes.reset();
      let done = false;
      while (batch.length < batchSize) {
        if (next === pending.length) {
          pending = await readAbortable(cursor, batchSize - batch.length, ctx, connection, backend);
          next = 0;
          if (!pending.length) {
            done = true;
            break;
          }
        }
        const row = pending[next++];
        batch.push(plan.decodeRow(row));
        if (!bytes.add(row)) break;
      }
      if (batch.length || first) yield batch;
      if (done) {
        failure = undefined;
        return;
      }
    }
  } catch (err) {
    throw postgresError(err, backend);
  } finally {
    if (cursor && !connection.broken) await cursor.close().catch(() => connection.markBroken());
    await held.release(failure);
  }
}

/** What ends a stream that did not reach its end (it failed, or its caller left): the transaction of its session, if any, rolls back. */
const INCOMPLETE = new Error("the stream did not finish");

/** One cursor read; when the call aborts first, the server is told to stop and the connection is not reused. */
async function readAbortable(cursor: Cursor<(string | null)[]>, rows: number, ctx: OperationContext, connection: PostgresConnection, backend: string): Promise<(string | null)[][]> {
  if (ctx.abort.aborted) throw abortedCallError(ctx.abort, backend);
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => {
      connection.markBroken();
      void connection.cancelRunning().catch(() => undefined);
      reject(abortedCallError(ctx.abort, backend));
    };
    ctx.signal.addEventListener("abort", onAbort, { once: true });
  });
  const reading = cursor.read(rows);
  // A read left behind by an abort settles later; its outcome is no longer wanted.
  reading.catch(() => undefined);
  try {
    return await Promise.race([reading, aborted]);
  } finally {
    ctx.signal.removeEventListener("abort", onAbort!);
  }
}
