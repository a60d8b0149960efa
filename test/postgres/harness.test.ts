import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPostgresDatabase, type PostgresDatabase } from "../support/postgres-database.js";

describe("the test run's PostgreSQL server", () => {
  let db: PostgresDatabase;
  beforeAll(async () => {
    db = await createPostgresDatabase("harness");
  });
  afterAll(() => db.drop());

  it("is PostgreSQL 15 or later with the contrib extensions, and gives this file a database of its own", async () => {
    const { rows } = await db.query<{ version: number; database: string }>("SELECT current_setting('server_version_num')::int AS version, current_database() AS database");
    expect(rows[0].version).toBeGreaterThanOrEqual(150_000);
    expect(rows[0].database).toBe(db.name);
    const trgm = await db.query("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'");
    expect(trgm.rowCount).toBe(1);
  });
});
