import { Code } from "@connectrpc/connect";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PostgresService } from "../../gen/ts/dbx/postgres/v1/postgres_pb.js";
import { AdminService } from "../../gen/ts/dbx/v1/admin_pb.js";
import { ApiKeyService } from "../../gen/ts/dbx/v1/api_keys_pb.js";
import { SqlService } from "../../gen/ts/dbx/sql/v1/sql_pb.js";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import { QueryService } from "../../gen/ts/dbx/v1/query_pb.js";
import { StreamService } from "../../gen/ts/dbx/v1/stream_pb.js";
import { TransactionService } from "../../gen/ts/dbx/v1/transaction_pb.js";
import type { Item, TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";
import { parsePostgresSettings } from "../../src/backends/postgres/options.js";
import { ConfigError } from "../../src/config/config-error.js";
import { reasonOf } from "../../src/errors/dbx-error.js";
import { AUDIENCE, ISSUER, JWT_SECRET, startAuthServer } from "../auth/support.js";
import type { Protocol, TestServer } from "../support/dbx-server.js";
import { createPostgresDatabase, type PostgresDatabase } from "../support/postgres-database.js";
import { errorMetadata, record, rejection, v, write } from "../support/values.js";

const CLAIMS = "request.jwt.claims";

/** A token for `subject` with DBX role `member`, and the claims the backend's identityContext reads. */
function token(subject: string, claims: Record<string, unknown>): Promise<string> {
  return new SignJWT({ role: "member", ...claims })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(subject)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setExpirationTime(Math.floor(Date.now() / 1000) + 600)
    .sign(new TextEncoder().encode(JWT_SECRET));
}

function cell(value: TypedValue): unknown {
  if (value.kind.case === "nullValue") return null;
  return typeof value.kind.value === "bigint" ? Number(value.kind.value) : value.kind.value;
}

const ids = (records: Item[]) => records.map((r) => Number(r.fields.id.kind.value));

/**
 * Row-level security from the caller's identity (identityContext): the
 * role and settings come from the JWT, on every path that runs SQL for the
 * call, and nothing of them reaches the next call on the same pooled
 * connection (a pool of one).
 */
describe("PostgreSQL row-level security from the caller's identity (identityContext)", () => {
  let db: PostgresDatabase;
  let server: TestServer;
  let member: string;
  let auditor: string;
  let anon: string;
  const headers: Record<string, { authorization: string } | undefined> = { anonymous: undefined };

  beforeAll(async () => {
    db = await createPostgresDatabase("rlsid");
    member = await db.createRole("member");
    auditor = await db.createRole("auditor");
    anon = await db.createRole("anon");
    await db.query("CREATE TABLE docs (id int PRIMARY KEY, owner text NOT NULL, tenant text NOT NULL, body text NOT NULL)");
    await db.query("INSERT INTO docs VALUES (1, 'alice', 't1', 'a1'), (2, 'alice', 't1', 'a2'), (3, 'bob', 't2', 'b1'), (4, 'public', 't0', 'p1')");
    await db.query("ALTER TABLE docs ENABLE ROW LEVEL SECURITY");
    const sub = `current_setting('${CLAIMS}', true)::jsonb ->> 'sub'`;
    await db.query(`CREATE POLICY own_docs ON docs TO "${member}" USING (owner = ${sub}) WITH CHECK (owner = ${sub} AND tenant = current_setting('app.tenant', true))`);
    // Role-based policies: the auditor reads everything, an anonymous caller the public rows.
    await db.query(`CREATE POLICY audit_all ON docs FOR SELECT TO "${auditor}" USING (true)`);
    await db.query(`CREATE POLICY public_docs ON docs FOR SELECT TO "${anon}" USING (owner = 'public')`);
    await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON docs TO "${member}"`);
    await db.query(`GRANT SELECT ON docs TO "${auditor}", "${anon}"`);
    // COPY FROM is refused on a table with row-level security: the column defaults show who copied.
    await db.query(`CREATE TABLE copied (id int PRIMARY KEY, who text DEFAULT current_user, sub text DEFAULT current_setting('request.jwt.claim.sub', true))`);
    await db.query(`GRANT SELECT, INSERT ON copied TO "${member}"`);
    server = await startAuthServer({
      defaultBackend: "pg",
      backends: {
        pg: {
          url: db.url,
          poolSize: 1,
          applicationName: "dbx-rls-identity",
          sessionContext: { allowedRoles: [member, auditor], allowedSettings: ["app.note"] },
          identityContext: {
            role: { fromClaim: "db_role" },
            anonymousRole: anon,
            settings: { [CLAIMS]: "claims", "request.jwt.claim.sub": "subject", "app.tenant": "claim:tenant_id" },
          },
        },
        // The role by the caller's DBX role, and no anonymous role: anonymous calls run as DBX's own.
        "by-dbx-role": {
          url: db.url,
          poolSize: 1,
          identityContext: { role: { fromDbxRoles: { auditor: auditor, member } }, settings: { [CLAIMS]: "claims", "app.roles": "roles" } },
        },
      },
      auth: { roles: { member: { rules: [{ allow: ["read", "write", "stream", "native-query"] }] }, guest: { rules: [{ allow: ["read", "stream", "native-query"] }] } }, anonymousRole: "guest" },
    });
    const bearer = async (subject: string, claims: Record<string, unknown>) => ({ authorization: `Bearer ${await token(subject, claims)}` });
    headers.alice = await bearer("alice", { db_role: member, tenant_id: "t1" });
    headers.bob = await bearer("bob", { db_role: member, tenant_id: "t2" });
    headers.audit = await bearer("audit", { db_role: auditor });
    headers.noRole = await bearer("carol", { tenant_id: "t1" });
    headers.superuser = await bearer("mallory", { db_role: "postgres" });
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  describe.each(["connect", "grpc"] as Protocol[])("over %s", (protocol) => {
    const as = (who: string) => ({ headers: headers[who] });
    const sql = () => server.client(SqlService, protocol);
    const query = async (who: string, text: string, extra: { transactionId?: string; session?: { role: string; settings: Record<string, string> } } = {}) => {
      const { rows } = await sql().query({ source: { case: "sql", value: text }, ...extra }, as(who));
      return rows.map((r) => r.values.map(cell));
    };
    const find = async (who: string, transactionId = "") =>
      ids((await server.client(QueryService, protocol).find({ target: { collection: "docs" }, query: { sort: [{ field: "id" }] }, transactionId }, as(who))).records);
    /** The connection's process, who it acts as and what it has set. */
    const state = (who: string) =>
      query(who, `SELECT pg_backend_pid(), current_user::text, coalesce(current_setting('${CLAIMS}', true), ''), coalesce(current_setting('request.jwt.claim.sub', true), ''), coalesce(current_setting('app.tenant', true), '')`);

    it("two callers see different rows through Find and SqlService.Query; role-based policies follow the role claim", async () => {
      expect(await find("alice")).toEqual([1, 2]);
      expect(await find("bob")).toEqual([3]);
      expect(await find("audit")).toEqual([1, 2, 3, 4]);
      expect(await find("anonymous")).toEqual([4]);
      const rows = await query("alice", "SELECT id, current_user::text, current_setting('request.jwt.claim.sub'), current_setting('app.tenant') FROM docs ORDER BY id");
      expect(rows).toEqual([
        [1, member, "alice", "t1"],
        [2, member, "alice", "t1"],
      ]);
      const [[claims]] = await query("bob", `SELECT current_setting('${CLAIMS}')`);
      expect(JSON.parse(claims as string)).toMatchObject({ sub: "bob", db_role: member, tenant_id: "t2", role: "member" });
      expect(await query("bob", "SELECT count(*)::int FROM docs")).toEqual([[1]]);
    });

    it("streams read as the caller: FindStream, SqlService.StreamQuery, ReadBytes", async () => {
      const streamed: number[] = [];
      for await (const batch of server.client(QueryService, protocol).findStream({ target: { collection: "docs" }, query: { sort: [{ field: "id" }] }, batchSize: 1 }, as("alice"))) {
        streamed.push(...ids(batch.records));
      }
      expect(streamed).toEqual([1, 2]);
      const rows: unknown[][] = [];
      for await (const batch of sql().streamQuery({ source: { case: "sql", value: "SELECT id, current_user::text FROM docs ORDER BY id" }, batchSize: 1 }, as("bob"))) {
        rows.push(...batch.rows.map((r) => r.values.map(cell)));
      }
      expect(rows).toEqual([[3, member]]);
      const read = async (who: string, id: number) => {
        let text = "";
        for await (const chunk of server.client(DataService, protocol).readBytes({ target: { collection: "docs" }, key: v.int(id), field: "body" }, as(who))) text += Buffer.from(chunk.data).toString();
        return text;
      };
      expect(await read("bob", 3)).toBe("b1");
      expect((await rejection(read("alice", 3))).code).toBe(Code.NotFound);
      expect(await state("anonymous")).toEqual([[expect.any(Number), anon, "", "", ""]]);
    });

    it("COPY TO of a table and of a query, and COPY FROM, run as the caller", async () => {
      const copyOut = async (who: string, request: Parameters<ReturnType<typeof server.client<typeof PostgresService>>["copyOut"]>[0]) => {
        const chunks: Uint8Array[] = [];
        for await (const r of server.client(PostgresService, protocol).copyOut(request, as(who))) chunks.push(r.data);
        return Buffer.concat(chunks).toString();
      };
      expect(await copyOut("alice", { target: { collection: "docs" }, columns: ["id", "owner"] })).toBe("1\talice\n2\talice\n");
      expect(await copyOut("bob", { query: "SELECT id FROM docs ORDER BY id" })).toBe("3\n");
      expect(await copyOut("bob", { query: "SELECT id FROM docs WHERE id > $1 ORDER BY id", params: [v.int(0)] })).toBe("3\n");
      expect(await copyOut("anonymous", { target: { collection: "docs" }, columns: ["id"] })).toBe("4\n");
      const id = protocol === "grpc" ? 2 : 1;
      await server.client(PostgresService, protocol).copyRows({ target: { collection: "copied" }, columns: ["id"], rows: [{ values: [v.int(id)] }] }, as("alice"));
      expect((await db.query("SELECT who, sub FROM copied WHERE id = $1", [id])).rows).toEqual([{ who: member, sub: "alice" }]);
      expect(await state("anonymous")).toEqual([[expect.any(Number), anon, "", "", ""]]);
    });

    it("writes through DBX cannot touch another caller's rows", async () => {
      const data = server.client(DataService, protocol);
      const body = `edited over ${protocol}`;
      expect((await data.updateMany({ target: { collection: "docs" }, filter: { kind: { case: "allOf", value: {} } }, updates: [{ field: "body", operation: { case: "set", value: v.str(body) } }] }, as("alice"))).updatedCount).toBe(2n);
      const other = await rejection(data.update({ target: { collection: "docs" }, key: v.int(3), updates: [{ field: "body", operation: { case: "set", value: v.str("hacked") } }] }, as("alice")));
      expect(other.code).toBe(Code.NotFound);
      // A row for bob, or for another tenant, fails the policy's WITH CHECK.
      const forged = await rejection(data.put({ target: { collection: "docs" }, key: v.int(30), record: { fields: { owner: v.str("bob"), tenant: v.str("t1"), body: v.str("x") } } }, as("alice")));
      expect(reasonOf(forged)).toBe("ERROR_REASON_PERMISSION_DENIED");
      // A batch runs as the caller too (its statements pipelined under a savepoint of the call's transaction): all or nothing.
      const base = protocol === "grpc" ? 60 : 50;
      const doc = (owner: string) => record({ owner: v.str(owner), tenant: v.str("t1"), body: v.str("batch") });
      const refused = await rejection(data.batchWrite({ target: { collection: "docs" }, operations: [write.put(v.int(base), doc("alice")), write.put(v.int(base + 1), doc("bob"))] }, as("alice")));
      expect(refused.code).toBe(Code.PermissionDenied);
      await data.batchWrite({ target: { collection: "docs" }, operations: [write.put(v.int(base), doc("alice")), write.put(v.int(base + 1), doc("alice"))] }, as("alice"));
      expect((await db.query("SELECT id, body FROM docs WHERE id < 10 ORDER BY id")).rows).toEqual([
        { id: 1, body },
        { id: 2, body },
        { id: 3, body: "b1" },
        { id: 4, body: "p1" },
      ]);
      expect((await db.query("SELECT id, owner FROM docs WHERE id >= $1 AND id < $2 ORDER BY id", [base, base + 10])).rows).toEqual([
        { id: base, owner: "alice" },
        { id: base + 1, owner: "alice" },
      ]);
      await db.query("DELETE FROM docs WHERE id >= $1", [base]);
    });

    it("an interactive transaction runs every call as its caller, even after the caller's SQL changed the settings", async () => {
      const tx = server.client(TransactionService, protocol);
      const { transactionId } = await tx.begin({}, as("alice"));
      try {
        expect(await find("alice", transactionId)).toEqual([1, 2]);
        await query("alice", `SELECT set_config('${CLAIMS}', '{"sub":"bob"}', true), set_config('role', '${auditor}', true)`, { transactionId });
        expect(await find("alice", transactionId)).toEqual([1, 2]);
        expect(await query("alice", "SELECT current_user::text, current_setting('app.tenant')", { transactionId })).toEqual([[member, "t1"]]);
      } finally {
        // The transaction holds the pool's only connection.
        await tx.commit({ transactionId }, as("alice"));
      }
      expect(await state("anonymous")).toEqual([[expect.any(Number), anon, "", "", ""]]);
    });

    it("nothing of a caller's context reaches the next call on the same pooled connection", async () => {
      const [[pid, user, claims, sub, tenant]] = await state("alice");
      expect([user, JSON.parse(claims as string).sub, sub, tenant]).toEqual([member, "alice", "alice", "t1"]);
      expect(await state("anonymous")).toEqual([[pid, anon, "", "", ""]]);
      const [[auditPid, auditUser, auditClaims, auditSub, auditTenant]] = await state("audit");
      // A claim the token lacks is set empty, never left from an earlier caller.
      expect([auditPid, auditUser, JSON.parse(auditClaims as string).sub, auditSub, auditTenant]).toEqual([pid, auditor, "audit", "audit", ""]);
      expect(await state("anonymous")).toEqual([[pid, anon, "", "", ""]]);
    });

    it("a session context may add allowed settings, but never change the identity's role or settings", async () => {
      expect(await query("alice", "SELECT current_user::text, current_setting('app.note'), current_setting('app.tenant')", { session: { role: "", settings: { "app.note": "hi" } } })).toEqual([[member, "hi", "t1"]]);
      expect(await query("alice", "SELECT current_user::text", { session: { role: member, settings: { "app.tenant": "t1" } } })).toEqual([[member]]);
      for (const [who, session] of [
        ["alice", { role: auditor, settings: {} }],
        ["alice", { role: "", settings: { [CLAIMS]: '{"sub":"bob"}' } }],
        ["alice", { role: "", settings: { "app.tenant": "t2" } }],
        ["anonymous", { role: "", settings: { [CLAIMS]: '{"sub":"alice"}' } }],
        ["anonymous", { role: member, settings: {} }],
      ] as const) {
        const err = await rejection(query(who, "SELECT 1", { session }));
        expect(err.code).toBe(Code.PermissionDenied);
        expect(err.message).toContain("identityContext");
      }
    });

    it("a token without the role claim, or naming a role not allowed, is PERMISSION_DENIED", async () => {
      const missing = await rejection(find("noRole"));
      expect(missing.code).toBe(Code.PermissionDenied);
      expect(missing.message).toContain('"db_role" claim');
      // A point read (the fast path) answers the same refusal.
      const get = await rejection(server.client(DataService, protocol).get({ target: { collection: "docs" }, key: v.int(1) }, as("noRole")));
      expect([get.code, reasonOf(get)]).toEqual([Code.PermissionDenied, "ERROR_REASON_PERMISSION_DENIED"]);
      const superuser = await rejection(query("superuser", "SELECT 1"));
      expect(superuser.code).toBe(Code.PermissionDenied);
      expect(superuser.message).toContain('"postgres"');
    });

    it("Watch is not offered: the change feed could not hide rows from the caller", async () => {
      const caps = await server.client(AdminService, protocol).getCapabilities({}, as("alice"));
      expect(caps.capabilities).not.toContain("stream.watch");
      expect(caps.capabilities).toContain("data.atomic_batch");
      const watch = async () => {
        for await (const _ of server.client(StreamService, protocol).watch({ target: { collection: "docs" } }, as("alice"))) break;
      };
      const err = await rejection(watch());
      expect([err.code, errorMetadata(err).capability]).toEqual([Code.Unimplemented, "stream.watch"]);
    });
  });

  it("by DBX role: an API key acts as its role's database role, with its id as the subject of the claims; anonymous calls as DBX's own", async () => {
    const sql = server.client(SqlService, "connect");
    const run = async (headers: Record<string, string> | undefined, text: string, session?: { role: string; settings: Record<string, string> }) =>
      (await sql.query({ target: { backend: "by-dbx-role" }, source: { case: "sql", value: text }, session }, { headers })).rows.map((r) => r.values.map(cell));
    const admin = { authorization: `Bearer ${await new SignJWT({ role: "admin" }).setProtectedHeader({ alg: "HS256" }).setSubject("root").setIssuer(ISSUER).setAudience(AUDIENCE).setExpirationTime(Math.floor(Date.now() / 1000) + 600).sign(new TextEncoder().encode(JWT_SECRET))}` };
    const { key, secret } = await server.client(ApiKeyService, "connect").createApiKey({ role: "member", name: "rls" }, { headers: admin });
    const apiKey = { "x-api-key": secret };
    const [[user, claims, roles]] = await run(apiKey, `SELECT current_user::text, current_setting('${CLAIMS}'), current_setting('app.roles')`);
    expect([user, JSON.parse(claims as string), roles]).toEqual([member, { sub: key!.id, roles: ["member"] }, '["member"]']);
    expect(await run(apiKey, "SELECT id FROM docs ORDER BY id")).toEqual([]);
    expect(await run(headers.alice, "SELECT id, current_user::text FROM docs ORDER BY id")).toEqual([
      [1, member],
      [2, member],
    ]);
    expect(await run(undefined, `SELECT current_user::text, coalesce(current_setting('${CLAIMS}', true), '') FROM docs ORDER BY id LIMIT 1`)).toEqual([["postgres", ""]]);
    const sessions: { role: string; settings: Record<string, string> }[] = [{ role: member, settings: {} }, { role: "", settings: { [CLAIMS]: '{"sub":"alice"}' } }];
    for (const session of sessions) {
      expect((await rejection(run(undefined, "SELECT 1", session))).code).toBe(Code.PermissionDenied);
    }
  });

  it("a role read from a claim needs sessionContext.allowedRoles: a clear startup error without", () => {
    expect(() => parsePostgresSettings("pg", { url: "postgres://x@localhost/db", identityContext: { role: { fromClaim: "db_role" } } })).toThrow(ConfigError);
    expect(() => parsePostgresSettings("pg", { url: "postgres://x@localhost/db", identityContext: { settings: { "app.x": "nothing" } } })).toThrow(/value source/);
  });
});
