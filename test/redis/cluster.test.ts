import { create } from "@bufbuild/protobuf";
import { Code, createClient, createRouterTransport, type Client } from "@connectrpc/connect";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ListEnd } from "../../gen/ts/dbx/redis/v1/common_pb.js";
import { RedisService } from "../../gen/ts/dbx/redis/v1/redis_service_pb.js";
import { FilterSchema, Operator } from "../../gen/ts/dbx/v1/filter_pb.js";
import { QuerySchema } from "../../gen/ts/dbx/v1/query_pb.js";
import { ChangeType } from "../../gen/ts/dbx/v1/stream_pb.js";
import type { Backend } from "../../src/backends/backend.js";
import type { WriteCall } from "../../src/backends/backend-calls.js";
import { Capability } from "../../src/backends/capabilities.js";
import { createRedisBackend } from "../../src/backends/redis/index.js";
import { BackendRegistry } from "../../src/backends/registry.js";
import { createRedisService } from "../../src/services/redis/index.js";
import { createServiceDeps } from "../../src/services/service-deps.js";
import { startRedisCluster, type RedisCluster } from "../support/redis-cluster.js";
import { blockedClients } from "../support/redis-blocked-clients.js";
import { expectError } from "../support/values.js";
import { waitFor } from "../support/wait-for.js";
import { b, binary } from "./service-fixture.js";
import { at, ctx, record, u, v } from "./values.js";

let cluster: RedisCluster;
let backend: Backend;
let client: Client<typeof RedisService>;

beforeAll(async () => {
  cluster = await startRedisCluster();
  backend = createRedisBackend("cluster", { url: "redis://127.0.0.1", cluster: { nodes: cluster.addresses }, keyPrefix: "cl:" });
  await backend.open();
  const deps = createServiceDeps({
    registry: new BackendRegistry([backend], "cluster"),
    transactions: { defaultIdleTimeoutMs: 5_000, maxIdleTimeoutMs: 60_000, maxOpen: 10 },
    limits: { maxRowsPerResponse: 1_000, maxResponseBytes: 4 * 1024 * 1024 },
    logger: pino({ level: "silent" }),
    version: "test",
  });
  client = createClient(RedisService, createRouterTransport((router) => router.service(RedisService, createRedisService(deps))));
}, 60_000);

afterAll(async () => {
  await backend?.close();
  await cluster?.stop();
});

