import type pg from "pg";
import Cursor from "pg-cursor";
import { to as copyTo } from "pg-copy-streams";
import { CopyFormat } from "../../../gen/ts/dbx/postgres/v1/postgres_pb.js";
import { invalidField } from "../../errors/dbx-error.js";
import type { CopyOutSource, PostgresCopyOutCall } from "../facets/postgres.js";
import type { OperationContext } from "../operation-context.js";
import type { PostgresExecutor } from "./executor.js";
import { copyColumns } from "./copy-columns.js";
import { copyOptionsClause, copyTableName } from "./copy-statement.js";
import { CopyLineWriter } from "./copy-text.js";
import { RAW_TEXT, type PostgresConnection } from "./postgres-connection.js";
import { bindParams } from "./param-binding.js";
import { abortedCallError, postgresError } from "./postgres-errors.js";
import type { PgTypeRegistry } from "./type-registry.js";

/** Rows read per round trip when a query with parameters is copied through a cursor. */
const CURSOR_ROWS = 500;

/**
 * COPY … TO STDOUT as chunks of at most `chunkSize` bytes, read from the
 * server only as fast as the caller takes them (the socket is not read while
 * a chunk waits). A table, or a query without parameters, runs as COPY
 * itself. COPY takes no parameters, and DBX never splices values into SQL,
 * so a query with parameters runs as a bound query through a cursor and DBX
 * writes its rows in the TEXT or CSV format exactly as COPY would (the
 * values are PostgreSQL's own text output).
 *
 * The connection goes back to the pool when the output ends; a COPY left
 * early (the caller cancelled or stopped reading) is dropped with its
 * connection, which makes the server end it.
 */
export async function* copyOut(ctx: OperationContext, executor: PostgresExecutor, types: PgTypeRegistry, backend: string, call: PostgresCopyOutCall): AsyncGenerator<Uint8Array> {
  const { source } = call;
  const query = "query" in source;
  // A query runs in a transaction of its own: all or nothing when it writes (DELETE … RETURNING) and the copy fails half way.
  const held = await executor.hold(ctx, query);
  const { connection } = held;
  // A query (unlike a table) is the caller's SQL: the session is reset before the connection is reused.
  if (query) connection.runsCallerSql();
  let released = false;
  const release = (failure: unknown): Promise<void> => {
    if (released) return Promise.resolve();
    released = true;
    ctx.signal.removeEventListener("abort", onAbort);
    // A COPY left unfinished leaves the connection mid-protocol: it is discarded, which makes the server end it.
    if (failure !== undefined) connection.markBroken();
    return held.release(failure);
  };
  // A call that ends while this generator waits at a yield may never resume it: the abort gives the connection back.
  const onAbort = (): void => void release(abortedCallError(ctx.abort, backend));
  ctx.signal.addEventListener("abort", onAbort, { once: true });
  let failure: unknown = INCOMPLETE;
  try {
    if (ctx.abort.aborted) throw abortedCallError(ctx.abort, backend);
    // DBX's own statements first, through the connection, which sets the call's deadline as statement_timeout for the COPY too.
    if (query) await searchPathFirst(ctx, connection, source.namespace);
    else await copyColumns(ctx, connection, backend, source.table, source.columns);
    let chunks: AsyncGenerator<Uint8Array>;
    if ("query" in source && source.params.length > 0) {
      const bound = await bindParams(ctx, connection, types, source.params.map((value, i) => ({ value, typeId: 0, field: `params[${i}]` })));
      chunks = cursorCopy(ctx, connection, backend, source.query, bound.values, call);
    } else {
      chunks = nativeCopy(ctx, connection, backend, source, call);
    }
    for await (const chunk of chunks) yield* split(chunk, call.chunkSize);
    failure = undefined;
  } finally {
    await release(failure);
  }
}

/** What ends a copy that did not finish (it failed, or its caller stopped reading): nothing of it is committed. */
const INCOMPLETE = new Error("the copy did not finish");

/** With a namespace, unqualified names of the query resolve in that schema first, for its transaction only. */
async function searchPathFirst(ctx: OperationContext, connection: PostgresConnection, schema: string): Promise<void> {
  if (schema) await connection.control(ctx, "SELECT set_config('search_path', $1 || ',' || current_setting('search_path'), true)", [quoteSchema(schema)]);
}

