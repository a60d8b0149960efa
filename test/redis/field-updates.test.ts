import { startRedisBackendFixture, type RedisBackendFixture } from "./backend-fixture.js";
import { Code } from "@connectrpc/connect";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { create } from "@bufbuild/protobuf";
import type { FieldUpdate } from "../../gen/ts/dbx/v1/data_pb.js";
import { FilterSchema, Operator } from "../../gen/ts/dbx/v1/filter_pb.js";
import { QuerySchema } from "../../gen/ts/dbx/v1/query_pb.js";
import type { Backend } from "../../src/backends/backend.js";
import { createRedisBackend } from "../../src/backends/redis/index.js";
import { encodeValue } from "../../src/backends/redis/record-codec.js";
import { recordScripts } from "../../src/backends/redis/record-scripts.js";
import { reasonOf } from "../../src/errors/dbx-error.js";
import { errorMetadata, rejection } from "../support/values.js";
import { at, begin, ctx, record, u, v } from "./values.js";

let fx: RedisBackendFixture;
let backend: Backend;
let raw: Redis;

beforeAll(async () => {
  fx = await startRedisBackendFixture("fu:");
  ({ backend, raw } = fx);
});

afterAll(() => fx?.close());


const update = (key: string, updates: FieldUpdate[], options: { upsert?: boolean; ttlMs?: number } = {}) =>
  backend.update(ctx(), { target: at("u"), key: v.str(key), updates, ttlMs: options.ttlMs, upsert: options.upsert ?? false });

const fieldsOf = async (key: string) => (await backend.get(ctx(), { target: at("u"), key: v.str(key), fields: [] }))?.fields;

