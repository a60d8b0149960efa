import { durationFromMs } from "@bufbuild/protobuf/wkt";
import { Code, ConnectError } from "@connectrpc/connect";
import { Redis } from "ioredis";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { RedisService } from "../../gen/ts/dbx/redis/v1/redis_service_pb.js";
import { AdminService } from "../../gen/ts/dbx/v1/admin_pb.js";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import { StreamService } from "../../gen/ts/dbx/v1/stream_pb.js";
import { TransactionService } from "../../gen/ts/dbx/v1/transaction_pb.js";
import type { Backend } from "../../src/backends/backend.js";
import { reasonOf } from "../../src/errors/dbx-error.js";
import { startTestServer, type TestServer } from "../support/dbx-server.js";
import { startRedisServer, type RedisServer } from "../support/redis-server.js";
import { waitFor } from "../support/wait-for.js";
import { at, begin, ctx, record, v } from "./values.js";

const COMMAND_TIMEOUT_MS = 2_000;
/** Generous for a loaded machine, yet short of twice the timeout, which pipelined calls used to take. */
const BOUND_MS = COMMAND_TIMEOUT_MS + 1_300;
const POOL = 6;
const b = (text: string): Uint8Array => new TextEncoder().encode(text);

/** How a call ended and how long it took; a client-side abort keeps a hang from stalling the test. */
async function outcome(call: (signal: AbortSignal) => Promise<unknown>): Promise<{ code: string; reason?: string; ms: number; message: string }> {
  const start = Date.now();
  try {
    await call(AbortSignal.timeout(15_000));
    return { code: "OK", ms: Date.now() - start, message: "" };
  } catch (err) {
    const e = ConnectError.from(err);
    return { code: Code[e.code], reason: reasonOf(e), ms: Date.now() - start, message: e.message };
  }
}

function expectBounded(result: { code: string; ms: number; message: string }, codes: string[], boundMs = BOUND_MS): void {
  expect(codes, `${result.code}: ${result.message}`).toContain(result.code);
  expect(result.ms, result.message).toBeLessThan(boundMs);
}

