import { Code } from "@connectrpc/connect";
import { describe, expect, it } from "vitest";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import { ChangeType, StreamService } from "../../gen/ts/dbx/v1/stream_pb.js";
import { expectError, expectInvalidField, expectUnsupported, present, record, u, v, write } from "../support/values.js";
import { requireAssertions, type ConformanceContext, type Protocol } from "./conformance-context.js";

/** Record keys beyond one string: composite keys, keys named by a map, generated keys. */
export function keysSuite(ctx: ConformanceContext, protocol: Protocol): void {
  const data = () => ctx.server().client(DataService, protocol);

  describe(`record keys (${protocol})`, () => {
    requireAssertions();

    it("composite keys address records by every key field (or a map key is INVALID_ARGUMENT key)", async () => {
      const c = await ctx.newCollection("composite_key");
      const target = { collection: c };
      const key = v.key({ tenant: v.int(7), id: v.str("a") });
      if (!ctx.expected.compositeKeys) {
        await expectInvalidField(data().put({ target, key, record: record({ name: v.str("x") }) }), "key");
        await expectInvalidField(data().get({ target, key }), "key");
        await expectInvalidField(data().batchGet({ target, keys: [v.str("ok"), key] }), "keys[1]");
        await expectInvalidField(data().batchWrite({ target, operations: [write.put(key, record({ name: v.str("x") }))] }), "operations[0].key");
        return;
      }
      await data().put({ target, key, record: record({ name: v.str("A") }) });
      await data().put({ target, key: v.key({ tenant: v.int(8), id: v.str("a") }), record: record({ name: v.str("other tenant") }) });
      const got = await data().get({ target, key });
      expect(present(got.record)).toEqual({ tenant: v.int(7), id: v.str("a"), name: v.str("A") });
      // The key fields in any order name the same record.
      expect((await data().exists({ target, key: v.key({ id: v.str("a"), tenant: v.int(7) }) })).exists).toBe(true);
      const updated = await data().update({ target, key, updates: [u.set("name", v.str("B"))] });
      expect(updated.record?.fields.name).toEqual(v.str("B"));
      const batch = await data().batchGet({ target, keys: [v.key({ tenant: v.int(8), id: v.str("a") }), v.key({ tenant: v.int(9), id: v.str("a") }), key] });
      expect(batch.results.map((r) => r.found)).toEqual([true, false, true]);
      expect(batch.results[2].key).toEqual(key);
      expect(batch.results[0].record?.fields.name).toEqual(v.str("other tenant"));
      const listed = await data().list({ target, pageSize: 1 });
      expect(listed.records).toHaveLength(1);
      const rest = await data().list({ target, pageSize: 10, pageToken: listed.nextPageToken });
      expect([...listed.records, ...rest.records].map((r) => r.fields.tenant)).toEqual([v.int(7), v.int(8)]);
      await data().batchWrite({ target, operations: [write.delete(v.key({ tenant: v.int(8), id: v.str("a") }))] });
      expect((await data().delete({ target, key })).deleted).toBe(true);
      expect((await data().count({ target })).count).toBe(0n);
    });

    it("watch events of a composite-key collection carry the key as a map of its fields", async () => {
      const c = await ctx.newCollection("composite_key");
      const target = { collection: c };
      const key = v.key({ tenant: v.int(3), id: v.str("w") });
      if (!ctx.expected.compositeKeys) {
        await expectInvalidField(data().delete({ target, key }), "key");
        return;
      }
      const stream = ctx.server().client(StreamService, protocol);
      if (!ctx.capabilities().has("stream.watch")) {
        await expectUnsupported(stream.watch({ target })[Symbol.asyncIterator]().next(), "stream.watch");
        return;
      }
      const abort = new AbortController();
      const events = stream.watch({ target }, { signal: abort.signal })[Symbol.asyncIterator]();
      try {
        expect((await events.next()).value?.event.case).toBe("ready");
        await data().put({ target, key, record: record({ name: v.str("w") }) });
        const change = await events.next();
        expect(change.value?.event.case).toBe("change");
        if (change.value?.event.case === "change") {
          expect(change.value.event.value.type).toBe(ChangeType.INSERT);
          expect(change.value.event.value.key).toEqual(key);
        }
      } finally {
        abort.abort();
      }
    });

    it("a composite key naming wrong, missing or extra fields is INVALID_ARGUMENT naming the key fields", async () => {
      const c = await ctx.newCollection("composite_key");
      const target = { collection: c };
      const wrongKeys = [
        v.key({ tenant: v.int(7) }),
        v.key({ tenant: v.int(7), id: v.str("a"), name: v.str("extra") }),
        v.key({ tenant: v.int(7), ID: v.str("a") }),
        v.str("a"),
      ];
      for (const key of wrongKeys) {
        if (!ctx.expected.compositeKeys) {
          // A schemaless backend has no key fields: a plain key is fine, a map never.
          if (key.kind.case === "mapValue") await expectInvalidField(data().get({ target, key }), "key");
          else await expectError(data().get({ target, key }), Code.NotFound, { reason: "ERROR_REASON_NOT_FOUND" });
          continue;
        }
        const err = await expectInvalidField(data().get({ target, key }), "key");
        expect(err.rawMessage).toMatch(/tenant/);
        expect(err.rawMessage).toMatch(/\bid\b/);
      }
    });

    it("a single-field key may be given as a one-entry map naming its field", async () => {
      const c = await ctx.newCollection();
      const target = { collection: c };
      await data().put({ target, key: v.str("k"), record: record({ name: v.str("x") }) });
      const named = v.key({ [ctx.backend.keyField ?? "id"]: v.str("k") });
      if (!ctx.expected.compositeKeys) {
        await expectInvalidField(data().get({ target, key: named }), "key");
        return;
      }
      expect((await data().get({ target, key: named })).record?.fields.name).toEqual(v.str("x"));
      await expectInvalidField(data().get({ target, key: v.key({ nope: v.str("k") }) }), "key");
    });

    it("insert without a key: the backend generates it, or the key fields come from the record", async () => {
      const generated = await ctx.newCollection("generated_key");
      const target = { collection: generated };
      if (!ctx.capabilities().has("data.generated_keys")) {
        await expectInvalidField(data().insert({ target, record: record({ name: v.str("x") }) }), "key");
        await expectInvalidField(data().batchWrite({ target, operations: [write.insert(undefined, record({ name: v.str("x") }))] }), "operations[0].key");
        return;
      }
      const first = await data().insert({ target, record: record({ name: v.str("one") }) });
      const second = await data().insert({ target, record: record({ name: v.str("two") }) });
      expect(first.key?.kind.case).toBe(ctx.expected.generatedKeyKind);
      expect(second.key?.kind.case).toBe(ctx.expected.generatedKeyKind);
      expect(second.key).not.toEqual(first.key);
      // The answer is the record as stored, its generated key field included.
      expect(first.record?.fields[ctx.backend.keyField ?? "id"]).toEqual(first.key);
      expect(first.record?.fields.name).toEqual(v.str("one"));
      expect((await data().get({ target, key: second.key })).record?.fields.name).toEqual(v.str("two"));
      const batch = await data().batchWrite({ target, operations: [write.insert(undefined, record({ name: v.str("three") }))] });
      expect(batch.results[0].key?.kind.case).toBe(ctx.expected.generatedKeyKind);
      expect((await data().get({ target, key: batch.results[0].key })).record?.fields.name).toEqual(v.str("three"));
      // A table whose key is not generated takes it from the record; so does a collection whose key the record gives.
      const texts = await ctx.newCollection();
      const keyField = ctx.backend.keyField ?? "id";
      const fromRecord = await data().insert({ target: { collection: texts }, record: record({ [keyField]: v.str("given"), name: v.str("g") }) });
      expect(fromRecord.key).toEqual(v.str("given"));
      if (ctx.expected.generatedKeyKind === "objectIdValue") return; // Every collection generates keys (MongoDB).
      await expectError(data().insert({ target: { collection: texts }, record: record({ name: v.str("no id") }) }), Code.InvalidArgument, {
        reason: "ERROR_REASON_INVALID_FIELD",
        message: /\bid\b/,
      });
    });
  });
}
