import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";

/** A database of its own for one test file, on the run's PostgreSQL server. */
export interface PostgresDatabase {
  readonly name: string;
  /** `postgres://postgres@127.0.0.1:<port>/<name>` */
  readonly url: string;
  /** Runs SQL on the database as the superuser, outside DBX (fixtures, checks). */
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params?: readonly unknown[]): Promise<pg.QueryResult<R>>;
  /**
   * Creates a role (NOLOGIN) named after the database and `suffix`, and
   * answers its name. Roles belong to the server, not the database: `drop`
   * drops them too.
   */
  createRole(suffix: string): Promise<string>;
  /** Ends the connections it opened and drops the database (with any session still on it) and its roles. */
  drop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Creates a fresh database on the server the global setup started (test/support/postgres-global-setup.ts). */
export async function createPostgresDatabase(prefix = "t"): Promise<PostgresDatabase> {
  const admin = inject("postgresUrl");
  if (!admin) throw new Error("no PostgreSQL server: vitest.config.ts's globalSetup starts one");
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const root = new pg.Client({ connectionString: admin });
  await root.connect();
  try {
    await root.query(`CREATE DATABASE "${name}"`);
  } finally {
    await root.end();
  }
  const url = withDatabase(admin, name);
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  pool.on("error", () => undefined);
  const roles: string[] = [];
  return {
    name,
    url,
    query: (sql, params) => pool.query(sql, params as unknown[]),
    async createRole(suffix) {
      const role = `${name}_${suffix}`;
      await pool.query(`CREATE ROLE "${role}" NOLOGIN`);
      roles.push(role);
      return role;
    },
    async drop() {
      await pool.end();
      const client = new pg.Client({ connectionString: admin });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        for (const role of roles) await client.query(`DROP ROLE IF EXISTS "${role}"`);
      } finally {
        await client.end();
      }
    },
  };
}
