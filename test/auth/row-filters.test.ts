import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { create } from "@bufbuild/protobuf";
import { Code } from "@connectrpc/connect";
import Database from "better-sqlite3";
import { SignJWT } from "jose";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SqlService } from "../../gen/ts/dbx/sql/v1/sql_pb.js";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import { FilterSchema, Operator, type Filter } from "../../gen/ts/dbx/v1/filter_pb.js";
import { QueryService } from "../../gen/ts/dbx/v1/query_pb.js";
import { StreamService } from "../../gen/ts/dbx/v1/stream_pb.js";
import { TransactionService } from "../../gen/ts/dbx/v1/transaction_pb.js";
import type { Item } from "../../gen/ts/dbx/v1/value_pb.js";
import { ROW_FILTER_HANDLING } from "../../src/auth/row-filters/row-filter-handling.js";
import { validate } from "../../src/config/load.js";
import { reasonOf } from "../../src/errors/dbx-error.js";
import { DBX_SERVICES } from "../../src/services/dbx-services.js";
import type { Protocol } from "../support/dbx-server.js";
import { createPostgresDatabase, type PostgresDatabase } from "../support/postgres-database.js";
import { record, rejection, u, v, write } from "../support/values.js";
import { AUDIENCE, bearer, ISSUER, JWT_SECRET, ROLES, startAuthServer } from "./support.js";

const orders = { collection: "orders" };
const everything = create(FilterSchema, { kind: { case: "allOf", value: { filters: [] } } });
const field = (name: string, op: Operator, value = v.str("")): Filter => create(FilterSchema, { kind: { case: "field", value: { field: name, op, value } } });

/** The roles of these tests: `tenant` reaches the orders of its token's tenant_id claim; `reader` (no filter) reads every row. */
const TEST_ROLES = {
  ...ROLES,
  tenant: {
    rules: [{ allow: ["read", "write", "stream", "native-query"] }],
    rowFilters: [{ collections: ["orders"], filter: { field: { field: "tenant_id", op: "OPERATOR_EQ", value: { $claim: "tenant_id" } } } }],
  },
};

/** A token for `roles` carrying `claims` besides the role. */
function tokenWith(roles: string[], claims: Record<string, unknown>): Promise<string> {
  return new SignJWT({ role: roles, ...claims })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(`user-${String(claims.tenant_id ?? "none")}`)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + 600)
    .sign(new TextEncoder().encode(JWT_SECRET));
}

/** The database of one suite, reached outside DBX: what proves which rows a call changed. */
interface Store {
  readonly backend: Record<string, unknown>;
  /** Empties orders and writes a1, a2 (tenant a) and b1 (tenant b). */
  reset(): Promise<void>;
  /** Every row as `id:tenant:qty`, by id. */
  rows(): Promise<string[]>;
  close(): Promise<void>;
}

const SEED = "INSERT INTO orders (id, tenant_id, item, qty) VALUES ('a1', 'a', 'apple', 1), ('a2', 'a', 'avocado', 2), ('b1', 'b', 'banana', 3)";

