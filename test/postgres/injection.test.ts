import { afterAll, beforeAll, describe } from "vitest";
import type { Backend } from "../../src/backends/backend.js";
import { contextOf } from "../../src/backends/operation-context.js";
import { createPostgresBackend } from "../../src/backends/postgres/index.js";
import { createPostgresDatabase, type PostgresDatabase } from "../support/postgres-database.js";
import { record, v } from "../support/values.js";
import { recordInjectionCases } from "../sql/record-injection.js";

describe("PostgreSQL refuses injection through every identifier and value position", () => {
  let db: PostgresDatabase;
  let backend: Backend;
  beforeAll(async () => {
    db = await createPostgresDatabase("injection");
    await db.query("CREATE TABLE people (id text PRIMARY KEY, name text, age integer)");
    backend = createPostgresBackend("pg", { url: db.url });
    await backend.open();
    const ctx = contextOf({ signal: new AbortController().signal });
    await backend.put(ctx, { target: { namespace: "", collection: "people" }, key: v.str("p1"), record: record({ name: v.str("Ann"), age: v.int(30) }), ttlMs: undefined });
  });
  afterAll(async () => {
    await backend?.close();
    await db?.drop();
  });

  recordInjectionCases(() => ({
    backend,
    exec: async (sql) => {
      await db.query(sql);
    },
    integerKeyType: "bigint",
    // PostgreSQL text cannot hold NUL: refused as INVALID_ARGUMENT, never truncated.
    textHoldsNul: false,
  }));
});
