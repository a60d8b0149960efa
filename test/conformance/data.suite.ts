import { create } from "@bufbuild/protobuf";
import { durationFromMs } from "@bufbuild/protobuf/wkt";
import { Code } from "@connectrpc/connect";
import { describe, expect, it } from "vitest";
import { DataService, WriteOperationSchema } from "../../gen/ts/dbx/v1/data_pb.js";
import type { TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";
import { expectError, expectInvalidField, expectUnsupported, present, record, u, v, write } from "../support/values.js";
import { waitFor } from "../support/wait-for.js";
import { requireAssertions, type ConformanceContext, type Protocol } from "./conformance-context.js";

const INT64_MAX = 9223372036854775807n;
const INT64_MIN = -9223372036854775808n;

/** A record with every scalar kind at an edge, the same on every backend. */
export function typedRecord(name = "Ada"): Record<string, TypedValue> {
  return {
    name: v.str(name),
    age: v.int(INT64_MAX),
    score: v.double(-0.1),
    active: v.bool(true),
    // Milliseconds, the finest every backend of the matrix keeps (MongoDB; values.suite.ts tests each backend's finest digit).
    born: v.ts({ $typeName: "google.protobuf.Timestamp", seconds: 1700000000n, nanos: 123000000 }),
    balance: v.decimal("12345678901234567890.123456789"),
    avatar: v.bytes([0, 255, 0, 128, 0xc3, 0x28]),
    profile: v.json('{"city":"Paris","langs":["en","fr"],"n":1}'),
  };
}

/**
 * A value as a backend that stores maps and JSON as its own documents
 * answers it (ConformanceBackend.documentsAsStored): a map as a document of
 * the same fields, JSON text as the document, array or scalar it parses to
 * (integers as ints, other numbers as doubles).
 */
function storedDocument(value: TypedValue): TypedValue {
  switch (value.kind.case) {
    case "mapValue":
      return v.document(Object.entries(value.kind.value.fields).map(([name, f]) => [name, storedDocument(f)]));
    case "arrayValue":
      return v.list(value.kind.value.values.map(storedDocument));
    case "jsonValue":
      return fromJson(JSON.parse(value.kind.value) as unknown);
    default:
      return value;
  }
}

function fromJson(json: unknown): TypedValue {
  if (json === null) return v.null();
  if (typeof json === "boolean") return v.bool(json);
  if (typeof json === "string") return v.str(json);
  if (typeof json === "number") return Number.isSafeInteger(json) ? v.int(BigInt(json)) : v.double(json);
  if (Array.isArray(json)) return v.list(json.map(fromJson));
  return v.document(Object.entries(json as Record<string, unknown>).map(([name, f]) => [name, fromJson(f)]));
}

function mapValues(fields: Record<string, TypedValue>, f: (value: TypedValue) => TypedValue): Record<string, TypedValue> {
  return Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, f(value)]));
}

/** Compares JSON documents by meaning (backends may normalise whitespace and key order). */
function normaliseJson(fields: Record<string, TypedValue>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).map(([k, val]) => [
      k,
      val.kind.case === "jsonValue" ? { json: JSON.parse(val.kind.value) as unknown } : val,
    ]),
  );
}