async function sqliteStore(): Promise<Store> {
  const dir = mkdtempSync(join(tmpdir(), "dbx-row-filters-"));
  const file = join(dir, "rows.sqlite");
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.exec("CREATE TABLE orders (id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL, item TEXT, qty INTEGER)");
  return {
    backend: { url: `sqlite:${file}` },
    async reset() {
      db.exec("DELETE FROM orders");
      db.exec(SEED);
    },
    async rows() {
      return (db.prepare("SELECT id, tenant_id, qty FROM orders ORDER BY id").all() as { id: string; tenant_id: string; qty: number }[]).map(
        (r) => `${r.id}:${r.tenant_id}:${r.qty}`,
      );
    },
    async close() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function postgresStore(): Promise<Store> {
  const db: PostgresDatabase = await createPostgresDatabase("rowfilters");
  await db.query("CREATE TABLE orders (id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL, item TEXT, qty BIGINT)");
  return {
    backend: { url: db.url },
    async reset() {
      await db.query("DELETE FROM orders");
      await db.query(SEED);
    },
    async rows() {
      const result = await db.query<{ id: string; tenant_id: string; qty: string }>("SELECT id, tenant_id, qty FROM orders ORDER BY id");
      return result.rows.map((r) => `${r.id}:${r.tenant_id}:${r.qty}`);
    },
    close: () => db.drop(),
  };
}

const ids = (records: readonly Item[]) =>
  records.map((r) => (r.fields.id.kind.case === "stringValue" ? r.fields.id.kind.value : "?")).sort();

for (const [name, open] of [
  ["SQLite", sqliteStore],
  ["PostgreSQL", postgresStore],
] as const) {
  describe(`row filters on ${name}`, () => {
    let store: Store;
    let server: Awaited<ReturnType<typeof startAuthServer>>;
    let a: Record<string, string>;
    let b: Record<string, string>;
    let noClaim: Record<string, string>;
    let aReader: Record<string, string>;
    let admin: Record<string, string>;

    beforeAll(async () => {
      store = await open();
      server = await startAuthServer({ backends: { main: store.backend }, defaultBackend: "main", auth: { roles: TEST_ROLES } });
      a = bearer(await tokenWith(["tenant"], { tenant_id: "a" }));
      b = bearer(await tokenWith(["tenant"], { tenant_id: "b" }));
      noClaim = bearer(await tokenWith(["tenant"], {}));
      aReader = bearer(await tokenWith(["tenant", "reader"], { tenant_id: "a" }));
      admin = bearer(await tokenWith(["admin"], {}));
    });
    afterAll(async () => {
      await server?.close();
      await store?.close();
    });
    beforeEach(() => store.reset());

    const query = (protocol: Protocol = "connect") => server.client(QueryService, protocol);
    const data = (protocol: Protocol = "connect") => server.client(DataService, protocol);

    it.each(["connect", "grpc"] as const)("Find answers each tenant its own rows, ANDed with the request's filter (%s)", async (protocol) => {
      expect(ids((await query(protocol).find({ target: orders }, { headers: a })).records)).toEqual(["a1", "a2"]);
      expect(ids((await query(protocol).find({ target: orders }, { headers: b })).records)).toEqual(["b1"]);
      const prefixed = { target: orders, query: { filter: field("item", Operator.PREFIX, v.str("av")) } };
      expect(ids((await query(protocol).find(prefixed, { headers: a })).records)).toEqual(["a2"]);
      expect(ids((await query(protocol).find(prefixed, { headers: b })).records)).toEqual([]);
      expect(ids((await query(protocol).find({ target: orders }, { headers: admin })).records)).toEqual(["a1", "a2", "b1"]);
    });

    it("Count, List, Exists and FindStream see only the caller's rows", async () => {
      expect((await data().count({ target: orders }, { headers: a })).count).toBe(2n);
      expect((await data().count({ target: orders, filter: field("qty", Operator.GTE, v.int(2)) }, { headers: b })).count).toBe(1n);
      expect(ids((await data().list({ target: orders }, { headers: b })).records)).toEqual(["b1"]);
      expect((await data().exists({ target: orders, key: v.str("a1") }, { headers: a })).exists).toBe(true);
      expect((await data().exists({ target: orders, key: v.str("a1") }, { headers: b })).exists).toBe(false);
      for (const [headers, expected] of [
        [a, ["a1", "a2"]],
        [b, ["b1"]],
      ] as const) {
        const seen: Item[] = [];
        for await (const batch of query("grpc").findStream({ target: orders, batchSize: 1 }, { headers })) seen.push(...batch.records);
        expect(ids(seen)).toEqual(expected);
      }
    });

    it("Get and BatchGet find the caller's record by key and not another tenant's (NOT_FOUND)", async () => {
      const own = await data().get({ target: orders, key: v.str("a1") }, { headers: a });
      expect(own.record?.fields.item).toEqual(v.str("apple"));
      const byName = await data().get({ target: orders, key: v.key({ id: v.str("b1") }), fields: ["item"] }, { headers: b });
      expect(byName.record?.fields.item).toEqual(v.str("banana"));
      expect((await rejection(data().get({ target: orders, key: v.str("b1") }, { headers: a }))).code).toBe(Code.NotFound);
      expect((await rejection(data().get({ target: orders, key: v.key({ id: v.str("a1") }) }, { headers: b }))).code).toBe(Code.NotFound);
      const batch = await data().batchGet({ target: orders, keys: [v.str("a1"), v.str("b1"), v.str("a2")] }, { headers: a });
      expect(batch.results.map((r) => r.found)).toEqual([true, false, true]);
    });

    it("UpdateMany and DeleteMany touch only the caller's rows", async () => {
      const updated = await data().updateMany({ target: orders, filter: everything, updates: [u.set("qty", v.int(9))] }, { headers: a });
      expect(updated.updatedCount).toBe(2n);
      expect(await store.rows()).toEqual(["a1:a:9", "a2:a:9", "b1:b:3"]);
      const deleted = await data().deleteMany({ target: orders, filter: everything }, { headers: b });
      expect(deleted.deletedCount).toBe(1n);
      expect(await store.rows()).toEqual(["a1:a:9", "a2:a:9"]);
    });

    it("Update and Delete by key reach the caller's record only", async () => {
      const updated = await data().update({ target: orders, key: v.str("a1"), updates: [u.set("qty", v.int(5))] }, { headers: a });
      expect(updated.record?.fields.qty).toEqual(v.int(5));
      expect((await rejection(data().update({ target: orders, key: v.str("b1"), updates: [u.set("qty", v.int(7))] }, { headers: a }))).code).toBe(Code.NotFound);
      expect((await data().delete({ target: orders, key: v.str("a2") }, { headers: b })).deleted).toBe(false);
      expect((await data().delete({ target: orders, key: v.str("b1") }, { headers: b })).deleted).toBe(true);
      expect(await store.rows()).toEqual(["a1:a:5", "a2:a:2"]);
    });

    it("an update may not change a field the filter reads: a record cannot be moved to another tenant", async () => {
      const single = await rejection(data().update({ target: orders, key: v.str("a1"), updates: [u.set("tenant_id", v.str("b"))] }, { headers: a }));
      const many = await rejection(data().updateMany({ target: orders, filter: everything, updates: [u.set("tenant_id", v.str("b"))] }, { headers: a }));
      for (const err of [single, many]) {
        expect(err.code).toBe(Code.PermissionDenied);
        expect(err.rawMessage).toContain('reads "tenant_id"');
      }
      expect(await store.rows()).toEqual(["a1:a:1", "a2:a:2", "b1:b:3"]);
    });

    it("Insert of a record the filter does not match is refused; the caller's own is written", async () => {
      const other = await rejection(data().insert({ target: orders, record: record({ id: v.str("x1"), tenant_id: v.str("b"), qty: v.int(1) }) }, { headers: a }));
      const unsaid = await rejection(data().insert({ target: orders, record: record({ id: v.str("x2"), qty: v.int(1) }) }, { headers: a }));
      for (const err of [other, unsaid]) {
        expect(err.code).toBe(Code.PermissionDenied);
        expect(reasonOf(err)).toBe("ERROR_REASON_PERMISSION_DENIED");
      }
      await data().insert({ target: orders, record: record({ id: v.str("a3"), tenant_id: v.str("a"), qty: v.int(4) }) }, { headers: a });
      expect(await store.rows()).toEqual(["a1:a:1", "a2:a:2", "a3:a:4", "b1:b:3"]);
    });

    it("a token without the claim its filter reads is refused, never served unfiltered", async () => {
      const err = await rejection(query().find({ target: orders }, { headers: noClaim }));
      expect(err.code).toBe(Code.PermissionDenied);
      expect(err.rawMessage).toContain('needs claim "tenant_id"');
      expect((await rejection(data().deleteMany({ target: orders, filter: everything }, { headers: noClaim }))).code).toBe(Code.PermissionDenied);
      expect(await store.rows()).toEqual(["a1:a:1", "a2:a:2", "b1:b:3"]);
    });

    it("what cannot be filtered is refused: native statements, SqlService, Put, Watch, batches on the collection", async () => {
      const refused = [
        () => query().execute({ statement: "SELECT * FROM orders" }, { headers: a }),
        () => server.client(SqlService).query({ source: { case: "sql", value: "SELECT * FROM orders" } }, { headers: a }),
        () => data().put({ target: orders, key: v.str("b1"), record: record({ tenant_id: v.str("a") }) }, { headers: a }),
        () => data().batchWrite({ target: orders, operations: [write.delete(v.str("b1"))] }, { headers: a }),
        () => server.client(TransactionService).atomicBatch({ target: orders, operations: [write.delete(v.str("b1"))] }, { headers: a }),
      ];
      for (const call of refused) expect((await rejection(call())).code).toBe(Code.PermissionDenied);
      const watch = async () => {
        for await (const event of server.client(StreamService, "grpc").watch({ target: orders }, { headers: a })) return event;
      };
      expect((await rejection(watch())).code).toBe(Code.PermissionDenied);
      expect(await store.rows()).toEqual(["a1:a:1", "a2:a:2", "b1:b:3"]);
    });

    it("roles are ORed: a role that reads without a filter reads every row; its writes stay filtered", async () => {
      expect((await data().count({ target: orders }, { headers: aReader })).count).toBe(3n);
      const updated = await data().updateMany({ target: orders, filter: everything, updates: [u.set("qty", v.int(0))] }, { headers: aReader });
      expect(updated.updatedCount).toBe(2n);
      expect(await store.rows()).toEqual(["a1:a:0", "a2:a:0", "b1:b:3"]);
    });
  });
}

describe("row filter classification and configuration", () => {
  it("classifies every RPC of the universal services (an unclassified one is refused under row filters)", () => {
    const universal = DBX_SERVICES.filter((s) => s.typeName.startsWith("dbx.v1."));
    const procedures = universal.flatMap((s) => s.methods.map((m) => `${s.typeName}/${m.name}`));
    expect(procedures.filter((p) => ROW_FILTER_HANDLING[p] === undefined)).toEqual([]);
    expect(Object.keys(ROW_FILTER_HANDLING).filter((p) => !procedures.includes(p))).toEqual([]);
    // Every RPC that takes a collection reads or writes records: none of them may pass as touching no rows.
    const withCollection = universal.flatMap((s) =>
      s.methods.filter((m) => m.input.fields.some((f) => f.name === "target" && !["Subscribe", "Publish", "Begin"].includes(m.name))).map((m) => `${s.typeName}/${m.name}`),
    );
    expect(withCollection.filter((p) => ROW_FILTER_HANDLING[p] === "no-rows")).toEqual([]);
  });

  const withFilter = (filter: unknown) => ({
    backends: { default: { url: "sqlite::memory:" } },
    auth: { jwt: { secret: JWT_SECRET }, roles: { tenant: { rules: [{ allow: ["read"] }], rowFilters: [{ collections: ["orders"], filter }] } } },
  });

  it.each([
    [{ field: { field: "tenant_id", op: "OPERATOR_EQ", value: { $claim: "tenant_id", stringValue: "x" } } }, "a claim reference is"],
    [{ field: { field: "tenant_id", op: "OPERATOR_EQUALS", value: { stringValue: "x" } } }, "rowFilters.0.filter.field: cannot decode enum"],
    [{ field: { op: "OPERATOR_EQ", value: { stringValue: "x" } } }, "a field is required"],
    [{ any_of: { filters: [] } }, "an empty any_of"],
    [{ field: {}, all_of: { filters: [] } }, "exactly one of"],
    ["tenant_id = 'a'", "a filter is an object"],
  ])("refuses a bad filter at startup, naming where (%j)", (filter, message) => {
    expect(() => validate(withFilter(filter))).toThrow(message);
  });

  it("accepts claims and fixed values where values stand", () => {
    const filter = { all_of: { filters: [
      { field: { field: "tenant_id", op: "OPERATOR_IN", values: [{ $claim: "tenant_id" }, { stringValue: "shared" }] } },
      { field: { field: "deleted", op: "OPERATOR_NE", value: { boolValue: true } } },
    ] } };
    expect(() => validate(withFilter(filter))).not.toThrow();
  });
});
