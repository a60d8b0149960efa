import { startRedisBackendFixture, type RedisBackendFixture } from "./backend-fixture.js";
import { create, type MessageInitShape } from "@bufbuild/protobuf";
import { Code } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FilterSchema, Operator, type Filter } from "../../gen/ts/dbx/v1/filter_pb.js";
import { QuerySchema } from "../../gen/ts/dbx/v1/query_pb.js";
import { TypedValueSchema, type TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";
import type { Backend } from "../../src/backends/backend.js";
import { errorMetadata, rejection } from "../support/values.js";
import { at, ctx, record, v } from "./values.js";

let fx: RedisBackendFixture;
let backend: Backend;

const kind = (value: MessageInitShape<typeof TypedValueSchema>["kind"]): TypedValue => create(TypedValueSchema, { kind: value });
const date = (year: number, month: number, day: number) => kind({ case: "dateValue", value: { year, month, day } });

/** Ten people with ages, tags, addresses and birthdays. */
const PEOPLE = Array.from({ length: 10 }, (_, i) =>
  record({
    i: v.int(i),
    age: i % 2 === 0 ? v.int(20 + i) : v.dec(`${20 + i}.5`),
    tags: v.list(...["a", "b", "c"].slice(0, i % 4).map(v.str)),
    pets: v.list(v.map({ kind: v.str(i % 3 === 0 ? "cat" : "dog"), age: v.int(i) })),
    home: kind({ case: "documentValue", value: { fields: [{ name: "city", value: v.str(i < 5 ? "Bern" : "Basel") }] } }),
    born: date(1990 + i, 1 + i, 1),
  }),
);

beforeAll(async () => {
  fx = await startRedisBackendFixture("rq:");
  backend = fx.backend;
  for (const [i, person] of PEOPLE.entries()) await backend.put(ctx(), { target: at("people"), key: v.int(i), record: person, ttlMs: undefined });
  await backend.put(ctx(), { target: at("other"), key: v.int(1), record: record({}), ttlMs: undefined });
});

afterAll(() => fx?.close());


const field = (name: string, op: Operator, value?: TypedValue, extra: { values?: TypedValue[]; element?: Filter } = {}): Filter =>
  create(FilterSchema, { kind: { case: "field", value: { field: name, op, value, ...extra } } });
const allOf = (...filters: Filter[]): Filter => create(FilterSchema, { kind: { case: "allOf", value: { filters } } });
const anyOf = (...filters: Filter[]): Filter => create(FilterSchema, { kind: { case: "anyOf", value: { filters } } });
const noneOf = (...filters: Filter[]): Filter => create(FilterSchema, { kind: { case: "noneOf", value: { filters } } });

/** The `i` of every person that matches, sorted. */
async function matching(filter: Filter): Promise<number[]> {
  const page = await backend.find(ctx(), { target: at("people"), query: create(QuerySchema, { filter }), pageSize: 100, pageToken: "" });
  return page.records.map((r) => Number(r.fields.i.kind.value)).sort((a, b) => a - b);
}

describe("Redis backend: filters", () => {
  it("all_of, any_of and none_of; an empty all_of matches every record", async () => {
    expect(await matching(allOf())).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(await matching(allOf(field("i", Operator.GTE, v.int(3)), field("i", Operator.LT, v.int(6))))).toEqual([3, 4, 5]);
    expect(await matching(anyOf(field("i", Operator.EQ, v.int(1)), field("i", Operator.EQ, v.int(8))))).toEqual([1, 8]);
    expect(await matching(noneOf(field("i", Operator.LT, v.int(7)), field("i", Operator.EQ, v.int(9))))).toEqual([7, 8]);
  });

  it("orders numbers exactly across int and decimal, and dates with dates", async () => {
    expect(await matching(field("age", Operator.GT, v.dec("26.5")))).toEqual([7, 8, 9]);
    expect(await matching(field("age", Operator.GTE, v.int(27)))).toEqual([7, 8, 9]);
    expect(await matching(field("age", Operator.EQ, v.dec("25.50")))).toEqual([5]);
    expect(await matching(field("age", Operator.LT, v.dec("2.05e1")))).toEqual([0]);
    expect(await matching(field("born", Operator.LT, date(1993, 1, 1)))).toEqual([0, 1, 2]);
    expect(await matching(field("born", Operator.LT, v.str("1993-01-01")))).toEqual([]);
  });

  it("reaches into documents and maps by dotted path", async () => {
    expect(await matching(field("home.city", Operator.EQ, v.str("Basel")))).toEqual([5, 6, 7, 8, 9]);
  });

  it("EQ compares arrays whole; CONTAINS_ALL, SIZE and ELEMENT_MATCH test their elements", async () => {
    expect(await matching(field("tags", Operator.EQ, v.list(v.str("a"), v.str("b"))))).toEqual([2, 6]);
    expect(await matching(field("tags", Operator.EQ, v.list(v.str("b"), v.str("a"))))).toEqual([]);
    expect(await matching(field("tags", Operator.CONTAINS_ALL, undefined, { values: [v.str("c"), v.str("a")] }))).toEqual([3, 7]);
    expect(await matching(field("tags", Operator.SIZE, v.int(0)))).toEqual([0, 4, 8]);
    const catOlderThan2 = allOf(field("kind", Operator.EQ, v.str("cat")), field("age", Operator.GT, v.int(2)));
    expect(await matching(field("pets", Operator.ELEMENT_MATCH, undefined, { element: catOlderThan2 }))).toEqual([3, 6, 9]);
    expect(await matching(field("tags", Operator.ELEMENT_MATCH, undefined, { element: field("", Operator.PREFIX, v.str("b")) }))).toEqual([2, 3, 6, 7]);
    expect(await matching(field("i", Operator.SIZE, v.int(0)))).toEqual([]);
  });

  it("Count counts the records that match a filter, or all without one", async () => {
    expect(await backend.count(ctx(), { target: at("people"), filter: undefined })).toBe(10n);
    expect(await backend.count(ctx(), { target: at("people"), filter: field("i", Operator.IN, undefined, { values: [v.int(1), v.int(2), v.int(99)] }) })).toBe(2n);
    expect(await backend.count(ctx(), { target: at("people"), filter: allOf() })).toBe(10n);
    expect(await backend.count(ctx(), { target: at("nobody"), filter: allOf() })).toBe(0n);
  });
});

describe("Redis backend: page tokens", () => {
  const list = (collection: string, pageToken: string, fields: string[] = []) =>
    backend.list(ctx(), { target: at(collection), pageSize: 3, pageToken, fields });
  const find = (pageToken: string, query: MessageInitShape<typeof QuerySchema>) =>
    backend.find(ctx(), { target: at("people"), query: create(QuerySchema, query), pageSize: 3, pageToken });

  it("a token pages through the query that made it", async () => {
    const first = await find("", { filter: field("i", Operator.GTE, v.int(2)), fields: ["i"] });
    expect(first.nextPageToken).not.toBe("");
    const second = await find(first.nextPageToken, { filter: field("i", Operator.GTE, v.int(2)), fields: ["i"] });
    expect(second.records).toHaveLength(3);
  });

  it("a token of another collection, filter, projection, limit or operation is INVALID_ARGUMENT page_token", async () => {
    const listed = await list("people", "");
    const found = await find("", { filter: field("i", Operator.GTE, v.int(2)) });
    const refused = [
      () => list("other", listed.nextPageToken),
      () => list("people", listed.nextPageToken, ["i"]),
      () => find(listed.nextPageToken, {}),
      () => find(found.nextPageToken, { filter: field("i", Operator.GTE, v.int(3)) }),
      () => find(found.nextPageToken, { filter: field("i", Operator.GTE, v.int(2)), limit: 5n }),
      () => find(found.nextPageToken, { filter: field("i", Operator.GTE, v.int(2)), fields: ["i"] }),
      () => list("people", found.nextPageToken),
    ];
    for (const call of refused) {
      const err = await rejection(call());
      expect(err.code).toBe(Code.InvalidArgument);
      expect(errorMetadata(err).field).toBe("page_token");
      expect(err.rawMessage).toMatch(/another collection or query/);
    }
    expect((await list("people", listed.nextPageToken)).records).toHaveLength(3);
  });
});
