import { rejection } from "../support/values.js";
import { create } from "@bufbuild/protobuf";
import { Code } from "@connectrpc/connect";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FilterSchema, Operator } from "../../gen/ts/dbx/v1/filter_pb.js";
import { QuerySchema } from "../../gen/ts/dbx/v1/query_pb.js";
import { ChangeType } from "../../gen/ts/dbx/v1/stream_pb.js";
import { ErrorInfoSchema } from "../../gen/ts/google/rpc/error_details_pb.js";
import type { Backend, WatchEvent } from "../../src/backends/backend.js";
import type { WriteCall } from "../../src/backends/backend-calls.js";
import { Capability } from "../../src/backends/capabilities.js";
import { createRedisBackend } from "../../src/backends/redis/index.js";
import { reasonOf } from "../../src/errors/dbx-error.js";
import { errorMetadata } from "../support/values.js";
import { startRedisServer, type RedisServer } from "../support/redis-server.js";
import { waitFor } from "../support/wait-for.js";
import { at, begin, ctx, record, sets, u, v } from "./values.js";

let server: RedisServer;
let backend: Backend;
let raw: Redis;

beforeAll(async () => {
  server = await startRedisServer();
  backend = createRedisBackend("cache", { url: server.url, keyPrefix: "t1:" });
  await backend.open();
  raw = new Redis({ port: server.port, lazyConnect: true });
  await raw.connect();
});

afterAll(async () => {
  raw?.disconnect();
  await backend?.close();
  await server?.stop();
});


const every = {
  s: v.str("héllo"),
  i: v.int(9223372036854775807n),
  neg: v.int(-9223372036854775808n),
  d: v.dbl(0.1),
  b: v.bool(false),
  raw: v.bytes(new Uint8Array([0, 255, 0xc3, 0x28, 0])),
  n: v.null(),
  t: v.time(1_700_000_000_123),
  dec: v.dec("-12.3400"),
  j: v.json('{"a":[1,2]}'),
  l: v.list(v.int(1), v.str("2")),
  m: v.map({ x: v.int(1), y: v.map({ z: v.str("deep") }) }),
};

