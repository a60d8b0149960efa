import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ColumnType } from "../../gen/ts/dbx/sql/v1/schema_pb.js";
import { record, v } from "../support/values.js";
import { ATTACKS, recordInjectionCases } from "../sql/record-injection.js";
import { at, ctx, openSqlite, type SqliteFixture } from "./sqlite-fixture.js";

describe("SQLite refuses injection through every identifier and value position", () => {
  let f: SqliteFixture;
  beforeAll(async () => {
    f = await openSqlite();
    await f.exec("CREATE TABLE people (id TEXT PRIMARY KEY, name TEXT, age INTEGER)");
    await f.backend.put(ctx(), { target: at("people"), key: v.str("p1"), record: record({ name: v.str("Ann"), age: v.int(30) }), ttlMs: undefined });
  });
  afterAll(() => f.close());

  recordInjectionCases(() => ({
    backend: f.backend,
    exec: (sql) => f.exec(sql),
    integerKeyType: "INTEGER",
    textHoldsNul: true,
    facetCalls: (attack) => [
      () => f.sql.describeTable(ctx(), { target: at(attack) }),
      () => f.sql.dropTable(ctx(), { target: at(attack), ifExists: false }),
      () => f.sql.listIndexes(ctx(), { target: at(attack), pageSize: 10, pageToken: "" }),
      () => f.sql.dropIndex(ctx(), { namespace: "", name: attack, ifExists: false }),
      () => f.sql.createIndex(ctx(), { target: at("people"), name: "ix", columns: [attack], unique: false, ifNotExists: false }),
      () => f.sqlite.getPragma(ctx(), { name: attack }),
      () => f.sqlite.setPragma(ctx(), { name: "journal_mode", value: v.str(attack) }),
    ],
  }));

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

  it.each(ATTACKS)("SqlService parameter %j is bound literally", async (attack) => {
    const res = await f.sql.query(ctx(), {
      namespace: "",
      statement: { source: { sql: "SELECT ? AS v, (SELECT count(*) FROM people) AS n" }, params: [v.str(attack)] },
      maxRows: 10,
      maxBytes: 1_000_000,
    });
    expect(res.rows).toEqual([[v.str(attack), v.int(1)]]);
  });

  it("leaves the database intact", async () => {
    expect(await f.backend.count(ctx(), { target: at("people"), filter: undefined })).toBe(1n);
    expect((await f.backend.get(ctx(), { target: at("people"), key: v.str("p1"), fields: [] }))!.fields.name).toEqual(v.str("Ann"));
    expect(await f.sqlite.integrityCheck(ctx(), { quick: false, maxProblems: 10 })).toEqual({ ok: true, problems: [] });
    expect((await f.sql.listTables(ctx(), { namespace: "", pageSize: 100, pageToken: "" })).items.map((t) => t.name)).toEqual(["people"]);
  });
});
