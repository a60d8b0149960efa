import { Code, ConnectError } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SqlService } from "../../gen/ts/dbx/sql/v1/sql_pb.js";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import { TransactionService } from "../../gen/ts/dbx/v1/transaction_pb.js";
import { contextOf, type OperationContext } from "../../src/backends/operation-context.js";
import { PostgresPool } from "../../src/backends/postgres/connection-pool.js";
import { parsePostgresSettings } from "../../src/backends/postgres/options.js";
import { reasonOf } from "../../src/errors/dbx-error.js";
import { startTestServer, type Protocol, type TestServer } from "../support/dbx-server.js";
import { createPostgresDatabase, type PostgresDatabase } from "../support/postgres-database.js";
import { record, rejection, v } from "../support/values.js";
import { waitFor } from "../support/wait-for.js";

const APP = "dbx-deadlines";


/** A call's deadline and its cancellation reach the statement PostgreSQL runs for it, through DBX. */
describe("PostgreSQL deadlines and cancellation through DBX", () => {
  let db: PostgresDatabase;
  let server: TestServer;
  let nextId = 0;
  const sleeping = async () => Number((await db.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1 AND wait_event = 'PgSleep'", [APP])).rows[0].n);

  beforeAll(async () => {
    db = await createPostgresDatabase("deadline");
    // Inserting into slow_items sleeps in pg_sleep for as long as its `seconds` says.
    await db.query("CREATE TABLE slow_items (id int PRIMARY KEY, seconds float8 NOT NULL)");
    await db.query("CREATE FUNCTION slow_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(NEW.seconds); RETURN NEW; END $$");
    await db.query("CREATE TRIGGER slow BEFORE INSERT ON slow_items FOR EACH ROW EXECUTE FUNCTION slow_insert()");
    server = await startTestServer({ defaultBackend: "pg", backends: { pg: { url: db.url, poolSize: 4, applicationName: APP } } });
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  describe.each(["connect", "grpc"] as Protocol[])("over %s", (protocol) => {
    const slowInsert = (seconds: number, options: { timeoutMs?: number; signal?: AbortSignal; transactionId?: string } = {}) =>
      server.client(DataService, protocol).insert(
        { target: { collection: "slow_items" }, record: record({ id: v.int(++nextId), seconds: v.double(seconds) }), transactionId: options.transactionId },
        { timeoutMs: options.timeoutMs, signal: options.signal },
      );

    it("a call's deadline stops its statement on the server: DEADLINE_EXCEEDED, and pg_sleep is no longer running", async () => {
      const started = Date.now();
      const err = await rejection(slowInsert(30, { timeoutMs: 400 }));
      expect(err.code).toBe(Code.DeadlineExceeded);
      expect(Date.now() - started).toBeLessThan(3_000);
      await waitFor(async () => (await sleeping()) === 0, { timeoutMs: 1_000, what: "the statement stopped on the server" });
    });

    it("a call's deadline is its statement's statement_timeout; without one, the configured default", async () => {
      const timeout = async (timeoutMs?: number) => {
        const { rows } = await server.client(SqlService, protocol).query({ source: { case: "sql", value: "SELECT current_setting('statement_timeout')" } }, { timeoutMs });
        const text = rows[0].values[0].kind.value as string;
        return text.endsWith("ms") ? Number(text.slice(0, -2)) : Number(text.slice(0, -1)) * 1_000;
      };
      const withDeadline = await timeout(5_000);
      expect(withDeadline).toBeGreaterThan(4_000);
      expect(withDeadline).toBeLessThanOrEqual(5_000);
      expect(await timeout()).toBe(30_000);
    });

    it("SqlService: a deadline stops pg_sleep on the server", async () => {
      const started = Date.now();
      const err = await rejection(server.client(SqlService, protocol).query({ source: { case: "sql", value: "SELECT pg_sleep(30)" } }, { timeoutMs: 400 }));
      expect(err.code).toBe(Code.DeadlineExceeded);
      expect(Date.now() - started).toBeLessThan(3_000);
      await waitFor(async () => (await sleeping()) === 0, { timeoutMs: 1_000, what: "the statement stopped on the server" });
    });

    it("a deadline longer than the statement lets it finish", async () => {
      await slowInsert(0.2, { timeoutMs: 10_000 });
    });

    it("a call the client cancels cancels its statement on the server", async () => {
      const controller = new AbortController();
      const running = rejection(slowInsert(30, { signal: controller.signal }));
      await waitFor(async () => (await sleeping()) === 1, { what: "pg_sleep running" });
      controller.abort();
      expect((await running).code).toBe(Code.Canceled);
      await waitFor(async () => (await sleeping()) === 0, { timeoutMs: 2_000, what: "the statement cancelled on the server" });
    });

    it("inside a transaction: the deadline cancels the statement, the transaction is aborted and COMMIT says so", async () => {
      const tx = server.client(TransactionService, protocol);
      const { transactionId } = await tx.begin({});
      const err = await rejection(slowInsert(30, { timeoutMs: 400, transactionId }));
      expect(err.code).toBe(Code.DeadlineExceeded);
      await waitFor(async () => (await sleeping()) === 0, { timeoutMs: 1_000, what: "the statement stopped on the server" });
      const next = await rejection(slowInsert(0, { transactionId }));
      expect(next.code).toBe(Code.Aborted);
      expect(reasonOf(next)).toBe("ERROR_REASON_TRANSACTION_ABORTED");
      expect((await rejection(tx.commit({ transactionId }))).code).toBe(Code.Aborted);
    });
  });
});

describe("PostgreSQL cancels reach only the statement they were sent for", () => {
  let db: PostgresDatabase;
  let pool: PostgresPool;
  const ctx = (signal: AbortSignal = new AbortController().signal): OperationContext => contextOf({ signal, requestId: "test" });

  beforeAll(async () => {
    db = await createPostgresDatabase("latecancel");
    pool = new PostgresPool("pg", parsePostgresSettings("pg", { url: db.url, poolSize: 1 }));
  });
  afterAll(async () => {
    await pool?.close();
    await db?.drop();
  });

  it("a cancel sent as a statement finishes never stops the next statement on that connection (another caller's)", async () => {
    const victims: string[] = [];
    for (let i = 0; i < 300; i++) {
      const controller = new AbortController();
      const call = ctx(controller.signal);
      const first = pool.withConnection(call, (c) => c.query(call, "SELECT pg_sleep(0.005)", [])).catch(() => undefined);
      // Aborted around the moment the statement ends: sometimes just after, when the cancel is late.
      setTimeout(() => controller.abort(), 4 + (i % 4));
      await first;
      await pool.withConnection(ctx(), (c) => c.query(ctx(), "SELECT pg_sleep(0.02)", [])).catch((err: unknown) => victims.push(ConnectError.from(err).message));
    }
    expect(victims).toEqual([]);
  });
});
