import { startRedisBackendFixture, type RedisBackendFixture } from "./backend-fixture.js";
import { create, type MessageInitShape } from "@bufbuild/protobuf";
import { Code } from "@connectrpc/connect";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TimestampPrecision } from "../../gen/ts/dbx/v1/admin_pb.js";
import { TypedValueSchema, type TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";
import type { Backend } from "../../src/backends/backend.js";
import { createRedisBackend } from "../../src/backends/redis/index.js";
import { errorMetadata, rejection } from "../support/values.js";
import { at, begin, ctx, record, u, v } from "./values.js";

let fx: RedisBackendFixture;
let backend: Backend;

beforeAll(async () => {
  fx = await startRedisBackendFixture("rv:");
  backend = fx.backend;
});

afterAll(() => fx?.close());


const kind = (value: MessageInitShape<typeof TypedValueSchema>["kind"]): TypedValue => create(TypedValueSchema, { kind: value });

/** One value of each kind the v1 contract added, by the capability that declares it. */
const NEW_KINDS: Record<string, TypedValue> = {
  "value.date": kind({ case: "dateValue", value: { year: 2024, month: 2, day: 29 } }),
  "value.time": kind({ case: "timeValue", value: { hours: 23, minutes: 59, seconds: 59, nanos: 999_999_999 } }),
  "value.datetime": kind({ case: "datetimeValue", value: { date: { year: 1, month: 1, day: 1 }, time: { hours: 0, minutes: 0, seconds: 0, nanos: 1 } } }),
  "value.interval": kind({ case: "intervalValue", value: { months: -14, days: 3, microseconds: -9_007_199_254_740_993n } }),
  "value.object_id": kind({ case: "objectIdValue", value: "65a1b2c3d4e5f60718293a4b" }),
  "value.document": kind({
    case: "documentValue",
    value: { fields: [{ name: "z", value: v.int(1) }, { name: "a", value: v.str("second") }, { name: "m", value: kind({ case: "documentValue", value: { fields: [{ name: "y" }, { name: "b", value: v.null() }] } }) }] },
  }),
  "value.native": kind({ case: "nativeValue", value: { typeName: "uuid", representation: { case: "text", value: "0b9f6c1e-8e2e-4b8e-9a8c-2f1e0f3d4c5b" } } }),
  "value.native (binary)": kind({ case: "nativeValue", value: { typeName: "geometry", representation: { case: "binary", value: new Uint8Array([1, 0, 0, 0xff, 0]) } } }),
  "value.decimal_special NaN": v.dec("NaN"),
  "value.decimal_special Infinity": v.dec("Infinity"),
  "value.decimal_special -Infinity": v.dec("-Infinity"),
  "timestamp to the nanosecond": kind({ case: "timestampValue", value: { seconds: -62135596800n, nanos: 123_456_789 } }),
};

describe("Redis backend: value kinds of the v1 contract", () => {
  it("declares every one of them, and nanosecond timestamps", () => {
    for (const capability of ["value.date", "value.time", "value.datetime", "value.interval", "value.object_id", "value.document", "value.native", "value.decimal_special"]) {
      expect(backend.capabilities.has(capability as never), capability).toBe(true);
    }
    expect(backend.describeServer().timestampPrecision).toBe(TimestampPrecision.NANOSECONDS);
  });

  for (const [name, value] of Object.entries(NEW_KINDS)) {
    it(`round-trips ${name} as a field value, through put, update and a projection`, async () => {
      const key = v.str(name);
      await backend.put(ctx(), { target: at("kinds"), key, record: record({ value, other: v.int(1) }), ttlMs: undefined });
      expect((await backend.get(ctx(), { target: at("kinds"), key, fields: [] }))?.fields.value).toEqual(value);
      expect((await backend.get(ctx(), { target: at("kinds"), key, fields: ["value"] }))?.fields).toEqual({ value });
      const updated = await backend.update(ctx(), { target: at("kinds"), key, updates: [u.set("again", value)], ttlMs: undefined, upsert: false });
      expect(updated?.record.fields.again).toEqual(value);
    });
  }

  it("keeps a document's field order, and tells documents in another order apart", async () => {
    const doc = NEW_KINDS["value.document"];
    const got = (await backend.get(ctx(), { target: at("kinds"), key: v.str("value.document"), fields: [] }))?.fields.value;
    expect(got?.kind.case === "documentValue" && got.kind.value.fields.map((f) => f.name)).toEqual(["z", "a", "m"]);
    const reversed = kind({ case: "documentValue", value: { fields: [{ name: "a", value: v.str("second") }, { name: "z", value: v.int(1) }] } });
    await backend.put(ctx(), { target: at("docs"), key: doc, record: record({ n: v.int(1) }), ttlMs: undefined });
    expect(await backend.get(ctx(), { target: at("docs"), key: reversed, fields: [] })).toBeUndefined();
    expect((await backend.get(ctx(), { target: at("docs"), key: doc, fields: [] }))?.fields.n).toEqual(v.int(1));
  });

  it("uses every new kind as a record key, and answers it as given in lists", async () => {
    const keys = Object.values(NEW_KINDS);
    for (const [i, key] of keys.entries()) await backend.insert(ctx(), { target: at("keyed"), key, record: record({ i: v.int(i) }), ttlMs: undefined });
    for (const [i, key] of keys.entries()) expect((await backend.get(ctx(), { target: at("keyed"), key, fields: [] }))?.fields.i).toEqual(v.int(i));
    expect(await backend.count(ctx(), { target: at("keyed"), filter: undefined })).toBe(BigInt(keys.length));
  });

  it("stores values inside a transaction as they are", async () => {
    const tx = await backend.beginTransaction!(ctx(), begin());
    const fields = Object.fromEntries(Object.entries(NEW_KINDS).map(([name, value], i) => [`f${i}:${name}`, value]));
    await backend.put(ctx(undefined, tx), { target: at("kinds"), key: v.str("tx"), record: record(fields), ttlMs: undefined });
    await tx.commit();
    expect((await backend.get(ctx(), { target: at("kinds"), key: v.str("tx"), fields: [] }))?.fields).toEqual(fields);
  });
});

describe("Redis backend: targets and keys", () => {
  it("refuses a namespace on every call that names data, naming the field", async () => {
    const target = at("users", "db1");
    const calls: [string, () => Promise<unknown>][] = [
      ["target.namespace", () => backend.get(ctx(), { target, key: v.str("k"), fields: [] })],
      ["target.namespace", () => backend.put(ctx(), { target, key: v.str("k"), record: record({}), ttlMs: undefined })],
      ["target.namespace", () => backend.count(ctx(), { target, filter: undefined })],
      ["target.namespace", () => backend.list(ctx(), { target, pageSize: 10, pageToken: "", fields: [] })],
      ["operations[1].target.namespace", () => backend.batchWrite(ctx(), { writes: [{ kind: "delete", target: at("users"), key: v.str("k") }, { kind: "delete", target, key: v.str("k") }], requireAtomic: false })],
      ["target.namespace", () => backend.watch!(ctx(), { target, resumeToken: "", includeBefore: false })[Symbol.asyncIterator]().next()],
      ["target.namespace", () => backend.publish!(ctx(), { namespace: "db1", channel: "c", payload: new Uint8Array() })],
      ["target.namespace", () => backend.subscribe!(ctx(), { namespace: "db1", channels: ["c"], patterns: [] })[Symbol.asyncIterator]().next()],
      ["target.namespace", () => backend.beginTransaction!(ctx(), { ...begin(), namespace: "db1" })],
      ["target.namespace", () => backend.execute!(ctx(), { namespace: "db1", statement: "PING", params: [], maxRows: 10, maxBytes: 1_000 })],
    ];
    for (const [field, call] of calls) {
      const err = await rejection(call());
      expect(err.code, field).toBe(Code.InvalidArgument);
      expect(errorMetadata(err).field).toBe(field);
      expect(err.rawMessage).toMatch(/no namespaces/);
    }
  });

  it("refuses a map key (Redis records have one key), naming the key field", async () => {
    const composite = v.map({ tenant: v.int(7), id: v.int(42) });
    const get = await rejection(backend.get(ctx(), { target: at("users"), key: composite, fields: [] }));
    expect(get.code).toBe(Code.InvalidArgument);
    expect(errorMetadata(get).field).toBe("key");
    const many = await rejection(backend.batchGet(ctx(), { target: at("users"), keys: [v.str("a"), composite], fields: [] }));
    expect(errorMetadata(many).field).toBe("keys[1]");
    const batch = await rejection(backend.batchWrite(ctx(), { writes: [{ kind: "put", target: at("users"), key: composite, record: record({}) }], requireAtomic: true }));
    expect(errorMetadata(batch).field).toBe("operations[0].key");
  });

  it("Insert needs a key (Redis does not generate them) and answers the key and the record as stored", async () => {
    const missing = await rejection(backend.insert(ctx(), { target: at("users"), key: undefined, record: record({ a: v.int(1) }), ttlMs: undefined }));
    expect(missing.code).toBe(Code.InvalidArgument);
    expect(errorMetadata(missing).field).toBe("key");
    expect(backend.capabilities.has("data.generated_keys" as never)).toBe(false);
    const inserted = await backend.insert(ctx(), { target: at("users"), key: v.int(7), record: record({ a: v.int(1) }), ttlMs: undefined });
    expect(inserted).toEqual({ key: v.int(7), record: record({ a: v.int(1) }) });
    const batch = await backend.batchWrite(ctx(), { writes: [{ kind: "insert", target: at("users"), key: v.int(8), record: record({}) }], requireAtomic: true });
    expect(batch.results).toEqual([{ affected: true, key: v.int(8) }]);
  });
});

describe("Redis backend: the server it reports", () => {
  it("probes the version from INFO and the modules from MODULE LIST when it opens", async () => {
    const description = backend.describeServer();
    expect(description.version).toMatch(/^\d+\.\d+\.\d+/);
    const raw = new Redis({ port: fx.server.port });
    try {
      expect(description.version).toBe(/redis_version:(\S+)/.exec(await raw.info("server"))?.[1]);
    } finally {
      raw.disconnect();
    }
    expect(description.modules).toEqual([]);
    const unopened = createRedisBackend("later", { url: fx.server.url });
    expect(unopened.describeServer().version).toBe("");
  });

  it("Execute answers the reply and no rows_affected (Redis does not tell)", async () => {
    const result = await backend.execute!(ctx(), { namespace: "", statement: "SET", params: [v.str("native"), v.str("1")], maxRows: 10, maxBytes: 1_000 });
    expect(result.rowsAffected).toBeUndefined();
    expect(result.result).toEqual(v.bytes(new Uint8Array(Buffer.from("OK"))));
  });
});
