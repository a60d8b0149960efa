import { execFile } from "node:child_process";
import { createReadStream, createWriteStream } from "node:fs";
import { join } from "node:path";
import { once } from "node:events";
import { promisify } from "node:util";
import { create } from "@bufbuild/protobuf";
import { createClient } from "@connectrpc/connect";
import { createGrpcTransport } from "@connectrpc/connect-node";
import pg from "pg";
import { CopyFormat, CopyInRequestSchema, PostgresService, type CopyInRequest } from "../../gen/ts/dbx/postgres/v1/postgres_pb.js";
import type { BenchEnvironment } from "../environment.js";
import { errorText, formatInt, type Row } from "../harness.js";
import { urlOf } from "../targets.js";
import { DBX } from "./redis.js";
import type { PostgresServers } from "./postgres.js";

const run = promisify(execFile);

export const PSQL_COPY = "psql \\copy";
const COPY_TABLE = "copy_target";
/** What a gRPC client sends per CopyIn message: the file in chunks of this size. */
const CHUNK_BYTES = 256 * 1024;

/** A CSV file of `rows` rows shaped like the streaming table (id, name, qty, price). */
async function writeCsv(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  let batch = "";
  for (let i = 1; i <= rows; i++) {
    batch += `${i},row ${i},${i % 1000},${i / 100}\n`;
    if (batch.length > 1 << 20) {
      if (!out.write(batch)) await once(out, "drain");
      batch = "";
    }
  }
  out.end(batch);
  await once(out, "finish");
}

async function count(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query(`SELECT count(*) AS n FROM ${COPY_TABLE}`)).rows[0].n);
  } finally {
    await client.end();
  }
}

async function createTarget(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP TABLE IF EXISTS ${COPY_TABLE}; CREATE TABLE ${COPY_TABLE} (id bigint PRIMARY KEY, name text NOT NULL, qty bigint NOT NULL, price double precision NOT NULL)`);
  } finally {
    await client.end();
  }
}

async function* copyMessages(file: string): AsyncIterable<CopyInRequest> {
  yield create(CopyInRequestSchema, { target: { collection: COPY_TABLE }, format: CopyFormat.CSV });
  for await (const chunk of createReadStream(file, { highWaterMark: CHUNK_BYTES })) yield create(CopyInRequestSchema, { data: chunk as Buffer });
}

/**
 * Loads the same CSV file of `rows` rows with psql's \copy and with DBX's
 * CopyIn (gRPC client stream, 256 KB chunks), each into an empty table of
 * its own database, one after the other, and reports rows/s; DBX's row
 * compares its time with psql's.
 */
export async function copyLoad(env: BenchEnvironment, servers: PostgresServers, rows: number): Promise<Row[]> {
  const benchmark = `COPY ${formatInt(rows)} rows in (CSV)`;
  const file = join(env.dir, "copy.csv");
  await writeCsv(file, rows);
  const psqlUrl = servers.directUrl;
  const dbxUrl = servers.fixture.urlOf("dbx");
  await Promise.all([createTarget(psqlUrl), createTarget(dbxUrl)]);

  const psqlStart = performance.now();
  await run("psql", [psqlUrl, "-v", "ON_ERROR_STOP=1", "-c", `\\copy ${COPY_TABLE} FROM '${file}' CSV`]);
  const psqlSeconds = (performance.now() - psqlStart) / 1000;
  const psqlRow: Row = { benchmark, server: PSQL_COPY, protocol: "libpq", connections: 1, result: `${formatInt(rows / psqlSeconds)} rows/s`, reqPerSec: rows / psqlSeconds, note: `${psqlSeconds.toFixed(2)} s` };
  if ((await count(psqlUrl)) !== rows) psqlRow.failure = "psql loaded a different number of rows";

  const client = createClient(PostgresService, createGrpcTransport({ baseUrl: urlOf(servers.dbx) }));
  const dbxRow: Row = { benchmark, server: DBX, protocol: "gRPC h2c · CopyIn client stream", connections: 1, result: "n/a" };
  try {
    const start = performance.now();
    const answer = await client.copyIn(copyMessages(file));
    const seconds = (performance.now() - start) / 1000;
    Object.assign(dbxRow, { result: `${formatInt(rows / seconds)} rows/s`, reqPerSec: rows / seconds, note: `${seconds.toFixed(2)} s, ${(seconds / psqlSeconds).toFixed(2)}× psql's time` });
    if (answer.rowsCopied !== BigInt(rows) || (await count(dbxUrl)) !== rows) dbxRow.failure = `CopyIn answered ${answer.rowsCopied} rows copied, expected ${rows}`;
  } catch (err) {
    Object.assign(dbxRow, { note: errorText(err), failure: errorText(err) });
  }
  return [dbxRow, psqlRow];
}

/** DBX's load time over psql's, from the rows copyLoad made. */
export function copyTimeRatio(rows: readonly Row[]): number | undefined {
  const dbx = rows.find((r) => r.benchmark.startsWith("COPY ") && r.server === DBX);
  const psql = rows.find((r) => r.benchmark.startsWith("COPY ") && r.server === PSQL_COPY);
  return dbx?.reqPerSec && psql?.reqPerSec ? psql.reqPerSec / dbx.reqPerSec : undefined;
}
