import { Code, ConnectError } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { durationFromMs } from "@bufbuild/protobuf/wkt";
import { AdminService } from "../../gen/ts/dbx/v1/admin_pb.js";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import { IsolationLevel, TransactionService } from "../../gen/ts/dbx/v1/transaction_pb.js";
import type { BackendTransaction } from "../../src/backends/backend-transaction.js";
import type { BeginCall } from "../../src/backends/backend-calls.js";
import { ANONYMOUS, contextOf, type OperationContext } from "../../src/backends/operation-context.js";
import type { PostgresPool } from "../../src/backends/postgres/connection-pool.js";
import type { PostgresExecutor } from "../../src/backends/postgres/executor.js";
import { parsePostgresSettings } from "../../src/backends/postgres/options.js";
import { PostgresBackend } from "../../src/backends/postgres/postgres-backend.js";
import { reasonOf } from "../../src/errors/dbx-error.js";
import { TransactionManager } from "../../src/transactions/transaction-manager.js";
import { startTestServer, type Protocol, type TestServer } from "../support/dbx-server.js";
import { createPostgresDatabase, type PostgresDatabase } from "../support/postgres-database.js";
import { record, rejection, v } from "../support/values.js";
import { waitFor } from "../support/wait-for.js";

const APP = "dbx-tx-test";

function ctx(options: { signal?: AbortSignal; deadline?: number; transaction?: BackendTransaction } = {}): OperationContext {
  return contextOf({ signal: options.signal ?? new AbortController().signal, deadline: options.deadline, transaction: options.transaction, requestId: "test" });
}

