import { Code, ConnectError } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IsolationLevel } from "../../gen/ts/dbx/v1/transaction_pb.js";
import type { BackendTransaction } from "../../src/backends/backend-transaction.js";
import type { BeginCall } from "../../src/backends/backend-calls.js";
import { ANONYMOUS, type OperationContext } from "../../src/backends/operation-context.js";
import type { PostgresPool } from "../../src/backends/postgres/connection-pool.js";
import type { PostgresExecutor } from "../../src/backends/postgres/executor.js";
import { parsePostgresSettings } from "../../src/backends/postgres/options.js";
import { PostgresBackend } from "../../src/backends/postgres/postgres-backend.js";
import { reasonOf } from "../../src/errors/dbx-error.js";
import { TransactionManager } from "../../src/transactions/transaction-manager.js";
import { createPostgresDatabase, type PostgresDatabase } from "../support/postgres-database.js";
import { waitFor } from "../support/wait-for.js";

const APP = "dbx-tx-test";

function ctx(options: { signal?: AbortSignal; deadline?: number; transaction?: BackendTransaction } = {}): OperationContext {
  return { signal: options.signal ?? new AbortController().signal, deadline: options.deadline, transaction: options.transaction, requestId: "test", identity: ANONYMOUS };
}

function begin(overrides: Partial<BeginCall> = {}): BeginCall {
  return { namespace: "", readOnly: false, isolationLevel: IsolationLevel.UNSPECIFIED, deferrable: false, ...overrides };
}

async function rejection(promise: Promise<unknown>): Promise<ConnectError> {
  try {
    await promise;
  } catch (err) {
    return ConnectError.from(err);
  }
  throw new Error("expected a rejection");
}

/** The backend with its pool and executor in reach (they are the adapter's own). */
class Backend extends PostgresBackend {
  get exec(): PostgresExecutor {
    return this.executor;
  }
  get connections(): PostgresPool {
    return this.pool;
  }
}