describe("Redis backend: records", () => {
  it("declares its capabilities and service", () => {
    expect([...backend.capabilities].sort()).toEqual(
      [
        Capability.DataTtl,
        Capability.DataAtomicBatch,
        Capability.DataRangedRead,
        Capability.DataUpsert,
        Capability.DataUpdateNumeric,
        Capability.DataUpdateArrays,
        Capability.DataBulkByFilter,
        Capability.QueryNative,
        Capability.QueryArrayFilters,
        Capability.TransactionAtomicBatch,
        Capability.TransactionInteractive,
        Capability.StreamWatch,
        Capability.StreamPubSub,
        Capability.ValueDate,
        Capability.ValueTime,
        Capability.ValueDatetime,
        Capability.ValueInterval,
        Capability.ValueObjectId,
        Capability.ValueDocument,
        Capability.ValueNative,
        Capability.ValueDecimalSpecial,
      ].sort(),
    );
    expect(backend.services).toEqual(["dbx.redis.v1.RedisService"]);
    expect(backend.facets.redis).toBeDefined();
  });

  it("round-trips every value kind exactly", async () => {
    expect(await backend.put(ctx(), { target: at("kinds"), key: v.str("all"), record: record(every), ttlMs: undefined })).toEqual({ created: true });
    const got = await backend.get(ctx(), { target: at("kinds"), key: v.str("all"), fields: [] });
    expect(got?.fields).toEqual(every);
    expect(await backend.get(ctx(), { target: at("kinds"), key: v.str("all"), fields: ["i", "raw", "missing"] })).toMatchObject({ fields: { i: every.i, raw: every.raw } });
    const projected = await backend.get(ctx(), { target: at("kinds"), key: v.str("all"), fields: ["i"] });
    expect(Object.keys(projected!.fields)).toEqual(["i"]);
  });

  it("stores a record as a hash of encoded values with a version field, under prefix and collection", async () => {
    await backend.put(ctx(), { target: at("layout"), key: v.str("alice"), record: record({ name: v.str("Alice") }), ttlMs: undefined });
    expect(await raw.type("t1:layout:alice")).toBe("hash");
    expect(await raw.hget("t1:layout:alice", "")).toBe("1");
    await backend.put(ctx(), { target: at("layout"), key: v.int(42), record: record({}), ttlMs: undefined });
    expect(await raw.exists("t1:layout:~i:42")).toBe(1);
    await backend.put(ctx(), { target: at("layout"), key: v.str("~tilde"), record: record({}), ttlMs: undefined });
    expect(await raw.exists("t1:layout:~s:~tilde")).toBe(1);
  });

  it("keeps keys of different kinds apart and round-trips them", async () => {
    const keys = [v.str("42"), v.int(42), v.bytes(new Uint8Array([0, 0xff, 0x34, 0x32])), v.str("~i:42"), v.dbl(42)];
    for (const [i, k] of keys.entries()) await backend.put(ctx(), { target: at("keykinds"), key: k, record: record({ i: v.int(i) }), ttlMs: undefined });
    for (const [i, k] of keys.entries()) expect((await backend.get(ctx(), { target: at("keykinds"), key: k, fields: [] }))?.fields.i).toEqual(v.int(i));
    expect(await backend.count(ctx(), { target: at("keykinds"), filter: undefined })).toBe(5n);
  });

  it("refuses collection names with ':'", async () => {
    const err = await rejection(backend.get(ctx(), { target: at("a:b"), key: v.str("k"), fields: [] }));
    expect(err.code).toBe(Code.InvalidArgument);
    expect(reasonOf(err)).toBe("ERROR_REASON_INVALID_FIELD");
  });

  it("put replaces the whole record and reports creation", async () => {
    expect(await backend.put(ctx(), { target: at("p"), key: v.str("k"), record: record({ a: v.int(1), b: v.int(2) }), ttlMs: undefined })).toEqual({ created: true });
    expect(await backend.put(ctx(), { target: at("p"), key: v.str("k"), record: record({ b: v.int(3) }), ttlMs: undefined })).toEqual({ created: false });
    expect((await backend.get(ctx(), { target: at("p"), key: v.str("k"), fields: [] }))?.fields).toEqual({ b: v.int(3) });
    expect(await raw.hget("t1:p:k", "")).toBe("2");
  });

  it("put of an empty record creates it", async () => {
    await backend.put(ctx(), { target: at("p"), key: v.str("empty"), record: record({}), ttlMs: undefined });
    expect(await backend.get(ctx(), { target: at("p"), key: v.str("empty"), fields: [] })).toEqual(record({}));
    expect((await backend.exists(ctx(), { target: at("p"), key: v.str("empty") })).exists).toBe(true);
  });

  it("insert fails with ALREADY_EXISTS and exactly one of racing inserts wins", async () => {
    await backend.insert(ctx(), { target: at("ins"), key: v.str("a"), record: record({ x: v.int(1) }), ttlMs: undefined });
    const err = await rejection(backend.insert(ctx(), { target: at("ins"), key: v.str("a"), record: record({ x: v.int(2) }), ttlMs: undefined }));
    expect(err.code).toBe(Code.AlreadyExists);
    expect(reasonOf(err)).toBe("ERROR_REASON_ALREADY_EXISTS");
    expect((await backend.get(ctx(), { target: at("ins"), key: v.str("a"), fields: [] }))?.fields.x).toEqual(v.int(1));

    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => backend.insert(ctx(), { target: at("ins"), key: v.str("race"), record: record({ who: v.int(i) }), ttlMs: undefined })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });

  it("update changes fields of an existing record only", async () => {
    expect(await backend.update(ctx(), { target: at("upd"), key: v.str("missing"), updates: sets({ a: v.int(1) }, []), ttlMs: undefined, upsert: false })).toBeUndefined();
    expect(await raw.exists("t1:upd:missing")).toBe(0);
    await backend.put(ctx(), { target: at("upd"), key: v.str("k"), record: record({ a: v.int(1), b: v.int(2), c: v.int(3) }), ttlMs: undefined });
    const after = await backend.update(ctx(), { target: at("upd"), key: v.str("k"), updates: sets({ a: v.int(10), d: v.null() }, ["c"]), ttlMs: undefined, upsert: false });
    expect(after).toEqual({ record: record({ a: v.int(10), b: v.int(2), d: v.null() }), created: false });
  });

  it("delete answers whether the record existed", async () => {
    await backend.put(ctx(), { target: at("del"), key: v.str("k"), record: record({}), ttlMs: undefined });
    expect(await backend.delete(ctx(), { target: at("del"), key: v.str("k") })).toBe(true);
    expect(await backend.delete(ctx(), { target: at("del"), key: v.str("k") })).toBe(false);
    expect(await backend.get(ctx(), { target: at("del"), key: v.str("k"), fields: [] })).toBeUndefined();
  });

  it("honours TTLs: expire time, expiry, persist on put without TTL, update keeps TTL", async () => {
    const before = Date.now();
    // Long enough to be read back on a loaded machine, short enough to wait for.
    await backend.put(ctx(), { target: at("ttl"), key: v.str("short"), record: record({ a: v.int(1) }), ttlMs: 1_000 });
    const e = await backend.exists(ctx(), { target: at("ttl"), key: v.str("short") });
    expect(e.exists).toBe(true);
    expect(e.expireTime!.getTime()).toBeGreaterThanOrEqual(before + 950);
    expect(e.expireTime!.getTime()).toBeLessThanOrEqual(Date.now() + 1_050);

    await backend.put(ctx(), { target: at("ttl"), key: v.str("long"), record: record({}), ttlMs: 60_000 });
    await backend.update(ctx(), { target: at("ttl"), key: v.str("long"), updates: sets({ b: v.int(2) }, []), ttlMs: undefined, upsert: false });
    expect((await backend.exists(ctx(), { target: at("ttl"), key: v.str("long") })).expireTime).toBeDefined();
    await backend.put(ctx(), { target: at("ttl"), key: v.str("long"), record: record({}), ttlMs: undefined });
    expect(await backend.exists(ctx(), { target: at("ttl"), key: v.str("long") })).toEqual({ exists: true, expireTime: undefined });

    await backend.insert(ctx(), { target: at("ttl"), key: v.str("ins"), record: record({}), ttlMs: 60_000 });
    expect(await raw.pttl("t1:ttl:ins")).toBeGreaterThan(50_000);

    await waitFor(async () => !(await raw.exists("t1:ttl:short")), { what: "the 1 s TTL to expire" });
    expect(await backend.get(ctx(), { target: at("ttl"), key: v.str("short"), fields: [] })).toBeUndefined();
    expect(await backend.exists(ctx(), { target: at("ttl"), key: v.str("short") })).toEqual({ exists: false });
  });

  it("batchGet answers in request order with gaps", async () => {
    await backend.put(ctx(), { target: at("bg"), key: v.str("a"), record: record({ n: v.int(1) }), ttlMs: undefined });
    await backend.put(ctx(), { target: at("bg"), key: v.str("c"), record: record({ n: v.int(3) }), ttlMs: undefined });
    const got = await backend.batchGet(ctx(), { target: at("bg"), keys: [v.str("c"), v.str("b"), v.str("a")], fields: [] });
    expect(got.map((r) => r?.fields.n)).toEqual([v.int(3), undefined, v.int(1)]);
  });

  it("batchWrite is atomic: a failing insert leaves nothing written", async () => {
    await backend.put(ctx(), { target: at("bw"), key: v.str("taken"), record: record({ v: v.int(0) }), ttlMs: undefined });
    const ops: WriteCall[] = [
      { kind: "put", target: at("bw"), key: v.str("new1"), record: record({ v: v.int(1) }) },
      { kind: "insert", target: at("bw"), key: v.str("taken"), record: record({ v: v.int(2) }) },
    ];
    const err = await rejection(backend.batchWrite(ctx(), { writes: ops, requireAtomic: true }));
    expect(err.code).toBe(Code.AlreadyExists);
    expect(err.rawMessage).toContain("operations[1]");
    expect(await backend.get(ctx(), { target: at("bw"), key: v.str("new1"), fields: [] })).toBeUndefined();

    const ok = await backend.batchWrite(ctx(), {
      writes: [
        { kind: "insert", target: at("bw"), key: v.str("n"), record: record({ v: v.int(1) }) },
        { kind: "update", target: at("bw"), key: v.str("n"), updates: [u.set("w", v.int(2))] },
        { kind: "delete", target: at("bw"), key: v.str("taken") },
        { kind: "delete", target: at("bw"), key: v.str("gone") },
        { kind: "put", target: at("bw2"), key: v.str("x"), record: record({}) },
      ],
      requireAtomic: false,
    });
    expect(ok).toEqual({ atomic: true, results: [{ affected: true, key: v.str("n") }, { affected: true }, { affected: true }, { affected: false }, { affected: true }] });
    expect((await backend.get(ctx(), { target: at("bw"), key: v.str("n"), fields: [] }))?.fields).toEqual({ v: v.int(1), w: v.int(2) });
  });
});