describe("Redis Cluster (3 masters)", () => {
  it("declares what a cluster can do: no atomic batches or interactive transactions", () => {
    expect([...backend.capabilities].sort()).toEqual(
      [
        Capability.DataTtl,
        Capability.DataRangedRead,
        Capability.DataUpsert,
        Capability.DataUpdateNumeric,
        Capability.DataUpdateArrays,
        Capability.DataBulkByFilter,
        Capability.QueryNative,
        Capability.QueryArrayFilters,
        Capability.StreamPubSub,
        Capability.StreamWatch,
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
  });

  it("routes single-key commands to every slot, binary-safe", async () => {
    for (let i = 0; i < 50; i++) await client.set({ key: binary(i), value: binary(i, 1) });
    for (let i = 0; i < 50; i++) expect((await client.get({ key: binary(i) })).value).toEqual(binary(i, 1));
    expect((await client.dbSize({})).keys).toBe(50n);
    expect((await client.getStats({})).mode).toBe("cluster");
  });

  it("reads INFO of every master, in address order", async () => {
    const info = await client.info({ sections: ["server", "keyspace"] });
    const ports = info.nodes.map((n) => n.sections.find((s) => s.name === "server")?.fields.tcp_port);
    expect(info.nodes.map((n) => n.address)).toEqual([...cluster.addresses].sort());
    expect(ports).toEqual([...cluster.addresses].sort().map((a) => a.split(":")[1]));
    expect(info.sections).toEqual(info.nodes[0].sections);
  });

  it("answers a clear CROSSSLOT error for multi-key commands across slots, and runs them within one slot", async () => {
    const err = await expectError(client.mGet({ keys: [b("a"), b("b")] }), Code.InvalidArgument, { reason: "ERROR_REASON_STATEMENT_FAILED" });
    expect(err.rawMessage).toMatch(/hash to different Redis Cluster slots.*hash tag/);
    await client.mSet({ pairs: [{ key: b("{user1}:a"), value: b("1") }, { key: b("{user1}:b"), value: b("2") }] });
    expect((await client.mGet({ keys: [b("{user1}:a"), b("{user1}:b")] })).values.map((x) => x.value)).toEqual([b("1"), b("2")]);
    await expectError(client.sUnionStore({ destination: b("x"), keys: [b("y"), b("z")] }), Code.InvalidArgument, { message: /slot/ });
    await expectError(client.multi({ commands: [{ name: "SET", args: [b("a"), b("1")] }, { name: "SET", args: [b("b"), b("1")] }] }), Code.InvalidArgument, {
      message: /slot|CROSSSLOT/,
    });
  });

  it("pipelines across slots, and MULTI with WATCH within one slot", async () => {
    const res = await client.pipeline({ commands: Array.from({ length: 20 }, (_, i) => ({ name: "INCR", args: [b(`ctr${i}`)] })) });
    expect(res.results.every((r) => r.outcome.case === "reply")).toBe(true);
    const multi = await client.multi({
      commands: [
        { name: "INCR", args: [b("{acct}:n")] },
        { name: "INCR", args: [b("{acct}:n")] },
      ],
      watchKeys: [b("{acct}:n")],
    });
    expect(multi.results[1].outcome.value).toMatchObject({ kind: { case: "integer", value: 2n } });
  });

  it("scans every master with one cursor", async () => {
    const seen = new Set<string>();
    let cursor = "";
    let steps = 0;
    do {
      const page = await client.scan({ cursor, count: 10n });
      page.keys.forEach((k) => seen.add(Buffer.from(k).toString("hex")));
      cursor = page.cursor;
      steps++;
    } while (cursor !== "0");
    for (let i = 0; i < 50; i++) expect(seen.has(Buffer.from(binary(i)).toString("hex"))).toBe(true);
    expect(steps).toBeGreaterThanOrEqual(3);
    const streamed: string[] = [];
    for await (const msg of client.scanStream({ match: b("ctr*") })) streamed.push(...msg.keys.map((k) => new TextDecoder().decode(k)));
    expect(streamed.sort()).toEqual(Array.from({ length: 20 }, (_, i) => `ctr${i}`).sort());
  });

  it("runs blocking pops, streams and pub/sub", async () => {
    const waiting = client.bLMove({ source: b("{q}:in"), destination: b("{q}:out"), sourceEnd: ListEnd.LEFT, destinationEnd: ListEnd.RIGHT, timeout: { seconds: 20n } });
    const blockedInCluster = async () => (await Promise.all(cluster.addresses.map((a) => blockedClients(Number(a.split(":")[1]))))).reduce((x, y) => x + y, 0);
    await waitFor(async () => (await blockedInCluster()) === 1, { what: "BLMOVE to block in the cluster" });
    await client.rPush({ key: b("{q}:in"), values: [binary()] });
    expect((await waiting).value).toEqual(binary());

    const ac = new AbortController();
    const reader = client.xRead({ streams: [{ key: b("events") }] }, { signal: ac.signal })[Symbol.asyncIterator]();
    expect((await reader.next()).value?.event.case).toBe("ready");
    await client.xAdd({ key: b("events"), id: "5-1", fields: [{ field: b("f"), value: b("v") }] });
    const batch = (await reader.next()).value!;
    expect(batch.event.case).toBe("batch");

    const sub = client.subscribe({ channels: [binary()] }, { signal: ac.signal })[Symbol.asyncIterator]();
    expect((await sub.next()).value?.event.case).toBe("ready");
    await client.publish({ channel: binary(), message: b("hello") });
    const msg = (await sub.next()).value!;
    expect(msg.event.case === "message" && msg.event.value.payload).toEqual(b("hello"));
    ac.abort();
  });

  it("stores records across masters: put, get, list, count, find, non-atomic batches", async () => {
    for (let i = 0; i < 60; i++) await backend.put(ctx(), { target: at("people"), key: v.int(i), record: record({ i: v.int(i), even: v.bool(i % 2 === 0) }), ttlMs: undefined });
    expect((await backend.get(ctx(), { target: at("people"), key: v.int(7), fields: [] }))?.fields.i).toEqual(v.int(7));
    expect(await backend.count(ctx(), { target: at("people"), filter: undefined })).toBe(60n);
    const seen = new Set<bigint>();
    let token = "";
    do {
      const page = await backend.list(ctx(), { target: at("people"), pageSize: 11, pageToken: token, fields: [] });
      expect(page.records.length).toBeLessThanOrEqual(11);
      page.records.forEach((r) => seen.add(r.fields.i.kind.value as bigint));
      token = page.nextPageToken;
    } while (token);
    expect(seen.size).toBe(60);
    const filter = create(FilterSchema, { kind: { case: "field", value: { field: "even", op: Operator.EQ, value: v.bool(true) } } });
    const found = await backend.find(ctx(), { target: at("people"), query: create(QuerySchema, { filter }), pageSize: 100, pageToken: "" });
    expect(found.records).toHaveLength(30);

    const ops: WriteCall[] = [
      { kind: "put", target: at("people"), key: v.int(100), record: record({}) },
      { kind: "insert", target: at("people"), key: v.int(101), record: record({}) },
    ];
    expect(await backend.batchWrite(ctx(), { writes: ops, requireAtomic: false })).toEqual({ atomic: false, results: [{ affected: true }, { affected: true, key: v.int(101) }] });
    await expect(backend.batchWrite(ctx(), { writes: ops, requireAtomic: true })).rejects.toMatchObject({ code: Code.Unimplemented });
    const partial = await backend.batchWrite(ctx(), { writes: [ops[0], ops[1]], requireAtomic: false }).catch((e: Error) => e);
    expect(partial).toMatchObject({ code: Code.AlreadyExists });
    expect((partial as Error).message).toMatch(/operations\[1\] failed after 1 earlier writes were applied/);

    const odd = create(FilterSchema, { kind: { case: "field", value: { field: "even", op: Operator.EQ, value: v.bool(false) } } });
    expect(await backend.updateMany!(ctx(), { target: at("people"), filter: odd, updates: [u.increment("i", v.int(1000))] })).toBe(30n);
    expect((await backend.get(ctx(), { target: at("people"), key: v.int(7), fields: [] }))?.fields.i).toEqual(v.int(1007));
    expect(await backend.deleteMany!(ctx(), { target: at("people"), filter: odd })).toBe(30n);
    expect(await backend.count(ctx(), { target: at("people"), filter: undefined })).toBe(32n);
  });

  it("watches a collection on every master", async () => {
    const ac = new AbortController();
    const events = backend.watch!(ctx(ac.signal), { target: at("watched"), resumeToken: "", includeBefore: false })[Symbol.asyncIterator]();
    expect((await events.next()).value).toEqual({ type: "ready" });
    const keys = Array.from({ length: 12 }, (_, i) => `k${i}`);
    for (const k of keys) await backend.insert(ctx(), { target: at("watched"), key: v.str(k), record: record({}), ttlMs: undefined });
    const got = new Set<string>();
    while (got.size < keys.length) {
      const e = (await events.next()).value;
      if (e?.type === "change") {
        expect(e.change.type).toBe(ChangeType.INSERT);
        got.add(e.change.key?.kind.value as string);
      }
    }
    expect([...got].sort()).toEqual([...keys].sort());
    ac.abort();
  });
});
