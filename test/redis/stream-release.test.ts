import { readdirSync } from "node:fs";
import { durationFromMs } from "@bufbuild/protobuf/wkt";
import { Code, ConnectError } from "@connectrpc/connect";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ListEnd } from "../../gen/ts/dbx/redis/v1/common_pb.js";
import { RedisService } from "../../gen/ts/dbx/redis/v1/redis_service_pb.js";
import { AdminService } from "../../gen/ts/dbx/v1/admin_pb.js";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import { QueryService } from "../../gen/ts/dbx/v1/query_pb.js";
import { StreamService } from "../../gen/ts/dbx/v1/stream_pb.js";
import { TransactionService } from "../../gen/ts/dbx/v1/transaction_pb.js";
import type { Backend } from "../../src/backends/backend.js";
import { startTestServer, type Protocol, type TestServer } from "../support/dbx-server.js";
import { startRedisServer, type RedisServer } from "../support/redis-server.js";
import { waitFor } from "../support/wait-for.js";
import { record, v } from "./values.js";

const b = (text: string): Uint8Array => new TextEncoder().encode(text);
const BATCH = 25;
const CHANNELS = ["rel-a", "rel-b"];

/** One way of holding Redis resources from a call: a stream read up to its first message, or a blocking call in flight. */
interface Kind {
  readonly name: string;
  /** Starts the call; a stream resolves once its first message arrived, a unary call never before it ends. */
  start(server: TestServer, protocol: Protocol, signal: AbortSignal): { firstMessage?: Promise<unknown>; done: Promise<unknown> };
  /** Leases a dedicated connection while in flight (blocking calls): in flight once the backend counts the lease. */
  readonly leases?: boolean;
}

/** A server stream: resolves `firstMessage` with the first response, `done` when the stream ends however it ends. */
function stream(messages: AsyncIterable<unknown>): { firstMessage: Promise<unknown>; done: Promise<unknown> } {
  let first!: (value: unknown) => void;
  const firstMessage = new Promise((resolve) => (first = resolve));
  const done = (async () => {
    for await (const m of messages) first(m);
  })();
  done.then(first, first);
  return { firstMessage, done };
}

const KINDS: Kind[] = [
  { name: "StreamService.Watch", start: (s, p, signal) => stream(s.client(StreamService, p).watch({ target: { collection: "rel" } }, { signal })) },
  { name: "StreamService.Subscribe", start: (s, p, signal) => stream(s.client(StreamService, p).subscribe({ channels: CHANNELS }, { signal })) },
  {
    name: "QueryService.FindStream",
    start: (s, p, signal) => stream(s.client(QueryService, p).findStream({ target: { collection: "rel" }, query: {}, batchSize: 5 }, { signal })),
  },
  { name: "RedisService.Subscribe", start: (s, p, signal) => stream(s.client(RedisService, p).subscribe({ channels: CHANNELS.map(b) }, { signal })) },
  { name: "RedisService.PSubscribe", start: (s, p, signal) => stream(s.client(RedisService, p).pSubscribe({ patterns: [b("rel-*")] }, { signal })) },
  { name: "RedisService.XRead", start: (s, p, signal) => stream(s.client(RedisService, p).xRead({ streams: [{ key: b("xs") }] }, { signal })) },
  {
    name: "RedisService.XReadGroup",
    start: (s, p, signal) =>
      stream(s.client(RedisService, p).xReadGroup({ group: "g", consumer: "c", streams: [{ key: b("xs"), id: ">" }] }, { signal })),
  },
  // Reading history: the call is mostly suspended at a yield, waiting for the client to take the next batch.
  { name: "RedisService.XRead (history)", start: (s, p, signal) => stream(s.client(RedisService, p).xRead({ streams: [{ key: b("xh"), id: "0" }], count: 2n }, { signal })) },
  {
    name: "RedisService.XReadGroup (new entries)",
    start: (s, p, signal) =>
      stream(s.client(RedisService, p).xReadGroup({ group: "h", consumer: "c", streams: [{ key: b("xh"), id: ">" }], count: 2n }, { signal })),
  },
  { name: "RedisService.ScanStream", start: (s, p, signal) => stream(s.client(RedisService, p).scanStream({ count: 5n }, { signal })) },
  { name: "RedisService.BLPop", leases: true, start: (s, p, signal) => ({ done: s.client(RedisService, p).bLPop({ keys: [b("empty")] }, { signal }) }) },
  {
    name: "RedisService.BLMove",
    leases: true,
    start: (s, p, signal) => ({
      done: s.client(RedisService, p).bLMove({ source: b("empty"), destination: b("d"), sourceEnd: ListEnd.LEFT, destinationEnd: ListEnd.RIGHT }, { signal }),
    }),
  },
  // A Begin that the server finished before the disconnect leaves a transaction nobody knows of: its idle timeout ends it.
  {
    name: "TransactionService.Begin",
    start: (s, p, signal) => ({ done: s.client(TransactionService, p).begin({ idleTimeout: durationFromMs(1_000) }, { signal }) }),
  },
];