describe("Redis backend: field update operators", () => {
  it("set and unset change only the fields named", async () => {
    await backend.put(ctx(), { target: at("u"), key: v.str("s"), record: record({ a: v.int(1), b: v.int(2) }), ttlMs: undefined });
    const after = await update("s", [u.set("a", v.str("x")), u.unset("b"), u.set("c", v.null())]);
    expect(after).toEqual({ record: record({ a: v.str("x"), c: v.null() }), created: false });
    expect(await fieldsOf("s")).toEqual({ a: v.str("x"), c: v.null() });
  });

  it("increment adds ints exactly, makes doubles with a double, and counts a missing or null field as 0", async () => {
    await backend.put(ctx(), { target: at("u"), key: v.str("n"), record: record({ big: v.int(9223372036854775800n), d: v.dbl(0.5), nul: v.null() }), ttlMs: undefined });
    const after = await update("n", [
      u.increment("big", v.int(7)),
      u.increment("d", v.int(2)),
      u.increment("missing", v.int(5)),
      u.increment("missingDouble", v.dbl(1.5)),
      u.increment("nul", v.int(-3)),
    ]);
    expect(after?.record.fields).toEqual({
      big: v.int(9223372036854775807n),
      d: v.dbl(2.5),
      missing: v.int(5),
      missingDouble: v.dbl(1.5),
      nul: v.int(-3),
    });
    expect(await fieldsOf("n")).toEqual(after?.record.fields);
  });

  it("increment past the int64 range, or of a field that is not a number, is INVALID_ARGUMENT naming the update; nothing is written", async () => {
    await backend.put(ctx(), { target: at("u"), key: v.str("bad"), record: record({ big: v.int(9223372036854775807n), s: v.str("x") }), ttlMs: undefined });
    const overflow = await rejection(update("bad", [u.set("a", v.int(1)), u.increment("big", v.int(1))]));
    expect(overflow.code).toBe(Code.InvalidArgument);
    expect(errorMetadata(overflow).field).toBe("updates[1].increment");
    const notNumber = await rejection(update("bad", [u.increment("s", v.int(1))]));
    expect(notNumber.code).toBe(Code.InvalidArgument);
    expect(notNumber.rawMessage).toMatch(/"s" holds a string/);
    const byString = await rejection(update("bad", [u.increment("big", v.str("1"))]));
    expect(errorMetadata(byString).field).toBe("updates[0].increment");
    expect(await fieldsOf("bad")).toEqual({ big: v.int(9223372036854775807n), s: v.str("x") });
  });

  it("min and max keep the smaller or larger value, across number kinds, and take the operand on a missing field", async () => {
    await backend.put(ctx(), { target: at("u"), key: v.str("m"), record: record({ lo: v.int(5), hi: v.dec("5.5"), t: v.str("m") }), ttlMs: undefined });
    const after = await update("m", [
      u.min("lo", v.dbl(4.5)),
      u.max("hi", v.int(5)),
      u.max("t", v.str("z")),
      u.min("absent", v.int(3)),
    ]);
    expect(after?.record.fields).toEqual({ lo: v.dbl(4.5), hi: v.dec("5.5"), t: v.str("z"), absent: v.int(3) });
    const mixed = await rejection(update("m", [u.min("t", v.int(1))]));
    expect(mixed.code).toBe(Code.InvalidArgument);
    expect(errorMetadata(mixed).field).toBe("updates[0].min");
  });

  it("append, add_to_set and remove work on arrays; a missing field is an empty array", async () => {
    await backend.put(ctx(), { target: at("u"), key: v.str("a"), record: record({ tags: v.list(v.str("a"), v.str("b")), n: v.int(1) }), ttlMs: undefined });
    const after = await update("a", [
      u.append("tags", v.str("b"), v.str("c")),
      u.addToSet("set", v.int(1), v.int(1), v.dbl(2)),
      u.remove("gone", v.int(1)),
    ]);
    expect(after?.record.fields).toEqual({ tags: v.list(v.str("a"), v.str("b"), v.str("b"), v.str("c")), set: v.list(v.int(1), v.dbl(2)), n: v.int(1) });
    const again = await update("a", [u.remove("tags", v.str("b"), v.str("zzz")), u.addToSet("set", v.int(2), v.int(3))]);
    // 2 and 2.0 are equal numbers: add_to_set keeps the one it has.
    expect(again?.record.fields).toEqual({ tags: v.list(v.str("a"), v.str("c")), set: v.list(v.int(1), v.dbl(2), v.int(3)), n: v.int(1) });
    const notArray = await rejection(update("a", [u.append("n", v.int(2))]));
    expect(errorMetadata(notArray).field).toBe("updates[0].append");
  });

  it("a missing record is not updated without upsert (nothing created)", async () => {
    expect(await update("nobody", [u.increment("n", v.int(1))])).toBeUndefined();
    expect(await update("nobody", [u.set("n", v.int(1))])).toBeUndefined();
    expect(await raw.exists("fu:u:nobody")).toBe(0);
  });

  it("upsert creates the record from every operator applied to no fields, and updates it once it exists", async () => {
    const created = await update("up", [u.set("name", v.str("A")), u.increment("visits", v.int(1)), u.addToSet("tags", v.str("x"))], { upsert: true, ttlMs: 60_000 });
    expect(created).toEqual({ record: record({ name: v.str("A"), visits: v.int(1), tags: v.list(v.str("x")) }), created: true });
    expect(await raw.hget("fu:u:up", "")).toBe("1");
    expect(await raw.pttl("fu:u:up")).toBeGreaterThan(50_000);
    const updated = await update("up", [u.increment("visits", v.int(1))], { upsert: true });
    expect(updated).toEqual({ record: record({ name: v.str("A"), visits: v.int(2), tags: v.list(v.str("x")) }), created: false });
    const setOnly = await update("up-set", [u.set("a", v.int(1))], { upsert: true });
    expect(setOnly?.created).toBe(true);
  });

  it("upsert does not write into a hash DBX did not write", async () => {
    await raw.hset("fu:u:foreign", "a", "plain");
    for (const updates of [[u.set("a", v.int(1))], [u.increment("n", v.int(1))]]) {
      const err = await rejection(update("foreign", updates, { upsert: true }));
      expect(reasonOf(err)).toBe("ERROR_REASON_STATEMENT_FAILED");
    }
    expect(await raw.hgetall("fu:u:foreign")).toEqual({ a: "plain" });
  });

  it("concurrent increments of one field are each applied exactly once", async () => {
    await backend.put(ctx(), { target: at("u"), key: v.str("race"), record: record({}), ttlMs: undefined });
    await Promise.all(
      Array.from({ length: 50 }, (_, i) => update("race", [u.increment("n", v.int(1)), u.addToSet("who", v.int(i))])),
    );
    const fields = await fieldsOf("race");
    expect(fields?.n).toEqual(v.int(50));
    expect(fields?.who.kind.case === "arrayValue" && fields.who.kind.value.values.length).toBe(50);
  });

  it("the update script writes nothing when a value it was computed from has changed (compare-and-set)", async () => {
    await backend.put(ctx(), { target: at("u"), key: v.str("cas"), record: record({ n: v.int(1) }), ttlMs: undefined });
    const key = Buffer.from("fu:u:cas");
    const setTo = (n: number) => [0, Buffer.from("n"), encodeValue(v.int(n))];
    const run = (seen: unknown[], n: number) => recordScripts.update.run(raw, key, ["", "0", ...(seen as Buffer[]), ...setTo(n)], 5_000);
    // Computed from n = 7, which it no longer is: 0, nothing written.
    expect(await run(["1", 1, Buffer.from("n"), encodeValue(v.int(7))], 8)).toBe(0n);
    // Computed from a missing record, which exists now.
    expect(await run(["0", 0], 8)).toBe(0n);
    expect(await fieldsOf("cas")).toEqual({ n: v.int(1) });
    expect(await raw.hget("fu:u:cas", "")).toBe("1");
    // Computed from what is there: written.
    const reply = (await run(["1", 1, Buffer.from("n"), encodeValue(v.int(1))], 2)) as [bigint, unknown];
    expect(reply[0]).toBe(0n);
    expect(await fieldsOf("cas")).toEqual({ n: v.int(2) });
  });

  it("inside a transaction, operators compute from what the transaction sees and commit with it", async () => {
    await backend.put(ctx(), { target: at("u"), key: v.str("tx"), record: record({ n: v.int(1) }), ttlMs: undefined });
    const tx = await backend.beginTransaction!(ctx(), begin());
    const c = ctx(undefined, tx);
    const first = await backend.update(c, { target: at("u"), key: v.str("tx"), updates: [u.increment("n", v.int(2))], ttlMs: undefined, upsert: false });
    expect(first?.record.fields.n).toEqual(v.int(3));
    const second = await backend.update(c, { target: at("u"), key: v.str("tx"), updates: [u.increment("n", v.int(2)), u.append("l", v.int(1))], ttlMs: undefined, upsert: false });
    expect(second?.record.fields).toEqual({ n: v.int(5), l: v.list(v.int(1)) });
    const upserted = await backend.update(c, { target: at("u"), key: v.str("tx-new"), updates: [u.increment("n", v.int(1))], ttlMs: undefined, upsert: true });
    expect(upserted).toEqual({ record: record({ n: v.int(1) }), created: true });
    expect(await fieldsOf("tx")).toEqual({ n: v.int(1) });
    await tx.commit();
    expect(await fieldsOf("tx")).toEqual({ n: v.int(5), l: v.list(v.int(1)) });
    expect(await fieldsOf("tx-new")).toEqual({ n: v.int(1) });
    expect(await raw.hget("fu:u:tx-new", "")).toBe("1");
  });

  it("BatchWrite updates use the operators, and their errors name the operation", async () => {
    await backend.put(ctx(), { target: at("u"), key: v.str("bw"), record: record({ n: v.int(1), s: v.str("x") }), ttlMs: undefined });
    const ok = await backend.batchWrite(ctx(), {
      writes: [{ kind: "update", target: at("u"), key: v.str("bw"), updates: [u.increment("n", v.int(41))] }],
      requireAtomic: true,
    });
    expect(ok.results).toEqual([{ affected: true }]);
    expect((await fieldsOf("bw"))?.n).toEqual(v.int(42));
    const err = await rejection(
      backend.batchWrite(ctx(), {
        writes: [
          { kind: "put", target: at("u"), key: v.str("bw-other"), record: record({}) },
          { kind: "update", target: at("u"), key: v.str("bw"), updates: [u.increment("s", v.int(1))] },
        ],
        requireAtomic: true,
      }),
    );
    expect(err.code).toBe(Code.InvalidArgument);
    expect(errorMetadata(err).field).toBe("operations[1].update.updates[0].increment");
    expect(await raw.exists("fu:u:bw-other")).toBe(0);
  });
});

