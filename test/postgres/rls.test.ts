import { Code } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SqlService } from "../../gen/ts/dbx/sql/v1/sql_pb.js";
import { TransactionService } from "../../gen/ts/dbx/v1/transaction_pb.js";
import type { TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";
import { reasonOf } from "../../src/errors/dbx-error.js";
import { startTestServer, type Protocol, type TestServer } from "../support/dbx-server.js";
import { createPostgresDatabase, type PostgresDatabase } from "../support/postgres-database.js";
import { waitFor } from "../support/wait-for.js";
import { rejection } from "../support/values.js";

const CLAIMS = "request.jwt.claims";

interface Session {
  readonly role: string;
  readonly settings: Record<string, string>;
}


function cell(value: TypedValue): unknown {
  return value.kind.case === "nullValue" ? null : value.kind.value;
}

/**
 * Row-level security through SqlService: a call's SessionContext (role and
 * settings) applies to that call only, on a pool of one connection so that
 * every call runs on the same one and any leak would show.
 */
describe("PostgreSQL row-level security (SessionContext)", () => {
  let db: PostgresDatabase;
  let server: TestServer;
  let reader: string;
  let writer: string;

  const claims = (sub: string) => ({ [CLAIMS]: JSON.stringify({ sub, role: "authenticated" }) });
  const session = (sub: string, role = reader): Session => ({ role, settings: claims(sub) });

  beforeAll(async () => {
    db = await createPostgresDatabase("rls");
    reader = await db.createRole("reader");
    writer = await db.createRole("writer");
    await db.query("CREATE TABLE docs (id int PRIMARY KEY, owner text NOT NULL, body text NOT NULL)");
    await db.query("INSERT INTO docs VALUES (1, 'alice', 'a1'), (2, 'alice', 'a2'), (3, 'bob', 'b1')");
    await db.query("ALTER TABLE docs ENABLE ROW LEVEL SECURITY");
    await db.query(`CREATE POLICY own_docs ON docs USING (owner = current_setting('${CLAIMS}', true)::jsonb ->> 'sub') WITH CHECK (owner = current_setting('${CLAIMS}', true)::jsonb ->> 'sub')`);
    await db.query(`GRANT SELECT ON docs TO "${reader}"`);
    await db.query(`GRANT SELECT, INSERT ON docs TO "${writer}"`);
    server = await startTestServer({
      defaultBackend: "pg",
      backends: {
        pg: { url: db.url, poolSize: 1, applicationName: "dbx-rls", sessionContext: { allowedRoles: [reader, writer], allowedSettings: [CLAIMS, "app.tenant"] } },
      },
    });
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  describe.each(["connect", "grpc"] as Protocol[])("over %s", (protocol) => {
    const sql = () => server.client(SqlService, protocol);
    const query = async (text: string, options: { session?: Session; transactionId?: string; timeoutMs?: number; signal?: AbortSignal } = {}) => {
      const { rows } = await sql().query({ source: { case: "sql", value: text }, session: options.session, transactionId: options.transactionId }, { timeoutMs: options.timeoutMs, signal: options.signal });
      return rows.map((r) => r.values.map(cell));
    };
    /** Who the connection acts as and what it has set, with its process id. */
    const connectionState = () => query(`SELECT pg_backend_pid(), current_user::text, current_setting('role'), coalesce(current_setting('${CLAIMS}', true), ''), coalesce(current_setting('app.tenant', true), '')`);
    const ids = (rows: unknown[][]) => rows.map((r) => Number(r[0]));

    it("two contexts see different rows, and nothing leaks to the next call on the same pooled connection", async () => {
      const [[pidBefore]] = await connectionState();
      const alice = await query("SELECT id, pg_backend_pid(), current_user::text FROM docs WHERE id < 10 ORDER BY id", { session: session("alice") });
      expect(ids(alice)).toEqual([1, 2]);
      expect(alice[0].slice(1)).toEqual([pidBefore, reader]);
      expect(ids(await query("SELECT id FROM docs WHERE id < 10 ORDER BY id", { session: session("bob") }))).toEqual([3]);
      expect(ids(await query("SELECT id FROM docs ORDER BY id", { session: session("carol") }))).toEqual([]);
      // The same connection (pool of one), back to DBX's own role, the claims gone.
      expect(await connectionState()).toEqual([[pidBefore, "postgres", "none", "", ""]]);
      // Without a session context, the connection's own role: the superuser, whom RLS does not bind.
      expect(ids(await query("SELECT id FROM docs WHERE id < 10 ORDER BY id"))).toEqual([1, 2, 3]);
    });

    it("settings alone, without a role, apply to the call only", async () => {
      const rows = await query("SELECT current_setting('app.tenant'), current_user::text", { session: { role: "", settings: { "app.tenant": "42" } } });
      expect(rows).toEqual([["42", "postgres"]]);
      expect((await connectionState())[0].slice(1)).toEqual(["postgres", "none", "", ""]);
    });

    it("a role or a setting the configuration does not allow is PERMISSION_DENIED naming it, and nothing runs", async () => {
      const role = await rejection(query("SELECT 1", { session: session("alice", "postgres") }));
      expect(role.code).toBe(Code.PermissionDenied);
      expect(role.message).toContain('"postgres"');
      const setting = await rejection(query("SELECT 1", { session: { role: reader, settings: { "app.other": "x" } } }));
      expect(setting.code).toBe(Code.PermissionDenied);
      expect(setting.message).toContain('"app.other"');
    });

    it("policies check writes: Exec inserts as the caller, and a row for someone else is refused", async () => {
      const id = protocol === "grpc" ? 11 : 10;
      await sql().exec({ source: { case: "sql", value: `INSERT INTO docs VALUES (${id}, 'alice', 'new')` }, session: session("alice", writer) });
      const refused = await rejection(sql().exec({ source: { case: "sql", value: `INSERT INTO docs VALUES (${id + 10}, 'bob', 'forged')` }, session: session("alice", writer) }));
      expect(refused.code).toBe(Code.PermissionDenied);
      expect(reasonOf(refused)).toBe("ERROR_REASON_PERMISSION_DENIED");
      // The reader role may not insert at all.
      expect((await rejection(sql().exec({ source: { case: "sql", value: `INSERT INTO docs VALUES (${id + 20}, 'alice', 'x')` }, session: session("alice") }))).code).toBe(Code.PermissionDenied);
      expect(Number((await db.query("SELECT count(*)::int AS n FROM docs WHERE id = $1", [id])).rows[0].n)).toBe(1);
      expect((await connectionState())[0].slice(1)).toEqual(["postgres", "none", "", ""]);
    });

    it("a batch runs every statement in the context, atomic or not", async () => {
      for (const atomic of [true, false]) {
        const results = await sql().batch({
          statements: [{ source: { case: "sql", value: "SELECT count(*)::int FROM docs WHERE owner = 'bob'" } }, { source: { case: "sql", value: "SELECT current_user::text" } }],
          atomic,
          session: session("bob"),
        });
        expect(results.results.map((r) => r.rows.map((row) => row.values.map(cell)))).toEqual([[[1n]], [[reader]]]);
      }
      expect((await connectionState())[0].slice(1)).toEqual(["postgres", "none", "", ""]);
    });

    it("a call that fails, or is cancelled, in a context leaves nothing behind", async () => {
      expect((await rejection(query("SELECT 1 / 0", { session: session("alice") }))).code).toBe(Code.InvalidArgument);
      expect((await connectionState())[0].slice(1)).toEqual(["postgres", "none", "", ""]);
      const controller = new AbortController();
      const running = rejection(query("SELECT pg_sleep(30)", { session: session("alice"), signal: controller.signal }));
      await waitFor(async () => Number((await db.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'dbx-rls' AND wait_event = 'PgSleep'")).rows[0].n) === 1, { what: "pg_sleep running" });
      controller.abort();
      expect((await running).code).toBe(Code.Canceled);
      expect((await connectionState())[0].slice(1)).toEqual(["postgres", "none", "", ""]);
    });

    it("inside an interactive transaction the context applies to its call only; the transaction goes on as before", async () => {
      const tx = server.client(TransactionService, protocol);
      const { transactionId } = await tx.begin({});
      await query("SELECT set_config('app.tenant', 'kept', true)", { transactionId });
      expect(ids(await query("SELECT id FROM docs WHERE id < 10 ORDER BY id", { session: session("bob"), transactionId }))).toEqual([3]);
      const inside = await query(`SELECT current_user::text, current_setting('role'), coalesce(current_setting('${CLAIMS}', true), ''), current_setting('app.tenant')`, { transactionId });
      expect(inside).toEqual([["postgres", "none", "", "kept"]]);
      const tenant = await query("SELECT current_setting('app.tenant')", { session: { role: reader, settings: { "app.tenant": "7" } }, transactionId });
      expect(tenant).toEqual([["7"]]);
      expect(await query("SELECT current_setting('app.tenant')", { transactionId })).toEqual([["kept"]]);
      expect(ids(await query("SELECT id FROM docs WHERE id < 10 ORDER BY id", { transactionId }))).toEqual([1, 2, 3]);
      await tx.commit({ transactionId });
      expect((await connectionState())[0].slice(1)).toEqual(["postgres", "none", "", ""]);
    });

    it("a call in a context cancelled inside an interactive transaction leaves it aborted; its rollback leaves nothing behind", async () => {
      const tx = server.client(TransactionService, protocol);
      const { transactionId } = await tx.begin({});
      const controller = new AbortController();
      const running = rejection(query("SELECT pg_sleep(30)", { session: session("alice"), transactionId, signal: controller.signal }));
      await waitFor(async () => Number((await db.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'dbx-rls' AND wait_event = 'PgSleep'")).rows[0].n) === 1, { what: "pg_sleep running" });
      controller.abort();
      expect((await running).code).toBe(Code.Canceled);
      expect((await rejection(query("SELECT current_user::text", { transactionId }))).code).toBe(Code.Aborted);
      await tx.rollback({ transactionId });
      expect((await connectionState())[0].slice(1)).toEqual(["postgres", "none", "", ""]);
    });
  });
});
