import { create } from "@bufbuild/protobuf";
import { Code } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WriteOperationSchema, type WriteOperation } from "../../gen/ts/dbx/v1/data_pb.js";
import type { Item } from "../../gen/ts/dbx/v1/value_pb.js";
import { expectError, record, v } from "../support/values.js";
import { ctx, openSqlite, type SqliteFixture } from "./sqlite-fixture.js";

const names = (records: (Item | undefined)[]) => records.map((r) => r?.fields.name?.kind.value);

describe.each([
  ["a database file", {}],
  ["an in-memory database", { memory: true }],
])("SQLite records in %s", (_, options) => {
  let f: SqliteFixture;
  beforeAll(async () => {
    f = await openSqlite(options);
    await f.exec(`CREATE TABLE people (id TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT 'anon', age INTEGER, email TEXT UNIQUE)`);
    await f.exec(`CREATE TABLE notes (body TEXT)`);
    await f.exec(`CREATE TABLE pairs (a TEXT, b INTEGER, note TEXT, PRIMARY KEY (a, b)) WITHOUT ROWID`);
    await f.exec(`CREATE TABLE counters (id INTEGER PRIMARY KEY, n INTEGER, doubled INTEGER GENERATED ALWAYS AS (n * 2) STORED)`);
    await f.exec(`CREATE VIEW adults AS SELECT * FROM people WHERE age >= 18`);
  });
  afterAll(() => f.close());

  it("puts, gets, replaces and deletes", async () => {
    const b = f.backend;
    expect(await b.put(ctx(), "people", v.str("p1"), record({ name: v.str("Ann"), age: v.int(30) }))).toBe(true);
    expect((await b.get(ctx(), "people", v.str("p1"), []))!.fields).toMatchObject({
      id: v.str("p1"),
      name: v.str("Ann"),
      age: v.int(30),
      email: v.null(),
    });
    // Replacing clears what the record does not name.
    expect(await b.put(ctx(), "people", v.str("p1"), record({ name: v.str("Ann B") }))).toBe(false);
    expect((await b.get(ctx(), "people", v.str("p1"), []))!.fields.age).toEqual(v.null());
    expect(await b.exists(ctx(), "people", v.str("p1"))).toEqual({ exists: true });
    expect(await b.delete(ctx(), "people", v.str("p1"))).toBe(true);
    expect(await b.delete(ctx(), "people", v.str("p1"))).toBe(false);
    expect(await b.get(ctx(), "people", v.str("p1"), [])).toBeUndefined();
    expect(await b.exists(ctx(), "people", v.str("p1"))).toEqual({ exists: false });
  });

  it("inserts once, then ALREADY_EXISTS", async () => {
    await f.backend.insert(ctx(), "people", v.str("i1"), record({ name: v.str("Ivy") }));
    await expectError(f.backend.insert(ctx(), "people", v.str("i1"), record({ name: v.str("Ivy") })), Code.AlreadyExists, {
      reason: "ERROR_REASON_ALREADY_EXISTS",
    });
    await f.backend.insert(ctx(), "people", v.str("i2"), record({ email: v.str("x@y") }));
    await expectError(f.backend.insert(ctx(), "people", v.str("i3"), record({ email: v.str("x@y") })), Code.AlreadyExists);
    // Columns left out of a new record take their defaults.
    expect((await f.backend.get(ctx(), "people", v.str("i2"), ["name"]))!.fields).toEqual({ id: v.str("i2"), name: v.str("anon") });
  });

  it("updates fields, unsets others, and answers undefined for a missing record", async () => {
    await f.backend.put(ctx(), "people", v.str("u1"), record({ name: v.str("Uma"), age: v.int(20), email: v.str("u@x") }));
    const updated = await f.backend.update(ctx(), "people", v.str("u1"), record({ age: v.int(21) }), ["email"]);
    expect(updated!.fields).toMatchObject({ name: v.str("Uma"), age: v.int(21), email: v.null() });
    expect(await f.backend.update(ctx(), "people", v.str("missing"), record({ age: v.int(1) }), [])).toBeUndefined();
    await expectError(f.backend.update(ctx(), "people", v.str("u1"), record({ id: v.str("other") }), []), Code.InvalidArgument, {
      message: /fields\.fields\.id: the key field "id" differs from the key/,
    });
    await expectError(f.backend.update(ctx(), "people", v.str("u1"), record({}), ["nope"]), Code.InvalidArgument, {
      message: /unset_fields\[0\]/,
    });
  });

  it("projects fields, always with the key", async () => {
    await f.backend.put(ctx(), "people", v.str("p2"), record({ name: v.str("Bo"), age: v.int(7) }));
    expect(Object.keys((await f.backend.get(ctx(), "people", v.str("p2"), ["age"]))!.fields)).toEqual(["id", "age"]);
    await expectError(f.backend.get(ctx(), "people", v.str("p2"), ["nope"]), Code.InvalidArgument, { message: /^fields\[0\]/ });
  });

  it("batch-gets in request order", async () => {
    await f.backend.put(ctx(), "people", v.str("b1"), record({ name: v.str("one") }));
    await f.backend.put(ctx(), "people", v.str("b2"), record({ name: v.str("two") }));
    const got = await f.backend.batchGet(ctx(), "people", [v.str("b2"), v.str("none"), v.str("b1")], ["name"]);
    expect(names(got)).toEqual(["two", undefined, "one"]);
    await expectError(f.backend.batchGet(ctx(), "people", [v.str("b1"), v.int(1)], []), Code.InvalidArgument, { message: /^keys\[1\]/ });
  });

  it("batch-writes atomically: all or nothing", async () => {
    const op = (init: Parameters<typeof create<typeof WriteOperationSchema>>[1]): WriteOperation => create(WriteOperationSchema, init);
    const ok = await f.backend.batchWrite(
      ctx(),
      [
        op({ collection: "people", key: v.str("w1"), operation: { case: "put", value: record({ name: v.str("W1") }) } }),
        op({ collection: "people", key: v.str("w2"), operation: { case: "insert", value: record({ name: v.str("W2") }) } }),
        op({ collection: "people", key: v.str("w1"), operation: { case: "update", value: record({ age: v.int(9) }) } }),
        op({ collection: "people", key: v.str("w2"), operation: { case: "delete", value: true } }),
        op({ collection: "people", key: v.str("w3"), operation: { case: "delete", value: true } }),
      ],
      true,
    );
    expect(ok).toEqual({ atomic: true, results: [{ affected: true }, { affected: true }, { affected: true }, { affected: true }, { affected: false }] });

    const err = await expectError(
      f.backend.batchWrite(
        ctx(),
        [
          op({ collection: "people", key: v.str("w4"), operation: { case: "put", value: record({ name: v.str("W4") }) } }),
          op({ collection: "people", key: v.str("w1"), operation: { case: "insert", value: record({ name: v.str("dup") }) } }),
        ],
        true,
      ),
      Code.AlreadyExists,
      { message: /^operations\[1\]: .*no operation of the batch took effect/ },
    );
    expect(err.rawMessage).toContain("operations[1]");
    expect(await f.backend.get(ctx(), "people", v.str("w4"), [])).toBeUndefined();

    await expectError(
      f.backend.batchWrite(ctx(), [op({ collection: "people", key: v.str("w1"), operation: { case: "put", value: record({ age: v.str("x") }) } })], true),
      Code.InvalidArgument,
      { message: /^operations\[0\]\.put\.fields\.age/ },
    );
    await expectError(
      f.backend.batchWrite(ctx(), [op({ collection: "people", key: v.str("nobody"), operation: { case: "update", value: record({ age: v.int(1) }) } })], true),
      Code.NotFound,
      { reason: "ERROR_REASON_NOT_FOUND" },
    );
  });

  it("lists in key order with keyset pages, and counts", async () => {
    await f.exec("DELETE FROM people");
    for (const k of ["k05", "k01", "k04", "k02", "k03"]) await f.backend.put(ctx(), "people", v.str(k), record({ name: v.str(k) }));
    const seen: unknown[] = [];
    let token = "";
    let pages = 0;
    do {
      const page = await f.backend.list(ctx(), "people", 2, token, ["name"]);
      seen.push(...names(page.records));
      token = page.nextPageToken;
      pages++;
      // A record inserted behind the cursor never shifts later pages.
      if (pages === 1) await f.backend.put(ctx(), "people", v.str("k00"), record({ name: v.str("k00") }));
    } while (token);
    expect(seen).toEqual(["k01", "k02", "k03", "k04", "k05"]);
    expect(pages).toBe(3);
    expect(await f.backend.count(ctx(), "people")).toBe(6n);
    await expectError(f.backend.list(ctx(), "notes", 2, "garbage", []), Code.InvalidArgument, { message: /page_token/ });
  });

  it("keys tables without a primary key by rowid", async () => {
    expect(await f.backend.put(ctx(), "notes", v.int(10), record({ body: v.str("ten") }))).toBe(true);
    const got = await f.backend.get(ctx(), "notes", v.int(10), []);
    expect(got!.fields).toEqual({ rowid: v.int(10), body: v.str("ten") });
    const page = await f.backend.list(ctx(), "notes", 10, "", []);
    expect(page.records[0].fields.rowid).toEqual(v.int(10));
    await expectError(f.backend.get(ctx(), "notes", v.str("10"), []), Code.InvalidArgument, { message: /^key: / });
  });

  it("refuses key-addressed calls on composite keys, but lists them", async () => {
    await f.exec(`INSERT INTO pairs VALUES ('a', 2, 'x'), ('a', 1, 'y'), ('b', 0, 'z')`);
    await expectError(f.backend.get(ctx(), "pairs", v.str("a"), []), Code.FailedPrecondition, { message: /pairs.*composite primary key/ });
    const first = await f.backend.list(ctx(), "pairs", 2, "", []);
    const second = await f.backend.list(ctx(), "pairs", 2, first.nextPageToken, []);
    expect([...first.records, ...second.records].map((r) => r.fields.note.kind.value)).toEqual(["y", "x", "z"]);
    expect(second.nextPageToken).toBe("");
  });

  it("refuses writes of generated columns and reads them", async () => {
    await f.backend.put(ctx(), "counters", v.int(1), record({ n: v.int(4) }));
    expect((await f.backend.get(ctx(), "counters", v.int(1), []))!.fields.doubled).toEqual(v.int(8));
    await expectError(f.backend.put(ctx(), "counters", v.int(1), record({ doubled: v.int(1) })), Code.InvalidArgument, {
      message: /record\.fields\.doubled: .*generated/,
    });
  });

  it("answers NOT_FOUND for unknown tables and views", async () => {
    await expectError(f.backend.get(ctx(), "nope", v.str("x"), []), Code.NotFound, { reason: "ERROR_REASON_UNKNOWN_COLLECTION" });
    await expectError(f.backend.list(ctx(), "adults", 10, "", []), Code.NotFound, { reason: "ERROR_REASON_UNKNOWN_COLLECTION", message: /view/ });
    await expectError(f.backend.count(ctx(), "sqlite_schema"), Code.NotFound, { reason: "ERROR_REASON_UNKNOWN_COLLECTION" });
  });

  it("matches table names case-insensitively, as SQLite does", async () => {
    await f.backend.put(ctx(), "PEOPLE", v.str("case"), record({ name: v.str("C") }));
    expect((await f.backend.get(ctx(), "people", v.str("case"), ["name"]))!.fields.name).toEqual(v.str("C"));
  });

  it("sees tables created by plain SQL at once (schema version)", async () => {
    await f.exec("CREATE TABLE later (id INTEGER PRIMARY KEY, x TEXT)");
    await f.backend.put(ctx(), "later", v.int(1), record({ x: v.str("y") }));
    await f.exec("ALTER TABLE later ADD COLUMN z INTEGER");
    await f.backend.put(ctx(), "later", v.int(1), record({ z: v.int(3) }));
    expect((await f.backend.get(ctx(), "later", v.int(1), []))!.fields.z).toEqual(v.int(3));
  });

  it("pings and reports stats", async () => {
    await f.backend.ping(new AbortController().signal);
    const stats = f.backend.stats();
    expect(Number(stats.page_size)).toBeGreaterThan(0);
    expect(stats.open_transaction).toBe("false");
  });
});
