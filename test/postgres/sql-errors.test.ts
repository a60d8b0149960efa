import { Code } from "@connectrpc/connect";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SqlService } from "../../gen/ts/dbx/sql/v1/sql_pb.js";
import { QueryService } from "../../gen/ts/dbx/v1/query_pb.js";
import { TransactionService } from "../../gen/ts/dbx/v1/transaction_pb.js";
import type { TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";
import { startTestServer, type Protocol, type TestServer } from "../support/dbx-server.js";
import { createPostgresDatabase, type PostgresDatabase } from "../support/postgres-database.js";
import { errorMetadata, expectError, expectInvalidField, v } from "../support/values.js";
import { waitFor } from "../support/wait-for.js";

/**
 * PostgreSQL's errors through SqlService (and QueryService.Execute) over
 * Connect JSON and gRPC: the DBX code and reason of each class, and
 * ErrorInfo metadata with what PostgreSQL said (SQLSTATE, constraint,
 * schema, table, column, data type, detail, hint, position).
 */
const PROTOCOLS: Protocol[] = ["connect", "grpc"];
const MAX_ROWS = 50;
const sqlText = (value: string) => ({ case: "sql" as const, value });

let db: PostgresDatabase;
let server: TestServer;

beforeAll(async () => {
  db = await createPostgresDatabase("sqlerr");
  await db.query("CREATE ROLE dbx_sqlerr_reader NOLOGIN");
  server = await startTestServer({
    defaultBackend: "pg",
    backends: { pg: { url: db.url, sessionContext: { allowedRoles: ["dbx_sqlerr_reader"] } } },
    server: { maxRowsPerResponse: MAX_ROWS },
  });
});

afterAll(async () => {
  await server?.close();
  await db?.drop();
});

for (const protocol of PROTOCOLS) {
  describe(`PostgreSQL errors through SqlService (${protocol})`, () => {
    const sql = () => server.client(SqlService, protocol);
    const target = { backend: "pg" };
    const exec = (statement: string, params: TypedValue[] = []) => sql().exec({ target, source: sqlText(statement), params });
    const name = (base: string) => `${base}_${protocol}`;

    it("unique → ALREADY_EXISTS; foreign key, check, not null → FAILED_PRECONDITION; each with SQLSTATE, constraint, table, column and detail", async () => {
      const parents = name("parents");
      const children = name("children");
      await exec(`CREATE TABLE ${parents} (id int PRIMARY KEY, email text UNIQUE, age int CONSTRAINT ${parents}_adult CHECK (age >= 18))`);
      await exec(`CREATE TABLE ${children} (id int PRIMARY KEY, parent int NOT NULL CONSTRAINT ${children}_parent REFERENCES ${parents})`);
      await exec(`INSERT INTO ${parents} VALUES (1, 'a@x', 40)`);

      const unique = await expectError(exec(`INSERT INTO ${parents} VALUES ($1, 'a@x', 30)`, [v.int(2)]), Code.AlreadyExists, { reason: "ERROR_REASON_ALREADY_EXISTS" });
      expect(errorMetadata(unique)).toMatchObject({ sql_state: "23505", constraint: `${parents}_email_key`, schema: "public", table: parents, detail: "Key (email)=(a@x) already exists." });

      const fk = await expectError(exec(`INSERT INTO ${children} VALUES (1, $1)`, [v.int(99)]), Code.FailedPrecondition, { reason: "ERROR_REASON_CONSTRAINT_VIOLATION" });
      expect(errorMetadata(fk)).toMatchObject({ sql_state: "23503", constraint: `${children}_parent`, table: children, detail: `Key (parent)=(99) is not present in table "${parents}".` });

      const check = await expectError(exec(`UPDATE ${parents} SET age = $1`, [v.int(3)]), Code.FailedPrecondition, { reason: "ERROR_REASON_CONSTRAINT_VIOLATION" });
      expect(errorMetadata(check)).toMatchObject({ sql_state: "23514", constraint: `${parents}_adult`, table: parents });

      const notNull = await expectError(exec(`INSERT INTO ${children} (id) VALUES (2)`), Code.FailedPrecondition, { reason: "ERROR_REASON_CONSTRAINT_VIOLATION" });
      expect(errorMetadata(notNull)).toMatchObject({ sql_state: "23502", table: children, column: "parent" });

      // Deleting a referenced row is refused the same way.
      await exec(`INSERT INTO ${children} VALUES (1, 1)`);
      const restrict = await expectError(exec(`DELETE FROM ${parents}`), Code.FailedPrecondition);
      expect(errorMetadata(restrict)).toMatchObject({ sql_state: "23503", constraint: `${children}_parent` });
    });

    it("a domain's check names the data type; a statement error carries PostgreSQL's hint and the position", async () => {
      const domain = name("percent");
      await exec(`CREATE DOMAIN ${domain} AS int CHECK (VALUE BETWEEN 0 AND 100)`);
      const typed = await expectError(sql().query({ target, source: sqlText(`SELECT $1::int::${domain}`), params: [v.int(101)] }), Code.FailedPrecondition);
      expect(errorMetadata(typed)).toMatchObject({ sql_state: "23514", data_type: domain, schema: "public" });

      const people = name("people");
      await exec(`CREATE TABLE ${people} (id int, full_name text)`);
      const misspelt = await expectError(sql().query({ target, source: sqlText(`SELECT fullname FROM ${people}`) }), Code.InvalidArgument, { reason: "ERROR_REASON_STATEMENT_FAILED" });
      expect(errorMetadata(misspelt)).toMatchObject({ sql_state: "42703", hint: `Perhaps you meant to reference the column "${people}.full_name".`, position: "8" });
    });

    it("deadlock → ABORTED, retryable, for one of two interactive transactions; the other commits", async () => {
      const accounts = name("accounts");
      await exec(`CREATE TABLE ${accounts} (id int PRIMARY KEY, balance int8)`);
      await exec(`INSERT INTO ${accounts} VALUES (1, 100), (2, 100)`);
      const tx = server.client(TransactionService, protocol);
      const [a, b] = await Promise.all([tx.begin({ target }), tx.begin({ target })]);
      const update = (transactionId: string, id: number) =>
        sql().exec({ target, transactionId, source: sqlText(`UPDATE ${accounts} SET balance = balance - 1 WHERE id = $1`), params: [v.int(id)] });
      await update(a.transactionId, 1);
      await update(b.transactionId, 2);
      // Each now waits for the row the other holds: PostgreSQL picks a victim.
      const outcomes = await Promise.allSettled([update(a.transactionId, 2), update(b.transactionId, 1)]);
      const failed = outcomes.flatMap((o) => (o.status === "rejected" ? [o.reason as Parameters<typeof errorMetadata>[0]] : []));
      expect(failed).toHaveLength(1);
      expect(failed[0].code).toBe(Code.Aborted);
      expect(errorMetadata(failed[0])).toMatchObject({ sql_state: "40P01", retryable: "true" });
      const winner = outcomes[0].status === "fulfilled" ? a : b;
      const loser = winner === a ? b : a;
      await tx.rollback({ transactionId: loser.transactionId });
      await tx.commit({ transactionId: winner.transactionId });
      const { rows } = await db.query(`SELECT sum(balance)::int AS total FROM ${accounts}`);
      expect(rows[0].total).toBe(198);
    });

    it("insufficient privilege → PERMISSION_DENIED (a session role without the grant)", async () => {
      const secrets = name("secrets");
      await exec(`CREATE TABLE ${secrets} (v text)`);
      const denied = await expectError(
        sql().query({ target, source: sqlText(`SELECT v FROM ${secrets}`), session: { role: "dbx_sqlerr_reader" } }),
        Code.PermissionDenied,
        { reason: "ERROR_REASON_PERMISSION_DENIED" },
      );
      expect(errorMetadata(denied)).toMatchObject({ sql_state: "42501" });
      // The role was the call's only: the next call on the pool reads as before.
      expect((await sql().query({ target, source: sqlText(`SELECT count(*) FROM ${secrets}`) })).rows).toHaveLength(1);
    });

    it("a batch's failing statement names statement_index with the SQLSTATE; an atomic batch leaves nothing", async () => {
      const items = name("items");
      await exec(`CREATE TABLE ${items} (id int PRIMARY KEY)`);
      const insert = (id: number) => ({ source: sqlText(`INSERT INTO ${items} VALUES ($1)`), params: [v.int(id)] });
      const err = await expectError(sql().batch({ target, atomic: true, statements: [insert(1), insert(2), insert(1)] }), Code.AlreadyExists);
      expect(errorMetadata(err)).toMatchObject({ statement_index: "2", sql_state: "23505" });
      expect(err.rawMessage).toMatch(/^statements\[2\]: .*\(none of the batch's statements took effect\)$/);
      expect((await db.query(`SELECT count(*)::int AS n FROM ${items}`)).rows[0].n).toBe(0);
    });

    it("native statements that would leave state on a pooled connection are refused before they run", async () => {
      for (const statement of ["BEGIN", "commit", "  /* c */ ROLLBACK", "START TRANSACTION", "SAVEPOINT s", "PREPARE TRANSACTION 'x'"]) {
        await expectInvalidField(exec(statement), "sql");
      }
      for (const statement of ["SET search_path = other", "RESET ALL", "DISCARD ALL", "LISTEN chan", "DEALLOCATE ALL", "PREPARE p AS SELECT 1", "DECLARE c CURSOR FOR SELECT 1", "COPY (SELECT 1) TO STDOUT", "CREATE TEMP TABLE t (a int)", "-- temp\nCREATE LOCAL TEMPORARY TABLE t (a int)", "SET ROLE dbx_sqlerr_reader", "SET SESSION AUTHORIZATION DEFAULT", "CREATE OR REPLACE TEMP VIEW v AS SELECT 1"]) {
        const err = await expectError(exec(statement), Code.PermissionDenied, { reason: "ERROR_REASON_DISABLED" });
        expect(err.rawMessage, statement).toMatch(/^sql: refused on a pooled connection: /);
      }
      // SET LOCAL stays inside the call's transaction: allowed.
      const local = await sql().batch({ target, atomic: true, statements: [{ source: sqlText("SET LOCAL work_mem = '8MB'") }, { source: sqlText("SHOW work_mem") }] });
      expect(local.results[1].rows[0].values[0].kind.value).toBe("8MB");
      // More than one statement in one text is refused by PostgreSQL itself.
      await expectError(exec("SELECT 1; SELECT 2"), Code.InvalidArgument, { reason: "ERROR_REASON_STATEMENT_FAILED" });
    });

    it("a result past the row limit is refused at once, without reading the rest", async () => {
      // Read to the end, this would be 100 million rows: the call would run for minutes and hold them all.
      const started = Date.now();
      const err = await expectError(
        sql().query({ target, source: sqlText("SELECT generate_series(1, 100000000)") }, { timeoutMs: 20_000 }),
        Code.ResourceExhausted,
        { reason: "ERROR_REASON_TOO_MANY_ROWS" },
      );
      expect(errorMetadata(err)).toMatchObject({ limit: String(MAX_ROWS), use: "dbx.sql.v1.SqlService/StreamQuery" });
      expect(Date.now() - started).toBeLessThan(10_000);
    });

    it("Prepare describes without running; a statement PostgreSQL refuses leaves the connection usable", async () => {
      const single = await startTestServer({ defaultBackend: "one", backends: { one: { url: db.url, poolSize: 1 } } });
      try {
        const one = single.client(SqlService, protocol);
        const oneTarget = { backend: "one" };
        const missing = await expectError(one.prepare({ target: oneTarget, sql: "SELECT * FROM no_such_table" }), Code.InvalidArgument, { reason: "ERROR_REASON_STATEMENT_FAILED" });
        expect(errorMetadata(missing)).toMatchObject({ sql_state: "42P01", position: "15" });
        const counted = name("prepared_counts");
        await one.exec({ target: oneTarget, source: sqlText(`CREATE TABLE ${counted} (n int)`) });
        const insert = await one.prepare({ target: oneTarget, sql: `INSERT INTO ${counted} VALUES ($1) RETURNING n, n::numeric(4,1) AS d` });
        expect(insert.columns.map((c) => [c.name, c.nativeType, c.precision, c.scale, c.sourceColumn])).toEqual([
          ["n", "int4", undefined, undefined, "n"],
          ["d", "numeric", 4, 1, ""],
        ]);
        expect((await db.query(`SELECT count(*)::int AS n FROM ${counted}`)).rows[0].n).toBe(0);
        const ran = await one.query({ target: oneTarget, source: { case: "statementId", value: insert.statementId }, params: [v.int(5)] });
        expect(ran.rows.map((r) => r.values[0].kind.value)).toEqual([5n]);
      } finally {
        await single.close();
      }
    });

    it("Prepare waits for a lock under its own deadline, not a shorter one an earlier call left on the connection", async () => {
      const single = await startTestServer({ defaultBackend: "one", backends: { one: { url: db.url, poolSize: 1 } } });
      const locked = name("locked");
      await exec(`CREATE TABLE ${locked} (a int)`);
      const locker = new pg.Client({ connectionString: db.url });
      await locker.connect();
      try {
        const one = single.client(SqlService, protocol);
        // A call with 100 ms left sets statement_timeout on the one pooled connection.
        await one.query({ target: { backend: "one" }, source: sqlText("SELECT 1") }, { timeoutMs: 100 });
        await locker.query(`BEGIN; LOCK TABLE ${locked} IN ACCESS EXCLUSIVE MODE`);
        const prepared = one.prepare({ target: { backend: "one" }, sql: `SELECT a FROM ${locked}` }, { timeoutMs: 20_000 });
        let outcome: unknown;
        prepared.then(
          () => (outcome = "prepared"),
          (err: unknown) => (outcome = err),
        );
        // Past the 100 ms of the earlier call (or failed by them).
        const waitedLong = async () =>
          (await db.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'dbx' AND wait_event_type = 'Lock' AND now() - query_start > interval '300 ms'")).rows[0].n === 1;
        await waitFor(async () => outcome !== undefined || (await waitedLong()), { what: "Prepare waiting for the lock longer than the earlier deadline" });
        await locker.query("COMMIT");
        await prepared.catch(() => undefined);
        const settled = outcome;
        expect(settled).toBe("prepared");
      } finally {
        await locker.end();
        await single.close();
      }
    });

    it("QueryService.Execute runs native SQL with $n parameters and the same errors", async () => {
      const query = server.client(QueryService, protocol);
      const table = name("executed");
      await query.execute({ target, statement: `CREATE TABLE ${table} (id int PRIMARY KEY, n numeric)` });
      const inserted = await query.execute({ target, statement: `INSERT INTO ${table} VALUES ($1, $2), ($3, $4)`, params: [v.int(1), v.decimal("1.5"), v.int(2), v.decimal("2.25")] });
      expect(inserted.rowsAffected).toBe(2n);
      const read = await query.execute({ target, statement: `SELECT id, n FROM ${table} WHERE n > $1 ORDER BY id`, params: [v.decimal("1")] });
      expect(read.columns).toEqual(["id", "n"]);
      expect(read.rows.map((r) => r.values.map((c) => (c.kind.case === "decimalValue" ? c.kind.value.value : c.kind.value)))).toEqual([
        [1n, "1.5"],
        [2n, "2.25"],
      ]);
      const dup = await expectError(query.execute({ target, statement: `INSERT INTO ${table} VALUES ($1, 0)`, params: [v.int(1)] }), Code.AlreadyExists);
      expect(errorMetadata(dup)).toMatchObject({ sql_state: "23505", table });
      await expectInvalidField(query.execute({ target, statement: "BEGIN" }), "statement");
      await expectError(query.execute({ target, statement: "SELECT generate_series(1, 100000000)" }), Code.ResourceExhausted, { reason: "ERROR_REASON_TOO_MANY_ROWS" });
    });
  });
}