/** DataService on one backend over one protocol. */
export function dataSuite(ctx: ConformanceContext, protocol: Protocol): void {
  const data = () => ctx.server().client(DataService, protocol);
  /** Fields as the backend answers them back: JSON by meaning, and maps and JSON as documents where it stores them so. */
  const asStored = (fields: Record<string, TypedValue>) =>
    ctx.backend.documentsAsStored ? normaliseJson(mapValues(fields, storedDocument)) : normaliseJson(fields);
  const target = (collection: string) => ({ collection });

  describe(`DataService (${protocol})`, () => {
    requireAssertions();

    it("puts and gets every value kind exactly", async () => {
      const c = await ctx.newCollection();
      const { balance, ...withoutDecimal } = typedRecord();
      const fields = ctx.expected.storesDecimals ? typedRecord() : withoutDecimal;
      if (!ctx.expected.storesDecimals) {
        await expectUnsupported(data().put({ target: target(c), key: v.str("a"), record: record({ balance }) }), "value.decimal");
      }
      const put = await data().put({ target: target(c), key: v.str("a"), record: record(fields) });
      expect(put.created).toBe(true);
      const got = await data().get({ target: target(c), key: v.str("a") });
      expect(asStored(present(got.record, ctx.backend.keyField))).toEqual(asStored(fields));
      if (ctx.backend.keyField) expect(got.record?.fields[ctx.backend.keyField]).toEqual(v.str("a"));
    });

    it("keeps int64 at both ends and negative zero-free doubles", async () => {
      const c = await ctx.newCollection();
      await data().put({ target: target(c), key: v.str("min"), record: record({ age: v.int(INT64_MIN), score: v.double(1e308) }) });
      const got = await data().get({ target: target(c), key: v.str("min") });
      expect(got.record?.fields.age).toEqual(v.int(INT64_MIN));
      expect(got.record?.fields.score).toEqual(v.double(1e308));
    });

    it("round-trips nested documents", async () => {
      const c = await ctx.newCollection();
      const doc = ctx.backend.nativeDocuments
        ? v.map({ city: v.str("Paris"), zip: v.int(75001), tags: v.list([v.str("a"), v.bytes([0, 1])]) })
        : v.json('{"city":"Paris","zip":75001,"tags":["a",{"deep":[1,2,{"x":null}]}]}');
      await data().put({ target: target(c), key: v.str("doc"), record: record({ profile: doc }) });
      const got = await data().get({ target: target(c), key: v.str("doc") });
      expect(asStored(present(got.record, ctx.backend.keyField))).toEqual(asStored({ profile: doc }));
    });

    it("put replaces the whole record and reports created only once", async () => {
      const c = await ctx.newCollection();
      await data().put({ target: target(c), key: v.str("k"), record: record({ name: v.str("x"), note: v.str("n") }) });
      const second = await data().put({ target: target(c), key: v.str("k"), record: record({ name: v.str("y") }) });
      expect(second.created).toBe(false);
      const got = await data().get({ target: target(c), key: v.str("k") });
      expect(present(got.record, ctx.backend.keyField)).toEqual({ name: v.str("y") });
    });

    it("insert fails with ALREADY_EXISTS when the key is taken, and leaves the record alone", async () => {
      const c = await ctx.newCollection();
      const inserted = await data().insert({ target: target(c), key: v.str("k"), record: record({ name: v.str("first") }) });
      expect(inserted.key).toEqual(v.str("k"));
      expect(present(inserted.record, ctx.backend.keyField)).toEqual({ name: v.str("first") });
      await expectError(
        data().insert({ target: target(c), key: v.str("k"), record: record({ name: v.str("second") }) }),
        Code.AlreadyExists,
        { reason: "ERROR_REASON_ALREADY_EXISTS" },
      );
      const got = await data().get({ target: target(c), key: v.str("k") });
      expect(got.record?.fields.name).toEqual(v.str("first"));
    });

    it("update changes only the given fields and answers the new record", async () => {
      const c = await ctx.newCollection();
      await data().put({ target: target(c), key: v.str("k"), record: record({ name: v.str("a"), age: v.int(1) }) });
      const res = await data().update({ target: target(c), key: v.str("k"), updates: [u.set("age", v.int(2))] });
      expect(res.created).toBe(false);
      expect(present(res.record, ctx.backend.keyField)).toEqual({ name: v.str("a"), age: v.int(2) });
      const unset = await data().update({ target: target(c), key: v.str("k"), updates: [u.unset("name")] });
      expect(present(unset.record, ctx.backend.keyField)).toEqual({ age: v.int(2) });
      expect(present((await data().get({ target: target(c), key: v.str("k") })).record, ctx.backend.keyField)).toEqual({ age: v.int(2) });
    });

    it("update of a missing record is NOT_FOUND and creates nothing", async () => {
      const c = await ctx.newCollection();
      await expectError(
        data().update({ target: target(c), key: v.str("nope"), updates: [u.set("name", v.str("x"))] }),
        Code.NotFound,
        { reason: "ERROR_REASON_NOT_FOUND" },
      );
      expect((await data().exists({ target: target(c), key: v.str("nope") })).exists).toBe(false);
    });

    it("get of a missing record is NOT_FOUND", async () => {
      const c = await ctx.newCollection();
      await expectError(data().get({ target: target(c), key: v.str("missing") }), Code.NotFound, { reason: "ERROR_REASON_NOT_FOUND" });
    });

    it("delete answers whether it deleted, exists follows", async () => {
      const c = await ctx.newCollection();
      await data().put({ target: target(c), key: v.str("k"), record: record({ name: v.str("x") }) });
      expect((await data().exists({ target: target(c), key: v.str("k") })).exists).toBe(true);
      expect((await data().delete({ target: target(c), key: v.str("k") })).deleted).toBe(true);
      expect((await data().delete({ target: target(c), key: v.str("k") })).deleted).toBe(false);
      expect((await data().exists({ target: target(c), key: v.str("k") })).exists).toBe(false);
    });

    it("batch get answers in request order with found flags", async () => {
      const c = await ctx.newCollection();
      await data().put({ target: target(c), key: v.str("a"), record: record({ name: v.str("A") }) });
      await data().put({ target: target(c), key: v.str("c"), record: record({ name: v.str("C") }) });
      const res = await data().batchGet({ target: target(c), keys: [v.str("c"), v.str("b"), v.str("a")] });
      expect(res.results.map((r) => r.found)).toEqual([true, false, true]);
      expect(res.results.map((r) => r.key)).toEqual([v.str("c"), v.str("b"), v.str("a")]);
      expect(res.results[0].record?.fields.name).toEqual(v.str("C"));
    });

    it("batch write applies every operation, atomically when the backend can", async () => {
      const c = await ctx.newCollection();
      await data().put({ target: target(c), key: v.str("u"), record: record({ name: v.str("old") }) });
      await data().put({ target: target(c), key: v.str("d"), record: record({ name: v.str("gone") }) });
      const res = await data().batchWrite({
        target: target(c),
        operations: [
          write.put(v.str("p"), record({ name: v.str("P") })),
          write.insert(v.str("i"), record({ name: v.str("I") })),
          write.update(v.str("u"), [u.set("name", v.str("new"))]),
          write.delete(v.str("d")),
        ],
      });
      expect(res.atomic).toBe(ctx.capabilities().has("data.atomic_batch"));
      expect(res.results.map((r) => r.affected)).toEqual([true, true, true, true]);
      expect(res.results[1].key).toEqual(v.str("i"));
      expect((await data().count({ target: target(c) })).count).toBe(3n);
      expect((await data().get({ target: target(c), key: v.str("u") })).record?.fields.name).toEqual(v.str("new"));
    });

    it("an atomic batch with a failing operation writes nothing", async () => {
      const c = await ctx.newCollection();
      await data().put({ target: target(c), key: v.str("taken"), record: record({ name: v.str("orig") }) });
      const call = data().batchWrite({
        target: target(c),
        requireAtomic: true,
        operations: [write.put(v.str("new"), record({ name: v.str("N") })), write.insert(v.str("taken"), record({ name: v.str("dup") }))],
      });
      if (!ctx.capabilities().has("data.atomic_batch")) {
        await expectUnsupported(call, "data.atomic_batch");
        return;
      }
      await expectError(call, Code.AlreadyExists);
      expect((await data().exists({ target: target(c), key: v.str("new") })).exists).toBe(false);
      expect((await data().get({ target: target(c), key: v.str("taken") })).record?.fields.name).toEqual(v.str("orig"));
    });

    it("lists every record exactly once across pages, and counts them", async () => {
      const c = await ctx.newCollection();
      const keys = Array.from({ length: 23 }, (_, i) => `k${String(i).padStart(2, "0")}`);
      await data().batchWrite({
        target: target(c),
        operations: keys.map((k) => write.put(v.str(k), record({ name: v.str(k) }))),
      });
      const seen: string[] = [];
      let pageToken = "";
      let pages = 0;
      do {
        const page = await data().list({ target: target(c), pageSize: 5, pageToken });
        expect(page.records.length).toBeLessThanOrEqual(5);
        for (const r of page.records) seen.push((r.fields.name.kind.value as string));
        pageToken = page.nextPageToken;
        pages++;
        expect(pages).toBeLessThan(30);
      } while (pageToken);
      expect(seen.sort()).toEqual(keys);
      expect((await data().count({ target: target(c) })).count).toBe(23n);
    });

    it("a batch write reaches the collection each operation names", async () => {
      const c = await ctx.newCollection();
      const other = await ctx.newCollection();
      const res = await data().batchWrite({
        target: target(c),
        operations: [
          write.put(v.str("here"), record({ name: v.str("H") })),
          write.put(v.str("there"), record({ name: v.str("T") }), { collection: other }),
          write.insert(v.str("also"), record({ name: v.str("A") }), { collection: other }),
        ],
      });
      expect(res.results.map((r) => r.affected)).toEqual([true, true, true]);
      expect((await data().count({ target: target(c) })).count).toBe(1n);
      expect((await data().count({ target: target(other) })).count).toBe(2n);
      expect((await data().get({ target: target(other), key: v.str("there") })).record?.fields.name).toEqual(v.str("T"));
      // An operation's target may not name another backend.
      await expectError(
        data().batchWrite({
          target: target(c),
          operations: [create(WriteOperationSchema, { target: { backend: "elsewhere", collection: other }, key: v.str("x"), operation: { case: "delete", value: {} } })],
        }),
        Code.InvalidArgument,
        { reason: "ERROR_REASON_INVALID_FIELD", message: /operations\[0\]\.target\.backend/ },
      );
    });

    it("reads a bytes field in ranges (or is UNIMPLEMENTED naming data.ranged_read)", async () => {
      const c = await ctx.newCollection();
      const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 7) % 256);
      await data().put({ target: target(c), key: v.str("b"), record: record({ avatar: v.bytes(bytes) }) });
      const read = async (request: { key?: string; offset?: bigint; length?: bigint; chunkSize?: number }) => {
        const chunks = [];
        const { key = "b", ...range } = request;
        for await (const chunk of data().readBytes({ target: target(c), key: v.str(key), field: "avatar", ...range })) chunks.push(chunk);
        return chunks;
      };
      if (!ctx.capabilities().has("data.ranged_read")) {
        await expectUnsupported(read({}), "data.ranged_read");
        return;
      }
      const chunks = await read({ offset: 10n, length: 500n, chunkSize: 128 });
      expect(chunks.map((ch) => ch.data.length)).toEqual([128, 128, 128, 116]);
      expect(chunks.map((ch) => ch.offset)).toEqual([10n, 138n, 266n, 394n]);
      expect(chunks.every((ch) => ch.totalSize === 1000n)).toBe(true);
      expect(Buffer.concat(chunks.map((ch) => ch.data))).toEqual(Buffer.from(bytes.subarray(10, 510)));
      // No bytes in the range: one message all the same, telling the size.
      const atEnd = await read({ offset: 1000n });
      expect(atEnd.map((ch) => [ch.data.length, ch.totalSize])).toEqual([[0, 1000n]]);
      await expectError(read({ key: "none" }), Code.NotFound, { reason: "ERROR_REASON_NOT_FOUND" });
    });

    it("refuses a list page token of another collection or a made-up one", async () => {
      const c = await ctx.newCollection();
      const other = await ctx.newCollection();
      await data().batchWrite({ target: target(c), operations: ["a", "b", "c"].map((k) => write.put(v.str(k), record({ name: v.str(k) }))) });
      await data().put({ target: target(other), key: v.str("a"), record: record({ name: v.str("a") }) });
      const first = await data().list({ target: target(c), pageSize: 1 });
      expect(first.nextPageToken).not.toBe("");
      await expectInvalidField(data().list({ target: target(other), pageSize: 1, pageToken: first.nextPageToken }), "page_token");
      await expectInvalidField(data().list({ target: target(c), pageSize: 1, pageToken: "bm90LWEtdG9rZW4" }), "page_token");
      const next = await data().list({ target: target(c), pageSize: 1, pageToken: first.nextPageToken });
      expect(next.records).toHaveLength(1);
      expect(next.records[0].fields.name).not.toEqual(first.records[0].fields.name);
    });

    it("accepts unicode and glob-like string keys", async () => {
      const c = await ctx.newCollection();
      for (const key of [v.str("ключ 🔑"), v.str("with:colon*and?glob")]) {
        await data().put({ target: target(c), key, record: record({ name: v.str("x") }) });
        expect((await data().exists({ target: target(c), key })).exists).toBe(true);
      }
    });

    it("ttl works where data.ttl is declared and is UNIMPLEMENTED elsewhere", async () => {
      const c = await ctx.newCollection();
      const call = data().put({ target: target(c), key: v.str("t"), record: record({ name: v.str("x") }), ttl: durationFromMs(60_000) });
      if (!ctx.capabilities().has("data.ttl")) {
        await expectUnsupported(call, "data.ttl");
        return;
      }
      await call;
      const exists = await data().exists({ target: target(c), key: v.str("t") });
      expect(exists.exists).toBe(true);
      const ms = Number(exists.expireTime!.seconds) * 1000 - Date.now();
      expect(ms).toBeGreaterThan(50_000);
      expect(ms).toBeLessThanOrEqual(61_000);
      await data().put({ target: target(c), key: v.str("short"), record: record({ name: v.str("x") }), ttl: durationFromMs(150) });
      const short = await data().exists({ target: target(c), key: v.str("short") });
      // Unless it already expired (a slow machine), it expires within its 150 ms, not rounded up to seconds.
      if (short.exists) expect(Number(short.expireTime!.seconds) * 1000 + short.expireTime!.nanos / 1e6 - Date.now()).toBeLessThanOrEqual(150);
      await waitFor(async () => !(await data().exists({ target: target(c), key: v.str("short") })).exists, { what: "the 150 ms TTL to expire" });
    });
  });
}