// SIGSTOP leaves Redis's sockets open and silent: nothing fails, replies just never come. Calls inside a
// transaction and AtomicBatch waited as long as Redis stayed frozen (their connections had no timeout),
// and a command queued behind an unanswered auto-pipeline waited up to twice commandTimeoutMs.
describe("a frozen Redis (SIGSTOP): every wait is bounded by commandTimeoutMs or the call's deadline", () => {
  let redis: RedisServer;
  let server: TestServer;
  let admin: Redis;
  let pid: number;
  let backend: Backend;
  let frozen = false;

  const freeze = (): void => {
    process.kill(pid, "SIGSTOP");
    frozen = true;
  };
  const thaw = (): void => {
    if (frozen) process.kill(pid, "SIGCONT");
    frozen = false;
  };
  const dbxConnections = async (): Promise<number> =>
    ((await admin.call("CLIENT", "LIST")) as string).split("\n").filter((line) => / name=dbx /.test(line)).length;

  beforeAll(async () => {
    redis = await startRedisServer();
    admin = new Redis(redis.port, "127.0.0.1");
    pid = Number(/process_id:(\d+)/.exec(await admin.info("server"))![1]);
    server = await startTestServer({
      defaultBackend: "cache",
      backends: { cache: { url: redis.url, commandTimeoutMs: COMMAND_TIMEOUT_MS, connectTimeoutMs: COMMAND_TIMEOUT_MS, exclusivePoolSize: POOL } },
    });
    backend = server.server.registry.get("cache");
  });
  afterEach(() => thaw());
  afterAll(async () => {
    thaw();
    admin?.disconnect();
    await server?.close();
    await redis?.stop();
  });

  it("transaction calls, AtomicBatch, Multi, Put, Ping, Subscribe and blocking calls answer UNAVAILABLE in time; all recovers after SIGCONT", async () => {
    const data = server.client(DataService, "grpc");
    const tx = server.client(TransactionService, "grpc");
    const r = server.client(RedisService, "grpc");
    const info = server.client(AdminService, "grpc");
    const target = { collection: "frozen" };
    await data.put({ target, key: v.str("a"), record: record({ n: v.int(1) }) });
    // Idle pooled connections, so that AtomicBatch and BLPop reach Redis rather than wait to connect.
    const warm = await Promise.all(Array.from({ length: POOL }, () => tx.begin({})));
    for (const t of warm) await tx.rollback({ transactionId: t.transactionId });
    expect(backend.stats().exclusive_idle).toBe(String(POOL));
    const reading = await tx.begin({});
    await data.get({ target, transactionId: reading.transactionId, key: v.str("a") });
    const rolling = await tx.begin({});
    const committing = await tx.begin({});
    await data.put({ target, transactionId: committing.transactionId, key: v.str("c"), record: record({}) });

    freeze();
    const first = Promise.all([
      outcome((signal) => data.get({ target, transactionId: reading.transactionId, key: v.str("z") }, { signal })),
      outcome((signal) => tx.atomicBatch({ target, operations: [{ key: v.str("b"), operation: { case: "put", value: record({}) } }] }, { signal })),
      outcome((signal) => data.put({ target, key: v.str("p1"), record: record({}) }, { signal })),
      outcome((signal) => r.ping({}, { signal })),
      outcome((signal) => tx.rollback({ transactionId: rolling.transactionId }, { signal })),
      outcome((signal) => tx.commit({ transactionId: committing.transactionId }, { signal })),
      outcome((signal) => r.bLPop({ keys: [b("never")], timeout: durationFromMs(500) }, { signal })),
      outcome((signal) => r.multi({ commands: [{ name: "INCR", args: [b("m")] }] }, { signal })),
      outcome(async (signal) => {
        for await (const message of r.subscribe({ channels: [b("frozen")] }, { signal })) expect(message.event.case).toBe("ready");
      }),
    ]);
    // A round trip that touches no backend: the calls above have been handed to Redis's auto-pipeline by now.
    await info.getServerInfo({});
    // Issued behind an unanswered pipeline: these waited for it to time out before their own timeout began.
    const behind = Promise.all([
      outcome((signal) => data.put({ target, key: v.str("p2"), record: record({}) }, { signal })),
      outcome((signal) => r.ping({}, { signal })),
    ]);
    const [inTx, atomicBatch, put, ping, rollback, commit, bLPop, multi, subscribe] = await first;
    expectBounded(inTx, ["Unavailable"]);
    expect(inTx.reason).toBe("ERROR_REASON_BACKEND_UNAVAILABLE");
    expectBounded(atomicBatch, ["Unavailable"]);
    expectBounded(put, ["Unavailable"]);
    expectBounded(ping, ["Unavailable"]);
    // Rolling back needs no answer from Redis: the connection is dropped.
    expectBounded(rollback, ["OK"]);
    expectBounded(commit, ["Unavailable"]);
    expect(commit.message).toMatch(/whether the transaction was applied is unknown/);
    expectBounded(bLPop, ["Unavailable"], 500 + BOUND_MS);
    expectBounded(multi, ["Unavailable"]);
    expect(multi.message).toMatch(/whether the transaction was applied is unknown/);
    expectBounded(subscribe, ["Unavailable"]);
    for (const late of await behind) expectBounded(late, ["Unavailable"]);

    // The transaction whose reply never came fails at once from now on.
    const again = await outcome((signal) => data.get({ target, transactionId: reading.transactionId, key: v.str("a") }, { signal }));
    expectBounded(again, ["Unavailable"], 1_000);
    expect(again.message).toMatch(/roll the transaction back/);

    thaw();
    await waitFor(async () => (await outcome((signal) => r.ping({}, { signal }))).code === "OK", { what: "Redis answering again" });
    await data.put({ target, key: v.str("after"), record: record({ n: v.int(2) }) });
    expect((await data.get({ target, key: v.str("after") })).record?.fields.n).toEqual(v.int(2));
    await tx.atomicBatch({ target, operations: [{ key: v.str("b"), operation: { case: "put", value: record({ n: v.int(3) }) } }] });
    await tx.rollback({ transactionId: reading.transactionId });
    const fresh = await tx.begin({});
    await data.put({ target, transactionId: fresh.transactionId, key: v.str("t"), record: record({}) });
    await tx.commit({ transactionId: fresh.transactionId });
    expect((await r.bLPop({ keys: [b("never")], timeout: durationFromMs(100) })).timedOut).toBe(true);

    // No dedicated connection is left leased or open beyond the idle pool.
    expect(backend.stats().exclusive_leased).toBe("0");
    await waitFor(async () => (await dbxConnections()) <= 1 + POOL + 1, { what: "only the shared, subscriber and idle pooled connections left" });
  }, 60_000);

  it("a call deadline shorter than commandTimeoutMs wins, inside a transaction too", async () => {
    const deadline = () => ctx(AbortSignal.timeout(300));
    const handle = await backend.beginTransaction!(ctx(), begin());
    freeze();
    for (const call of [
      () => backend.get(ctx(AbortSignal.timeout(300), handle), { target: at("frozen"), key: v.str("x"), fields: [] }),
      () => backend.put(deadline(), { target: at("frozen"), key: v.str("x"), record: record({}), ttlMs: undefined }),
      () => backend.batchWrite(deadline(), { writes: [{ kind: "put", target: at("frozen"), key: v.str("y"), record: record({}) }], requireAtomic: true }),
      () => backend.ping(deadline()),
    ]) {
      const result = await outcome(() => call());
      expectBounded(result, ["DeadlineExceeded"], 300 + 1_300);
    }
    thaw();
    await handle.rollback();
  }, 30_000);

  it("streams and blocking calls that clients drop while Redis is frozen release everything without waiting for Redis", async () => {
    const r = server.client(RedisService, "grpc");
    const streams = server.client(StreamService, "grpc");
    const before = { connections: await dbxConnections(), idle: Number(backend.stats().exclusive_idle) };
    freeze();
    const calls = [
      (signal: AbortSignal) => r.subscribe({ channels: [b("gone-1")] }, { signal }),
      (signal: AbortSignal) => r.pSubscribe({ patterns: [b("gone-*")] }, { signal }),
      (signal: AbortSignal) => streams.subscribe({ channels: ["gone-2"] }, { signal }),
      (signal: AbortSignal) => streams.watch({ target: { collection: "gone" } }, { signal }),
      (signal: AbortSignal) => r.xRead({ streams: [{ key: b("gone-x") }] }, { signal }),
    ].map((open) => {
      const ac = new AbortController();
      const done = (async () => {
        for await (const message of open(ac.signal)) expect(message).toBeUndefined();
      })().catch(() => undefined);
      return { ac, done };
    });
    const blocked = new AbortController();
    const bLPop = r.bLPop({ keys: [b("gone-l")] }, { signal: blocked.signal }).catch(() => undefined);
    // Every call is waiting on Redis: the subscriptions are registered, the lease is taken.
    await waitFor(() => backend.stats().subscribed_channels === "2" && backend.stats().subscribed_patterns !== "0", { what: "subscriptions waiting on Redis" });
    await waitFor(() => Number(backend.stats().exclusive_leased) >= 1, { what: "a blocking call on a leased connection" });
    for (const c of calls) c.ac.abort();
    blocked.abort();
    await Promise.all([...calls.map((c) => c.done), bLPop]);
    // Still frozen: DBX has let go of all of it by itself.
    await waitFor(
      () => {
        const s = backend.stats();
        return s.subscribed_channels === "0" && s.subscribed_patterns === "0" && s.exclusive_leased === "0";
      },
      { timeoutMs: BOUND_MS, what: "subscriptions and leases released while Redis is frozen" },
    );
    thaw();
    await waitFor(
      async () => {
        const numPat = Number(await admin.call("PUBSUB", "NUMPAT"));
        const numSub = (await admin.call("PUBSUB", "NUMSUB", "gone-1", "gone-2")) as (string | number)[];
        const connections = await dbxConnections();
        const idle = Number(backend.stats().exclusive_idle);
        return numPat === 0 && Number(numSub[1]) + Number(numSub[3]) === 0 && connections - idle <= before.connections - before.idle;
      },
      { what: "nothing left subscribed or connected in Redis" },
    );
  }, 30_000);

  it("an idle transaction expires while Redis is frozen and its connection is dropped, not held until Redis answers", async () => {
    const tx = server.client(TransactionService, "grpc");
    const data = server.client(DataService, "grpc");
    await data.put({ target: { collection: "frozen" }, key: v.str("i"), record: record({}) });
    const idle = await tx.begin({ idleTimeout: durationFromMs(500) });
    await data.get({ target: { collection: "frozen" }, transactionId: idle.transactionId, key: v.str("i") });
    expect(backend.stats().exclusive_leased).toBe("1");
    freeze();
    await waitFor(() => backend.stats().exclusive_leased === "0", { timeoutMs: 500 + BOUND_MS, what: "the expired transaction's connection dropped" });
    thaw();
    await expect(tx.rollback({ transactionId: idle.transactionId })).rejects.toThrow(/expired/);
  }, 30_000);
});