function openFds(): number {
  return readdirSync("/proc/self/fd").length;
}

// Every Redis streaming RPC and blocking call holds something while it runs: a subscription, a
// dedicated connection, a SCAN, a transaction slot. An abrupt client disconnect at any point must give
// all of it back: nothing in Redis (connections, subscriptions), nothing in DBX (fds, leases, transactions).
describe("abrupt client disconnects release every Redis resource a call holds", () => {
  let redis: RedisServer;
  let server: TestServer;
  let admin: Redis;
  let backend: Backend;

  const dbxConnections = async (): Promise<number> =>
    ((await admin.call("CLIENT", "LIST")) as string).split("\n").filter((line) => / name=dbx /.test(line)).length;
  const numPat = async (): Promise<number> => Number(await admin.call("PUBSUB", "NUMPAT"));
  const numSub = async (): Promise<number> => {
    const reply = (await admin.call("PUBSUB", "NUMSUB", ...CHANNELS)) as (string | number)[];
    return reply.filter((_, i) => i % 2 === 1).reduce<number>((sum, n) => sum + Number(n), 0);
  };
  const openTransactions = async (): Promise<bigint> => (await server.client(AdminService).getStats({ backend: "cache" })).openTransactions;

  beforeAll(async () => {
    redis = await startRedisServer();
    admin = new Redis(redis.port, "127.0.0.1");
    server = await startTestServer({ defaultBackend: "cache", backends: { cache: { url: redis.url } } });
    backend = server.server.registry.get("cache");
    const data = server.client(DataService);
    for (let i = 0; i < 60; i++) await data.put({ target: { collection: "rel" }, key: v.int(i), record: record({ i: v.int(i) }) });
    await server.client(RedisService).xGroupCreate({ key: b("xs"), group: "g", mkstream: true });
    const r = server.client(RedisService);
    for (let i = 0; i < 300; i++) await r.xAdd({ key: b("xh"), fields: [{ field: b("n"), value: b(String(i)) }] });
    await r.xGroupCreate({ key: b("xh"), group: "h", id: "0" });
  });
  afterAll(async () => {
    admin?.disconnect();
    await server?.close();
    await redis?.stop();
  });

  /** Starts BATCH calls of one kind, disconnects each abruptly (in flight, or at an arbitrary moment), and waits for them to end. */
  async function disconnectBatch(kind: Kind, inFlight: boolean, round: number): Promise<void> {
    // Each batch starts once the leases of the one before are back, so that in-flight counts are its own.
    await waitFor(() => backend.stats().exclusive_leased === "0", { what: "the previous batch's leases released" });
    const calls = Array.from({ length: BATCH }, (_, i) => {
      const ac = new AbortController();
      const protocol: Protocol = (i + round) % 2 === 0 ? "grpc" : "connect";
      const call = kind.start(server, protocol, ac.signal);
      const ended = call.done.then(
        () => "ok",
        (err: unknown) => ConnectError.from(err).code,
      );
      return { ac, call, ended };
    });
    if (inFlight && kind.leases) {
      await waitFor(() => Number(backend.stats().exclusive_leased) >= BATCH, { what: `${kind.name} calls blocked in Redis` });
    } else if (inFlight) {
      await Promise.all(calls.map((c) => c.call.firstMessage));
    } else {
      // Anywhere from before the request leaves to after the first message.
      await Promise.all(calls.map((c, i) => new Promise<void>((resolve) => setTimeout(resolve, (i * 7) % 23)).then(() => c.ac.abort())));
    }
    for (const c of calls) c.ac.abort();
    for (const code of await Promise.all(calls.map((c) => c.ended))) {
      // Begin and short streams may have finished before the abort.
      expect(["ok", Code.Canceled], `${kind.name}: ${code}`).toContain(code);
    }
  }

  it(`${KINDS.length * 2 * BATCH} abrupt disconnects: Redis connections, subscriptions, leases, transactions and fds back to where they were`, async () => {
    // Events keep flowing, so that streams are often suspended at a yield when their client goes.
    const flowing = new AbortController();
    const r = server.client(RedisService);
    const data = server.client(DataService);
    const traffic = (async () => {
      for (let n = 0; !flowing.signal.aborted; n++) {
        await Promise.all([
          r.publish({ channel: b(CHANNELS[n % 2]), message: b(String(n)) }),
          r.xAdd({ key: b("xh"), fields: [{ field: b("n"), value: b(String(n)) }], trim: { strategy: { case: "maxLen", value: 300n }, approximate: true } }),
          data.put({ target: { collection: "rel" }, key: v.int(n % 60), record: record({ i: v.int(n) }) }),
        ]);
      }
    })();
    try {
      await disconnectAll();
    } finally {
      flowing.abort();
      await traffic;
    }
  }, 180_000);

  async function disconnectAll(): Promise<void> {
    // One round first, so that the shared, subscriber and pooled connections exist before counting.
    for (const kind of KINDS) await disconnectBatch(kind, true, 0);
    await waitFor(async () => backend.stats().exclusive_leased === "0" && (await numPat()) === 0 && (await numSub()) === 0, {
      what: "the warm-up round released",
    });
    const before = { connections: await dbxConnections(), idle: Number(backend.stats().exclusive_idle), fds: openFds() };

    for (const [round, inFlight] of [
      [1, true],
      [2, false],
    ] as const) {
      for (const kind of KINDS) await disconnectBatch(kind, inFlight, round);
    }

    const state = async () => ({
      leased: backend.stats().exclusive_leased,
      idle: Number(backend.stats().exclusive_idle),
      channels: backend.stats().subscribed_channels,
      patterns: backend.stats().subscribed_patterns,
      numPat: await numPat(),
      numSub: await numSub(),
      transactions: await openTransactions(),
      connections: await dbxConnections(),
      fds: openFds(),
    });
    await waitFor(
      async () => {
        const s = await state();
        return (
          s.leased === "0" &&
          s.channels === "0" &&
          s.patterns === "0" &&
          s.numPat === 0 &&
          s.numSub === 0 &&
          s.transactions === 0n &&
          // The idle pool (at most exclusivePoolSize) may hold other connections than before.
          s.connections - s.idle <= before.connections - before.idle &&
          s.fds <= before.fds + 25
        );
      },
      { timeoutMs: 20_000, what: "every resource released" },
    ).catch(async (err: unknown) => {
      throw new Error(`${(err as Error).message}: before ${JSON.stringify(before)}, now ${JSON.stringify(await state(), (_, x) => (typeof x === "bigint" ? Number(x) : x))}`);
    });
  }
});
