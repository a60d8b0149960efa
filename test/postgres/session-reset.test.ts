import { Code } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SqlService } from "../../gen/ts/dbx/sql/v1/sql_pb.js";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import type { TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";
import { startTestServer, type TestServer } from "../support/dbx-server.js";
import { createPostgresDatabase, type PostgresDatabase } from "../support/postgres-database.js";
import { errorMetadata, expectError, v } from "../support/values.js";
import { waitFor } from "../support/wait-for.js";

const sqlText = (value: string) => ({ case: "sql" as const, value });

function text(value: TypedValue | undefined): unknown {
  return value?.kind.value;
}

/**
 * SQL a caller writes can change its pooled connection's session in ways no
 * statement check sees: set_config(..., false) inside a SELECT, session
 * advisory locks, a function that makes a temporary table. On a pool of one
 * connection (every call shares it), each such change is gone before the
 * next call runs.
 */
describe("PostgreSQL: a caller's SQL leaves nothing on its pooled connection", () => {
  let db: PostgresDatabase;
  let server: TestServer;
  let role: string;
  const target = { backend: "pg" };
  const sql = () => server.client(SqlService, "connect");
  const one = async (statement: string) => text((await sql().query({ target, source: sqlText(statement) })).rows[0]?.values[0]);

  beforeAll(async () => {
    db = await createPostgresDatabase("reset");
    role = await db.createRole("other");
    await db.query(`GRANT "${role}" TO postgres`);
    await db.query("CREATE TABLE items (id bigint PRIMARY KEY, name text)");
    await db.query("CREATE FUNCTION make_temp() RETURNS int LANGUAGE sql AS $$ CREATE TEMP TABLE IF NOT EXISTS leftover (x int); SELECT 1 $$");
    server = await startTestServer({ defaultBackend: "pg", backends: { pg: { url: db.url, poolSize: 1, applicationName: "dbx-reset" } } });
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  it("a role set with set_config(..., false) does not carry over to the next call", async () => {
    expect(await one(`SELECT set_config('role', '${role}', false)`)).toBe(role);
    expect(await one("SELECT current_user")).toBe("postgres");
  });

  it("settings, search_path and statement_timeout set for the session do not carry over", async () => {
    await one("SELECT set_config('search_path', 'nowhere', false), set_config('app.tenant', '7', false), set_config('statement_timeout', '1', false)");
    expect(await one("SHOW search_path")).toBe('"$user", public');
    expect(await one("SELECT current_setting('app.tenant', true)")).toBe("");
    // With the 1 ms statement_timeout left behind, this would be cancelled.
    expect(await one("SELECT pg_sleep(0.05)::text")).toBe("");
    // DataService calls on the same connection see the session as it opened too.
    await server.client(DataService, "connect").put({ target: { backend: "pg", collection: "items" }, key: v.int(1), record: { fields: { name: v.str("a") } } });
  });

  it("a session advisory lock is released, and a temporary table a function made is gone", async () => {
    expect(await one("SELECT pg_advisory_lock(4242)::text")).toBe("");
    await waitFor(async () => (await db.query("SELECT pg_try_advisory_lock(4242) AS got")).rows[0].got === true, { what: "the advisory lock released" });
    await db.query("SELECT pg_advisory_unlock(4242)");
    expect(await one("SELECT make_temp()")).toBe(1n);
    expect(await one("SELECT count(*) FROM pg_tables WHERE tablename = 'leftover'")).toBe(0n);
  });

  it("a non-atomic batch keeps the statements before a slow failing one and answers its error, not ABORTED", async () => {
    // The failing statement takes over 10% of the deadline: rolling back to its savepoint must not set
    // statement_timeout first (PostgreSQL refuses SET in the aborted transaction).
    const err = await expectError(
      sql().batch(
        {
          target: { backend: "pg", namespace: "public" },
          statements: [
            { source: sqlText("INSERT INTO items VALUES (10, 'kept')") },
            { source: sqlText("SELECT 1 / (random() * 0)::int FROM pg_sleep(0.5)") },
            { source: sqlText("INSERT INTO items VALUES (11, 'never')") },
          ],
        },
        { timeoutMs: 3_000 },
      ),
      Code.InvalidArgument,
      { reason: "ERROR_REASON_STATEMENT_FAILED" },
    );
    expect(errorMetadata(err)).toMatchObject({ statement_index: "1", sql_state: "22012" });
    expect((await db.query("SELECT id FROM items WHERE id >= 10 ORDER BY id")).rows).toEqual([{ id: "10" }]);
  });
});
