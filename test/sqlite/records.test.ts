import { Code } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WriteCall } from "../../src/backends/backend-calls.js";
import type { Item, TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";
import { expectError, record, v } from "../support/values.js";
import { at, ctx, openSqlite, type SqliteFixture } from "./sqlite-fixture.js";
import { set, unset } from "./field-update.js";

/** A write without its target (the batch test defaults it). */
type Untargeted = WriteCall extends infer W ? (W extends WriteCall ? Omit<W, "target"> : never) : never;

const names = (records: (Item | undefined)[]) => records.map((r) => r?.fields.name?.kind.value);

describe.each([
  ["a database file", {}],
  ["an in-memory database", { memory: true }],
])("SQLite records in %s", (_, options) => {
  let f: SqliteFixture;
  const people = at("people");
  const get = (key: TypedValue, fields: string[] = [], target = people) => f.backend.get(ctx(), { target, key, fields });
  const put = (key: TypedValue, rec: Item, target = people) => f.backend.put(ctx(), { target, key, record: rec, ttlMs: undefined });
  const insert = (key: TypedValue | undefined, rec: Item, target = people) =>
    f.backend.insert(ctx(), { target, key, record: rec, ttlMs: undefined });
  const del = (key: TypedValue, target = people) => f.backend.delete(ctx(), { target, key });

  beforeAll(async () => {
    f = await openSqlite(options);
    await f.exec(`CREATE TABLE people (id TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT 'anon', age INTEGER, email TEXT UNIQUE)`);
    await f.exec(`CREATE TABLE notes (body TEXT)`);
    await f.exec(`CREATE TABLE counters (id INTEGER PRIMARY KEY, n INTEGER, doubled INTEGER GENERATED ALWAYS AS (n * 2) STORED)`);
    await f.exec(`CREATE VIEW adults AS SELECT * FROM people WHERE age >= 18`);
    await f.exec(`CREATE VIRTUAL TABLE docs USING fts5(title, body)`);
  });
  afterAll(() => f.close());

  it("puts, gets, replaces and deletes", async () => {
    expect(await put(v.str("p1"), record({ name: v.str("Ann"), age: v.int(30) }))).toEqual({ created: true });
    expect((await get(v.str("p1")))!.fields).toMatchObject({ id: v.str("p1"), name: v.str("Ann"), age: v.int(30), email: v.null() });
    // Replacing clears what the record does not name.
    expect(await put(v.str("p1"), record({ name: v.str("Ann B") }))).toEqual({ created: false });
    expect((await get(v.str("p1")))!.fields.age).toEqual(v.null());
    expect(await f.backend.exists(ctx(), { target: people, key: v.str("p1") })).toEqual({ exists: true });
    expect(await del(v.str("p1"))).toBe(true);
    expect(await del(v.str("p1"))).toBe(false);
    expect(await get(v.str("p1"))).toBeUndefined();
    expect(await f.backend.exists(ctx(), { target: people, key: v.str("p1") })).toEqual({ exists: false });
  });

  it("accepts a single-field key as a one-entry map naming its field, and refuses other maps naming the key field", async () => {
    await put(v.map({ id: v.str("m1") }), record({ name: v.str("Map") }));
    expect((await get(v.str("m1"), ["name"]))!.fields.name).toEqual(v.str("Map"));
    await expectError(get(v.map({ key: v.str("m1") })), Code.InvalidArgument, {
      reason: "ERROR_REASON_INVALID_FIELD",
      message: /^key: .*"id".*got "key"/,
    });
  });

  it("inserts once, then ALREADY_EXISTS, answering the key and the record as stored", async () => {
    const inserted = await insert(v.str("i1"), record({ age: v.int(3) }));
    expect(inserted.key).toEqual(v.str("i1"));
    // The default of name is filled in.
    expect(inserted.record.fields).toEqual({ id: v.str("i1"), name: v.str("anon"), age: v.int(3), email: v.null() });
    await expectError(insert(v.str("i1"), record({ name: v.str("Ivy") })), Code.AlreadyExists, { reason: "ERROR_REASON_ALREADY_EXISTS" });
    await insert(v.str("i2"), record({ email: v.str("x@y") }));
    await expectError(insert(v.str("i3"), record({ email: v.str("x@y") })), Code.AlreadyExists);
  });

  it("inserts without a key: the key fields from the record, else INVALID_ARGUMENT naming them", async () => {
    const fromRecord = await insert(undefined, record({ id: v.str("r1"), name: v.str("Rec") }));
    expect(fromRecord.key).toEqual(v.str("r1"));
    await expectError(insert(undefined, record({ name: v.str("no key") })), Code.InvalidArgument, {
      message: /^key: "people" does not generate its key: .*"id"/,
    });
  });

  it("inserts without a key into rowid tables: the database generates it", async () => {
    const counters = at("counters");
    const first = await insert(undefined, record({ n: v.int(4) }), counters);
    const second = await insert(undefined, record({ n: v.int(5) }), counters);
    expect(first.key.kind.case).toBe("intValue");
    expect(second.key).toEqual(v.int((first.key.kind.value as bigint) + 1n));
    // The generated column is answered as stored.
    expect(second.record.fields).toEqual({ id: second.key, n: v.int(5), doubled: v.int(10) });
    const note = await insert(undefined, record({ body: v.str("hello") }), at("notes"));
    expect(note.record.fields).toEqual({ rowid: note.key, body: v.str("hello") });
    expect((await get(note.key, [], at("notes")))!.fields.body).toEqual(v.str("hello"));
  });

  it("updates fields, unsets others, and answers undefined for a missing record", async () => {
    await put(v.str("u1"), record({ name: v.str("Uma"), age: v.int(20), email: v.str("u@x") }));
    const update = (key: TypedValue, updates: ReturnType<typeof set>[]) =>
      f.backend.update(ctx(), { target: people, key, updates, ttlMs: undefined, upsert: false });
    const updated = await update(v.str("u1"), [set("age", v.int(21)), unset("email")]);
    expect(updated!.created).toBe(false);
    expect(updated!.record.fields).toMatchObject({ name: v.str("Uma"), age: v.int(21), email: v.null() });
    expect(await update(v.str("missing"), [set("age", v.int(1))])).toBeUndefined();
    await expectError(update(v.str("u1"), [set("id", v.str("other"))]), Code.InvalidArgument, {
      message: /^updates\[0\]\.field: the key field "id" cannot change/,
    });
    // The key field set to the key itself changes nothing.
    expect((await update(v.str("u1"), [set("id", v.str("u1"))]))!.record.fields.age).toEqual(v.int(21));
    await expectError(update(v.str("u1"), [unset("nope")]), Code.InvalidArgument, { message: /^updates\[0\]\.field: / });
    await expectError(update(v.str("u1"), [set("age", v.str("x"))]), Code.InvalidArgument, { message: /^updates\[0\]\.set: / });
  });

  it("projects fields, always with the key", async () => {
    await put(v.str("p2"), record({ name: v.str("Bo"), age: v.int(7) }));
    expect(Object.keys((await get(v.str("p2"), ["age"]))!.fields)).toEqual(["id", "age"]);
    await expectError(get(v.str("p2"), ["nope"]), Code.InvalidArgument, { message: /^fields\[0\]/ });
    // Plans are kept by field list: a list that joins to the same text is another list.
    expect(Object.keys((await get(v.str("p2"), ["name", "age"]))!.fields)).toEqual(["id", "name", "age"]);
    await expectError(get(v.str("p2"), ["name\u0000age"]), Code.InvalidArgument, { message: /^fields\[0\]: .*no column/ });
    await insert(v.str("p3"), record({ name: v.str("C"), age: v.int(1) }));
    await expectError(insert(v.str("p4"), record({ "name\u0000age": v.str("x") })), Code.InvalidArgument, { message: /^record\.fields\.name/ });
  });

  it("batch-gets in request order", async () => {
    await put(v.str("b1"), record({ name: v.str("one") }));
    await put(v.str("b2"), record({ name: v.str("two") }));
    const got = await f.backend.batchGet(ctx(), { target: people, keys: [v.str("b2"), v.str("none"), v.str("b1")], fields: ["name"] });
    expect(names(got)).toEqual(["two", undefined, "one"]);
    await expectError(f.backend.batchGet(ctx(), { target: people, keys: [v.str("b1"), v.int(1)], fields: [] }), Code.InvalidArgument, {
      message: /^keys\[1\]/,
    });
  });

  it("batch-writes atomically: all or nothing, each write with its own target", async () => {
    const w = (write: Untargeted & { target?: WriteCall["target"] }): WriteCall => ({ target: people, ...write }) as WriteCall;
    const ok = await f.backend.batchWrite(ctx(), {
      writes: [
        w({ kind: "put", key: v.str("w1"), record: record({ name: v.str("W1") }) }),
        w({ kind: "insert", key: v.str("w2"), record: record({ name: v.str("W2") }) }),
        w({ kind: "update", key: v.str("w1"), updates: [set("age", v.int(9))] }),
        w({ kind: "delete", key: v.str("w2") }),
        w({ kind: "delete", key: v.str("w3") }),
        w({ kind: "insert", key: undefined, target: at("counters"), record: record({ n: v.int(1) }) }),
      ],
      requireAtomic: true,
    });
    expect(ok.atomic).toBe(true);
    expect(ok.results.slice(0, 5)).toEqual([{ affected: true }, { affected: true, key: v.str("w2") }, { affected: true }, { affected: true }, { affected: false }]);
    expect(ok.results[5].key?.kind.case).toBe("intValue");

    const err = await expectError(
      f.backend.batchWrite(ctx(), {
        writes: [
          w({ kind: "put", key: v.str("w4"), record: record({ name: v.str("W4") }) }),
          w({ kind: "insert", key: v.str("w1"), record: record({ name: v.str("dup") }) }),
        ],
        requireAtomic: true,
      }),
      Code.AlreadyExists,
      { message: /^operations\[1\]: .*no operation of the batch took effect/ },
    );
    expect(err.rawMessage).toContain("operations[1]");
    expect(await get(v.str("w4"))).toBeUndefined();

    await expectError(
      f.backend.batchWrite(ctx(), { writes: [w({ kind: "put", key: v.str("w1"), record: record({ age: v.str("x") }) })], requireAtomic: true }),
      Code.InvalidArgument,
      { message: /^operations\[0\]\.put\.fields\.age/ },
    );
    await expectError(
      f.backend.batchWrite(ctx(), { writes: [w({ kind: "update", key: v.str("nobody"), updates: [set("age", v.int(1))] })], requireAtomic: true }),
      Code.NotFound,
      { reason: "ERROR_REASON_NOT_FOUND" },
    );
    await expectError(
      f.backend.batchWrite(ctx(), { writes: [w({ kind: "delete", key: v.str("w1"), target: at("people", "temp") })], requireAtomic: true }),
      Code.InvalidArgument,
      { message: /^operations\[0\]\.target\.namespace: / },
    );
  });

  it("lists in key order with keyset pages, and counts", async () => {
    await f.exec("DELETE FROM people");
    for (const k of ["k05", "k01", "k04", "k02", "k03"]) await put(v.str(k), record({ name: v.str(k) }));
    const seen: unknown[] = [];
    let token = "";
    let pages = 0;
    do {
      const page = await f.backend.list(ctx(), { target: people, pageSize: 2, pageToken: token, fields: ["name"] });
      seen.push(...names(page.records));
      token = page.nextPageToken;
      pages++;
      // A record inserted behind the cursor never shifts later pages.
      if (pages === 1) await put(v.str("k00"), record({ name: v.str("k00") }));
    } while (token);
    expect(seen).toEqual(["k01", "k02", "k03", "k04", "k05"]);
    expect(pages).toBe(3);
    expect(await f.backend.count(ctx(), { target: people, filter: undefined })).toBe(6n);
    await expectError(f.backend.list(ctx(), { target: at("notes"), pageSize: 2, pageToken: "garbage", fields: [] }), Code.InvalidArgument, {
      message: /page_token/,
    });
  });

  it("refuses a page token of another list (fields, collection)", async () => {
    const first = await f.backend.list(ctx(), { target: people, pageSize: 1, pageToken: "", fields: ["name"] });
    expect(first.nextPageToken).not.toBe("");
    for (const other of [
      { target: people, fields: ["age"] },
      { target: at("counters"), fields: [] },
    ]) {
      await expectError(f.backend.list(ctx(), { ...other, pageSize: 1, pageToken: first.nextPageToken }), Code.InvalidArgument, {
        reason: "ERROR_REASON_INVALID_FIELD",
        message: /^page_token: .*another collection or query/,
      });
    }
  });

  it("keys tables without a primary key by rowid", async () => {
    expect(await put(v.int(10), record({ body: v.str("ten") }), at("notes"))).toEqual({ created: true });
    const got = await get(v.int(10), [], at("notes"));
    expect(got!.fields).toEqual({ rowid: v.int(10), body: v.str("ten") });
    const page = await f.backend.list(ctx(), { target: at("notes"), pageSize: 10, pageToken: "", fields: [] });
    expect(page.records.map((r) => r.fields.rowid)).toContainEqual(v.int(10));
    await expectError(get(v.str("10"), [], at("notes")), Code.InvalidArgument, { message: /^key: / });
  });

  it("writes virtual tables (no RETURNING there): inserts answer the generated rowid, updates the record", async () => {
    const docs = at("docs");
    const first = await insert(undefined, record({ title: v.str("one"), body: v.str("alpha") }), docs);
    const second = await insert(undefined, record({ title: v.str("two") }), docs);
    expect(first.key).toEqual(v.int(1));
    expect(second.record.fields).toEqual({ rowid: v.int(2), title: v.str("two"), body: v.null() });
    const updated = await f.backend.update(ctx(), { target: docs, key: v.int(2), updates: [set("body", v.str("beta"))], ttlMs: undefined, upsert: false });
    expect(updated!.record.fields).toEqual({ rowid: v.int(2), title: v.str("two"), body: v.str("beta") });
    expect(await f.backend.update(ctx(), { target: docs, key: v.int(9), updates: [set("body", v.str("x"))], ttlMs: undefined, upsert: false })).toBeUndefined();
    const upserted = await f.backend.update(ctx(), { target: docs, key: v.int(9), updates: [set("title", v.str("nine"))], ttlMs: undefined, upsert: true });
    expect(upserted).toEqual({ created: true, record: expect.anything() });
    expect(upserted!.record.fields).toEqual({ rowid: v.int(9), title: v.str("nine"), body: v.null() });
    expect(await put(v.int(1), record({ title: v.str("uno") }), docs)).toEqual({ created: false });
    expect((await get(v.int(1), [], docs))!.fields).toEqual({ rowid: v.int(1), title: v.str("uno"), body: v.null() });
  });

  it("refuses writes of generated columns and reads them", async () => {
    await put(v.int(100), record({ n: v.int(4) }), at("counters"));
    expect((await get(v.int(100), [], at("counters")))!.fields.doubled).toEqual(v.int(8));
    await expectError(put(v.int(100), record({ doubled: v.int(1) }), at("counters")), Code.InvalidArgument, {
      message: /record\.fields\.doubled: .*generated/,
    });
  });

  it("answers NOT_FOUND for unknown tables and views", async () => {
    await expectError(get(v.str("x"), [], at("nope")), Code.NotFound, { reason: "ERROR_REASON_UNKNOWN_COLLECTION" });
    await expectError(f.backend.list(ctx(), { target: at("adults"), pageSize: 10, pageToken: "", fields: [] }), Code.NotFound, {
      reason: "ERROR_REASON_UNKNOWN_COLLECTION",
      message: /view/,
    });
    await expectError(f.backend.count(ctx(), { target: at("sqlite_schema"), filter: undefined }), Code.NotFound, {
      reason: "ERROR_REASON_UNKNOWN_COLLECTION",
    });
  });

  it('accepts the namespaces "" and "main" only', async () => {
    await put(v.str("ns"), record({ name: v.str("N") }), at("people", "main"));
    expect((await get(v.str("ns"), ["name"]))!.fields.name).toEqual(v.str("N"));
    for (const namespace of ["temp", "public", "Main"]) {
      await expectError(get(v.str("ns"), [], at("people", namespace)), Code.InvalidArgument, {
        reason: "ERROR_REASON_INVALID_FIELD",
        message: /^target\.namespace: SQLite backends have one schema, main/,
      });
    }
  });

  it("matches table names case-insensitively, as SQLite does", async () => {
    await put(v.str("case"), record({ name: v.str("C") }), at("PEOPLE"));
    expect((await get(v.str("case"), ["name"]))!.fields.name).toEqual(v.str("C"));
  });

  it("sees tables created by plain SQL at once (schema version)", async () => {
    await f.exec("CREATE TABLE later (id INTEGER PRIMARY KEY, x TEXT)");
    await put(v.int(1), record({ x: v.str("y") }), at("later"));
    expect((await insert(undefined, record({ x: v.str("a") }), at("later"))).record.fields).not.toHaveProperty("z");
    expect(Object.keys((await get(v.int(1), [], at("later")))!.fields)).toEqual(["id", "x"]);
    await f.exec("ALTER TABLE later ADD COLUMN z INTEGER DEFAULT 7");
    await put(v.int(1), record({ z: v.int(3) }), at("later"));
    expect((await get(v.int(1), [], at("later")))!.fields.z).toEqual(v.int(3));
    // Statements planned before the change are planned again.
    expect((await insert(undefined, record({ x: v.str("b") }), at("later"))).record.fields.z).toEqual(v.int(7));
    await expectError(insert(undefined, record({ x: v.int(1) }), at("later")), Code.InvalidArgument, { message: /^record\.fields\.x: / });
  });

  it("pings, describes its server and reports stats", async () => {
    await f.backend.ping(ctx());
    expect(f.backend.describeServer().version).toMatch(/^3\.\d+\.\d+$/);
    const stats = f.backend.stats();
    expect(Number(stats.page_size)).toBeGreaterThan(0);
    expect(stats.open_transaction).toBe("false");
  });
});
