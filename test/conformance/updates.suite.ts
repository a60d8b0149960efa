import { create } from "@bufbuild/protobuf";
import { Code } from "@connectrpc/connect";
import { describe, expect, it } from "vitest";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import { FilterSchema, Operator, type Filter } from "../../gen/ts/dbx/v1/filter_pb.js";
import type { TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";
import { expectError, expectUnsupported, present, record, u, v, write } from "../support/values.js";
import { requireAssertions, type ConformanceContext, type Protocol } from "./conformance-context.js";

const field = (name: string, op: Operator, value?: TypedValue): Filter =>
  create(FilterSchema, { kind: { case: "field", value: { field: name, op, value } } });
const everything = (): Filter => create(FilterSchema, { kind: { case: "allOf", value: { filters: [] } } });

/** The strings of an array value, whether the backend answers it as an array or as a JSON column. */
function strings(value: TypedValue | undefined): string[] {
  if (value?.kind.case === "arrayValue") return value.kind.value.values.map((e) => e.kind.value as string);
  if (value?.kind.case === "jsonValue") return JSON.parse(value.kind.value) as string[];
  throw new Error(`not an array: ${value?.kind.case}`);
}

/** Field update operators, upsert, and updates and deletes by filter. */
export function updatesSuite(ctx: ConformanceContext, protocol: Protocol): void {
  const data = () => ctx.server().client(DataService, protocol);
  const array = (items: string[]) =>
    ctx.backend.nativeDocuments ? v.list(items.map((s) => v.str(s))) : v.json(JSON.stringify(items));

  describe(`field updates (${protocol})`, () => {
    requireAssertions();

    it("set and unset several fields in one update, in order", async () => {
      const c = await ctx.newCollection();
      const target = { collection: c };
      await data().put({ target, key: v.str("k"), record: record({ name: v.str("a"), note: v.str("n"), age: v.int(1) }) });
      const res = await data().update({ target, key: v.str("k"), updates: [u.set("name", v.str("b")), u.unset("note"), u.set("score", v.double(2.5))] });
      expect(present(res.record, ctx.backend.keyField)).toEqual({ name: v.str("b"), age: v.int(1), score: v.double(2.5) });
      // A null set clears the field as unset does.
      const cleared = await data().update({ target, key: v.str("k"), updates: [u.set("age", v.null())] });
      expect(present(cleared.record, ctx.backend.keyField)).toEqual({ name: v.str("b"), score: v.double(2.5) });
    });

    it("increment, min and max numbers (or are UNIMPLEMENTED naming data.update_numeric)", async () => {
      const c = await ctx.newCollection();
      const target = { collection: c };
      await data().put({ target, key: v.str("k"), record: record({ age: v.int(10), name: v.str("n") }) });
      const first = data().update({ target, key: v.str("k"), updates: [u.increment("age", v.int(5)), u.increment("score", v.double(0.5))] });
      if (!ctx.capabilities().has("data.update_numeric")) {
        await expectUnsupported(first, "data.update_numeric");
        await expectUnsupported(data().update({ target, key: v.str("k"), updates: [u.min("age", v.int(1))] }), "data.update_numeric");
        await expectUnsupported(data().update({ target, key: v.str("k"), updates: [u.max("age", v.int(1))] }), "data.update_numeric");
        return;
      }
      // A missing (or null) field counts as 0.
      expect(present((await first).record, ctx.backend.keyField)).toEqual({ age: v.int(15), score: v.double(0.5), name: v.str("n") });
      const second = await data().update({ target, key: v.str("k"), updates: [u.min("age", v.int(12)), u.max("score", v.double(0.25))] });
      expect(present(second.record, ctx.backend.keyField)).toEqual({ age: v.int(12), score: v.double(0.5), name: v.str("n") });
      const third = await data().update({ target, key: v.str("k"), updates: [u.max("age", v.int(20)), u.min("score", v.double(-1.5))] });
      expect(present(third.record, ctx.backend.keyField)).toEqual({ age: v.int(20), score: v.double(-1.5), name: v.str("n") });
      const fourth = await data().update({ target, key: v.str("k"), updates: [u.increment("age", v.int(-30)), u.increment("score", v.double(1))] });
      expect(present(fourth.record, ctx.backend.keyField)).toEqual({ age: v.int(-10), score: v.double(-0.5), name: v.str("n") });
      // What the answer says is what is stored.
      expect(present((await data().get({ target, key: v.str("k") })).record, ctx.backend.keyField)).toEqual(present(fourth.record, ctx.backend.keyField));
    });

    it("append, remove and add_to_set on arrays (or are UNIMPLEMENTED naming data.update_arrays)", async () => {
      const c = await ctx.newCollection();
      const target = { collection: c };
      await data().put({ target, key: v.str("k"), record: record({ tags: array(["a", "b"]) }) });
      const append = data().update({ target, key: v.str("k"), updates: [u.append("tags", [v.str("c"), v.str("a")])] });
      if (!ctx.capabilities().has("data.update_arrays")) {
        await expectUnsupported(append, "data.update_arrays");
        await expectUnsupported(data().update({ target, key: v.str("k"), updates: [u.remove("tags", [v.str("a")])] }), "data.update_arrays");
        await expectUnsupported(data().update({ target, key: v.str("k"), updates: [u.addToSet("tags", [v.str("a")])] }), "data.update_arrays");
        return;
      }
      expect(strings((await append).record?.fields.tags)).toEqual(["a", "b", "c", "a"]);
      const removed = await data().update({ target, key: v.str("k"), updates: [u.remove("tags", [v.str("a")])] });
      expect(strings(removed.record?.fields.tags)).toEqual(["b", "c"]);
      const added = await data().update({ target, key: v.str("k"), updates: [u.addToSet("tags", [v.str("b"), v.str("d"), v.str("d")])] });
      expect(strings(added.record?.fields.tags)).toEqual(["b", "c", "d"]);
    });

    it("upsert creates a missing record from the key and the set values (or is UNIMPLEMENTED)", async () => {
      const c = await ctx.newCollection();
      const target = { collection: c };
      const call = data().update({ target, key: v.str("new"), upsert: true, updates: [u.set("name", v.str("made"))] });
      if (!ctx.capabilities().has("data.upsert")) {
        await expectUnsupported(call, "data.upsert");
        return;
      }
      const created = await call;
      expect(created.created).toBe(true);
      expect(present(created.record, ctx.backend.keyField)).toEqual({ name: v.str("made") });
      if (ctx.backend.keyField) expect(created.record?.fields[ctx.backend.keyField]).toEqual(v.str("new"));
      const again = await data().update({ target, key: v.str("new"), upsert: true, updates: [u.set("name", v.str("changed"))] });
      expect(again.created).toBe(false);
      expect(present((await data().get({ target, key: v.str("new") })).record, ctx.backend.keyField)).toEqual({ name: v.str("changed") });
      expect((await data().count({ target })).count).toBe(1n);
    });

    it("refuses an update without changes, a field changed twice, and a change without an operation", async () => {
      const c = await ctx.newCollection();
      const target = { collection: c };
      await data().put({ target, key: v.str("k"), record: record({ name: v.str("a") }) });
      const invalid = { reason: "ERROR_REASON_INVALID_FIELD" };
      await expectError(data().update({ target, key: v.str("k"), updates: [] }), Code.InvalidArgument, { ...invalid, message: /updates/ });
      await expectError(data().update({ target, key: v.str("k"), updates: [u.set("name", v.str("b")), u.unset("name")] }), Code.InvalidArgument, {
        ...invalid,
        message: /updates\[1\]/,
      });
      await expectError(data().update({ target, key: v.str("k"), updates: [{ field: "name" }] }), Code.InvalidArgument, { ...invalid, message: /updates\[0\]/ });
      await expectError(data().batchWrite({ target, operations: [write.update(v.str("k"), [])] }), Code.InvalidArgument, {
        ...invalid,
        message: /operations\[0\]\.update\.updates/,
      });
      expect((await data().get({ target, key: v.str("k") })).record?.fields.name).toEqual(v.str("a"));
    });
  });

  describe(`updates and deletes by filter (${protocol})`, () => {
    requireAssertions();

    it("UpdateMany and DeleteMany change exactly the matching records (or are UNIMPLEMENTED)", async () => {
      const c = await ctx.newCollection();
      const target = { collection: c };
      await data().batchWrite({
        target,
        operations: [
          write.put(v.str("a"), record({ name: v.str("a"), age: v.int(20), active: v.bool(true) })),
          write.put(v.str("b"), record({ name: v.str("b"), age: v.int(30), active: v.bool(false) })),
          write.put(v.str("c"), record({ name: v.str("c"), age: v.int(40), active: v.bool(true) })),
          write.put(v.str("d"), record({ name: v.str("d"), age: v.int(50), active: v.bool(true) })),
        ],
      });
      const active = field("active", Operator.EQ, v.bool(true));
      const updateMany = data().updateMany({ target, filter: active, updates: [u.set("note", v.str("bulk"))] });
      if (!ctx.capabilities().has("data.bulk_by_filter")) {
        await expectUnsupported(updateMany, "data.bulk_by_filter");
        await expectUnsupported(data().deleteMany({ target, filter: active }), "data.bulk_by_filter");
        return;
      }
      expect((await updateMany).updatedCount).toBe(3n);
      expect((await data().count({ target, filter: field("note", Operator.EQ, v.str("bulk")) })).count).toBe(3n);
      expect((await data().get({ target, key: v.str("b") })).record?.fields.note ?? v.null()).toEqual(v.null());
      if (ctx.capabilities().has("data.update_numeric")) {
        const older = await data().updateMany({ target, filter: field("age", Operator.GTE, v.int(40)), updates: [u.increment("age", v.int(1))] });
        expect(older.updatedCount).toBe(2n);
        expect((await data().get({ target, key: v.str("d") })).record?.fields.age).toEqual(v.int(51));
      }
      const none = await data().updateMany({ target, filter: field("name", Operator.EQ, v.str("zed")), updates: [u.set("note", v.str("x"))] });
      expect(none.updatedCount).toBe(0n);
      const deleted = await data().deleteMany({ target, filter: field("age", Operator.LT, v.int(35)) });
      expect(deleted.deletedCount).toBe(2n);
      expect((await data().count({ target })).count).toBe(2n);
      expect((await data().exists({ target, key: v.str("a") })).exists).toBe(false);
      // Every record goes only when asked with a filter that matches all.
      expect((await data().deleteMany({ target, filter: everything() })).deletedCount).toBe(2n);
      expect((await data().count({ target })).count).toBe(0n);
    });

    it("UpdateMany and DeleteMany require a filter (or are UNIMPLEMENTED)", async () => {
      const c = await ctx.newCollection();
      const target = { collection: c };
      await data().put({ target, key: v.str("k"), record: record({ name: v.str("kept") }) });
      if (!ctx.capabilities().has("data.bulk_by_filter")) {
        await expectUnsupported(data().deleteMany({ target, filter: everything() }), "data.bulk_by_filter");
        return;
      }
      await expectError(data().deleteMany({ target }), Code.InvalidArgument, { reason: "ERROR_REASON_INVALID_FIELD", message: /filter/ });
      await expectError(data().updateMany({ target, updates: [u.set("name", v.str("x"))] }), Code.InvalidArgument, {
        reason: "ERROR_REASON_INVALID_FIELD",
        message: /filter/,
      });
      await expectError(data().updateMany({ target, filter: everything(), updates: [] }), Code.InvalidArgument, {
        reason: "ERROR_REASON_INVALID_FIELD",
        message: /updates/,
      });
      expect((await data().get({ target, key: v.str("k") })).record?.fields.name).toEqual(v.str("kept"));
    });
  });
}