function quoteSchema(schema: string): string {
  return `"${schema.replaceAll('"', '""')}"`;
}

async function* nativeCopy(ctx: OperationContext, connection: PostgresConnection, backend: string, source: CopyOutSource, call: PostgresCopyOutCall): AsyncGenerator<Uint8Array> {
  let what: string;
  if ("table" in source) {
    what = copyTableName(source.table, source.columns);
  } else {
    await checkOneStatement(connection, backend, source.query);
    what = `(\n${source.query}\n)`;
  }
  const stream = connection.client.query(copyTo(`COPY ${what} TO STDOUT ${copyOptionsClause(call.format, call.options)}`));
  // The iteration below reports errors; this keeps a late one (the connection closed under an abandoned COPY) from going unhandled.
  stream.on("error", () => undefined);
  const onAbort = (): void => void stream.destroy(abortedCallError(ctx.abort, backend));
  ctx.signal.addEventListener("abort", onAbort, { once: true });
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } catch (err) {
    throw postgresError(err, backend);
  } finally {
    ctx.signal.removeEventListener("abort", onAbort);
    stream.destroy();
  }
}

/**
 * COPY's query is spliced into the COPY statement (COPY has no parameter for
 * it), so it must be one whole statement that COPY can read, or text such as
 * `SELECT 1) TO PROGRAM '…'` would change what the COPY does. PREPARE
 * checks it without running it: sent through the extended protocol, which
 * takes one statement only, it fails unless the text is exactly one
 * SELECT, VALUES, INSERT, UPDATE, DELETE or MERGE, parentheses balanced,
 * literals and comments closed.
 */
async function checkOneStatement(connection: PostgresConnection, backend: string, query: string): Promise<void> {
  const config = { text: `PREPARE dbx_copy_query AS\n${query}\n`, queryMode: "extended" } as pg.QueryConfig;
  try {
    await connection.client.query(config);
  } catch (err) {
    throw postgresError(err, backend);
  }
  await connection.client.query("DEALLOCATE dbx_copy_query").catch((err: unknown) => {
    connection.markBroken();
    throw postgresError(err, backend);
  });
}

/** A bound query read through a cursor, written as COPY's TEXT or CSV would write it. */
async function* cursorCopy(ctx: OperationContext, connection: PostgresConnection, backend: string, query: string, params: readonly unknown[], call: PostgresCopyOutCall): AsyncGenerator<Uint8Array> {
  if (call.format === CopyFormat.BINARY) throw invalidField("params", "COPY takes no parameters; DBX writes the rows of a query with parameters as TEXT or CSV only");
  const writer = new CopyLineWriter(call.format === CopyFormat.CSV ? CopyFormat.CSV : CopyFormat.TEXT, call.options);
  const cursor = connection.client.query(new Cursor(query, params as unknown[], { rowMode: "array", types: RAW_TEXT }));
  const onAbort = (): void => void cursor.close(() => undefined);
  ctx.signal.addEventListener("abort", onAbort, { once: true });
  try {
    let first = true;
    for (;;) {
      if (ctx.abort.aborted) throw abortedCallError(ctx.abort, backend);
      const { rows, names } = await readRows(cursor, backend);
      let text = "";
      if (first && call.options.header) text += writer.header(names);
      first = false;
      for (const row of rows) text += writer.line(row);
      if (text) yield Buffer.from(text, "utf8");
      if (rows.length < CURSOR_ROWS) break;
    }
  } finally {
    ctx.signal.removeEventListener("abort", onAbort);
  }
}

function readRows(cursor: Cursor, backend: string): Promise<{ rows: (string | null)[][]; names: string[] }> {
  return new Promise((resolve, reject) => {
    cursor.read(CURSOR_ROWS, (err, rows, result) => {
      if (err) reject(postgresError(err, backend));
      else resolve({ rows: rows as unknown as (string | null)[][], names: (result?.fields ?? []).map((f) => f.name) });
    });
  });
}

/** Chunks of at most `size` bytes, without copying. */
function* split(chunk: Uint8Array, size: number): Generator<Uint8Array> {
  for (let offset = 0; offset < chunk.length; offset += size) yield chunk.subarray(offset, Math.min(chunk.length, offset + size));
}