describe("Redis backend: scans", () => {
  beforeAll(async () => {
    for (let i = 0; i < 250; i++) {
      await backend.put(ctx(), { target: at("many"), key: v.int(i), record: record({ i: v.int(i), even: v.bool(i % 2 === 0), name: v.str(`n${i}`) }), ttlMs: undefined });
    }
    // Not records of "many": another collection sharing the start of the name, and a string key.
    await backend.put(ctx(), { target: at("many2"), key: v.int(1), record: record({}), ttlMs: undefined });
    await raw.set("t1:many:plain-string", "x");
  });

  it("lists every record once over pages of the requested size, with SCAN cursors as tokens", async () => {
    const seen = new Set<bigint>();
    let token = "";
    let pages = 0;
    do {
      const page = await backend.list(ctx(), { target: at("many"), pageSize: 40, pageToken: token, fields: ["i"] });
      expect(page.records.length).toBeLessThanOrEqual(40);
      for (const r of page.records) {
        expect(Object.keys(r.fields)).toEqual(["i"]);
        seen.add(r.fields.i.kind.value as bigint);
      }
      token = page.nextPageToken;
      pages++;
    } while (token);
    expect(seen.size).toBe(250);
    expect(pages).toBeGreaterThanOrEqual(7);
    expect(await backend.count(ctx(), { target: at("many"), filter: undefined })).toBe(250n);
  });

  it("refuses a forged page token", async () => {
    const err = await rejection(backend.list(ctx(), { target: at("many"), pageSize: 10, pageToken: "garbage!", fields: [] }));
    expect(err.code).toBe(Code.InvalidArgument);
  });

  it("finds with a filter, offset and limit, across pages", async () => {
    const filter = create(FilterSchema, {
      kind: {
        case: "allOf",
        value: {
          filters: [
            create(FilterSchema, { kind: { case: "field", value: { field: "even", op: Operator.EQ, value: v.bool(true) } } }),
            create(FilterSchema, { kind: { case: "field", value: { field: "i", op: Operator.GTE, value: v.int(100) } } }),
          ],
        },
      },
    });
    const all: bigint[] = [];
    let token = "";
    do {
      const page = await backend.find(ctx(), { target: at("many"), query: create(QuerySchema, { filter }), pageSize: 7, pageToken: token });
      all.push(...page.records.map((r) => r.fields.i.kind.value as bigint));
      token = page.nextPageToken;
    } while (token);
    expect(all.sort((a, b) => Number(a - b))).toEqual(Array.from({ length: 75 }, (_, k) => BigInt(100 + 2 * k)));

    const limited: bigint[] = [];
    token = "";
    do {
      const page = await backend.find(ctx(), { target: at("many"), query: create(QuerySchema, { filter, offset: 5n, limit: 12n, fields: ["i"] }), pageSize: 5, pageToken: token });
      limited.push(...page.records.map((r) => r.fields.i.kind.value as bigint));
      token = page.nextPageToken;
    } while (token);
    expect(limited).toHaveLength(12);

    const batches: number[] = [];
    for await (const batch of backend.findStream(ctx(), { target: at("many"), query: create(QuerySchema, { filter }), batchSize: 20, maxBatchBytes: Infinity })) batches.push(batch.length);
    expect(batches.reduce((a, b) => a + b, 0)).toBe(75);
    expect(Math.max(...batches)).toBeLessThanOrEqual(20);
  });

  it("refuses sort (no query.sort capability)", async () => {
    const err = await rejection(backend.find(ctx(), { target: at("many"), query: create(QuerySchema, { sort: [{ field: "i" }] }), pageSize: 10, pageToken: "" }));
    expect(err.code).toBe(Code.Unimplemented);
  });

  it("reports hashes that DBX did not write instead of guessing", async () => {
    await raw.hset("t1:foreign:x", "a", "plain text");
    const err = await rejection(backend.get(ctx(), { target: at("foreign"), key: v.str("x"), fields: [] }));
    expect(reasonOf(err)).toBe("ERROR_REASON_STATEMENT_FAILED");
  });
});