describe("Redis backend: UpdateMany and DeleteMany", () => {
  const even = create(FilterSchema, { kind: { case: "field", value: { field: "even", op: Operator.EQ, value: v.bool(true) } } });
  const all = create(FilterSchema, { kind: { case: "allOf", value: { filters: [] } } });

  beforeAll(async () => {
    for (let i = 0; i < 40; i++) {
      await backend.put(ctx(), { target: at("bulk"), key: v.int(i), record: record({ i: v.int(i), even: v.bool(i % 2 === 0) }), ttlMs: undefined });
    }
    await backend.put(ctx(), { target: at("bulk"), key: v.str("text"), record: record({ i: v.str("not a number"), even: v.bool(false) }), ttlMs: undefined });
  });

  const numbers = async () => {
    const page = await backend.find(ctx(), { target: at("bulk"), query: create(QuerySchema, {}), pageSize: 100, pageToken: "" });
    return Object.fromEntries(page.records.map((r) => [String(r.fields.i.kind.value), r.fields]));
  };

  it("UpdateMany applies the operators to every matching record, once each, and answers how many", async () => {
    expect(await backend.updateMany!(ctx(), { target: at("bulk"), filter: even, updates: [u.increment("i", v.int(1000)), u.set("seen", v.bool(true))] })).toBe(20n);
    const after = await numbers();
    expect(after["1000"]).toEqual({ i: v.int(1000), even: v.bool(true), seen: v.bool(true) });
    expect(after["1038"]?.seen).toEqual(v.bool(true));
    expect(after["1"]).toEqual({ i: v.int(1), even: v.bool(false) });
    expect(Object.keys(after)).toHaveLength(41);
  });

  it("UpdateMany is all or nothing on one server: a record the operators refuse leaves every record as it was", async () => {
    const before = await numbers();
    const err = await rejection(backend.updateMany!(ctx(), { target: at("bulk"), filter: all, updates: [u.increment("i", v.int(1))] }));
    expect(err.code).toBe(Code.InvalidArgument);
    expect(errorMetadata(err).field).toBe("updates[0].increment");
    expect(await numbers()).toEqual(before);
  });

  it("UpdateMany and DeleteMany past maxBulkRecords answer TOO_MANY_ROWS and change nothing (one call holds at most that many records)", async () => {
    const limited = createRedisBackend("limited", { url: fx.server.url, keyPrefix: "fu:", maxBulkRecords: 5 });
    await limited.open();
    try {
      const before = await numbers();
      for (const call of [
        () => limited.updateMany!(ctx(), { target: at("bulk"), filter: even, updates: [u.set("seen", v.bool(false))] }),
        () => limited.deleteMany!(ctx(), { target: at("bulk"), filter: even }),
      ]) {
        // Started one at a time: a second call started early rejects while the first is awaited, unhandled.
        const err = await rejection(call());
        expect(err.code).toBe(Code.ResourceExhausted);
        expect(reasonOf(err)).toBe("ERROR_REASON_TOO_MANY_ROWS");
        expect(errorMetadata(err)).toMatchObject({ limit: "5", setting: "maxBulkRecords" });
      }
      expect(await numbers()).toEqual(before);
      expect(await limited.updateMany!(ctx(), { target: at("bulk"), filter: create(FilterSchema, { kind: { case: "field", value: { field: "i", op: Operator.IN, values: [v.int(1), v.int(3), v.int(5)] } } }), updates: [u.set("small", v.bool(true))] })).toBe(3n);
    } finally {
      await limited.close();
    }
  });

  it("DeleteMany deletes the matching records and answers how many", async () => {
    expect(await backend.deleteMany!(ctx(), { target: at("bulk"), filter: even })).toBe(20n);
    expect(await backend.count(ctx(), { target: at("bulk"), filter: undefined })).toBe(21n);
    expect(await backend.deleteMany!(ctx(), { target: at("bulk"), filter: even })).toBe(0n);
  });

  it("is refused inside an interactive transaction (WATCH covers keys, not scans)", async () => {
    const tx = await backend.beginTransaction!(ctx(), begin());
    try {
      const err = await rejection(backend.deleteMany!(ctx(undefined, tx), { target: at("bulk"), filter: all }));
      expect(err.code).toBe(Code.Unimplemented);
    } finally {
      await tx.rollback();
    }
    expect(await backend.count(ctx(), { target: at("bulk"), filter: undefined })).toBe(21n);
  });
});
