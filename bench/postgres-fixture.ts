import pg from "pg";
import { startPostgresServer, type PostgresServer } from "../test/support/postgres-server.js";
import { INSERT_TABLE, POINT_ROWS, POINT_TABLE, STREAM_TABLE } from "./requests.js";

/** The benchmark's PostgreSQL: a server of its own, one database per contender so that none reads another's cache of inserts. */
export interface PostgresFixture {
  readonly server: PostgresServer;
  /** The database URL of each contender, by name. */
  urlOf(database: string): string;
}

/**
 * Starts a PostgreSQL server and creates, in each of `databases`, the
 * point-select table, the empty insert table, and `streamRows` rows to
 * stream (generate_series: seconds, not minutes, for a million rows).
 */
export async function createPostgresFixture(databases: readonly string[], streamRows: number): Promise<PostgresFixture> {
  const server = await startPostgresServer({ settings: { shared_buffers: "128MB" } });
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  try {
    for (const database of databases) await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }
  for (const database of databases) {
    const client = new pg.Client({ connectionString: server.urlOf(database) });
    await client.connect();
    try {
      await client.query(`
        CREATE TABLE ${POINT_TABLE} (id bigint PRIMARY KEY, name text NOT NULL, qty bigint NOT NULL);
        CREATE TABLE ${INSERT_TABLE} (id bigint PRIMARY KEY, name text);
        CREATE TABLE ${STREAM_TABLE} (id bigint PRIMARY KEY, name text NOT NULL, qty bigint NOT NULL, price double precision NOT NULL);
        INSERT INTO ${POINT_TABLE} SELECT i, 'item ' || i, i % 100 FROM generate_series(1, ${POINT_ROWS}) AS i;
        INSERT INTO ${STREAM_TABLE} SELECT i, 'row ' || i, i % 1000, i / 100.0 FROM generate_series(1, ${streamRows}) AS i;
      `);
      // Not in the batch above: a multi-statement query runs as one transaction, and VACUUM refuses that.
      await client.query("VACUUM ANALYZE");
    } finally {
      await client.end();
    }
  }
  return { server, urlOf: (database) => server.urlOf(database) };
}