describe("Redis backend: native commands", () => {
  it("runs one command and refuses disabled or connection-changing ones", async () => {
    const r = await backend.execute!(ctx(), { namespace: "", statement: "SET", params: [v.str("native"), v.bytes(new Uint8Array([0, 1]))], maxRows: 1_000, maxBytes: Infinity });
    expect(r.result?.kind).toEqual({ case: "bytesValue", value: new Uint8Array(Buffer.from("OK")) });
    expect((await backend.execute!(ctx(), { namespace: "", statement: "incrby", params: [v.str("counter"), v.int(5)], maxRows: 1_000, maxBytes: Infinity })).result).toEqual(v.int(5));
    expect(await raw.get("t1:counter")).toBe("5");

    const flush = await rejection(backend.execute!(ctx(), { namespace: "", statement: "FLUSHALL", params: [], maxRows: 1_000, maxBytes: Infinity }));
    expect(flush.code).toBe(Code.PermissionDenied);
    expect(reasonOf(flush)).toBe("ERROR_REASON_DISABLED");
    const evalErr = await rejection(backend.execute!(ctx(), { namespace: "", statement: "EVAL", params: [v.str("return 1"), v.int(0)], maxRows: 1_000, maxBytes: Infinity }));
    expect(evalErr.code).toBe(Code.PermissionDenied);
    expect((await rejection(backend.execute!(ctx(), { namespace: "", statement: "SELECT", params: [v.int(1)], maxRows: 1_000, maxBytes: Infinity }))).code).toBe(Code.InvalidArgument);
    const bad = await rejection(backend.execute!(ctx(), { namespace: "", statement: "NOSUCHCOMMAND", params: [], maxRows: 1_000, maxBytes: Infinity }));
    expect(reasonOf(bad)).toBe("ERROR_REASON_STATEMENT_FAILED");
  });
});