function begin(overrides: Partial<BeginCall> = {}): BeginCall {
  return { namespace: "", readOnly: false, isolationLevel: IsolationLevel.UNSPECIFIED, deferrable: false, ...overrides };
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

  it("a call whose caller leaves just as its statement ends leaves the transaction aborted too (the caller cannot know it ran)", async () => {
    await db.query("TRUNCATE items");
    const tx = await backend.beginTransaction(ctx(), begin());
    const controller = new AbortController();
    const call = ctx({ transaction: tx, signal: controller.signal });
    const left = await rejection(
      backend.exec.run(call, async (c) => {
        const result = await c.query(call, "INSERT INTO items VALUES (1, 'ran')", []);
        controller.abort();
        return result;
      }),
    );
    expect(left.code).toBe(Code.Canceled);
    expect((await rejection(sql(tx, "SELECT 1"))).code).toBe(Code.Aborted);
    expect((await rejection(tx.commit())).code).toBe(Code.Aborted);
    expect(await count()).toBe(0);
  });

  it("after a cancelled call, ROLLBACK TO a savepoint made before it makes the transaction usable again", async () => {
    await db.query("TRUNCATE items");
    const tx = await backend.beginTransaction(ctx(), begin());
    await sql(tx, "INSERT INTO items VALUES (1, 'kept')");
    await tx.createSavepoint!("before_call");
    const cancelled = await rejection(sql(tx, "SELECT pg_sleep(30)", [], AbortSignal.timeout(200), Date.now() + 200));
    expect(cancelled.code).toBe(Code.DeadlineExceeded);
    expect((await rejection(sql(tx, "SELECT 1"))).code).toBe(Code.Aborted);
    expect((await rejection(tx.createSavepoint!("later"))).code).toBe(Code.Aborted);
    await tx.rollbackToSavepoint!("before_call");
    await sql(tx, "INSERT INTO items VALUES (2, 'after')");
    await tx.commit();
    expect(await count()).toBe(2);
  });

  it("a rollback undoes the statement_timeout a call set inside the transaction: the next call still runs with its own", async () => {
    const single = new Backend("pg1", parsePostgresSettings("pg1", { url: db.url, poolSize: 1, applicationName: APP }));
    await single.open();
    try {
      const run = (call: OperationContext, text: string) => single.exec.run(call, (c) => c.query(call, text, []));
      // A Begin with little time left sets a short statement_timeout on the connection before BEGIN (it stays).
      const tx = await single.beginTransaction(ctx({ signal: AbortSignal.timeout(300), deadline: Date.now() + 300 }), begin());
      // Inside the transaction a call without a deadline sets the default again; the rollback undoes that SET.
      await run(ctx({ transaction: tx }), "SELECT 1");
      await tx.rollback();
      // A call without a deadline must not inherit the 300 ms.
      await run(ctx(), "SELECT pg_sleep(0.6)");
      expect((await run(ctx(), "SELECT current_setting('statement_timeout')")).rows).toEqual([["30s"]]);
    } finally {
      await single.close();
    }
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
    const tx = manager.use(id, backend as never, ANONYMOUS);
    await sql(tx, "INSERT INTO items VALUES (1, 'abandoned')");
    expect(checkedOut()).toBe("1");
    await waitFor(() => checkedOut() === "0", { what: "the expired transaction's connection back in the pool" });
    expect(await idleInTransaction()).toBe(0);
    expect(await count()).toBe(0);
    expect(() => manager.use(id, backend as never, ANONYMOUS)).toThrow(/expired/);
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

describe("PostgreSQL interactive transactions through DBX", () => {
  const DBX_APP = "dbx-tx-e2e";
  let db: PostgresDatabase;
  let server: TestServer;
  const target = (collection = "") => ({ backend: "pg", collection });
  const sessions = async () =>
    (await db.query("SELECT state, count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1 GROUP BY state", [DBX_APP])).rows as { state: string; n: number }[];
  const stats = async () => (await server.client(AdminService).getStats({ backend: "pg" })).details;

  beforeAll(async () => {
    db = await createPostgresDatabase("txe2e");
    await db.query("CREATE TABLE items (id int PRIMARY KEY, kind text NOT NULL)");
    // Inserting into slow_items takes 30 s: a call that is still running when its client cancels it.
    await db.query("CREATE TABLE slow_items (id int PRIMARY KEY)");
    await db.query("CREATE FUNCTION slow_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(30); RETURN NEW; END $$");
    await db.query("CREATE TRIGGER slow BEFORE INSERT ON slow_items FOR EACH ROW EXECUTE FUNCTION slow_insert()");
    server = await startTestServer({
      defaultBackend: "pg",
      // Begins queue for a connection for as long as their deadline allows, not connectTimeoutMs.
      backends: { pg: { url: db.url, poolSize: 10, applicationName: DBX_APP, connectTimeoutMs: 60_000 } },
      transactions: { defaultIdleTimeoutMs: 10_000, maxOpen: 300 },
    });
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  it("200 concurrent transactions on a pool of 10 (committed, rolled back, abandoned to the idle timeout, cancelled by the client) leave every connection in the pool", async () => {
    type Outcome = { kind: string; committed?: number };
    const run = async (i: number): Promise<Outcome> => {
      const protocol: Protocol = i % 2 === 0 ? "connect" : "grpc";
      const tx = server.client(TransactionService, protocol);
      const data = server.client(DataService, protocol);
      const kind = ["commit", "rollback", "abandon", "cancel-call", "cancel-begin"][i % 5];
      const timeoutMs = 60_000;
      if (kind === "cancel-begin") {
        const controller = new AbortController();
        setTimeout(() => controller.abort(), i % 50);
        try {
          const { transactionId } = await tx.begin({ target: target() }, { signal: controller.signal, timeoutMs });
          // Began before the abort reached it: the caller still holds it and ends it.
          await tx.rollback({ transactionId });
        } catch (err) {
          expect(ConnectError.from(err).code).toBe(Code.Canceled);
        }
        return { kind };
      }
      const idleTimeout = kind === "abandon" ? durationFromMs(300) : undefined;
      const { transactionId } = await tx.begin({ target: target(), idleTimeout }, { timeoutMs });
      if (kind === "cancel-call") {
        const controller = new AbortController();
        setTimeout(() => controller.abort(), 100);
        const cancelled = await rejection(data.insert({ target: target("slow_items"), record: record({ id: v.int(i) }), transactionId }, { signal: controller.signal }));
        expect(cancelled.code).toBe(Code.Canceled);
        const commit = await tx.commit({ transactionId }).then(
          () => undefined,
          (err: unknown) => ConnectError.from(err),
        );
        // The insert was cancelled on the server (ABORTED at COMMIT), or the abort came before it started (nothing to commit).
        if (commit) expect(commit.code).toBe(Code.Aborted);
        return { kind };
      }
      await data.insert({ target: target("items"), record: record({ id: v.int(i), kind: v.str(kind) }), transactionId }, { timeoutMs });
      if (kind === "commit") {
        await tx.commit({ transactionId }, { timeoutMs });
        return { kind, committed: i };
      }
      if (kind === "rollback") await tx.rollback({ transactionId }, { timeoutMs });
      return { kind };
    };
    const outcomes = await Promise.all(Array.from({ length: 200 }, (_, i) => run(i)));
    await waitFor(async () => (await stats()).pool_checked_out === "0", { timeoutMs: 20_000, what: "every connection back in the pool" });
    const after = await stats();
    expect(after.pool_idle).toBe(after.pool_total);
    expect(Number(after.pool_total)).toBeLessThanOrEqual(10);
    expect((await server.client(AdminService).getStats({ backend: "pg" })).openTransactions).toBe(0n);
    const states = await sessions();
    expect(states.filter((s) => s.state !== "idle")).toEqual([]);
    expect(states.reduce((n, s) => n + s.n, 0)).toBeLessThanOrEqual(10);
    const committed = outcomes.flatMap((o) => (o.committed === undefined ? [] : [o.committed])).sort((a, b) => a - b);
    expect(committed).toHaveLength(40);
    expect((await db.query("SELECT id FROM items ORDER BY id")).rows.map((r) => r.id)).toEqual(committed);
    expect(Number((await db.query("SELECT count(*)::int AS n FROM slow_items")).rows[0].n)).toBe(0);
  });

  it("Begin waits for a connection at most until its deadline (DEADLINE_EXCEEDED), and the pool is whole afterwards", async () => {
    const tx = server.client(TransactionService, "grpc");
    const held = await Promise.all(Array.from({ length: 10 }, () => tx.begin({ target: target() })));
    const started = Date.now();
    const waited = await rejection(tx.begin({ target: target() }, { timeoutMs: 300 }));
    expect(waited.code).toBe(Code.DeadlineExceeded);
    expect(Date.now() - started).toBeLessThan(2_000);
    await Promise.all(held.map(({ transactionId }) => tx.rollback({ transactionId })));
    await waitFor(async () => (await stats()).pool_checked_out === "0", { what: "every connection back" });
    const { transactionId } = await tx.begin({ target: target() }, { timeoutMs: 5_000 });
    await tx.commit({ transactionId });
  });

  it("savepoints through TransactionService: NOT_FOUND for an unknown name, and an error's abort is undone by ROLLBACK TO", async () => {
    await db.query("TRUNCATE items");
    const tx = server.client(TransactionService, "connect");
    const data = server.client(DataService, "connect");
    const { transactionId } = await tx.begin({ target: target() });
    await data.insert({ target: target("items"), record: record({ id: v.int(1), kind: v.str("kept") }), transactionId });
    await tx.createSavepoint({ transactionId, name: "sp1" });
    const duplicate = await rejection(data.insert({ target: target("items"), record: record({ id: v.int(1), kind: v.str("again") }), transactionId }));
    expect(duplicate.code).toBe(Code.AlreadyExists);
    expect((await rejection(data.insert({ target: target("items"), record: record({ id: v.int(2), kind: v.str("x") }), transactionId }))).code).toBe(Code.Aborted);
    expect((await rejection(tx.rollbackToSavepoint({ transactionId, name: "nope" }))).code).toBe(Code.NotFound);
    await tx.rollbackToSavepoint({ transactionId, name: "sp1" });
    await data.insert({ target: target("items"), record: record({ id: v.int(2), kind: v.str("after") }), transactionId });
    await tx.releaseSavepoint({ transactionId, name: "sp1" });
    await tx.commit({ transactionId });
    expect((await db.query("SELECT id FROM items ORDER BY id")).rows.map((r) => r.id)).toEqual([1, 2]);
  });
});
