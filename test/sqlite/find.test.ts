import { create } from "@bufbuild/protobuf";
import { Code } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FilterSchema, Operator, type Filter } from "../../gen/ts/dbx/v1/filter_pb.js";
import { QuerySchema, type Query } from "../../gen/ts/dbx/v1/query_pb.js";
import type { TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";
import { expectError, record, v } from "../support/values.js";
import { waitFor } from "../support/wait-for.js";
import { at as table, ctx, openSqlite, type SqliteFixture } from "./sqlite-fixture.js";
import type { OperationContext } from "../../src/backends/backend.js";
import type { Item } from "../../gen/ts/dbx/v1/value_pb.js";

const find = (f: SqliteFixture, collection: string, q: Query, pageSize: number, pageToken: string) =>
  f.backend.find(ctx(), { target: table(collection), query: q, pageSize, pageToken });
const findStream = (f: SqliteFixture, c: OperationContext, collection: string, q: Query, batchSize: number) =>
  f.backend.findStream(c, { target: table(collection), query: q, batchSize, maxBatchBytes: Infinity });
const putIn = (f: SqliteFixture, collection: string, key: TypedValue, rec: Item) =>
  f.backend.put(ctx(), { target: table(collection), key, record: rec, ttlMs: undefined });

const field = (name: string, op: Operator, value?: TypedValue, values: TypedValue[] = []): Filter =>
  create(FilterSchema, { kind: { case: "field", value: { field: name, op, value, values } } });
const query = (init: Parameters<typeof create<typeof QuerySchema>>[1] = {}): Query => create(QuerySchema, init);
const at = (iso: string) => v.ts(new Date(iso));

describe.each([
  ["a database file (WAL)", {}],
  ["an in-memory database", { memory: true }],
])("SQLite find in %s", (_, options) => {
  let f: SqliteFixture;
  beforeAll(async () => {
    f = await openSqlite(options);
    await f.exec(`CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT, price DECIMAL_TEXT, at TIMESTAMP, tag TEXT)`);
    const rows: [number, string, string, string, string | null][] = [
      [1, "apple", "9", "2024-01-03T00:00:00Z", "fruit"],
      [2, "banana", "10", "2024-01-01T00:00:00Z", "fruit"],
      [3, "carrot", "1.10", "2024-01-02T00:00:00Z", null],
      [4, "date", "1.1", "2024-01-05T00:00:00Z", "fruit"],
      [5, "egg", "-2", "2024-01-04T00:00:00Z", "dairy"],
    ];
    for (const [id, name, price, time, tag] of rows) {
      await putIn(f, "items", v.int(id), record({ name: v.str(name), price: v.decimal(price), at: at(time), tag: tag ? v.str(tag) : v.null() }));
    }
  });
  afterAll(() => f.close());

  const ids = async (q: Query, pageSize = 100): Promise<number[]> =>
    (await find(f, "items", q, pageSize, "")).records.map((r) => Number(r.fields.id.kind.value));

  it("compares decimals by value, not as text", async () => {
    expect(await ids(query({ filter: field("price", Operator.GT, v.decimal("2")) }))).toEqual([1, 2]);
    expect(await ids(query({ filter: field("price", Operator.EQ, v.decimal("1.1")) }))).toEqual([3, 4]);
    expect(await ids(query({ sort: [{ field: "price" }] }))).toEqual([5, 3, 4, 1, 2]);
  });

  it("compares timestamps by time", async () => {
    expect(await ids(query({ filter: field("at", Operator.LT, at("2024-01-03T00:00:00Z")), sort: [{ field: "at", descending: true }] }))).toEqual([3, 2]);
  });

  it("treats NE as matching nulls, and sorts nulls first", async () => {
    expect(await ids(query({ filter: field("tag", Operator.NE, v.str("fruit")) }))).toEqual([3, 5]);
    expect(await ids(query({ sort: [{ field: "tag" }, { field: "name", descending: true }] }))).toEqual([3, 5, 4, 2, 1]);
  });

  it("projects, offsets and limits", async () => {
    const res = await find(f, "items", query({ fields: ["name"], offset: 1n, limit: 2n }), 10, "");
    expect(res.records.map((r) => r.fields)).toEqual([
      { id: v.int(2), name: v.str("banana") },
      { id: v.int(3), name: v.str("carrot") },
    ]);
    expect(res.nextPageToken).toBe("");
  });

  it("pages in key order by keyset, honouring limit across pages", async () => {
    const q = query({ filter: field("id", Operator.GTE, v.int(2)), limit: 3n });
    const first = await find(f, "items", q, 2, "");
    expect(first.records.map((r) => r.fields.id)).toEqual([v.int(2), v.int(3)]);
    const second = await find(f, "items", q, 2, first.nextPageToken);
    expect(second.records.map((r) => r.fields.id)).toEqual([v.int(4)]);
    expect(second.nextPageToken).toBe("");
    await expectError(find(f, "items", query(), 2, first.nextPageToken), Code.InvalidArgument, { message: /page_token/ });
  });

  it("refuses a page token of another query, and takes it whichever way the namespace is spelled", async () => {
    const q = query({ filter: field("id", Operator.GTE, v.int(2)) });
    const first = await find(f, "items", q, 2, "");
    const other = [
      query({ filter: field("id", Operator.GTE, v.int(3)) }),
      query({ filter: field("id", Operator.GTE, v.int(2)), fields: ["name"] }),
      query({ filter: field("id", Operator.GTE, v.int(2)), sort: [{ field: "name" }] }),
    ];
    for (const o of other) {
      await expectError(find(f, "items", o, 2, first.nextPageToken), Code.InvalidArgument, {
        reason: "ERROR_REASON_INVALID_FIELD",
        message: /^page_token: .*another collection or query/,
      });
    }
    await expectError(f.backend.list(ctx(), { target: table("items"), pageSize: 2, pageToken: first.nextPageToken, fields: [] }), Code.InvalidArgument, {
      message: /^page_token: /,
    });
    const main = await f.backend.find(ctx(), { target: table("ITEMS", "main"), query: q, pageSize: 2, pageToken: first.nextPageToken });
    expect(main.records.map((r) => r.fields.id)).toEqual([v.int(4), v.int(5)]);
  });

  it("pages a sorted find by position", async () => {
    const q = query({ sort: [{ field: "name", descending: true }], offset: 1n });
    const seen: number[] = [];
    let token = "";
    do {
      const page = await find(f, "items", q, 2, token);
      seen.push(...page.records.map((r) => Number(r.fields.id.kind.value)));
      token = page.nextPageToken;
    } while (token);
    expect(seen).toEqual([4, 3, 2, 1]);
  });

  it("names bad fields with their request path", async () => {
    await expectError(find(f, "items", query({ filter: field("nope", Operator.EQ, v.int(1)) }), 10, ""), Code.InvalidArgument, {
      message: /^query\.filter\.field\.field: /,
    });
    await expectError(find(f, "items", query({ sort: [{ field: "name" }, { field: "x" }] }), 10, ""), Code.InvalidArgument, {
      message: /^query\.sort\[1\]\.field/,
    });
    await expectError(find(f, "items", query({ fields: ["name", "x"] }), 10, ""), Code.InvalidArgument, {
      message: /^query\.fields\[1\]/,
    });
    await expectError(find(f, "items", query({ filter: field("price", Operator.EQ, v.str("1")) }), 10, ""), Code.InvalidArgument, {
      message: /^query\.filter\.field\.value: /,
    });
  });

  it("streams every match in batches", async () => {
    const batches: number[][] = [];
    for await (const batch of findStream(f, ctx(), "items", query({ sort: [{ field: "id", descending: true }], limit: 4n }), 3)) {
      batches.push(batch.map((r) => Number(r.fields.id.kind.value)));
    }
    expect(batches).toEqual([[5, 4, 3], [2]]);
  });

  it("stops a stream when the call is aborted", async () => {
    const abort = new AbortController();
    const seen: number[] = [];
    await expectError(
      (async () => {
        for await (const batch of findStream(f, ctx(undefined, abort.signal), "items", query(), 1)) {
          seen.push(...batch.map((r) => Number(r.fields.id.kind.value)));
          abort.abort();
        }
      })(),
      Code.Canceled,
    );
    expect(seen).toEqual([1]);
    // The connection is free again.
    expect(await f.backend.count(ctx(), { target: table("items"), filter: undefined })).toBe(5n);
  });
});

describe("SQLite find streams and writers", () => {
  it("lets writes go on while a stream reads a WAL database slowly", async () => {
    const f = await openSqlite();
    try {
      await f.exec("CREATE TABLE n (id INTEGER PRIMARY KEY)");
      await f.exec("WITH RECURSIVE s(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM s WHERE x < 10) INSERT INTO n SELECT x FROM s");
      const stream = findStream(f, ctx(), "n", query(), 2)[Symbol.asyncIterator]();
      await stream.next();
      // Mid-stream: a write completes at once (the stream has its own snapshot).
      await putIn(f, "n", v.int(11), record({}));
      let rest = 0;
      for (let r = await stream.next(); !r.done; r = await stream.next()) rest += r.value.length;
      expect(rest).toBe(8);
    } finally {
      await f.close();
    }
  });

  it("makes other calls wait for a stream on an in-memory database, not fail", async () => {
    const f = await openSqlite({ memory: true });
    try {
      await f.exec("CREATE TABLE n (id INTEGER PRIMARY KEY)");
      await f.exec("INSERT INTO n VALUES (1), (2), (3), (4)");
      const stream = findStream(f, ctx(), "n", query(), 2)[Symbol.asyncIterator]();
      await stream.next();
      let written = false;
      const write = putIn(f, "n", v.int(5), record({})).then(() => (written = true));
      await waitFor(() => f.backend.stats().waiting_calls === "1", { what: "the write to queue behind the stream" });
      expect(written).toBe(false);
      while (!(await stream.next()).done);
      await write;
      expect(await f.backend.count(ctx(), { target: table("n"), filter: undefined })).toBe(5n);
    } finally {
      await f.close();
    }
  });
});