describe("Redis backend: interactive transactions", () => {
  it("commits queued writes with read-your-writes", async () => {
    const tx = await backend.beginTransaction!(ctx(), begin());
    const c = ctx(undefined, tx);
    await backend.put(ctx(), { target: at("tx"), key: v.str("a"), record: record({ n: v.int(1) }), ttlMs: undefined });
    expect((await backend.get(c, { target: at("tx"), key: v.str("a"), fields: [] }))?.fields.n).toEqual(v.int(1));
    expect(await backend.put(c, { target: at("tx"), key: v.str("b"), record: record({ n: v.int(2) }), ttlMs: undefined })).toEqual({ created: true });
    expect((await backend.update(c, { target: at("tx"), key: v.str("a"), updates: sets({ m: v.int(9) }, []), ttlMs: undefined, upsert: false }))?.record.fields).toEqual({ n: v.int(1), m: v.int(9) });
    expect(await backend.delete(c, { target: at("tx"), key: v.str("a") })).toBe(true);
    expect(await backend.get(c, { target: at("tx"), key: v.str("a"), fields: [] })).toBeUndefined();
    expect((await rejection(backend.insert(c, { target: at("tx"), key: v.str("b"), record: record({}), ttlMs: undefined }))).code).toBe(Code.AlreadyExists);
    // Nothing is visible outside before commit.
    expect(await backend.get(ctx(), { target: at("tx"), key: v.str("b"), fields: [] })).toBeUndefined();
    expect((await rejection(backend.list(c, { target: at("tx"), pageSize: 10, pageToken: "", fields: [] }))).code).toBe(Code.Unimplemented);
    await tx.commit();
    expect((await backend.get(ctx(), { target: at("tx"), key: v.str("b"), fields: [] }))?.fields.n).toEqual(v.int(2));
    expect(await backend.get(ctx(), { target: at("tx"), key: v.str("a"), fields: [] })).toBeUndefined();
  });

  it("aborts with TRANSACTION_ABORTED when a read key changed", async () => {
    await backend.put(ctx(), { target: at("tx"), key: v.str("acct"), record: record({ balance: v.int(10) }), ttlMs: undefined });
    const tx = await backend.beginTransaction!(ctx(), begin());
    const c = ctx(undefined, tx);
    await backend.get(c, { target: at("tx"), key: v.str("acct"), fields: [] });
    await backend.put(ctx(), { target: at("tx"), key: v.str("acct"), record: record({ balance: v.int(99) }), ttlMs: undefined });
    await backend.put(c, { target: at("tx"), key: v.str("acct"), record: record({ balance: v.int(11) }), ttlMs: undefined });
    const err = await rejection(tx.commit());
    expect(err.code).toBe(Code.Aborted);
    expect(reasonOf(err)).toBe("ERROR_REASON_TRANSACTION_ABORTED");
    expect(err.findDetails(ErrorInfoSchema)[0]?.metadata).toEqual({ backend: "cache" });
    expect((await backend.get(ctx(), { target: at("tx"), key: v.str("acct"), fields: [] }))?.fields.balance).toEqual(v.int(99));
  });

  it("rolls back and refuses writes in read-only transactions", async () => {
    const tx = await backend.beginTransaction!(ctx(), begin(true));
    const c = ctx(undefined, tx);
    const readOnly = await rejection(backend.put(c, { target: at("tx"), key: v.str("ro"), record: record({}), ttlMs: undefined }));
    expect(readOnly.code).toBe(Code.InvalidArgument);
    expect(errorMetadata(readOnly).field).toBe("transaction_id");
    await tx.rollback();
    expect((await rejection(tx.commit())).code).toBe(Code.FailedPrecondition);
  });
});

