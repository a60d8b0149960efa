import { create } from "@bufbuild/protobuf";
import { Code } from "@connectrpc/connect";
import { beforeAll, describe, expect, it } from "vitest";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import { FilterSchema, Operator, type Filter } from "../../gen/ts/dbx/v1/filter_pb.js";
import { QueryService } from "../../gen/ts/dbx/v1/query_pb.js";
import type { TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";
import { expectError, record, v } from "../support/values.js";
import type { ConformanceContext, Protocol } from "./conformance-context.js";

const field = (name: string, op: Operator, value?: TypedValue, values: TypedValue[] = []): Filter =>
  create(FilterSchema, { kind: { case: "field", value: { field: name, op, value, values } } });
const and = (...filters: Filter[]): Filter => create(FilterSchema, { kind: { case: "and", value: { filters } } });
const or = (...filters: Filter[]): Filter => create(FilterSchema, { kind: { case: "or", value: { filters } } });
const not = (filter: Filter): Filter => create(FilterSchema, { kind: { case: "not", value: filter } });

const PEOPLE = [
  { key: "p1", name: "alice", age: 31, score: 1.5, active: true },
  { key: "p2", name: "bob", age: 25, score: 2.5, active: false },
  { key: "p3", name: "carol", age: 40, score: 3.5, active: true },
  { key: "p4", name: "alfred", age: 25, score: 0.5, active: true },
  { key: "p5", name: "dave", age: 52, score: 9.5, active: false, note: true },
];

/** QueryService on one backend over one protocol. */
export function querySuite(ctx: ConformanceContext, protocol: Protocol): void {
  const query = () => ctx.server().client(QueryService, protocol);
  let c = "";

  describe(`QueryService (${protocol})`, () => {
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
      ["and", () => and(field("active", Operator.EQ, v.bool(true)), field("age", Operator.GTE, v.int(31))), ["alice", "carol"]],
      ["or", () => or(field("name", Operator.EQ, v.str("bob")), field("age", Operator.GT, v.int(45))), ["bob", "dave"]],
      ["not", () => not(field("name", Operator.PREFIX, v.str("a"))), ["bob", "carol", "dave"]],
    ] as const)("filters with %s", async (_, filter, expected) => {
      expect(await names(filter())).toEqual(expected);
    });

    it("sorts, projects, offsets and limits (or says it cannot sort)", async () => {
      const call = query().find({
        target: { collection: c },
        query: { sort: [{ field: "age", descending: true }, { field: "name" }], fields: ["name"], offset: 1n, limit: 3n },
      });
      if (!ctx.capabilities().has("query.sort")) {
        await expectError(call, Code.Unimplemented, { message: /query\.sort/ });
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
  });
}
