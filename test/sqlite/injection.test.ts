import { create } from "@bufbuild/protobuf";
import { Code, ConnectError } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ColumnType } from "../../gen/ts/dbx/sql/v1/schema_pb.js";
import { FilterSchema, Operator } from "../../gen/ts/dbx/v1/filter_pb.js";
import { QuerySchema } from "../../gen/ts/dbx/v1/query_pb.js";
import { record, v } from "../support/values.js";
import { ctx, openSqlite, type SqliteFixture } from "./sqlite-fixture.js";

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

describe("SQLite refuses injection through every identifier and value position", () => {
  let f: SqliteFixture;
  beforeAll(async () => {
    f = await openSqlite();
    await f.exec("CREATE TABLE people (id TEXT PRIMARY KEY, name TEXT, age INTEGER)");
    await f.backend.put(ctx(), "people", v.str("p1"), record({ name: v.str("Ann"), age: v.int(30) }));
  });
  afterAll(() => f.close());

  it.each(ATTACKS)("identifier %j", async (attack) => {
    const b = f.backend;
    const field = (name: string) => create(FilterSchema, { kind: { case: "field", value: { field: name, op: Operator.EQ, value: v.str("x") } } });
    await refused(() => b.get(ctx(), attack, v.str("p1"), []));
    await refused(() => b.put(ctx(), attack, v.str("p1"), record({ name: v.str("x") })));
    await refused(() => b.list(ctx(), attack, 10, "", []));
    await refused(() => b.count(ctx(), attack));
    await refused(() => b.put(ctx(), "people", v.str("p1"), record({ [attack]: v.str("x") })));
    await refused(() => b.update(ctx(), "people", v.str("p1"), record({}), [attack]));
    await refused(() => b.get(ctx(), "people", v.str("p1"), [attack]));
    await refused(() => b.find(ctx(), "people", create(QuerySchema, { filter: field(attack) }), 10, ""));
    await refused(() => b.find(ctx(), "people", create(QuerySchema, { sort: [{ field: attack }] }), 10, ""));
    await refused(() => b.find(ctx(), "people", create(QuerySchema, { fields: [attack] }), 10, ""));
    await refused(async () => {
      for await (const _ of b.watch!(new AbortController().signal, attack, "")) break;
    });
    await refused(() => f.sql.describeTable(ctx(), attack));
    await refused(() => f.sql.dropTable(ctx(), attack, false));
    await refused(() => f.sql.listIndexes(ctx(), attack));
    await refused(() => f.sql.dropIndex(ctx(), attack, false));
    await refused(() => f.sql.createIndex(ctx(), { table: "people", name: "ix", columns: [attack], unique: false, ifNotExists: false }));
    await refused(() => f.sqlite.getPragma(new AbortController().signal, attack));
    await refused(() => f.sqlite.setPragma(new AbortController().signal, "journal_mode", v.str(attack)));
  });

  it("quotes names it is asked to create, so they are stored literally", async () => {
    // The service refuses such names (checkNewIdentifier); below it, quoting alone keeps them inert.
    const name = `t"; DROP TABLE people; --`;
    await f.sql.createTable(ctx(), { name, columns: [{ name: `c"; --`, type: ColumnType.STRING, notNull: false }], primaryKey: [], ifNotExists: false });
    await f.sql.createIndex(ctx(), { table: name, name: `i"; DROP TABLE people; --`, columns: [`c"; --`], unique: false, ifNotExists: false });
    expect((await f.sql.describeTable(ctx(), name)).columns.map((c) => c.name)).toEqual([`c"; --`]);
    await f.backend.put(ctx(), name, v.int(1), record({ [`c"; --`]: v.str("stored") }));
    expect((await f.backend.get(ctx(), name, v.int(1), []))!.fields[`c"; --`]).toEqual(v.str("stored"));
    await f.sql.dropTable(ctx(), name, false);
  });

  it.each(ATTACKS)("value %j is bound, stored and matched literally", async (attack) => {
    await f.backend.put(ctx(), "people", v.str(attack), record({ name: v.str(attack) }));
    expect((await f.backend.get(ctx(), "people", v.str(attack), ["name"]))!.fields.name).toEqual(v.str(attack));
    for (const op of [Operator.EQ, Operator.PREFIX, Operator.CONTAINS]) {
      const filter = create(FilterSchema, { kind: { case: "field", value: { field: "name", op, value: v.str(attack) } } });
      const found = await f.backend.find(ctx(), "people", create(QuerySchema, { filter }), 10, "");
      expect(found.records.map((r) => r.fields.id)).toEqual([v.str(attack)]);
    }
    const res = await f.sql.query(ctx(), { source: { sql: "SELECT name FROM people WHERE id = ?" }, params: [v.str(attack)] }, 10);
    expect(res.rows).toEqual([[v.str(attack)]]);
    await f.backend.delete(ctx(), "people", v.str(attack));
  });

  it("leaves the database intact", async () => {
    expect(await f.backend.count(ctx(), "people")).toBe(1n);
    expect((await f.backend.get(ctx(), "people", v.str("p1"), []))!.fields.name).toEqual(v.str("Ann"));
    expect(await f.sqlite.integrityCheck(new AbortController().signal, false, 10)).toEqual({ ok: true, problems: [] });
    expect((await f.sql.listTables(ctx())).map((t) => t.name)).toEqual(["people"]);
  });
});