describe("Redis backend: watch and pub/sub", () => {
  async function take(events: AsyncIterator<WatchEvent>, n: number): Promise<WatchEvent[]> {
    const out: WatchEvent[] = [];
    while (out.length < n) {
      const r = await events.next();
      if (r.done) break;
      out.push(r.value);
    }
    return out;
  }

  it("reports inserts, updates, deletes and expirations", async () => {
    const ac = new AbortController();
    const events = backend.watch!(ctx(ac.signal), { target: at("watched"), resumeToken: "", includeBefore: false })[Symbol.asyncIterator]();
    expect((await events.next()).value).toEqual({ type: "ready" });
    // Each event is read before the next write: a record is reported as it is
    // when DBX reads it, so back-to-back writes may show a later state (see the next tests).
    const got: WatchEvent[] = [];
    await backend.insert(ctx(), { target: at("watched"), key: v.str("a"), record: record({ n: v.int(1) }), ttlMs: undefined });
    got.push(...(await take(events, 1)));
    await backend.update(ctx(), { target: at("watched"), key: v.str("a"), updates: sets({ n: v.int(2) }, []), ttlMs: undefined, upsert: false });
    got.push(...(await take(events, 1)));
    await backend.delete(ctx(), { target: at("watched"), key: v.int(404) });
    await backend.delete(ctx(), { target: at("watched"), key: v.str("a") });
    await backend.put(ctx(), { target: at("watched"), key: v.bytes(new Uint8Array([0, 255])), record: record({}), ttlMs: 500 });
    await backend.put(ctx(), { target: at("other"), key: v.str("a"), record: record({}), ttlMs: undefined });
    got.push(...(await take(events, 3)));
    const changes = got.map((e) => (e.type === "change" ? [e.change.type, e.change.key?.kind.value, e.change.record?.fields.n] : e));
    expect(changes).toEqual([
      [ChangeType.INSERT, "a", v.int(1)],
      [ChangeType.UPDATE, "a", v.int(2)],
      [ChangeType.DELETE, "a", undefined],
      [ChangeType.INSERT, new Uint8Array([0, 255]), undefined],
      [ChangeType.DELETE, new Uint8Array([0, 255]), undefined],
    ]);
    ac.abort();
    expect((await events.next()).done).toBe(true);
  });

  // Records are read as their events arrive (they once waited for the read of
  // the event before, which let more writes get ahead of their reads under load).
  it("under a burst of writes, reports each key's delete after its writes, with states that were written", async () => {
    const ac = new AbortController();
    const events = backend.watch!(ctx(ac.signal), { target: at("burst"), resumeToken: "", includeBefore: false })[Symbol.asyncIterator]();
    expect((await events.next()).value).toEqual({ type: "ready" });
    const keys = Array.from({ length: 60 }, (_, i) => `k${i}`);
    await Promise.all(
      keys.map(async (k) => {
        await backend.insert(ctx(), { target: at("burst"), key: v.str(k), record: record({ n: v.int(1) }), ttlMs: undefined });
        await backend.update(ctx(), { target: at("burst"), key: v.str(k), updates: sets({ n: v.int(2) }, []), ttlMs: undefined, upsert: false });
        await backend.delete(ctx(), { target: at("burst"), key: v.str(k) });
      }),
    );
    const deleted = new Set<string>();
    const timer = setTimeout(() => ac.abort(), 5_000);
    while (deleted.size < keys.length) {
      const [e] = await take(events, 1);
      if (e?.type !== "change") break;
      const key = e.change.key?.kind.value as string;
      expect(deleted.has(key)).toBe(false);
      if (e.change.type === ChangeType.DELETE) deleted.add(key);
      else expect([v.int(1), v.int(2)]).toContainEqual(e.change.record?.fields.n);
    }
    clearTimeout(timer);
    expect([...deleted].sort()).toEqual([...keys].sort());
    ac.abort();
  });

  // Regression: quick writes of one key were once merged into one event when
  // the record read for the first already showed the last (a flaky conformance run).
  it("gives one event per write even when writes outrun the record reads", async () => {
    const ac = new AbortController();
    const events = backend.watch!(ctx(ac.signal), { target: at("quick"), resumeToken: "", includeBefore: false })[Symbol.asyncIterator]();
    expect((await events.next()).value).toEqual({ type: "ready" });
    // Not awaited one by one: all three writes reach Redis before DBX reads the first record.
    await Promise.all([
      backend.insert(ctx(), { target: at("quick"), key: v.str("q"), record: record({ n: v.int(1) }), ttlMs: undefined }),
      backend.update(ctx(), { target: at("quick"), key: v.str("q"), updates: sets({ n: v.int(2) }, []), ttlMs: undefined, upsert: false }),
      backend.update(ctx(), { target: at("quick"), key: v.str("q"), updates: sets({ n: v.int(3) }, []), ttlMs: undefined, upsert: false }),
    ]);
    const timer = setTimeout(() => ac.abort(), 5_000);
    const got = await take(events, 3);
    clearTimeout(timer);
    const changes = got.map((e) => (e.type === "change" ? [e.change.type, e.change.record?.fields.n] : e));
    expect(changes).toHaveLength(3);
    expect(changes.slice(1)).toEqual([
      [ChangeType.UPDATE, v.int(3)],
      [ChangeType.UPDATE, v.int(3)],
    ]);
    ac.abort();
  });

  // PUBLISH counts connections, and one DBX connection carries every subscriber of the backend.
  it("subscribes and publishes binary payloads; Publish does not claim a subscriber count", async () => {
    const ac = new AbortController();
    const events = backend.subscribe!(ctx(ac.signal), { namespace: "", channels: ["news"], patterns: ["sport.*"] })[Symbol.asyncIterator]();
    expect((await events.next()).value).toEqual({ type: "ready" });
    expect(await backend.publish!(ctx(), { namespace: "", channel: "news", payload: new Uint8Array([0, 1, 2]) })).toBeUndefined();
    expect(await backend.publish!(ctx(), { namespace: "", channel: "sport.ski", payload: new Uint8Array([0xff]) })).toBeUndefined();
    expect((await events.next()).value).toEqual({ type: "message", channel: "news", pattern: "", payload: Buffer.from([0, 1, 2]) });
    expect((await events.next()).value).toEqual({ type: "message", channel: "sport.ski", pattern: "sport.*", payload: Buffer.from([0xff]) });
    ac.abort();
    expect((await events.next()).done).toBe(true);
  });
});

