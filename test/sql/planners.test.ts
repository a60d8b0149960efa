import { create } from "@bufbuild/protobuf";
import { Code } from "@connectrpc/connect";
import { describe, expect, it } from "vitest";
import { ColumnType } from "../../gen/ts/dbx/sql/v1/schema_pb.js";
import { FilterSchema, Operator } from "../../gen/ts/dbx/v1/filter_pb.js";
import { QuerySchema } from "../../gen/ts/dbx/v1/query_pb.js";
import type { TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";
import type { ColumnCodec } from "../../src/backends/sql/column-codec.js";
import type { SqlDialect } from "../../src/backends/sql/dialect.js";
import { quoteIdentifierAnsi } from "../../src/backends/sql/identifier.js";
import { findPagePlan, findStreamPlan, listPlan } from "../../src/backends/sql/page-planners.js";
import { countPlan, getPlanner } from "../../src/backends/sql/read-planners.js";
import { bindKey } from "../../src/backends/sql/record-key.js";
import type { PlanContext } from "../../src/backends/sql/sql-plan.js";
import type { ColumnShape, TableShape } from "../../src/backends/sql/table-shape.js";
import { deleteManyPlan, insertPlan, putPlans, updateManyPlan, updatePlans } from "../../src/backends/sql/write-planners.js";
import { putProgram, updateProgram } from "../../src/backends/sql/write-programs.js";
import { sqlitePlanContext } from "../../src/backends/sqlite/column-codec.js";
import type { ColumnMeta, TableMeta } from "../../src/backends/sqlite/table-metadata.js";
import { TableKind } from "../../gen/ts/dbx/sql/v1/schema_pb.js";
import { expectError, record, v } from "../support/values.js";
import { increment, max, set, unset } from "../sqlite/field-update.js";

/** A dialect spelled the PostgreSQL way ($n placeholders, schema-qualified tables), to show plans follow the dialect. */
const dollarDialect: SqlDialect = {
  name: "dollar",
  quoteIdentifier: quoteIdentifierAnsi,
  table: (namespace, name) => `${quoteIdentifierAnsi(namespace)}.${quoteIdentifierAnsi(name)}`,
  lastInsertedKey: undefined,
  placeholder: (i) => `$${i}`,
  limitOffset: (limit, offset) => `${limit ? ` LIMIT ${limit}` : ""}${offset ? ` OFFSET ${offset}` : ""}`,
  integerSum: (left, right) => `${left} + ${right()}`,
  columnType: () => "TEXT",
  startsWith: (column, prefix, bind) => `starts_with(${column}, ${bind(prefix)})`,
  contains: (column, needle, bind) => `strpos(${column}, ${bind(needle)}) > 0`,
  storageClass: (e) => `kind(${e})`,
  byteLength: (e) => `octet_length(${e})`,
  byteSlice: (e, s, l) => `substr(${e}, ${s}, ${l})`,
  isNotDistinctFrom: (l, r) => `${l} IS NOT DISTINCT FROM ${r}`,
  isDistinctFrom: (l, r) => `${l} IS DISTINCT FROM ${r}`,
};

/** Stores values as their plain JavaScript values. */
const plainCodec: ColumnCodec = {
  encode: (value) => value.kind.value,
  decode: (raw) => (typeof raw === "bigint" ? v.int(raw) : typeof raw === "string" ? v.str(raw) : v.null()),
  marshalPosition: (raw) => (typeof raw === "bigint" ? v.int(raw) : v.str(String(raw))),
  unmarshalPosition: (value) => value.kind.value,
  sameStored: (a, b) => a === b,
  comparable: (_, e) => e,
  textual: (c) => c.type === ColumnType.STRING,
  numeric: (c) => (c.type === ColumnType.INT64 ? "integer" : undefined),
};

const column = (name: string, type: ColumnType, extra: Partial<ColumnShape> = {}): ColumnShape => ({ name, type, generated: false, hasDefault: false, ...extra });
const tenant = column("tenant", ColumnType.INT64);
const id = column("id", ColumnType.STRING);
const total = column("total", ColumnType.INT64);
const note = column("note", ColumnType.STRING);
const orders: TableShape = {
  namespace: "shop",
  name: "orders",
  columns: [id, tenant, total, note],
  byName: new Map([id, tenant, total, note].map((c) => [c.name, c])),
  keyColumns: [tenant, id],
  generatedKey: undefined,
  returning: true,
};
const pc: PlanContext = { dialect: dollarDialect, codec: plainCodec };
const paths = { key: "key", fields: "record.fields", updates: "updates" };
const key = bindKey(orders, plainCodec, v.map({ id: v.str("a"), tenant: v.int(7) }), "key", "b");

describe("SQL planners (pure: SQL text and parameters for a dialect)", () => {
  it("binds a composite key in key order, whatever the map's order", () => {
    expect(key).toEqual([7n, "a"]);
  });

  it("plans a get: key columns first, placeholders numbered in text order", () => {
    const plan = getPlanner(pc, orders, ["note"], "fields")(key);
    expect(plan.sql).toBe('SELECT "tenant", "id", "note" FROM "shop"."orders" WHERE "tenant" = $1 AND "id" = $2');
    expect(plan.params).toEqual([7n, "a"]);
    expect(plan.reads).toBe("row");
    expect(plan.decode({ rows: [[7n, "a", "hi"]], changes: 0 })?.fields).toEqual({ tenant: v.int(7), id: v.str("a"), note: v.str("hi") });
    expect(plan.decode({ rows: [], changes: 0 })).toBeUndefined();
  });

  it("plans an insert with RETURNING, answering the composite key as a map", () => {
    const plan = insertPlan(pc, orders, undefined, record({ id: v.str("b"), tenant: v.int(1), total: v.int(3) }), paths);
    expect(plan.sql).toBe('INSERT INTO "shop"."orders" ("id", "tenant", "total") VALUES ($1, $2, $3) RETURNING "tenant", "id", "total", "note"');
    expect(plan.params).toEqual(["b", 1n, 3n]);
    const answer = plan.decode({ rows: [[1n, "b", 3n, null]], changes: 1 });
    expect(answer.key).toEqual(v.map({ tenant: v.int(1), id: v.str("b") }));
  });

  it("plans a put as a replace (every other column) and an insert", () => {
    const plans = putPlans(pc, orders, key, record({ total: v.int(5), tenant: v.int(7) }), paths);
    expect(plans.replace.sql).toBe('UPDATE "shop"."orders" SET "total" = $1, "note" = $2 WHERE "tenant" = $3 AND "id" = $4');
    expect(plans.replace.params).toEqual([5n, null, 7n, "a"]);
    expect(plans.insert().sql).toBe('INSERT INTO "shop"."orders" ("tenant", "id", "total") VALUES ($1, $2, $3)');
  });

  it("plans an update with operators, and the insert of an upsert", () => {
    const plans = updatePlans(pc, orders, key, [increment("total", v.int(2)), unset("note")], true, paths);
    expect(plans.update.sql).toBe(
      'UPDATE "shop"."orders" SET "total" = COALESCE("total", 0) + $1, "note" = NULL WHERE "tenant" = $2 AND "id" = $3 RETURNING "tenant", "id", "total", "note"',
    );
    expect(plans.update.params).toEqual([2n, 7n, "a"]);
    expect(plans.insert?.sql).toBe('INSERT INTO "shop"."orders" ("tenant", "id", "total", "note") VALUES ($1, $2, $3, $4) RETURNING "tenant", "id", "total", "note"');
    expect(plans.insert?.params).toEqual([7n, "a", 2n, null]);
    const minMax = updatePlans(pc, orders, key, [max("total", v.int(9))], false, paths);
    expect(minMax.update.sql).toContain('"total" = CASE WHEN "total" IS NULL OR "total" < $1 THEN $2 ELSE "total" END');
    expect(minMax.update.params).toEqual([9n, 9n, 7n, "a"]);
    expect(minMax.insert).toBeUndefined();
  });

  it("runs Put and an upserting Update as programs: each next plan depends on the answer before", () => {
    const put = putProgram(pc, orders, key, record({ total: v.int(1) }), paths);
    expect(put.next().value).toMatchObject({ sql: expect.stringMatching(/^UPDATE /) });
    expect(put.next(false).value).toMatchObject({ sql: expect.stringMatching(/^INSERT /) });
    expect(put.next(undefined)).toEqual({ done: true, value: true });
    const replaced = putProgram(pc, orders, key, record({ total: v.int(1) }), paths);
    replaced.next();
    expect(replaced.next(true)).toEqual({ done: true, value: false });

    const upsert = updateProgram(pc, orders, key, [set("note", v.str("n"))], true, paths);
    expect(upsert.next().value).toMatchObject({ sql: expect.stringMatching(/^UPDATE .* RETURNING /) });
    expect(upsert.next(undefined).value).toMatchObject({ sql: expect.stringMatching(/^INSERT .* RETURNING /) });
    const stored = record({ note: v.str("n") });
    expect(upsert.next(stored)).toEqual({ done: true, value: { record: stored, created: true } });
  });

  it("plans UpdateMany, DeleteMany and Count by filter", () => {
    const filter = create(FilterSchema, { kind: { case: "field", value: { field: "note", op: Operator.PREFIX, value: v.str("x") } } });
    const many = updateManyPlan(pc, orders, filter, [set("total", v.int(0))], { filter: "filter", updates: "updates" });
    expect(many.sql).toBe('UPDATE "shop"."orders" SET "total" = $1 WHERE starts_with("note", $2)');
    expect(many.params).toEqual([0n, "x"]);
    expect(many.decode({ rows: [], changes: 4 })).toBe(4n);
    expect(deleteManyPlan(pc, orders, filter, "filter").sql).toBe('DELETE FROM "shop"."orders" WHERE starts_with("note", $1)');
    expect(countPlan(pc, orders, filter, "filter").sql).toBe('SELECT count(*) FROM "shop"."orders" WHERE starts_with("note", $1)');
    expect(countPlan(pc, orders, undefined, "filter").sql).toBe('SELECT count(*) FROM "shop"."orders"');
  });

  it("plans list pages by keyset on a row value of the key columns", () => {
    const first = listPlan(pc, orders, { pageSize: 2, pageToken: "", fields: [] });
    expect(first.sql).toBe('SELECT "tenant", "id", "total", "note" FROM "shop"."orders" ORDER BY "tenant" ASC, "id" ASC LIMIT $1');
    expect(first.params).toEqual([3]);
    const page = first.decode({ rows: [[1n, "a", null, null], [1n, "b", null, null], [2n, "a", null, null]], changes: 0 });
    expect(page.records).toHaveLength(2);
    const next = listPlan(pc, orders, { pageSize: 2, pageToken: page.nextPageToken, fields: [] });
    expect(next.sql).toBe('SELECT "tenant", "id", "total", "note" FROM "shop"."orders" WHERE ("tenant", "id") > ($1, $2) ORDER BY "tenant" ASC, "id" ASC LIMIT $3');
    expect(next.params).toEqual([1n, "b", 3]);
  });

  it("plans find pages: keyset without a sort, offsets with one; refuses another query's token", async () => {
    const query = create(QuerySchema, { filter: create(FilterSchema, { kind: { case: "field", value: { field: "total", op: Operator.GT, value: v.int(1) } } }) });
    const first = findPagePlan(pc, orders, { query, pageSize: 1, pageToken: "" });
    expect(first.sql).toBe('SELECT "tenant", "id", "total", "note" FROM "shop"."orders" WHERE "total" > $1 ORDER BY "tenant" ASC, "id" ASC LIMIT $2');
    const { nextPageToken } = first.decode({ rows: [[1n, "a", 2n, null], [1n, "b", 3n, null]], changes: 0 });
    const next = findPagePlan(pc, orders, { query, pageSize: 1, pageToken: nextPageToken });
    expect(next.sql).toContain('WHERE "total" > $1 AND ("tenant", "id") > ($2, $3)');
    const sorted = create(QuerySchema, { sort: [{ field: "total", descending: true }], offset: 2n });
    expect(findPagePlan(pc, orders, { query: sorted, pageSize: 5, pageToken: "" }).sql).toBe(
      'SELECT "tenant", "id", "total", "note" FROM "shop"."orders" ORDER BY "total" DESC NULLS LAST, "tenant" ASC, "id" ASC LIMIT $1 OFFSET $2',
    );
    await expectError(Promise.resolve().then(() => findPagePlan(pc, orders, { query: sorted, pageSize: 5, pageToken: nextPageToken })), Code.InvalidArgument, {
      message: /^page_token: .*another collection or query/,
    });
  });

  it("refuses keys that do not name exactly the key fields", async () => {
    for (const bad of [v.str("a"), v.map({ id: v.str("a") }), v.map({ id: v.str("a"), tenant: v.int(1), total: v.int(1) })] as TypedValue[]) {
      await expectError(Promise.resolve().then(() => bindKey(orders, plainCodec, bad, "keys[3]", "b")), Code.InvalidArgument, {
        message: /^keys\[3\]: .*"tenant", "id"/,
      });
    }
  });
});

describe("SQL planners in SQLite's spelling", () => {
  const meta = (name: string, type: ColumnType, declaredType: string, pkPosition = 0): ColumnMeta => ({
    name, type, declaredType, affinity: "INTEGER", notNull: false, defaultSql: null, pkPosition, generated: false, hasDefault: pkPosition > 0,
  });
  const idColumn = meta("id", ColumnType.INT64, "INTEGER", 1);
  const n = meta("n", ColumnType.INT64, "INTEGER");
  const d = { ...meta("d", ColumnType.DECIMAL, "DECIMAL_TEXT"), affinity: "TEXT" as const };
  const counters: TableMeta = {
    namespace: "main", name: "counters", kind: TableKind.TABLE, columns: [idColumn, n, d], byName: new Map([idColumn, n, d].map((c) => [c.name, c])),
    keyColumns: [idColumn], generatedKey: idColumn, primaryKey: ["id"], hasRowid: true, key: idColumn, returning: true,
  };

  it("uses ? placeholders, main-qualified tables, LIMIT -1 for an offset alone, and checked integer sums", () => {
    const plan = updatePlans(sqlitePlanContext, counters, [1n], [increment("n", v.int(1)), max("d", v.decimal("1.5"))], false, paths).update;
    expect(plan.sql).toBe(
      `UPDATE "main"."counters" SET "n" = CASE WHEN typeof(COALESCE("n", 0)) = 'integer' AND typeof(COALESCE("n", 0) + ?) = 'real' THEN abs(-9223372036854775808) ELSE COALESCE("n", 0) + ? END, ` +
        `"d" = CASE WHEN "d" IS NULL OR dbx_decimal_key("d") < dbx_decimal_key(?) THEN ? ELSE "d" END WHERE "id" = ? RETURNING "id", "n", "d"`,
    );
    expect(plan.params).toEqual([1n, 1n, "1.5", "1.5", 1n]);
    const offsetOnly = findStreamPlan(sqlitePlanContext, counters, create(QuerySchema, { sort: [{ field: "n" }], offset: 3n }));
    expect(offsetOnly.sql).toBe('SELECT "id", "n", "d" FROM "main"."counters" ORDER BY "n" ASC NULLS FIRST, "id" ASC LIMIT -1 OFFSET ?');
    expect(offsetOnly.params).toEqual([3n]);
    expect(insertPlan(sqlitePlanContext, counters, undefined, record({}), paths).sql).toBe('INSERT INTO "main"."counters" DEFAULT VALUES RETURNING "id", "n", "d"');
  });

  it("writes to a table without RETURNING (virtual tables) first, then reads the record back by key", () => {
    const virtual: TableMeta = { ...counters, kind: TableKind.VIRTUAL, returning: false };
    const inserted = insertPlan(sqlitePlanContext, virtual, undefined, record({ n: v.int(4) }), paths);
    expect(inserted.before).toEqual({ sql: 'INSERT INTO "main"."counters" ("n") VALUES (?)', params: [4n] });
    expect(inserted.sql).toBe('SELECT "id", "n", "d" FROM "main"."counters" WHERE "id" = last_insert_rowid()');
    expect(inserted.params).toEqual([]);
    const keyed = insertPlan(sqlitePlanContext, virtual, [9n], record({ n: v.int(4) }), paths);
    expect(keyed.sql).toBe('SELECT "id", "n", "d" FROM "main"."counters" WHERE "id" = ?');
    expect(keyed.params).toEqual([9n]);
    const updated = updatePlans(sqlitePlanContext, virtual, [9n], [set("n", v.int(1))], true, paths);
    expect(updated.update.before).toEqual({ sql: 'UPDATE "main"."counters" SET "n" = ? WHERE "id" = ?', params: [1n, 9n] });
    expect(updated.update.sql).toBe('SELECT "id", "n", "d" FROM "main"."counters" WHERE "id" = ?');
    expect(updated.insert?.before?.sql).toBe('INSERT INTO "main"."counters" ("id", "n") VALUES (?, ?)');
  });
});
