import { create } from "@bufbuild/protobuf";
import { Code, ConnectError } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ColumnType } from "../../gen/ts/dbx/sql/v1/schema_pb.js";
import { FilterSchema, Operator } from "../../gen/ts/dbx/v1/filter_pb.js";
import { QuerySchema } from "../../gen/ts/dbx/v1/query_pb.js";
import { record, v } from "../support/values.js";
import { set, unset } from "./field-update.js";
import { at, ctx, openSqlite, type SqliteFixture } from "./sqlite-fixture.js";

const ATTACKS = [
  `people"; DROP TABLE people; --`,
  `name" = 'x' OR 1=1 --`,
  `x") ; DELETE FROM people; --`,
  "people`; DROP TABLE people",
  "name]; DROP TABLE people",
  `' OR '1'='1`,
  "name\u0000; DROP TABLE people",
];

/** A call that must fail with INVALID_ARGUMENT or NOT_FOUND, never run the payload. */
async function refused(call: () => Promise<unknown>): Promise<void> {
  let error: unknown;
  try {
    await call();
  } catch (err) {
    error = err;
  }
  expect(error).toBeInstanceOf(ConnectError);
  expect([Code.InvalidArgument, Code.NotFound]).toContain((error as ConnectError).code);
}

const field = (name: string) => create(FilterSchema, { kind: { case: "field", value: { field: name, op: Operator.EQ, value: v.str("x") } } });

