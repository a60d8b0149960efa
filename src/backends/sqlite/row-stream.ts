import type Database from "better-sqlite3";
import type { OperationContext } from "../backend.js";
import { CallCleanup } from "./call-cleanup.js";
import type { SqliteStatement } from "./connection.js";
import type { SqliteExecutor } from "./executor.js";
import { ByteBudget } from "../../limits/byte-budget.js";
import { abortError } from "./sqlite-errors.js";

/** A reading statement bound to the connection that runs it. */
export interface RowSource {
  readonly statement: SqliteStatement;
  readonly params: readonly unknown[];
}

/**
 * Streams the rows of a reading statement in batches of `batchSize` rows,
 * ended early after the row that takes a batch past `maxBatchBytes` of
 * values, the first batch always (so that an empty result still carries its
 * columns).
 *
 * Where it can, the stream reads through its own read-only connection (a
 * database file in WAL mode, outside any transaction): it sees a snapshot
 * and leaves the main connection free however slowly the client reads.
 * Otherwise (in-memory database, other journal modes) it holds the main
 * connection until it ends, and other calls wait; inside a transaction it
 * reads through the transaction. better-sqlite3 cannot interrupt a statement,
 * so cancellation is checked between batches.
 *
 * The statement (and its WAL snapshot), the reader (given back to the
 * connection's pool of readers) and the connection lock are released the
 * moment the call ends or is aborted, even while the stream is suspended
 * waiting for its client (call-cleanup.ts).
 */
export async function* streamRows(
  executor: SqliteExecutor,
  ctx: OperationContext,
  open: (db: Database.Database) => RowSource,
  batchSize: number,
  maxBatchBytes = Infinity,
): AsyncGenerator<{ statement: SqliteStatement; rows: unknown[][] }> {
  const bytes = new ByteBudget(maxBatchBytes);
  const cleanup = new CallCleanup(ctx.signal);
  const checkAborted = () => {
    if (ctx.abort.aborted || cleanup.done) throw abortError(ctx.abort, executor.errors.backend);
  };
  try {
    let source: RowSource | undefined;
    if (!ctx.transaction) {
      const reader = executor.connection.borrowReader();
      if (reader) {
        cleanup.add(() => executor.connection.returnReader(reader));
        source = open(reader);
        // A statement that writes (INSERT ... RETURNING) needs the main connection.
        if (!source.statement.readonly) source = undefined;
      }
    }
    if (!source) {
      const hold = await executor.hold(ctx);
      cleanup.add(() => hold.release());
      checkAborted();
      source = open(hold.db);
    }
    const iterator = source.statement.iterate(...source.params) as IterableIterator<unknown[]>;
    cleanup.add(() => iterator.return?.());
    for (let first = true; ; first = false) {
      checkAborted();
      const rows: unknown[][] = [];
      let done = false;
      bytes.reset();
      while (rows.length < batchSize) {
        const next = iterator.next();
        if (next.done) {
          done = true;
          break;
        }
        rows.push(next.value);
        // A batch of large rows ends early: no batch holds much more than one answer carries.
        if (!bytes.add(next.value)) break;
      }
      if (rows.length || first) yield { statement: source.statement, rows };
      if (done) return;
    }
  } catch (err) {
    throw executor.mapError(err);
  } finally {
    cleanup.run();
  }
}
