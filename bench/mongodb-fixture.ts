import { readdirSync, readFileSync } from "node:fs";
import { Long, MongoClient } from "mongodb";
import { startFerretDb, type FerretDbServer } from "../test/support/ferretdb-server.js";
import { INSERT_TABLE, POINT_KEY, POINT_TABLE, STREAM_TABLE } from "./requests.js";

/**
 * The benchmark's MongoDB: FerretDB 1.24 (SQLite handler), started as the
 * tests start it, with one database per contender so that none reads
 * another's inserts.
 */
export interface MongoFixture {
  readonly server: FerretDbServer;
  /** FerretDB's process, to measure its CPU beside the servers' (undefined when it cannot be found). */
  readonly pid: number | undefined;
  /** The mongodb:// URL of each contender's database, by name. */
  urlOf(database: string): string;
  /** How long inserting the documents to stream took, in seconds. */
  readonly seedSeconds: number;
  stop(): Promise<void>;
}

/** The documents to stream, and the one database that holds them. */
export interface MongoStreamCollection {
  readonly database: string;
  readonly documents: number;
}

/** Documents per insertMany: a few round trips for the lot, each message well under the 48 MB limit. */
const SEED_BATCH = 10_000;

/**
 * Starts FerretDB and puts, in each of `databases`, the document the point
 * get reads (the PostgreSQL fixture's row for POINT_KEY, `_id` an int64 as
 * DBX stores an int key) and creates the empty insert collection.
 *
 * Only that one document: FerretDB 1.24's SQLite backend turns an `_id`
 * equality into an indexed SQL lookup only for strings and ObjectIds
 * (internal/backends/sqlite/collection.go); an int64 `_id` is found by
 * decoding every document of the collection, ~90 ms for 10,000, which would
 * measure that scan and nothing else.
 *
 * Then puts `stream.documents` small documents in STREAM_TABLE of
 * `stream.database`, for the aggregation stream: it reads them in order and
 * never looks one up, so that scan does not apply to them.
 */
export async function createMongoFixture(databases: readonly string[], stream: MongoStreamCollection): Promise<MongoFixture> {
  const server = await startFerretDb();
  let seedSeconds: number;
  try {
    const client = new MongoClient(server.url, { directConnection: true });
    try {
      for (const database of databases) {
        const db = client.db(database);
        // Made before the load: otherwise the first concurrent inserts race to create it.
        await db.createCollection(INSERT_TABLE);
        await db.collection<{ _id: Long; name: string; qty: Long }>(POINT_TABLE).insertOne({ _id: Long.fromBigInt(POINT_KEY), name: `item ${POINT_KEY}`, qty: Long.fromBigInt(POINT_KEY % 100n) });
      }
      const start = performance.now();
      const documents = client.db(stream.database).collection<{ _id: number; n: number; name: string }>(STREAM_TABLE);
      for (let from = 1; from <= stream.documents; from += SEED_BATCH) {
        const batch = Array.from({ length: Math.min(SEED_BATCH, stream.documents - from + 1) }, (_, k) => ({ _id: from + k, n: from + k, name: `doc ${from + k}` }));
        await documents.insertMany(batch);
      }
      seedSeconds = (performance.now() - start) / 1000;
    } finally {
      await client.close();
    }
  } catch (err) {
    await server.stop();
    throw err;
  }
  return { server, pid: ferretDbPid(server.port), urlOf: (database) => server.url + database, seedSeconds, stop: () => server.stop() };
}

/**
 * The FerretDB process listening on `port`. startFerretDb() does not expose
 * its child, and other FerretDB instances (tests) may run beside this one:
 * the listen address in the command line tells them apart.
 */
function ferretDbPid(port: number): number | undefined {
  const listen = `--listen-addr=127.0.0.1:${port}`;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0").includes(listen)) return Number(entry);
    } catch {
      // Gone, or not ours to read.
    }
  }
  return undefined;
}
