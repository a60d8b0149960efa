import { Code } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reasonOf } from "../../src/errors/dbx-error.js";
import { contextOf, type OperationContext } from "../../src/backends/operation-context.js";
import { PostgresPool } from "../../src/backends/postgres/connection-pool.js";
import { parsePostgresSettings } from "../../src/backends/postgres/options.js";
import { createPostgresDatabase, type PostgresDatabase } from "../support/postgres-database.js";
import { waitFor } from "../support/wait-for.js";
import { rejection } from "../support/values.js";

function ctx(signal: AbortSignal = new AbortController().signal, deadline?: number): OperationContext {
  return contextOf({ signal, deadline, requestId: "test" });
}


describe("PostgresPool", () => {
  let db: PostgresDatabase;
  let pool: PostgresPool;
  beforeAll(async () => {
    db = await createPostgresDatabase("pool");
    pool = new PostgresPool("pg", parsePostgresSettings("pg", { url: db.url, poolSize: 2, preparedStatementsPerConnection: 3, applicationName: "dbx-pool-test" }));
  });
  afterAll(async () => {
    await pool.close();
    await db.drop();
  });

  const sleeping = () => db.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep%' AND state = 'active' AND application_name = 'dbx-pool-test'").then((r) => r.rows[0].n as number);

  it("answers values as PostgreSQL's text, exactly (int8 past 2^53, numeric)", async () => {
    const result = await pool.withConnection(ctx(), (c) => c.query(ctx(), "SELECT $1::int8 + 1, 0.1::numeric + 0.2, NULL::text", ["9007199254740993"]));
    expect(result.rows).toEqual([["9007199254740994", "0.3", null]]);
    expect(result.fields.map((f) => f.typeId)).toEqual([20, 1700, 25]);
  });

  it("a call's deadline stops the statement on the server: DEADLINE_EXCEEDED, and pg_sleep is no longer running", async () => {
    const started = Date.now();
    const err = await rejection(pool.withConnection(ctx(AbortSignal.timeout(300), Date.now() + 300), (c) => c.query(ctx(AbortSignal.timeout(300), Date.now() + 300), "SELECT pg_sleep(30)", [])));
    expect(err.code).toBe(Code.DeadlineExceeded);
    expect(reasonOf(err)).toBe("ERROR_REASON_DEADLINE_EXCEEDED");
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(await sleeping()).toBe(0);
  });

  it("a cancelled call (no deadline) cancels the running statement on the server", async () => {
    const controller = new AbortController();
    const call = ctx(controller.signal);
    const running = rejection(pool.withConnection(call, (c) => c.query(call, "SELECT pg_sleep(30)", [])));
    await waitFor(async () => (await sleeping()) === 1, { timeoutMs: 5_000, what: "pg_sleep running" });
    controller.abort();
    expect((await running).code).toBe(Code.Canceled);
    await waitFor(async () => (await sleeping()) === 0, { timeoutMs: 2_000, what: "pg_sleep cancelled" });
  });

  it("prepares statements server-side once per connection, reuses them, and deallocates past the limit", async () => {
    await pool.withConnection(ctx(), async (c) => {
      for (let i = 0; i < 5; i++) await c.query(ctx(), `SELECT ${i}::int + $1`, [1]);
      await c.query(ctx(), "SELECT 4::int + $1", [1]);
      const { rows } = await c.query(ctx(), "SELECT count(*)::int FROM pg_prepared_statements", [], { prepare: false });
      expect(rows[0][0]).toBe("3");
      expect(c.preparedCount).toBe(3);
      // An evicted statement is prepared again, not assumed to exist.
      expect((await c.query(ctx(), "SELECT 0::int + $1", [1])).rows).toEqual([["1"]]);
    });
  });

  it("a statement error is mapped with SQLSTATE and the connection goes back usable", async () => {
    const err = await rejection(pool.withConnection(ctx(), (c) => c.query(ctx(), "SELECT * FROM no_such_table", [])));
    expect(err.code).toBe(Code.InvalidArgument);
    expect(reasonOf(err)).toBe("ERROR_REASON_STATEMENT_FAILED");
    expect(pool.stats().pool_checked_out).toBe("0");
  });

  it("a connection terminated by the server answers UNAVAILABLE and is not reused", async () => {
    const err = await rejection(
      pool.withConnection(ctx(), async (c) => {
        await db.query("SELECT pg_terminate_backend($1)", [c.processId]);
        return c.query(ctx(), "SELECT 1", []);
      }),
    );
    expect(err.code).toBe(Code.Unavailable);
    const again = await pool.withConnection(ctx(), (c) => c.query(ctx(), "SELECT 1", []));
    expect(again.rows).toEqual([["1"]]);
    expect(pool.stats().pool_checked_out).toBe("0");
  });
});