describe("SQLite refuses injection through every identifier and value position", () => {
  let f: SqliteFixture;
  beforeAll(async () => {
    f = await openSqlite();
    await f.exec("CREATE TABLE people (id TEXT PRIMARY KEY, name TEXT, age INTEGER)");
    await f.backend.put(ctx(), { target: at("people"), key: v.str("p1"), record: record({ name: v.str("Ann"), age: v.int(30) }), ttlMs: undefined });
  });
  afterAll(() => f.close());

  it.each(ATTACKS)("identifier %j", async (attack) => {
    const b = f.backend;
    const people = at("people");
    const hostile = at(attack);
    const key = v.str("p1");
    await refused(() => b.get(ctx(), { target: hostile, key, fields: [] }));
    await refused(() => b.put(ctx(), { target: hostile, key, record: record({ name: v.str("x") }), ttlMs: undefined }));
    await refused(() => b.insert(ctx(), { target: hostile, key: undefined, record: record({ name: v.str("x") }), ttlMs: undefined }));
    await refused(() => b.list(ctx(), { target: hostile, pageSize: 10, pageToken: "", fields: [] }));
    await refused(() => b.count(ctx(), { target: hostile, filter: undefined }));
    await refused(() => b.count(ctx(), { target: people, filter: field(attack) }));
    await refused(() => b.get(ctx(), { target: at("people", attack), key, fields: [] }));
    await refused(() => b.get(ctx(), { target: people, key: v.map({ [attack]: v.str("p1") }), fields: [] }));
    await refused(() => b.put(ctx(), { target: people, key, record: record({ [attack]: v.str("x") }), ttlMs: undefined }));
    await refused(() => b.update(ctx(), { target: people, key, updates: [unset(attack)], ttlMs: undefined, upsert: false }));
    await refused(() => b.update(ctx(), { target: people, key, updates: [set(attack, v.str("x"))], ttlMs: undefined, upsert: true }));
    await refused(() => b.updateMany!(ctx(), { target: people, filter: field(attack), updates: [set("name", v.str("x"))] }));
    await refused(() => b.updateMany!(ctx(), { target: people, filter: field("name"), updates: [set(attack, v.str("x"))] }));
    await refused(() => b.deleteMany!(ctx(), { target: people, filter: field(attack) }));
    await refused(() => b.get(ctx(), { target: people, key, fields: [attack] }));
    await refused(async () => {
      for await (const _ of b.readBytes!(ctx(), { target: people, key, field: attack, range: { offset: 0, length: undefined, chunkSize: 10 } })) break;
    });
    const find = (query: Parameters<typeof create<typeof QuerySchema>>[1]) =>
      b.find(ctx(), { target: people, query: create(QuerySchema, query), pageSize: 10, pageToken: "" });
    await refused(() => find({ filter: field(attack) }));
    await refused(() => find({ sort: [{ field: attack }] }));
    await refused(() => find({ fields: [attack] }));
    await refused(async () => {
      for await (const _ of b.watch!(ctx(), { target: hostile, resumeToken: "", includeBefore: false })) break;
    });
    await refused(() => f.sql.describeTable(ctx(), { target: hostile }));
    await refused(() => f.sql.dropTable(ctx(), { target: hostile, ifExists: false }));
    await refused(() => f.sql.listIndexes(ctx(), { target: hostile, pageSize: 10, pageToken: "" }));
    await refused(() => f.sql.dropIndex(ctx(), { namespace: "", name: attack, ifExists: false }));
    await refused(() => f.sql.createIndex(ctx(), { target: people, name: "ix", columns: [attack], unique: false, ifNotExists: false }));
    await refused(() => f.sqlite.getPragma(ctx(), { name: attack }));
    await refused(() => f.sqlite.setPragma(ctx(), { name: "journal_mode", value: v.str(attack) }));
  });

  it("quotes names it is asked to create, so they are stored literally", async () => {
    // The service refuses such names (checkNewIdentifier); below it, quoting alone keeps them inert.
    const name = `t"; DROP TABLE people; --`;
    const target = at(name);
    await f.sql.createTable(ctx(), { target, columns: [{ name: `c"; --`, type: ColumnType.STRING, notNull: false }], primaryKey: [], ifNotExists: false });
    await f.sql.createIndex(ctx(), { target, name: `i"; DROP TABLE people; --`, columns: [`c"; --`], unique: false, ifNotExists: false });
    expect((await f.sql.describeTable(ctx(), { target })).columns.map((c) => c.name)).toEqual([`c"; --`]);
    await f.backend.put(ctx(), { target, key: v.int(1), record: record({ [`c"; --`]: v.str("stored") }), ttlMs: undefined });
    expect((await f.backend.get(ctx(), { target, key: v.int(1), fields: [] }))!.fields[`c"; --`]).toEqual(v.str("stored"));
    const page = await f.backend.list(ctx(), { target, pageSize: 10, pageToken: "", fields: [`c"; --`] });
    expect(page.records).toHaveLength(1);
    await f.sql.dropTable(ctx(), { target, ifExists: false });
  });

  it.each(ATTACKS)("value %j is bound, stored and matched literally", async (attack) => {
    const people = at("people");
    await f.backend.put(ctx(), { target: people, key: v.str(attack), record: record({ name: v.str(attack) }), ttlMs: undefined });
    expect((await f.backend.get(ctx(), { target: people, key: v.str(attack), fields: ["name"] }))!.fields.name).toEqual(v.str(attack));
    for (const op of [Operator.EQ, Operator.PREFIX, Operator.CONTAINS]) {
      const filter = create(FilterSchema, { kind: { case: "field", value: { field: "name", op, value: v.str(attack) } } });
      const found = await f.backend.find(ctx(), { target: people, query: create(QuerySchema, { filter }), pageSize: 10, pageToken: "" });
      expect(found.records.map((r) => r.fields.id)).toEqual([v.str(attack)]);
    }
    const res = await f.sql.query(ctx(), {
      namespace: "",
      statement: { source: { sql: "SELECT name FROM people WHERE id = ?" }, params: [v.str(attack)] },
      maxRows: 10,
      maxBytes: 1_000_000,
    });
    expect(res.rows).toEqual([[v.str(attack)]]);
    expect(await f.backend.updateMany!(ctx(), { target: people, filter: create(FilterSchema, { kind: { case: "field", value: { field: "name", op: Operator.EQ, value: v.str(attack) } } }), updates: [set("age", v.int(1))] })).toBe(1n);
    await f.backend.delete(ctx(), { target: people, key: v.str(attack) });
  });

  it("leaves the database intact", async () => {
    expect(await f.backend.count(ctx(), { target: at("people"), filter: undefined })).toBe(1n);
    expect((await f.backend.get(ctx(), { target: at("people"), key: v.str("p1"), fields: [] }))!.fields.name).toEqual(v.str("Ann"));
    expect(await f.sqlite.integrityCheck(ctx(), { quick: false, maxProblems: 10 })).toEqual({ ok: true, problems: [] });
    expect((await f.sql.listTables(ctx(), { namespace: "", pageSize: 100, pageToken: "" })).items.map((t) => t.name)).toEqual(["people"]);
  });
});