describe("Redis backend: keyspace notification setup", () => {
  it("adds the flags Watch needs, keeping those already set", async () => {
    await raw.config("SET", "notify-keyspace-events", "Elg");
    const ac = new AbortController();
    const events = backend.watch!(ctx(ac.signal), { target: at("setup"), resumeToken: "", includeBefore: false })[Symbol.asyncIterator]();
    expect((await events.next()).value).toEqual({ type: "ready" });
    const flags = ((await raw.config("GET", "notify-keyspace-events")) as string[])[1];
    for (const f of "KEghlxe") expect(flags).toContain(f);
    ac.abort();
    await events.next();
  });

  it("refuses Watch with PERMISSION_DENIED when the flags are missing and DBX may not set them", async () => {
    await raw.config("SET", "notify-keyspace-events", "");
    const locked = createRedisBackend("locked", { url: server.url, enableKeyspaceNotifications: false });
    await locked.open();
    try {
      const err = await rejection(locked.watch!(ctx(new AbortController().signal), { target: at("x"), resumeToken: "", includeBefore: false })[Symbol.asyncIterator]().next());
      expect(err.code).toBe(Code.PermissionDenied);
      expect(err.rawMessage).toMatch(/notify-keyspace-events/);
      expect((await rejection(locked.watch!(ctx(new AbortController().signal), { target: at("x"), resumeToken: "resume-me", includeBefore: false })[Symbol.asyncIterator]().next())).code).toBe(Code.Unimplemented);
    } finally {
      await locked.close();
    }
  });
});

describe("Redis ACL refusals", () => {
  it("answer PERMISSION_DENIED (reason PERMISSION_DENIED) when Redis refuses the role DBX connects as", async () => {
    const acl = await startRedisServer();
    const admin = new Redis({ port: acl.port, lazyConnect: true });
    await admin.connect();
    // A user that may run everything but ECHO, as an operator's ACL would refuse a command.
    await admin.call("ACL", "SETUSER", "app", "on", ">secret", "~*", "&*", "+@all", "-echo");
    const limited = createRedisBackend("limited", { url: `redis://app:secret@127.0.0.1:${acl.port}` });
    await limited.open();
    try {
      const err = await rejection(
        limited.execute!(ctx(), { namespace: "", statement: "ECHO", params: [v.str("hi")], maxRows: 1_000, maxBytes: Infinity }),
      );
      expect(err.code).toBe(Code.PermissionDenied);
      expect(reasonOf(err)).toBe("ERROR_REASON_PERMISSION_DENIED");
      expect(errorMetadata(err)).toMatchObject({ backend: "limited", native_code: "NOPERM" });
    } finally {
      await limited.close();
      admin.disconnect();
      await acl.stop();
    }
  });
});
