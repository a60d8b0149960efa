import { Code } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
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

  it("prepares a statement again on the same connection after its table changed under it (not 'already exists')", async () => {
    await db.query("CREATE TABLE restyled (id int PRIMARY KEY, v int); INSERT INTO restyled VALUES (1, 7)");
    await pool.withConnection(ctx(), async (c) => {
      const select = () => c.query(ctx(), "SELECT * FROM restyled WHERE id = $1", [1]);
      expect((await select()).rows).toEqual([["1", "7"]]);
      await db.query("ALTER TABLE restyled ADD COLUMN w text DEFAULT 'x'");
      // PostgreSQL refuses the prepared statement once (0A000, cached plan must not change result type).
      await rejection(select());
      expect((await select()).rows).toEqual([["1", "7", "x"]]);
      expect((await select()).rows).toEqual([["1", "7", "x"]]);
    });
  });

  it("prepares DBX's statements again after a caller's DEALLOCATE ALL removed them from the session", async () => {
    const pool = new PostgresPool("pg", parsePostgresSettings("pg", { url: db.url, poolSize: 1, preparedStatementsPerConnection: 3 }));
    onTestFinished(() => pool.close());
    await pool.withConnection(ctx(), async (c) => {
      for (let i = 0; i < 3; i++) await c.query(ctx(), `SELECT ${i}::int + $1`, [1]);
      const select = () => c.query(ctx(), "SELECT $1::int + 1", [1], { fixedResult: true });
      expect((await select()).rows).toEqual([["2"]]);
      await c.query(ctx(), "DEALLOCATE ALL", [], { prepare: false });
      expect((await select()).rows).toEqual([["2"]]);
      expect((await select()).rows).toEqual([["2"]]);
    });
    // A caller's SQL removed them between calls: the session reset after that call tells DBX, and the next caller's
    // transaction (where a missing statement would abort it) prepares them again; evicting one already gone is no error.
    await pool.withConnection(ctx(), async (c) => {
      c.runsCallerSql();
      await c.query(ctx(), "DEALLOCATE ALL", [], { prepare: false });
    });
    await pool.withConnection(ctx(), async (c) => {
      await c.control(ctx(), "BEGIN");
      for (let i = 0; i < 5; i++) expect((await c.query(ctx(), `SELECT ${i}::int + $1`, [1])).rows).toEqual([[String(i + 1)]]);
      await c.control(ctx(), "COMMIT");
      expect(c.client.getTransactionStatus()).toBe("I");
    });
  });

  it("describes a statement with a fixed result once per connection, and again once the table changed under it", async () => {
    await db.query("CREATE TABLE shape (id int PRIMARY KEY, v int); INSERT INTO shape VALUES (1, 7)");
    await pool.withConnection(ctx(), async (c) => {
      let descriptions = 0;
      (c.client as unknown as { connection: { on(event: string, listener: () => void): void } }).connection.on("rowDescription", () => descriptions++);
      const select = () => c.query(ctx(), "SELECT v FROM shape WHERE id = $1", [1], { fixedResult: true });
      const first = await select();
      const second = await select();
      expect(descriptions).toBe(1);
      expect(second).toEqual(first);
      expect(second.fields.map((f) => [f.name, f.typeId])).toEqual([["v", 23]]);
      await db.query("ALTER TABLE shape ALTER COLUMN v TYPE text");
      await rejection(select());
      const changed = await select();
      expect(changed.fields.map((f) => [f.name, f.typeId])).toEqual([["v", 25]]);
      expect(changed.rows).toEqual([["7"]]);
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

describe("PostgresPool waiting and idle connections", () => {
  let db: PostgresDatabase;
  let pool: PostgresPool;
  beforeAll(async () => {
    db = await createPostgresDatabase("poolwait");
    pool = new PostgresPool("pg", parsePostgresSettings("pg", { url: db.url, poolSize: 2, connectTimeoutMs: 300, idleTimeoutMs: 1_000, applicationName: "dbx-pool-wait" }));
  });
  afterAll(async () => {
    await pool.close();
    await db.drop();
  });

  const serverConnections = () => db.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'dbx-pool-wait'").then((r) => r.rows[0].n as number);

  it("never opens more than poolSize connections: a caller past it waits for the next one given back", async () => {
    const a = await pool.acquire(ctx());
    const b = await pool.acquire(ctx());
    const third = pool.acquire(ctx());
    await waitFor(() => pool.stats().pool_waiting === "1", { what: "the third caller waiting" });
    pool.release(a);
    expect(await third).toBe(a);
    pool.release(a);
    pool.release(b);
    expect(pool.stats()).toMatchObject({ pool_total: "2", pool_idle: "2", pool_waiting: "0", pool_checked_out: "0" });
    expect(await serverConnections()).toBe(2);
  });

  it("a caller that waits past connectTimeoutMs gets UNAVAILABLE and leaves the queue", async () => {
    const held = [await pool.acquire(ctx()), await pool.acquire(ctx())];
    const started = Date.now();
    const err = await rejection(pool.acquire(ctx()));
    expect(err.code).toBe(Code.Unavailable);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(pool.stats().pool_waiting).toBe("0");
    for (const c of held) pool.release(c);
    expect(pool.stats().pool_checked_out).toBe("0");
  });

  it("a caller cancelled while it waits leaves the queue without taking a connection", async () => {
    const held = [await pool.acquire(ctx()), await pool.acquire(ctx())];
    const controller = new AbortController();
    const waiting = rejection(pool.acquire(ctx(controller.signal)));
    await waitFor(() => pool.stats().pool_waiting === "1", { what: "the caller waiting" });
    controller.abort();
    expect((await waiting).code).toBe(Code.Canceled);
    expect(pool.stats().pool_waiting).toBe("0");
    for (const c of held) pool.release(c);
    expect(pool.stats()).toMatchObject({ pool_idle: "2", pool_checked_out: "0" });
  });

  it("a broken connection given back is closed, and a waiting caller gets a new one", async () => {
    const a = await pool.acquire(ctx());
    const b = await pool.acquire(ctx());
    const waiting = pool.acquire(ctx());
    await waitFor(() => pool.stats().pool_waiting === "1", { what: "the caller waiting" });
    a.markBroken();
    pool.release(a);
    const fresh = await waiting;
    expect(fresh).not.toBe(a);
    expect((await fresh.query(ctx(), "SELECT 1", [])).rows).toEqual([["1"]]);
    pool.release(fresh);
    pool.release(b);
    expect(pool.stats()).toMatchObject({ pool_total: "2", pool_checked_out: "0" });
  });

  it("closes connections idle longer than idleTimeoutMs, and opens new ones when needed again", async () => {
    await pool.withConnection(ctx(), (c) => c.query(ctx(), "SELECT 1", []));
    await waitFor(async () => pool.stats().pool_total === "0" && (await serverConnections()) === 0, { timeoutMs: 5_000, what: "idle connections closed" });
    expect((await pool.withConnection(ctx(), (c) => c.query(ctx(), "SELECT 2", []))).rows).toEqual([["2"]]);
  });
});