describe("PostgreSQL interactive transactions (backend level)", () => {
  let db: PostgresDatabase;
  let backend: Backend;

  const sql = (tx: BackendTransaction | undefined, text: string, params: unknown[] = [], signal?: AbortSignal, deadline?: number) => {
    const call = ctx({ transaction: tx, signal, deadline });
    return backend.exec.run(call, (c) => c.query(call, text, params)).then((r) => r.rows);
  };
  const count = async () => Number((await db.query("SELECT count(*)::int AS n FROM items")).rows[0].n);
  const checkedOut = () => backend.stats().pool_checked_out;
  const idleInTransaction = async () => Number((await db.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1 AND state LIKE 'idle in transaction%'", [APP])).rows[0].n);

  beforeAll(async () => {
    db = await createPostgresDatabase("tx");
    await db.query("CREATE TABLE items (id int PRIMARY KEY, name text NOT NULL)");
    await db.query("CREATE TABLE parents (id int PRIMARY KEY)");
    await db.query("CREATE TABLE children (id int PRIMARY KEY, parent int REFERENCES parents (id) DEFERRABLE INITIALLY DEFERRED)");
    backend = new Backend("pg", parsePostgresSettings("pg", { url: db.url, poolSize: 3, applicationName: APP }));
    await backend.open();
  });
  afterAll(async () => {
    await backend?.close();
    await db?.drop();
  });

  it("begins with the isolation level, access mode and DEFERRABLE asked for", async () => {
    const tx = await backend.beginTransaction(ctx(), begin({ isolationLevel: IsolationLevel.SERIALIZABLE, readOnly: true, deferrable: true }));
    const rows = await sql(tx, "SELECT current_setting('transaction_isolation'), current_setting('transaction_read_only'), current_setting('transaction_deferrable')");
    expect(rows).toEqual([["serializable", "on", "on"]]);
    const write = await rejection(sql(tx, "INSERT INTO items VALUES (1, 'a')"));
    expect(reasonOf(write)).toBe("ERROR_REASON_STATEMENT_FAILED");
    await tx.rollback();
    const repeatable = await backend.beginTransaction(ctx(), begin({ isolationLevel: IsolationLevel.REPEATABLE_READ }));
    expect(await sql(repeatable, "SELECT current_setting('transaction_isolation'), current_setting('transaction_read_only')")).toEqual([["repeatable read", "off"]]);
    await repeatable.commit();
    expect(checkedOut()).toBe("0");
  });

  it("commits what it wrote and rolls back what it did not keep; the connection goes back either way", async () => {
    await db.query("TRUNCATE items");
    const kept = await backend.beginTransaction(ctx(), begin());
    await sql(kept, "INSERT INTO items VALUES (1, 'kept')");
    expect(await count()).toBe(0);
    await kept.commit();
    const dropped = await backend.beginTransaction(ctx(), begin());
    await sql(dropped, "INSERT INTO items VALUES (2, 'dropped')");
    await dropped.rollback();
    expect(await count()).toBe(1);
    expect(checkedOut()).toBe("0");
    expect(reasonOf(await rejection(sql(kept, "SELECT 1")))).toBe("ERROR_REASON_TRANSACTION_NOT_FOUND");
  });

  it("savepoints: rollback to one undoes what came after it, release keeps it, an unknown name is NOT_FOUND and leaves the transaction usable", async () => {
    await db.query("TRUNCATE items");
    const tx = await backend.beginTransaction(ctx(), begin());
    await sql(tx, "INSERT INTO items VALUES (1, 'before')");
    await tx.createSavepoint!("First");
    await sql(tx, "INSERT INTO items VALUES (2, 'undone')");
    await tx.createSavepoint!("second");
    await sql(tx, "INSERT INTO items VALUES (3, 'undone too')");
    await tx.rollbackToSavepoint!("First");
    // Names keep their case: "first" is another savepoint.
    const unknown = await rejection(tx.rollbackToSavepoint!("first"));
    expect(unknown.code).toBe(Code.NotFound);
    expect(unknown.message).toContain('"first"');
    // "second" went with the rollback to an earlier savepoint.
    expect((await rejection(tx.releaseSavepoint!("second"))).code).toBe(Code.NotFound);
    await sql(tx, "INSERT INTO items VALUES (4, 'after')");
    await tx.releaseSavepoint!("First");
    expect((await rejection(tx.rollbackToSavepoint!("First"))).code).toBe(Code.NotFound);
    await tx.commit();
    expect((await db.query("SELECT id FROM items ORDER BY id")).rows.map((r) => r.id)).toEqual([1, 4]);
    expect(checkedOut()).toBe("0");
  });

  it("an error aborts the transaction as PostgreSQL does: the next statement answers ABORTED saying so, and COMMIT answers ABORTED and keeps nothing", async () => {
    await db.query("TRUNCATE items");
    const tx = await backend.beginTransaction(ctx(), begin());
    await sql(tx, "INSERT INTO items VALUES (1, 'lost')");
    const duplicate = await rejection(sql(tx, "INSERT INTO items VALUES (1, 'again')"));
    expect(duplicate.code).toBe(Code.AlreadyExists);
    const next = await rejection(sql(tx, "SELECT 1"));
    expect(next.code).toBe(Code.Aborted);
    expect(reasonOf(next)).toBe("ERROR_REASON_TRANSACTION_ABORTED");
    expect(next.message).toContain("aborted");
    const commit = await rejection(tx.commit());
    expect(commit.code).toBe(Code.Aborted);
    expect(commit.message).toContain("rolled back");
    expect(await count()).toBe(0);
    expect(checkedOut()).toBe("0");
    expect(await idleInTransaction()).toBe(0);
  });

  it("ROLLBACK TO a savepoint made before the error makes the transaction usable again", async () => {
    await db.query("TRUNCATE items");
    const tx = await backend.beginTransaction(ctx(), begin());
    await sql(tx, "INSERT INTO items VALUES (1, 'kept')");
    await tx.createSavepoint!("sp");
    await rejection(sql(tx, "SELECT * FROM no_such_table"));
    expect((await rejection(sql(tx, "SELECT 1"))).code).toBe(Code.Aborted);
    await tx.rollbackToSavepoint!("sp");
    await sql(tx, "INSERT INTO items VALUES (2, 'kept too')");
    await tx.commit();
    expect(await count()).toBe(2);
  });

  it("a call cancelled while it runs in a transaction cancels its statement on the server and leaves the transaction aborted, reported as such", async () => {
    await db.query("TRUNCATE items");
    const tx = await backend.beginTransaction(ctx(), begin());
    await sql(tx, "INSERT INTO items VALUES (1, 'lost')");
    const controller = new AbortController();
    const running = rejection(sql(tx, "SELECT pg_sleep(30)", [], controller.signal));
    const sleeping = async () => Number((await db.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1 AND query LIKE 'SELECT pg_sleep%' AND state = 'active'", [APP])).rows[0].n);
    await waitFor(async () => (await sleeping()) === 1, { what: "pg_sleep running" });
    controller.abort();
    expect((await running).code).toBe(Code.Canceled);
    expect(await sleeping()).toBe(0);
    const next = await rejection(sql(tx, "SELECT 1"));
    expect(next.code).toBe(Code.Aborted);
    expect(next.message).toContain("cancelled");
    const commit = await rejection(tx.commit());
    expect(commit.code).toBe(Code.Aborted);
    expect(await count()).toBe(0);
    expect(checkedOut()).toBe("0");
    expect(await idleInTransaction()).toBe(0);
  });

  it("a call's deadline inside a transaction is its statement_timeout: DEADLINE_EXCEEDED, then the transaction is aborted", async () => {
    const tx = await backend.beginTransaction(ctx(), begin());
    const started = Date.now();
    const late = await rejection(sql(tx, "SELECT pg_sleep(30)", [], AbortSignal.timeout(300), Date.now() + 300));
    expect(late.code).toBe(Code.DeadlineExceeded);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect((await rejection(sql(tx, "SELECT 1"))).code).toBe(Code.Aborted);
    await tx.rollback();
    expect(checkedOut()).toBe("0");
  });

  it("COMMIT that fails (a deferred foreign key) answers the constraint error and gives the connection back", async () => {
    const tx = await backend.beginTransaction(ctx(), begin());
    await sql(tx, "INSERT INTO children VALUES (1, 99)");
    const commit = await rejection(tx.commit());
    expect(commit.code).toBe(Code.FailedPrecondition);
    expect(reasonOf(commit)).toBe("ERROR_REASON_CONSTRAINT_VIOLATION");
    expect(Number((await db.query("SELECT count(*)::int AS n FROM children")).rows[0].n)).toBe(0);
    expect(checkedOut()).toBe("0");
  });

  it("a transaction whose connection the server ends answers UNAVAILABLE; rollback still succeeds and the connection is not reused", async () => {
    const tx = await backend.beginTransaction(ctx(), begin());
    const [[pid]] = await sql(tx, "SELECT pg_backend_pid()");
    await db.query("SELECT pg_terminate_backend($1)", [Number(pid)]);
    const lost = await rejection(sql(tx, "SELECT 1"));
    expect(lost.code).toBe(Code.Unavailable);
    expect((await rejection(sql(tx, "SELECT 1"))).code).toBe(Code.Unavailable);
    await tx.rollback();
    expect(checkedOut()).toBe("0");
    const pids = await Promise.all([1, 2, 3].map(() => sql(undefined, "SELECT pg_backend_pid()")));
    expect(pids.flat(2)).not.toContain(pid);
  });

  it("the idle timeout rolls the transaction back and frees its connection", async () => {
    await db.query("TRUNCATE items");
    const manager = new TransactionManager({ defaultIdleTimeoutMs: 200, maxIdleTimeoutMs: 60_000, maxOpen: 100 });
    const { id } = await manager.begin(backend as never, ctx(), begin(), undefined);
    const tx = manager.use(id, backend as never);
    await sql(tx, "INSERT INTO items VALUES (1, 'abandoned')");
    expect(checkedOut()).toBe("1");
    await waitFor(() => checkedOut() === "0", { what: "the expired transaction's connection back in the pool" });
    expect(await idleInTransaction()).toBe(0);
    expect(await count()).toBe(0);
    expect(() => manager.use(id, backend as never)).toThrow(/expired/);
  });

  it("Begin on an exhausted pool waits at most until the call's deadline, and a Begin whose caller left gives the connection back", async () => {
    const held = await Promise.all([1, 2, 3].map(() => backend.beginTransaction(ctx(), begin())));
    const started = Date.now();
    const waited = await rejection(backend.beginTransaction(ctx({ signal: AbortSignal.timeout(300), deadline: Date.now() + 300 }), begin()));
    expect(waited.code).toBe(Code.DeadlineExceeded);
    expect(Date.now() - started).toBeLessThan(2_000);
    const controller = new AbortController();
    const left = rejection(backend.beginTransaction(ctx({ signal: controller.signal }), begin()));
    controller.abort();
    expect((await left).code).toBe(Code.Canceled);
    await Promise.all(held.map((tx) => tx.rollback()));
    await waitFor(() => checkedOut() === "0" && backend.stats().pool_waiting === "0", { what: "every connection back" });
    const again = await Promise.all([1, 2, 3].map(() => backend.beginTransaction(ctx(), begin())));
    await Promise.all(again.map((tx) => tx.commit()));
    expect(checkedOut()).toBe("0");
    expect(Number(backend.stats().pool_idle)).toBe(Number(backend.stats().pool_total));
  });

  it("atomic: all or nothing on its own, and under a savepoint inside a transaction (whose earlier work stays)", async () => {
    await db.query("TRUNCATE items");
    const failing = (call: OperationContext) =>
      backend.exec.atomic(call, async (c) => {
        await c.query(call, "INSERT INTO items VALUES (10, 'x')", []);
        await c.query(call, "INSERT INTO items VALUES (10, 'duplicate')", []);
      });
    expect((await rejection(failing(ctx()))).code).toBe(Code.AlreadyExists);
    expect(await count()).toBe(0);
    const tx = await backend.beginTransaction(ctx(), begin());
    await sql(tx, "INSERT INTO items VALUES (1, 'stays')");
    expect((await rejection(failing(ctx({ transaction: tx })))).code).toBe(Code.AlreadyExists);
    await sql(tx, "INSERT INTO items VALUES (2, 'usable after')");
    await tx.commit();
    expect((await db.query("SELECT id FROM items ORDER BY id")).rows.map((r) => r.id)).toEqual([1, 2]);
    expect(checkedOut()).toBe("0");
  });
});
