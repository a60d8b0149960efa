import { create } from "@bufbuild/protobuf";
import { Code } from "@connectrpc/connect";
import { beforeAll, describe, expect, it } from "vitest";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import { FilterSchema, Operator, type Filter } from "../../gen/ts/dbx/v1/filter_pb.js";
import { QueryService } from "../../gen/ts/dbx/v1/query_pb.js";
import type { TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";
import { expectError, expectInvalidField, expectUnsupported, record, v } from "../support/values.js";
import { requireAssertions, type ConformanceContext, type Protocol } from "./conformance-context.js";

const field = (name: string, op: Operator, value?: TypedValue, values: TypedValue[] = []): Filter =>
  create(FilterSchema, { kind: { case: "field", value: { field: name, op, value, values } } });
const allOf = (...filters: Filter[]): Filter => create(FilterSchema, { kind: { case: "allOf", value: { filters } } });
const anyOf = (...filters: Filter[]): Filter => create(FilterSchema, { kind: { case: "anyOf", value: { filters } } });
const noneOf = (...filters: Filter[]): Filter => create(FilterSchema, { kind: { case: "noneOf", value: { filters } } });
const elementMatch = (name: string, element: Filter): Filter =>
  create(FilterSchema, { kind: { case: "field", value: { field: name, op: Operator.ELEMENT_MATCH, element } } });

const PEOPLE = [
  { key: "p1", name: "alice", age: 31, score: 1.5, active: true, tags: ["x", "y"] },
  { key: "p2", name: "bob", age: 25, score: 2.5, active: false, tags: ["y"] },
  { key: "p3", name: "carol", age: 40, score: 3.5, active: true, tags: ["y", "x", "z"] },
  { key: "p4", name: "alfred", age: 25, score: 0.5, active: true, tags: [] },
  { key: "p5", name: "dave", age: 52, score: 9.5, active: false, note: true, tags: ["z", "w"] },
];

/** QueryService on one backend over one protocol. */
export function querySuite(ctx: ConformanceContext, protocol: Protocol): void {
  const query = () => ctx.server().client(QueryService, protocol);
  let c = "";

  describe(`QueryService (${protocol})`, () => {
    requireAssertions();

    beforeAll(async () => {
      c = await ctx.newCollection();
      const data = ctx.server().client(DataService, protocol);
      for (const p of PEOPLE) {
        await data.put({
          target: { collection: c },
          key: v.str(p.key),
          record: record({
            name: v.str(p.name),
            age: v.int(p.age),
            score: v.double(p.score),
            active: v.bool(p.active),
            // Arrays live in JSON columns on SQL backends.
            tags: ctx.backend.nativeDocuments ? v.list(p.tags.map((t) => v.str(t))) : v.json(JSON.stringify(p.tags)),
            ...(p.note ? { note: v.str("has a note") } : {}),
          }),
        });
      }
    });

    const names = async (filter?: Filter): Promise<string[]> => {
      const res = await query().find({ target: { collection: c }, query: { filter }, pageSize: 50 });
      return res.records.map((r) => r.fields.name.kind.value as string).sort();
    };

    it.each([
      ["eq", () => field("name", Operator.EQ, v.str("bob")), ["bob"]],
      ["ne", () => field("age", Operator.NE, v.int(25)), ["alice", "carol", "dave"]],
      ["lt", () => field("age", Operator.LT, v.int(31)), ["alfred", "bob"]],
      ["lte", () => field("age", Operator.LTE, v.int(31)), ["alfred", "alice", "bob"]],
      ["gt", () => field("score", Operator.GT, v.double(3.5)), ["dave"]],
      ["gte", () => field("score", Operator.GTE, v.double(3.5)), ["carol", "dave"]],
      ["in", () => field("name", Operator.IN, undefined, [v.str("bob"), v.str("dave"), v.str("zed")]), ["bob", "dave"]],
      ["not in", () => field("age", Operator.NOT_IN, undefined, [v.int(25), v.int(52)]), ["alice", "carol"]],
      ["prefix", () => field("name", Operator.PREFIX, v.str("al")), ["alfred", "alice"]],
      ["contains", () => field("name", Operator.CONTAINS, v.str("o")), ["bob", "carol"]],
      ["exists", () => field("note", Operator.EXISTS), ["dave"]],
      ["not exists", () => field("note", Operator.NOT_EXISTS), ["alfred", "alice", "bob", "carol"]],
      ["bool eq", () => field("active", Operator.EQ, v.bool(false)), ["bob", "dave"]],
      ["all_of", () => allOf(field("active", Operator.EQ, v.bool(true)), field("age", Operator.GTE, v.int(31))), ["alice", "carol"]],
      ["any_of", () => anyOf(field("name", Operator.EQ, v.str("bob")), field("age", Operator.GT, v.int(45))), ["bob", "dave"]],
      ["none_of one", () => noneOf(field("name", Operator.PREFIX, v.str("a"))), ["bob", "carol", "dave"]],
      ["none_of several", () => noneOf(field("name", Operator.EQ, v.str("bob")), field("age", Operator.GT, v.int(45))), ["alfred", "alice", "carol"]],
      ["empty all_of", () => allOf(), ["alfred", "alice", "bob", "carol", "dave"]],
      ["nested", () => allOf(anyOf(field("age", Operator.EQ, v.int(25)), field("age", Operator.EQ, v.int(40))), noneOf(field("active", Operator.EQ, v.bool(false)))), ["alfred", "carol"]],
    ] as const)("filters with %s", async (_, filter, expected) => {
      expect(await names(filter())).toEqual(expected);
    });

    it("sorts, projects, offsets and limits (or says it cannot sort)", async () => {
      const call = query().find({
        target: { collection: c },
        query: { sort: [{ field: "age", descending: true }, { field: "name" }], fields: ["name"], offset: 1n, limit: 3n },
      });
      if (!ctx.capabilities().has("query.sort")) {
        await expectUnsupported(call, "query.sort");
        return;
      }
      const res = await call;
      expect(res.records.map((r) => r.fields.name.kind.value)).toEqual(["carol", "alice", "alfred"]);
      for (const r of res.records) {
        const names = Object.keys(r.fields).filter((f) => f !== ctx.backend.keyField);
        expect(names).toEqual(["name"]);
      }
    });

    it("pages a find with tokens, every match once", async () => {
      const seen: string[] = [];
      let pageToken = "";
      do {
        const res = await query().find({ target: { collection: c }, query: {}, pageSize: 2, pageToken });
        expect(res.records.length).toBeLessThanOrEqual(2);
        seen.push(...res.records.map((r) => r.fields.name.kind.value as string));
        pageToken = res.nextPageToken;
      } while (pageToken);
      expect(seen.sort()).toEqual(PEOPLE.map((p) => p.name).sort());
    });

    it("streams every match in batches", async () => {
      const seen: string[] = [];
      let batches = 0;
      for await (const res of query().findStream({
        target: { collection: c },
        query: { filter: field("age", Operator.GTE, v.int(0)) },
        batchSize: 2,
      })) {
        batches++;
        expect(res.records.length).toBeLessThanOrEqual(2);
        seen.push(...res.records.map((r) => r.fields.name.kind.value as string));
      }
      expect(seen.sort()).toEqual(PEOPLE.map((p) => p.name).sort());
      expect(batches).toBeGreaterThanOrEqual(3);
    });

    it("rejects a filter without an operator, naming the field", async () => {
      await expectError(
        query().find({ target: { collection: c }, query: { filter: field("name", Operator.UNSPECIFIED, v.str("x")) } }),
        Code.InvalidArgument,
        { reason: "ERROR_REASON_INVALID_FIELD", message: /query\.filter\.field\.op/ },
      );
      await expectError(
        query().find({ target: { collection: c }, query: { filter: field("name", Operator.IN) } }),
        Code.InvalidArgument,
        { message: /query\.filter\.field\.values/ },
      );
    });

    it("refuses an empty any_of and none_of, naming them", async () => {
      await expectError(query().find({ target: { collection: c }, query: { filter: anyOf() } }), Code.InvalidArgument, {
        reason: "ERROR_REASON_INVALID_FIELD",
        message: /any_of/,
      });
      await expectError(query().find({ target: { collection: c }, query: { filter: noneOf() } }), Code.InvalidArgument, {
        reason: "ERROR_REASON_INVALID_FIELD",
        message: /none_of/,
      });
    });

    it("filters arrays with contains-all, size and element match (or says it cannot)", async () => {
      const cases: [Filter, string[]][] = [
        [field("tags", Operator.CONTAINS_ALL, undefined, [v.str("x"), v.str("y")]), ["alice", "carol"]],
        [field("tags", Operator.SIZE, v.int(1)), ["bob"]],
        [elementMatch("tags", field("", Operator.EQ, v.str("w"))), ["dave"]],
      ];
      for (const [filter, expected] of cases) {
        if (!ctx.capabilities().has("query.array_filters")) {
          await expectUnsupported(query().find({ target: { collection: c }, query: { filter } }), "query.array_filters");
          continue;
        }
        expect(await names(filter)).toEqual(expected);
      }
    });

    it("EQ and NE compare whole arrays: same elements in the same order", async () => {
      // SQL backends hold arrays in JSON columns, compared as JSON documents.
      const tags = (items: string[]) => (ctx.backend.nativeDocuments ? v.list(items.map((t) => v.str(t))) : v.json(JSON.stringify(items)));
      expect(await names(field("tags", Operator.EQ, tags(["x", "y"])))).toEqual(["alice"]);
      expect(await names(field("tags", Operator.EQ, tags(["y", "x"])))).toEqual([]);
      expect(await names(field("tags", Operator.EQ, tags([])))).toEqual(["alfred"]);
      expect(await names(field("tags", Operator.NE, tags(["y"])))).toEqual(["alfred", "alice", "carol", "dave"]);
    });

    it("counts all records, or those that match a filter", async () => {
      const data = ctx.server().client(DataService, protocol);
      expect((await data.count({ target: { collection: c } })).count).toBe(5n);
      expect((await data.count({ target: { collection: c }, filter: field("active", Operator.EQ, v.bool(true)) })).count).toBe(3n);
      expect(
        (await data.count({ target: { collection: c }, filter: anyOf(field("age", Operator.EQ, v.int(25)), field("note", Operator.EXISTS)) })).count,
      ).toBe(3n);
      expect((await data.count({ target: { collection: c }, filter: field("name", Operator.EQ, v.str("zed")) })).count).toBe(0n);
      await expectError(data.count({ target: { collection: c }, filter: field("name", Operator.UNSPECIFIED, v.str("x")) }), Code.InvalidArgument, {
        reason: "ERROR_REASON_INVALID_FIELD",
        message: /filter\.field\.op/,
      });
    });

    it("refuses a page token of another query, on every backend", async () => {
      const adults = field("age", Operator.GTE, v.int(18));
      const first = await query().find({ target: { collection: c }, query: { filter: adults }, pageSize: 2 });
      expect(first.nextPageToken).not.toBe("");
      // The same token continues the same query.
      const second = await query().find({ target: { collection: c }, query: { filter: adults }, pageSize: 2, pageToken: first.nextPageToken });
      expect(second.records).toHaveLength(2);
      const other = await ctx.newCollection();
      const misuses = [
        { target: { collection: c }, query: { filter: field("age", Operator.GTE, v.int(19)) } },
        { target: { collection: c }, query: {} },
        { target: { collection: c }, query: { filter: adults, fields: ["name"] } },
        { target: { collection: other }, query: { filter: adults } },
      ];
      for (const request of misuses) {
        await expectInvalidField(query().find({ ...request, pageSize: 2, pageToken: first.nextPageToken }), "page_token");
      }
      await expectInvalidField(query().find({ target: { collection: c }, query: {}, pageSize: 2, pageToken: "not-a-token" }), "page_token");
    });
  });
}
