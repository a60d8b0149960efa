import { create } from "@bufbuild/protobuf";
import { Code } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QuerySchema } from "../../gen/ts/dbx/v1/query_pb.js";
import type { Item, TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";
import { expectError, record, v } from "../support/values.js";
import { increment, set } from "./field-update.js";
import { at, ctx, openSqlite, type SqliteFixture } from "./sqlite-fixture.js";

const key = (tenant: number, id: string): TypedValue => v.map({ tenant: v.int(tenant), id: v.str(id) });

describe.each([
  ["a rowid table", ""],
  ["a WITHOUT ROWID table", " WITHOUT ROWID"],
])("SQLite composite keys on %s", (_, suffix) => {
  let f: SqliteFixture;
  const orders = at("orders");
  const get = (k: TypedValue, fields: string[] = []) => f.backend.get(ctx(), { target: orders, key: k, fields });
  const put = (k: TypedValue, rec: Item) => f.backend.put(ctx(), { target: orders, key: k, record: rec, ttlMs: undefined });

  beforeAll(async () => {
    f = await openSqlite({ memory: true });
    // The key's column order (tenant, id) differs from the table's (id, tenant).
    await f.exec(`CREATE TABLE orders (id TEXT NOT NULL, tenant INTEGER NOT NULL, total INTEGER, note TEXT, PRIMARY KEY (tenant, id))${suffix}`);
  });
  afterAll(() => f.close());

  it("puts, gets, updates and deletes by a map of the key fields", async () => {
    expect(await put(key(1, "a"), record({ total: v.int(5) }))).toEqual({ created: true });
    expect(await put(key(1, "a"), record({ total: v.int(6), tenant: v.int(1) }))).toEqual({ created: false });
    expect((await get(key(1, "a")))!.fields).toEqual({ tenant: v.int(1), id: v.str("a"), total: v.int(6), note: v.null() });
    expect(await get(key(2, "a"))).toBeUndefined();
    // Key columns come first in the answer, in key order, with projections too.
    expect(Object.keys((await get(key(1, "a"), ["note"]))!.fields)).toEqual(["tenant", "id", "note"]);

    const updated = await f.backend.update(ctx(), { target: orders, key: key(1, "a"), updates: [increment("total", v.int(4))], ttlMs: undefined, upsert: false });
    expect(updated!.record.fields.total).toEqual(v.int(10));
    expect(await f.backend.exists(ctx(), { target: orders, key: key(1, "a") })).toEqual({ exists: true });
    expect(await f.backend.delete(ctx(), { target: orders, key: key(1, "a") })).toBe(true);
    expect(await f.backend.delete(ctx(), { target: orders, key: key(1, "a") })).toBe(false);
  });

  it("inserts with the key fields taken from the record, answering the key as a map", async () => {
    const inserted = await f.backend.insert(ctx(), { target: orders, key: undefined, record: record({ id: v.str("r"), tenant: v.int(3), total: v.int(1) }), ttlMs: undefined });
    expect(inserted.key).toEqual(key(3, "r"));
    expect(inserted.record.fields).toEqual({ tenant: v.int(3), id: v.str("r"), total: v.int(1), note: v.null() });
    await expectError(
      f.backend.insert(ctx(), { target: orders, key: undefined, record: record({ id: v.str("s") }), ttlMs: undefined }),
      Code.InvalidArgument,
      { message: /^key: .*"tenant", "id".*missing "tenant"/ },
    );
  });

  it("refuses a key that is not a map of exactly the key fields, naming them", async () => {
    for (const bad of [v.str("a"), v.map({ tenant: v.int(1) }), v.map({ tenant: v.int(1), id: v.str("a"), total: v.int(1) }), v.map({ tenant: v.int(1), ID: v.str("a") })]) {
      await expectError(get(bad), Code.InvalidArgument, { reason: "ERROR_REASON_INVALID_FIELD", message: /^key: .*"tenant", "id"/ });
    }
    await expectError(get(v.map({ tenant: v.int(1), id: v.null() })), Code.InvalidArgument, { message: /^key: a key cannot be null/ });
    await expectError(get(v.map({ tenant: v.str("1"), id: v.str("a") })), Code.InvalidArgument, { message: /^key: .*"tenant"/ });
    await expectError(
      f.backend.batchGet(ctx(), { target: orders, keys: [key(1, "a"), v.int(1)], fields: [] }),
      Code.InvalidArgument,
      { message: /^keys\[1\]: .*"tenant", "id"/ },
    );
  });

  it("refuses a record whose key fields differ from the key", async () => {
    await expectError(put(key(1, "b"), record({ tenant: v.int(2) })), Code.InvalidArgument, {
      message: /^record\.fields\.tenant: the key field "tenant" differs from the key/,
    });
    await expectError(
      f.backend.update(ctx(), { target: orders, key: key(1, "b"), updates: [set("id", v.str("c"))], ttlMs: undefined, upsert: true }),
      Code.InvalidArgument,
      { message: /^updates\[0\]\.field: the key field "id" cannot change/ },
    );
  });

  it("reads bytes of a record addressed by a composite key", async () => {
    await put(key(9, "bytes"), record({ note: v.str("héllo") }));
    const chunks: Uint8Array[] = [];
    for await (const chunk of f.backend.readBytes!(ctx(), { target: orders, key: key(9, "bytes"), field: "note", range: { offset: 1, length: undefined, chunkSize: 2 } })) {
      chunks.push(chunk.data);
    }
    expect(Buffer.concat(chunks).toString()).toBe("éllo");
    await expectError(
      (async () => {
        for await (const _ of f.backend.readBytes!(ctx(), { target: orders, key: v.str("bytes"), field: "note", range: { offset: 0, length: undefined, chunkSize: 2 } })) break;
      })(),
      Code.InvalidArgument,
      { message: /^key: / },
    );
  });

  it("lists in key order with keyset pages across both key columns", async () => {
    await f.exec("DELETE FROM orders");
    const keys: [number, string][] = [[2, "a"], [1, "b"], [1, "a"], [3, "a"], [2, "b"], [1, "c"]];
    for (const [tenant, id] of keys) await put(key(tenant, id), record({ total: v.int(tenant) }));
    const seen: string[] = [];
    let token = "";
    let pages = 0;
    do {
      const page = await f.backend.list(ctx(), { target: orders, pageSize: 2, pageToken: token, fields: ["total"] });
      seen.push(...page.records.map((r) => `${r.fields.tenant.kind.value}${r.fields.id.kind.value}`));
      token = page.nextPageToken;
      // Records inserted behind the cursor never shift later pages; those ahead of it are answered.
      if (++pages === 1) {
        await put(key(0, "z"), record({ total: v.int(0) }));
        await put(key(2, "0"), record({ total: v.int(2) }));
      }
    } while (token);
    expect(seen).toEqual(["1a", "1b", "1c", "20", "2a", "2b", "3a"]);
  });

  it("finds with keyset pages in key order, and with a sort", async () => {
    const page = (pageToken: string, sort = false) =>
      f.backend.find(ctx(), {
        target: orders,
        query: create(QuerySchema, { sort: sort ? [{ field: "total", descending: true }] : [] }),
        pageSize: 3,
        pageToken,
      });
    const first = await page("");
    const second = await page(first.nextPageToken);
    const third = await page(second.nextPageToken);
    expect([...first.records, ...second.records, ...third.records].map((r) => `${r.fields.tenant.kind.value}${r.fields.id.kind.value}`)).toEqual([
      "0z", "1a", "1b", "1c", "20", "2a", "2b", "3a",
    ]);
    expect(third.nextPageToken).toBe("");
    const sorted = await page("", true);
    // Ties on total break by the key, in key order.
    expect(sorted.records.map((r) => `${r.fields.tenant.kind.value}${r.fields.id.kind.value}`)).toEqual(["3a", "20", "2a"]);
  });
});
