import { create } from "@bufbuild/protobuf";
import { Code } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FilterSchema, Operator } from "../../gen/ts/dbx/v1/filter_pb.js";
import { QuerySchema } from "../../gen/ts/dbx/v1/query_pb.js";
import type { TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";
import type { Backend, OperationContext } from "../../src/backends/backend.js";
import { contextOf } from "../../src/backends/operation-context.js";
import { createPostgresBackend } from "../../src/backends/postgres/index.js";
import { createPostgresDatabase, type PostgresDatabase } from "../support/postgres-database.js";
import { expectError, expectInvalidField, record, v } from "../support/values.js";
import { FieldUpdateSchema, type FieldUpdate } from "../../gen/ts/dbx/v1/data_pb.js";
import { increment, max, set } from "../sqlite/field-update.js";

const ctx = (): OperationContext => contextOf({ signal: new AbortController().signal });
const at = (collection: string, namespace = "") => ({ namespace, collection });
const arrayUpdate = (field: string, op: "append" | "remove" | "addToSet", values: TypedValue[]): FieldUpdate =>
  create(FieldUpdateSchema, { field, operation: { case: op, value: { values } } });
const op = (field: string, o: Operator, rest: { value?: TypedValue; values?: TypedValue[]; element?: ReturnType<typeof eq> }) =>
  create(FilterSchema, { kind: { case: "field", value: { field, op: o, ...rest } } });
const eq = (field: string, value: TypedValue) => create(FilterSchema, { kind: { case: "field", value: { field, op: Operator.EQ, value } } });

describe("PostgreSQL records", () => {
  let db: PostgresDatabase;
  let b: Backend;
  beforeAll(async () => {
    db = await createPostgresDatabase("records");
    b = createPostgresBackend("pg", { url: db.url });
    await b.open();
  });
  afterAll(async () => {
    await b?.close();
    await db?.drop();
  });

  it("generates serial and identity keys, and answers the record as stored (defaults filled in)", async () => {
    await db.query("CREATE TABLE s (id serial PRIMARY KEY, name text, made date DEFAULT '2024-01-02')");
    const first = await b.insert(ctx(), { target: at("s"), key: undefined, record: record({ name: v.str("a") }), ttlMs: undefined });
    expect(first.key).toEqual(v.int(1));
    expect(first.record.fields).toEqual({ id: v.int(1), name: v.str("a"), made: v.date(2024, 1, 2) });
    await db.query("CREATE TABLE ident (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text)");
    expect((await b.insert(ctx(), { target: at("ident"), key: undefined, record: record({ name: v.str("x") }), ttlMs: undefined })).key).toEqual(v.int(1));
  });

  it("addresses tables of other schemas, and keys of several columns as maps", async () => {
    await db.query('CREATE SCHEMA "Other"; CREATE TABLE "Other".pairs (tenant int, id text, name text, PRIMARY KEY (tenant, id))');
    const key = v.map({ tenant: v.int(7), id: v.str("x") });
    await b.put(ctx(), { target: at("pairs", "Other"), key, record: record({ name: v.str("n") }), ttlMs: undefined });
    expect((await b.get(ctx(), { target: at("pairs", "Other"), key, fields: [] }))?.fields).toEqual({ tenant: v.int(7), id: v.str("x"), name: v.str("n") });
    await expectError(b.get(ctx(), { target: at("pairs"), key, fields: [] }), Code.NotFound);
    await expectInvalidField(b.get(ctx(), { target: at("pairs", "nowhere"), key, fields: [] }), "target.namespace");
  });

  it("reads, counts and writes by filter a table without a primary key, and refuses key-addressed calls on it", async () => {
    await db.query("CREATE TABLE log (at int, msg text); INSERT INTO log VALUES (1, 'a'), (2, 'b'), (3, 'c')");
    const page = await b.list(ctx(), { target: at("log"), pageSize: 2, pageToken: "", fields: [] });
    expect(page.records).toHaveLength(2);
    const rest = await b.list(ctx(), { target: at("log"), pageSize: 2, pageToken: page.nextPageToken, fields: [] });
    expect(rest.records).toHaveLength(1);
    expect(await b.count(ctx(), { target: at("log"), filter: undefined })).toBe(3n);
    expect(await b.updateMany!(ctx(), { target: at("log"), filter: eq("at", v.int(2)), updates: [set("msg", v.str("B"))] })).toBe(1n);
    await b.insert(ctx(), { target: at("log"), key: undefined, record: record({ at: v.int(4) }), ttlMs: undefined });
    expect(await b.deleteMany!(ctx(), { target: at("log"), filter: eq("msg", v.null()) })).toBe(1n);
    await expectError(b.get(ctx(), { target: at("log"), key: v.int(1), fields: [] }), Code.FailedPrecondition, { message: /primary key/ });
  });

  it("puts in one statement: concurrent puts of a new key all succeed, one of them creating it", async () => {
    await db.query("CREATE TABLE racy (id text PRIMARY KEY, n int, note text DEFAULT 'd')");
    const target = at("racy");
    const puts = await Promise.all(
      Array.from({ length: 20 }, (_, i) => b.put(ctx(), { target, key: v.str("same"), record: record({ n: v.int(i) }), ttlMs: undefined })),
    );
    expect(puts.filter((p) => p.created)).toHaveLength(1);
    // Replacing sets what the record does not name to null; creating left the default.
    const { rows } = await db.query("SELECT note FROM racy WHERE id = 'same'");
    expect(rows[0].note).toBeNull();
    await b.put(ctx(), { target, key: v.str("other"), record: record({ n: v.int(1) }), ttlMs: undefined });
    expect((await db.query("SELECT note FROM racy WHERE id = 'other'")).rows[0].note).toBe("d");
  });

  it("refuses views as collections (SqlService reads them)", async () => {
    await db.query("CREATE VIEW recent AS SELECT 1 AS id");
    await expectError(b.get(ctx(), { target: at("recent"), key: v.int(1), fields: [] }), Code.NotFound, { message: /view/ });
  });

  it("sees columns added and changed by other clients on the next call", async () => {
    await db.query("CREATE TABLE evolving (id text PRIMARY KEY, a int)");
    await b.put(ctx(), { target: at("evolving"), key: v.str("k"), record: record({ a: v.int(1) }), ttlMs: undefined });
    await db.query("ALTER TABLE evolving ADD COLUMN b text");
    await b.put(ctx(), { target: at("evolving"), key: v.str("k"), record: record({ a: v.int(2), b: v.str("new") }), ttlMs: undefined });
    await db.query("ALTER TABLE evolving DROP COLUMN a, ALTER COLUMN b TYPE bytea USING convert_to(b, 'UTF8')");
    expect((await b.get(ctx(), { target: at("evolving"), key: v.str("k"), fields: [] }))?.fields).toEqual({ id: v.str("k"), b: v.bytes([...Buffer.from("new")]) });
    await db.query("DROP TABLE evolving");
    await expectError(b.get(ctx(), { target: at("evolving"), key: v.str("k"), fields: [] }), Code.NotFound, { reason: "ERROR_REASON_UNKNOWN_COLLECTION" });
  });

  it("refuses an increment past the column's type as INVALID_ARGUMENT naming the updates", async () => {
    await db.query("CREATE TABLE counters (id text PRIMARY KEY, small smallint, big bigint, dec numeric, f real)");
    const target = at("counters");
    await b.put(ctx(), { target, key: v.str("c"), record: record({ small: v.int(32767), big: v.int(9223372036854775807n), dec: v.decimal("0.1") }), ttlMs: undefined });
    await expectInvalidField(b.update(ctx(), { target, key: v.str("c"), updates: [increment("small", v.int(1))], ttlMs: undefined, upsert: false }), "updates");
    await expectInvalidField(b.update(ctx(), { target, key: v.str("c"), updates: [increment("big", v.int(1))], ttlMs: undefined, upsert: false }), "updates");
    const updated = await b.update(ctx(), { target, key: v.str("c"), updates: [increment("dec", v.int(2)), max("small", v.int(5))], ttlMs: undefined, upsert: false });
    expect(updated?.record.fields.dec).toEqual(v.decimal("2.1"));
    expect(updated?.record.fields.small).toEqual(v.int(32767));
    const created = await b.update(ctx(), { target, key: v.str("new"), updates: [increment("big", v.int(5))], ttlMs: undefined, upsert: true });
    expect(created).toMatchObject({ created: true, record: { fields: { big: v.int(5) } } });
  });

  it("filters and sorts json, geometry and array columns by their text", async () => {
    await db.query("CREATE TABLE shapes (id int PRIMARY KEY, doc json, p point, tags text[])");
    await db.query(`INSERT INTO shapes VALUES (1, '{"a":1}', '(1,2)', '{x,y}'), (2, '{"a":2}', '(3,4)', '{z}')`);
    const find = async (filter: ReturnType<typeof eq>) =>
      (await b.find(ctx(), { target: at("shapes"), query: create(QuerySchema, { filter, sort: [{ field: "doc", descending: true }] }), pageSize: 10, pageToken: "" })).records.map((r) => r.fields.id);
    expect(await find(eq("doc", v.json('{"a":2}')))).toEqual([v.int(2)]);
    expect(await find(eq("p", v.native("point", "(1, 2)")))).toEqual([v.int(1)]);
    expect(await find(eq("tags", v.list([v.str("z")])))).toEqual([v.int(2)]);
  });

  it("reads bytea and text fields in chunks (ReadBytes)", async () => {
    await db.query("CREATE TABLE blobs (id int PRIMARY KEY, data bytea, txt text, n int)");
    await db.query("INSERT INTO blobs VALUES (1, '\\x000102030405ff', 'héllo', 3)");
    const read = async (field: string) => {
      const out: number[] = [];
      for await (const chunk of b.readBytes!(ctx(), { target: at("blobs"), key: v.int(1), field, range: { offset: 1, length: undefined, chunkSize: 3 } })) out.push(...chunk.data);
      return out;
    };
    expect(await read("data")).toEqual([1, 2, 3, 4, 5, 255]);
    expect(Buffer.from(await read("txt")).toString()).toBe(Buffer.from("héllo").subarray(1).toString());
    await expectInvalidField(read("n"), "field");
  });

  it("filters native arrays and jsonb arrays of objects with contains-all, size and element match", async () => {
    await db.query("CREATE TABLE bags (id int PRIMARY KEY, tags text[], nums int[], items jsonb)");
    await db.query(`INSERT INTO bags VALUES
      (1, '{x,y}', '{1,5}', '[{"sku":"a","qty":2},{"sku":"b","qty":9}]'),
      (2, '{y,NULL}', '{10}', '[{"sku":"a","qty":1}]'),
      (3, '{}', NULL, '{"not":"an array"}')`);
    const ids = async (filter: ReturnType<typeof eq>) =>
      (await b.find(ctx(), { target: at("bags"), query: create(QuerySchema, { filter }), pageSize: 10, pageToken: "" })).records.map((r) => Number(r.fields.id.kind.value));
    expect(await ids(op("tags", Operator.CONTAINS_ALL, { values: [v.str("y"), v.str("x")] }))).toEqual([1]);
    expect(await ids(op("tags", Operator.SIZE, { value: v.int(2) }))).toEqual([1, 2]);
    expect(await ids(op("tags", Operator.SIZE, { value: v.int(0) }))).toEqual([3]);
    expect(await ids(op("nums", Operator.ELEMENT_MATCH, { element: op("", Operator.GT, { value: v.int(7) }) }))).toEqual([2]);
    expect(await ids(op("tags", Operator.ELEMENT_MATCH, { element: eq("", v.null()) }))).toEqual([2]);
    expect(await ids(op("items", Operator.ELEMENT_MATCH, { element: eq("sku", v.str("a")) }))).toEqual([1, 2]);
    expect(await ids(op("items", Operator.ELEMENT_MATCH, { element: op("qty", Operator.GT, { value: v.int(5) }) }))).toEqual([1]);
    expect(await ids(op("items", Operator.SIZE, { value: v.int(1) }))).toEqual([2]);
    await expectInvalidField(ids(op("nums", Operator.CONTAINS_ALL, { values: [v.str("one")] })), "query.filter.field.values[0]");
    await expectInvalidField(ids(op("id", Operator.SIZE, { value: v.int(1) })), "query.filter.field.field");
  });

  it("appends to, removes from and adds to the set of native arrays, keeping order and NULL elements", async () => {
    await db.query("CREATE TABLE lists (id int PRIMARY KEY, tags text[], nums bigint[])");
    const target = at("lists");
    const update = async (...updates: FieldUpdate[]) => (await b.update(ctx(), { target, key: v.int(1), updates, ttlMs: undefined, upsert: true }))!.record.fields;
    expect((await update(arrayUpdate("tags", "append", [v.str("a"), v.null(), v.str("b")]))).tags).toEqual(v.list([v.str("a"), v.null(), v.str("b")]));
    expect((await update(arrayUpdate("tags", "addToSet", [v.str("b"), v.str("c"), v.str("c"), v.null()]))).tags).toEqual(v.list([v.str("a"), v.null(), v.str("b"), v.str("c")]));
    expect((await update(arrayUpdate("tags", "remove", [v.null(), v.str("a")]))).tags).toEqual(v.list([v.str("b"), v.str("c")]));
    expect((await update(arrayUpdate("nums", "append", [v.int(9223372036854775807n)]), arrayUpdate("tags", "remove", [v.str("zz")]))).nums).toEqual(
      v.list([v.int(9223372036854775807n)]),
    );
    await expectInvalidField(update(arrayUpdate("nums", "append", [v.str("x")])), "updates[0].append[0]");
    await expectInvalidField(update(arrayUpdate("id", "append", [v.int(1)])), "updates[0].field");
  });

  it("answers BatchGet in one statement, in request order, for any key type, duplicates and misses included", async () => {
    await db.query("CREATE TABLE keyed (b bytea, at timestamptz, n numeric, payload text, PRIMARY KEY (b, at, n))");
    await db.query(`INSERT INTO keyed VALUES ('\\x00ff', '2024-01-02 03:04:05.123456+00', 1.50, 'one'), ('\\x2c7b', '2024-01-02 03:04:05+00', -2, 'two')`);
    const key = (bytes: number[], seconds: bigint, nanos: number, n: string) =>
      v.map({ b: v.bytes(bytes), at: v.ts({ $typeName: "google.protobuf.Timestamp", seconds, nanos }), n: v.decimal(n) });
    const one = key([0, 255], 1704164645n, 123456000, "1.50");
    const two = key([0x2c, 0x7b], 1704164645n, 0, "-2");
    const missing = key([1], 1704164645n, 0, "1.5");
    const got = await b.batchGet(ctx(), { target: at("keyed"), keys: [two, missing, one, two], fields: ["payload"] });
    expect(got.map((r) => r?.fields.payload)).toEqual([v.str("two"), undefined, v.str("one"), v.str("two")]);
    expect(got[2]?.fields.b).toEqual(v.bytes([0, 255]));
    expect(await b.batchGet(ctx(), { target: at("keyed"), keys: [], fields: [] })).toEqual([]);
    await expectInvalidField(b.batchGet(ctx(), { target: at("keyed"), keys: [one, two], fields: ["nope"] }), "fields[0]");
  });
});
