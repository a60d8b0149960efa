import { create } from "@bufbuild/protobuf";
import { Code, createClient, createRouterTransport, type Client } from "@connectrpc/connect";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AdminService, TimestampPrecision } from "../../gen/ts/dbx/v1/admin_pb.js";
import { DataService, WriteOperationSchema, type WriteOperation } from "../../gen/ts/dbx/v1/data_pb.js";
import { FilterSchema, Operator, type Filter } from "../../gen/ts/dbx/v1/filter_pb.js";
import { QueryService } from "../../gen/ts/dbx/v1/query_pb.js";
import { StreamService } from "../../gen/ts/dbx/v1/stream_pb.js";
import { IsolationLevel, TransactionService } from "../../gen/ts/dbx/v1/transaction_pb.js";
import type { TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";
import type { Backend } from "../../src/backends/backend.js";
import { createRedisBackend } from "../../src/backends/redis/index.js";
import { BackendRegistry } from "../../src/backends/registry.js";
import { createSqliteBackend } from "../../src/backends/sqlite/index.js";
import { MAX_FILTER_DEPTH, MAX_FILTER_NODES } from "../../src/services/filter-validation.js";
import { dbxRoutes } from "../../src/services/routes.js";
import { createServiceDeps } from "../../src/services/service-deps.js";
import { MAX_VALUE_DEPTH } from "../../src/values/check-value.js";
import { startRedisServer, type RedisServer } from "../support/redis-server.js";
import { errorMetadata, expectError, expectInvalidField, expectUnsupported, record, u, v, write } from "../support/values.js";

// The one place of each request check (src/services/filter-validation.ts,
// field-updates.ts, write-operations.ts, src/values/check-value.ts, the
// transaction and stream handlers), run through the real handlers in memory
// on a real SQLite and a real Redis backend: what is refused, with which
// code, naming which field or capability.

const SQLITE = "db";
const REDIS = "cache";
const T = { backend: SQLITE, collection: "items" };
const R = { backend: REDIS, collection: "items" };

const field = (name: string, op: Operator, operand: { value?: TypedValue; values?: TypedValue[]; element?: Filter } = {}): Filter =>
  create(FilterSchema, { kind: { case: "field", value: { field: name, op, ...operand } } });
const allOf = (...filters: Filter[]): Filter => create(FilterSchema, { kind: { case: "allOf", value: { filters } } });
const anyOf = (...filters: Filter[]): Filter => create(FilterSchema, { kind: { case: "anyOf", value: { filters } } });
const noneOf = (...filters: Filter[]): Filter => create(FilterSchema, { kind: { case: "noneOf", value: { filters } } });

describe("request validation in the universal services", () => {
  let redis: RedisServer;
  let sqlite: Backend;
  let cache: Backend;
  let data: Client<typeof DataService>;
  let query: Client<typeof QueryService>;
  let tx: Client<typeof TransactionService>;
  let stream: Client<typeof StreamService>;
  let admin: Client<typeof AdminService>;

  beforeAll(async () => {
    redis = await startRedisServer();
    sqlite = createSqliteBackend(SQLITE, { url: "sqlite::memory:" });
    cache = createRedisBackend(REDIS, { url: redis.url });
    await Promise.all([sqlite.open(), cache.open()]);
    const deps = createServiceDeps({
      registry: new BackendRegistry([sqlite, cache], SQLITE),
      limits: { maxRowsPerResponse: 100, maxResponseBytes: 4 * 1024 * 1024 },
      transactions: { defaultIdleTimeoutMs: 30_000, maxIdleTimeoutMs: 60_000, maxOpen: 10 },
      logger: pino({ level: "silent" }),
      version: "test",
    });
    const transport = createRouterTransport(dbxRoutes(deps));
    data = createClient(DataService, transport);
    query = createClient(QueryService, transport);
    tx = createClient(TransactionService, transport);
    stream = createClient(StreamService, transport);
    admin = createClient(AdminService, transport);
    await query.execute({ target: { backend: SQLITE }, statement: "CREATE TABLE items (id TEXT PRIMARY KEY, n INTEGER, tags TEXT, d TEXT)" });
  });
  afterAll(async () => {
    await Promise.allSettled([sqlite?.close(), cache?.close()]);
    await redis?.stop();
  });

  describe("filters (filter-validation.ts)", () => {
    const find = (filter: Filter, target = T) => query.find({ target, query: { filter } });

    it("names the field at fault by its path", async () => {
      await expectInvalidField(find(allOf(field("n", Operator.EQ, { value: v.int(1) }), field("n", Operator.IN, { value: v.int(1) }))), "query.filter.all_of.filters[1].field.value");
      await expectInvalidField(find(allOf(field("n", Operator.EQ, { value: v.int(1) }), field("n", Operator.IN))), "query.filter.all_of.filters[1].field.values");
      await expectInvalidField(find(anyOf(field("", Operator.EQ, { value: v.int(1) }))), "query.filter.any_of.filters[0].field.field");
      await expectInvalidField(find(field("n", Operator.UNSPECIFIED)), "query.filter.field.op");
      await expectInvalidField(find(field("n", 99 as Operator)), "query.filter.field.op");
      await expectInvalidField(find(create(FilterSchema)), "query.filter");
      await expectInvalidField(find(field("n", Operator.PREFIX, { value: v.int(1) })), "query.filter.field.value");
      await expectInvalidField(find(field("n", Operator.EXISTS, { values: [v.int(1)] })), "query.filter.field.values");
    });

    it("refuses an empty any_of and none_of; an empty all_of matches every record", async () => {
      await expectInvalidField(find(anyOf()), "query.filter.any_of.filters");
      await expectInvalidField(find(noneOf()), "query.filter.none_of.filters");
      await data.put({ target: T, key: v.str("f1"), record: record({ n: v.int(1) }) });
      expect((await find(allOf())).records.length).toBeGreaterThan(0);
    });

    it(`bounds nesting (${MAX_FILTER_DEPTH} levels) and size (${MAX_FILTER_NODES} filters)`, async () => {
      let deep = field("n", Operator.EQ, { value: v.int(1) });
      for (let i = 1; i < MAX_FILTER_DEPTH; i++) deep = allOf(deep);
      await find(deep);
      // The path names all 33 levels: the message is cut, the field in the metadata too.
      const tooDeep = await expectError(find(allOf(deep)), Code.InvalidArgument, { reason: "ERROR_REASON_INVALID_FIELD" });
      expect(errorMetadata(tooDeep).field).toMatch(/^query\.filter(\.all_of\.filters\[0\])+/);
      const wide = allOf(...Array.from({ length: MAX_FILTER_NODES }, () => field("n", Operator.EQ, { value: v.int(1) })));
      await expectInvalidField(find(wide), `query.filter.all_of.filters[${MAX_FILTER_NODES - 1}]`, /at most 1000 filters/);
    });

    it("the array operators need query.array_filters; SIZE takes an int, ELEMENT_MATCH an element", async () => {
      await expectUnsupported(find(field("tags", Operator.CONTAINS_ALL, { values: [v.str("a")] })), "query.array_filters");
      await expectUnsupported(find(field("tags", Operator.SIZE, { value: v.int(1) })), "query.array_filters");
      await expectUnsupported(data.count({ target: T, filter: field("tags", Operator.ELEMENT_MATCH, { element: allOf() }) }), "query.array_filters");
      // Redis declares it: the shape is checked.
      await expectInvalidField(find(field("tags", Operator.SIZE, { value: v.str("1") }), R), "query.filter.field.value");
      await expectInvalidField(find(field("tags", Operator.ELEMENT_MATCH), R), "query.filter.field.element");
      await expectInvalidField(find(field("tags", Operator.CONTAINS_ALL), R), "query.filter.field.values");
      await expectInvalidField(
        find(field("tags", Operator.ELEMENT_MATCH, { element: anyOf() }), R),
        "query.filter.field.element.any_of.filters",
      );
      // Inside an element filter, "" is the element itself; outside, a field is required.
      await find(field("tags", Operator.ELEMENT_MATCH, { element: anyOf(field("", Operator.EQ, { value: v.str("a") })) }), R);
      await expectInvalidField(find(field("", Operator.EQ, { value: v.str("a") }), R), "query.filter.field.field");
    });

    it("Count, UpdateMany and DeleteMany use the same check", async () => {
      await expectInvalidField(data.count({ target: T, filter: anyOf() }), "filter.any_of.filters");
      await expectInvalidField(data.deleteMany({ target: T, filter: anyOf() }), "filter.any_of.filters");
      await expectInvalidField(data.deleteMany({ target: T }), "filter");
      await expectInvalidField(data.updateMany({ target: T, filter: allOf(), updates: [] }), "updates");
    });
  });

  describe("field updates (field-updates.ts)", () => {
    it("each field once, an operation set, increment on a number", async () => {
      await data.put({ target: T, key: v.str("u1"), record: record({ n: v.int(1) }) });
      await expectInvalidField(data.update({ target: T, key: v.str("u1"), updates: [] }), "updates");
      await expectInvalidField(data.update({ target: T, key: v.str("u1"), updates: [u.set("n", v.int(2)), u.unset("n")] }), "updates[1].field");
      await expectInvalidField(data.update({ target: T, key: v.str("u1"), updates: [{ field: "n" }] }), "updates[0].operation");
      await expectInvalidField(data.update({ target: T, key: v.str("u1"), updates: [u.increment("n", v.str("1"))] }), "updates[0].increment");
      await expectInvalidField(data.update({ target: T, key: v.str("u1"), updates: [u.set("", v.int(1))] }), "updates[0].field");
      await expectInvalidField(data.update({ target: T, key: v.str("u1"), updates: [{ field: "n", operation: { case: "set", value: {} } }] }), "updates[0].set");
    });

    it("array operators need data.update_arrays (SQLite lacks it)", async () => {
      await expectUnsupported(data.update({ target: T, key: v.str("u1"), updates: [u.append("tags", [v.str("a")])] }), "data.update_arrays");
      await expectUnsupported(data.update({ target: T, key: v.str("u1"), updates: [u.addToSet("tags", [v.str("a")])] }), "data.update_arrays");
    });
  });

  describe("batch writes (write-operations.ts)", () => {
    const op = (init: Parameters<typeof create<typeof WriteOperationSchema>>[1]): WriteOperation => create(WriteOperationSchema, init);
    for (const [name, run] of [
      ["BatchWrite", (operations: WriteOperation[]) => data.batchWrite({ target: T, operations })],
      ["AtomicBatch", (operations: WriteOperation[]) => tx.atomicBatch({ target: T, operations })],
    ] as const) {
      it(`${name}: each operation's target resolved against the batch's, keys and records checked`, async () => {
        await expectInvalidField(run([]), "operations");
        const toRedis = op({ key: v.str("b"), target: { backend: REDIS }, operation: { case: "delete", value: {} } });
        await expectInvalidField(run([write.put(v.str("a"), record({})), toRedis]), "operations[1].target.backend");
        await expectInvalidField(run([op({ operation: { case: "put", value: record({}) } })]), "operations[0].key");
        await expectInvalidField(run([write.update(v.str("a"), [])]), "operations[0].update.updates");
        await expectInvalidField(run([op({ key: v.str("a") })]), "operations[0].operation");
        await expectUnsupported(run([write.put(v.str("a"), record({ n: v.objectId("507f1f77bcf86cd799439011") }))]), "value.object_id");
        // The batch's backend named again is fine; its collection is the default.
        const again = op({ key: v.str("b1"), target: { backend: SQLITE }, operation: { case: "put", value: record({ n: v.int(1) }) } });
        const ok = await run([again, write.delete(v.str("b1"))]);
        expect(ok.results).toHaveLength(2);
      });
    }

    it("a batch without a collection needs one per operation", async () => {
      await expectInvalidField(data.batchWrite({ target: { backend: SQLITE }, operations: [write.put(v.str("a"), record({}))] }), "operations[0].target.collection");
      const ok = await data.batchWrite({ target: { backend: SQLITE }, operations: [write.put(v.str("c1"), record({}), { collection: "items" })] });
      expect(ok.results[0].affected).toBe(true);
    });
  });

  describe("values (check-value.ts)", () => {
    const put = (value: TypedValue, target = T) => data.put({ target, key: v.str("v1"), record: record({ d: value }) });

    it("a kind the backend does not declare is UNIMPLEMENTED naming its capability", async () => {
      await expectUnsupported(put(v.interval(1, 2, 3)), "value.interval");
      await expectUnsupported(put(v.objectId("507f1f77bcf86cd799439011")), "value.object_id");
      await expectUnsupported(put(v.document([["a", v.int(1)]])), "value.document");
      await expectUnsupported(put(v.native("uuid", "7b3c2f0e-0000-4000-8000-000000000000")), "value.native");
      await expectUnsupported(put(v.decimal("NaN")), "value.decimal_special");
      await expectUnsupported(put(v.list([v.map({ x: v.interval(0, 0, 1) })])), "value.interval");
      await expectUnsupported(data.get({ target: T, key: v.objectId("507f1f77bcf86cd799439011") }), "value.object_id");
    });

    it("dates, times, ObjectIds, documents and native values are checked", async () => {
      await expectInvalidField(put(v.date(2023, 2, 29)), "record.fields.d.day");
      await expectInvalidField(put(v.date(0, 1, 1)), "record.fields.d.year");
      await expectInvalidField(put(v.date(2024, 13, 1)), "record.fields.d.month");
      await put(v.date(2024, 2, 29), R);
      await expectInvalidField(put(v.time(24, 0)), "record.fields.d.hours");
      await expectInvalidField(put(v.time(1, 60)), "record.fields.d.minutes");
      await expectInvalidField(put(v.time(1, 1, 60)), "record.fields.d.seconds");
      await expectInvalidField(put(v.datetime({ year: 2024, month: 4, day: 31 }, { hours: 0, minutes: 0 })), "record.fields.d.date.day");
      await expectInvalidField(put(v.objectId("507F1F77BCF86CD799439011"), R), "record.fields.d");
      await expectInvalidField(put(v.objectId("507f1f77bcf86cd79943901"), R), "record.fields.d");
      await expectInvalidField(put(v.document([["a", v.int(1)], ["b", v.int(2)], ["a", v.int(3)]]), R), "record.fields.d.fields[2].name");
      await expectInvalidField(put(v.native("", "x"), R), "record.fields.d.type_name");
      await expectInvalidField(put(v.decimal("nan"), R), "record.fields.d");
      await put(v.decimal("-Infinity"), R);
    });

    it(`nesting is bounded (${MAX_VALUE_DEPTH} levels)`, async () => {
      let deep = v.int(1);
      for (let i = 0; i < MAX_VALUE_DEPTH; i++) deep = v.list([deep]);
      await put(deep, R);
      await expectInvalidField(put(v.list([deep]), R), `record.fields.d${"[0]".repeat(MAX_VALUE_DEPTH + 1)}`, /nest at most/);
    });

    it("a timestamp finer than the backend's precision is refused naming the field, never rounded", async () => {
      // A backend that stores microseconds (as PostgreSQL will): the same SQLite backend declaring it.
      const micro = Object.create(sqlite, {
        describeServer: { value: () => ({ ...sqlite.describeServer(), timestampPrecision: TimestampPrecision.MICROSECONDS }) },
      }) as Backend;
      const { checkValue } = await import("../../src/values/check-value.js");
      const at = (nanos: number): TypedValue => v.ts({ $typeName: "google.protobuf.Timestamp", seconds: 1_700_000_000n, nanos });
      expect(checkValue(at(123_456_000), "record.fields.t", micro)).toBeDefined();
      expect(() => checkValue(at(123_456_789), "record.fields.t", micro)).toThrow(/record\.fields\.t: .*whole microseconds/);
      expect(() => checkValue(v.time(1, 2, 3, 1), "record.fields.t", micro)).toThrow(/record\.fields\.t: /);
      // Redis stores nanoseconds: every digit is kept.
      await put(at(123_456_789), R);
    });
  });

  describe("transactions", () => {
    it("Begin: isolation levels and deferrable need their capabilities; no collection", async () => {
      await expectUnsupported(tx.begin({ target: { backend: SQLITE }, isolationLevel: IsolationLevel.READ_COMMITTED }), "transaction.isolation.read_committed");
      await expectUnsupported(tx.begin({ target: { backend: REDIS }, isolationLevel: IsolationLevel.SERIALIZABLE }), "transaction.isolation.serializable");
      await expectUnsupported(tx.begin({ target: { backend: SQLITE }, readOnly: true, deferrable: true }), "transaction.deferrable");
      await expectInvalidField(tx.begin({ target: { backend: SQLITE }, isolationLevel: 42 as IsolationLevel }), "isolation_level");
      await expectInvalidField(tx.begin({ target: T }), "target.collection");
      const { transactionId } = await tx.begin({ target: { backend: SQLITE }, isolationLevel: IsolationLevel.SERIALIZABLE });
      await tx.rollback({ transactionId });
    });

    it("savepoints: names checked, capability transaction.savepoints, unknown ids refused", async () => {
      const { transactionId } = await tx.begin({ target: { backend: SQLITE } });
      try {
        for (const name of ["", "1abc", "a-b", "a b", "é", "a".repeat(64)]) {
          await expectInvalidField(tx.createSavepoint({ transactionId, name }), "name");
        }
        await tx.createSavepoint({ transactionId, name: "s_1" });
        await data.put({ target: T, key: v.str("sp"), record: record({ n: v.int(1) }), transactionId });
        await tx.rollbackToSavepoint({ transactionId, name: "s_1" });
        expect((await data.exists({ target: T, key: v.str("sp"), transactionId })).exists).toBe(false);
        await tx.releaseSavepoint({ transactionId, name: "s_1" });
      } finally {
        await tx.rollback({ transactionId });
      }
      await expectInvalidField(tx.createSavepoint({ transactionId: "", name: "s" }), "transaction_id");
      await expectError(tx.createSavepoint({ transactionId, name: "s" }), Code.FailedPrecondition, { reason: "ERROR_REASON_TRANSACTION_NOT_FOUND" });
      const onRedis = await tx.begin({ target: { backend: REDIS } });
      await expectUnsupported(tx.createSavepoint({ transactionId: onRedis.transactionId, name: "s" }), "transaction.savepoints");
      await tx.rollback({ transactionId: onRedis.transactionId });
    });
  });

  describe("streams and capabilities", () => {
    it("Watch: include_before needs stream.watch_before_image; Subscribe and Publish name no collection", async () => {
      await expectUnsupported(drain(stream.watch({ target: R, includeBefore: true })), "stream.watch_before_image");
      await expectInvalidField(drain(stream.watch({ target: { backend: REDIS } })), "target.collection");
      await expectInvalidField(drain(stream.subscribe({ target: R, channels: ["c"] })), "target.collection");
      await expectInvalidField(stream.publish({ target: R, channel: "c" }), "target.collection");
    });

    it("Publish answers no receivers on Redis, which cannot count subscribers", async () => {
      const res = await stream.publish({ target: { backend: REDIS }, channel: "nobody", payload: new Uint8Array([1]) });
      expect(res.receivers).toBeUndefined();
    });

    it("GetCapabilities answers the probed version, modules and timestamp precision", async () => {
      for (const backend of [SQLITE, REDIS]) {
        const caps = await admin.getCapabilities({ backend });
        expect(caps.timestampPrecision).toBe(TimestampPrecision.NANOSECONDS);
        expect(caps.serverVersion).toMatch(/^\d+\.\d+/);
        expect(caps.modules).toEqual([]);
      }
    });
  });
});

async function drain(messages: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of messages) break;
}
