import { create } from "@bufbuild/protobuf";
import { Code } from "@connectrpc/connect";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { FieldUpdate } from "../../gen/ts/dbx/v1/data_pb.js";
import { FilterSchema, Operator, type Filter } from "../../gen/ts/dbx/v1/filter_pb.js";
import type { TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";
import { expectError, v } from "../support/values.js";
import { increment, max, min, set, unset } from "./field-update.js";
import { at, ctx, openSqlite, type SqliteFixture } from "./sqlite-fixture.js";

const field = (name: string, op: Operator, value?: TypedValue): Filter =>
  create(FilterSchema, { kind: { case: "field", value: { field: name, op, value } } });
const allOf = (...filters: Filter[]): Filter => create(FilterSchema, { kind: { case: "allOf", value: { filters } } });
const noneOf = (...filters: Filter[]): Filter => create(FilterSchema, { kind: { case: "noneOf", value: { filters } } });
const anyOf = (...filters: Filter[]): Filter => create(FilterSchema, { kind: { case: "anyOf", value: { filters } } });

describe("SQLite field updates, upsert, UpdateMany, DeleteMany and Count", () => {
  let f: SqliteFixture;
  const stats = at("stats");
  const update = (key: string, updates: FieldUpdate[], upsert = false) =>
    f.backend.update(ctx(), { target: stats, key: v.str(key), updates, ttlMs: undefined, upsert });
  const fieldsOf = async (key: string) => (await f.backend.get(ctx(), { target: stats, key: v.str(key), fields: [] }))!.fields;

  beforeAll(async () => {
    f = await openSqlite();
    await f.exec(`CREATE TABLE stats (id TEXT PRIMARY KEY, n INTEGER, x REAL, d DECIMAL_TEXT, s TEXT, grp TEXT NOT NULL DEFAULT 'g')`);
  });
  beforeEach(async () => {
    await f.exec("DELETE FROM stats");
    await f.exec(`INSERT INTO stats (id, n, x, d, s, grp) VALUES ('a', 1, 1.5, '10', 'p', 'one'), ('b', NULL, NULL, NULL, NULL, 'one'), ('c', 5, 0.5, '9.5', 'q', 'two')`);
  });
  afterAll(() => f.close());

  it("increments integers and floats; a null field counts as 0", async () => {
    expect((await update("a", [increment("n", v.int(41)), increment("x", v.double(0.25))]))!.record.fields).toMatchObject({
      n: v.int(42),
      x: v.double(1.75),
    });
    expect((await update("b", [increment("n", v.int(-3)), increment("x", v.int(2))]))!.record.fields).toMatchObject({
      n: v.int(-3),
      x: v.double(2),
    });
  });

  it("refuses an increment past the 64-bit range instead of storing a float", async () => {
    await update("a", [set("n", v.int(9223372036854775807n))]);
    await expectError(update("a", [increment("n", v.int(1))]), Code.InvalidArgument, {
      reason: "ERROR_REASON_INVALID_FIELD",
      message: /^updates: .*64-bit/,
    });
    expect((await fieldsOf("a")).n).toEqual(v.int(9223372036854775807n));
    expect((await update("a", [increment("n", v.int(-1))]))!.record.fields.n).toEqual(v.int(9223372036854775806n));
  });

  it("refuses increments of non-numeric columns and non-numeric operands", async () => {
    await expectError(update("a", [increment("s", v.int(1))]), Code.InvalidArgument, { message: /^updates\[0\]\.increment: "s" is not/ });
    await expectError(update("a", [increment("d", v.int(1))]), Code.InvalidArgument, { message: /^updates\[0\]\.increment: / });
    await expectError(update("a", [increment("n", v.double(0.5))]), Code.InvalidArgument, { message: /^updates\[0\]\.increment: / });
    await expectError(update("a", [set("n", v.int(1)), unset("n")]), Code.InvalidArgument, { message: /^updates\[1\]\.field: .*more than once/ });
  });

  it("sets the smaller or larger value with min and max; a null field takes the operand; decimals compare by value", async () => {
    expect((await update("a", [min("n", v.int(0)), max("x", v.double(1)), max("d", v.decimal("9.99"))]))!.record.fields).toMatchObject({
      n: v.int(0),
      x: v.double(1.5),
      d: v.decimal("10"),
    });
    expect((await update("c", [max("d", v.decimal("10.1")), min("s", v.str("a"))]))!.record.fields).toMatchObject({
      d: v.decimal("10.1"),
      s: v.str("a"),
    });
    expect((await update("b", [min("n", v.int(7)), max("s", v.str("z"))]))!.record.fields).toMatchObject({ n: v.int(7), s: v.str("z") });
  });

  it("upserts: creates the record from the key and the updates when there is none", async () => {
    const created = await update("new", [set("s", v.str("fresh")), increment("n", v.int(2)), min("x", v.double(3))], true);
    expect(created).toEqual({ created: true, record: expect.anything() });
    expect(created!.record.fields).toEqual({ id: v.str("new"), n: v.int(2), x: v.double(3), d: v.null(), s: v.str("fresh"), grp: v.str("g") });
    const again = await update("new", [increment("n", v.int(2))], true);
    expect(again!.created).toBe(false);
    expect(again!.record.fields.n).toEqual(v.int(4));
  });

  it("updates every record a filter matches, in one statement, and answers how many", async () => {
    expect(await f.backend.updateMany!(ctx(), { target: stats, filter: field("grp", Operator.EQ, v.str("one")), updates: [increment("n", v.int(10)), set("s", v.str("upd"))] })).toBe(2n);
    expect((await fieldsOf("a")).n).toEqual(v.int(11));
    expect((await fieldsOf("b")).n).toEqual(v.int(10));
    expect((await fieldsOf("c")).s).toEqual(v.str("q"));
    // An empty all_of matches every record.
    expect(await f.backend.updateMany!(ctx(), { target: stats, filter: allOf(), updates: [set("grp", v.str("all"))] })).toBe(3n);
    await expectError(
      f.backend.updateMany!(ctx(), { target: stats, filter: allOf(), updates: [set("id", v.str("x"))] }),
      Code.InvalidArgument,
      { message: /^updates\[0\]\.field: key fields cannot be updated by filter/ },
    );
    await expectError(
      f.backend.updateMany!(ctx(), { target: stats, filter: field("nope", Operator.EQ, v.int(1)), updates: [set("n", v.int(1))] }),
      Code.InvalidArgument,
      { message: /^filter\.field\.field: / },
    );
  });

  it("keeps nothing of an UpdateMany that fails on one record (atomic)", async () => {
    await update("c", [set("n", v.int(9223372036854775807n))]);
    await expectError(f.backend.updateMany!(ctx(), { target: stats, filter: allOf(), updates: [increment("n", v.int(1))] }), Code.InvalidArgument);
    expect((await fieldsOf("a")).n).toEqual(v.int(1));
  });

  it("deletes every record a filter matches and answers how many", async () => {
    expect(await f.backend.deleteMany!(ctx(), { target: stats, filter: noneOf(field("grp", Operator.EQ, v.str("one"))) })).toBe(1n);
    expect(await f.backend.count(ctx(), { target: stats, filter: undefined })).toBe(2n);
    expect(await f.backend.deleteMany!(ctx(), { target: stats, filter: field("n", Operator.GT, v.int(100)) })).toBe(0n);
  });

  it("counts the records a filter matches", async () => {
    const count = (filter: Filter | undefined) => f.backend.count(ctx(), { target: stats, filter });
    expect(await count(undefined)).toBe(3n);
    expect(await count(field("n", Operator.GTE, v.int(1)))).toBe(2n);
    expect(await count(anyOf(field("s", Operator.EQ, v.str("p")), field("n", Operator.EQ, v.null())))).toBe(2n);
    // none_of is two-valued: records whose n is null count as not matching n > 2.
    expect(await count(noneOf(field("n", Operator.GT, v.int(2))))).toBe(2n);
    expect(await count(allOf())).toBe(3n);
  });
});
