import { createClient, type Transport } from "@connectrpc/connect";
import { createConnectTransport, createGrpcTransport, createGrpcWebTransport } from "@connectrpc/connect-node";
import Database from "better-sqlite3";
import { Redis } from "ioredis";
import type { Dirent } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { Agent } from "node:http";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AdminService } from "../../gen/ts/dbx/v1/admin_pb.js";
import { tempRoot } from "../../src/backends/sqlite/temp-files.js";
import { REDIS_BACKEND, SQLITE_BACKEND, startFuzzServer, type FuzzServer } from "../fuzz/fuzz-server.js";
import { checkAlive } from "../fuzz/liveness.js";
import { fuzzSeed, Prng } from "../fuzz/prng.js";
import { serverStreamingMethods } from "../fuzz/rpc-catalog.js";
import { fdKinds, openFds, rssBytes } from "./process-resources.js";
import { seedStreamData, startBackgroundWriter, streamCalls, type StreamCall } from "./stream-calls.js";

/**
 * 2,000 abrupt client disconnects spread over every server-streaming RPC in
 * gen/ (found from the descriptors, so a new stream is included), on SQLite
 * and Redis, over gRPC, gRPC-Web and Connect: cut before the first message,
 * after some, or mid-flight. Afterwards the server must be back where it
 * was: open fds, no temporary files, no open transactions, no extra Redis
 * connections, no reader pinning the SQLite WAL, and it still serves.
 */
const DISCONNECTS = Number(process.env.DBX_LEAK_DISCONNECTS ?? 2_000);
const IN_FLIGHT = 24;
const seed = fuzzSeed();

/** Idle keep-alive sockets and sessions closing late are not leaks: allow a few (files get no tolerance). */
const FD_TOLERANCE = 12;
/** Call state leaked per disconnect would be tens of MB over 2,000 of them; a warm heap moves by a few. */
const HEAP_TOLERANCE_BYTES = 64 * 1024 * 1024;
/**
 * Idle dedicated Redis connections DBX keeps for reuse (blocking reads,
 * transactions): kept small here, so that what stays above it is a leak.
 */
const REDIS_POOL = 2;
/** The pool, plus a reconnect or two; a leak of one connection per disconnect would be hundreds. */
const REDIS_CLIENT_TOLERANCE = REDIS_POOL + 2;
/**
 * SQLite reader connections DBX keeps for reuse (each holds the database and
 * its -wal file open): kept small too. The pool grows only when its readers
 * are all busy, so the warm-up may not fill it: file fds may stay above the
 * baseline by a full pool, never more (a leaked reader per disconnect left
 * one per call in flight, 24 here).
 */
const SQLITE_READERS = 2;
const FILE_FD_TOLERANCE = 2 * SQLITE_READERS;

interface Resources {
  readonly fds: number;
  /** Fds of files (the database, WAL, temporary copies, deleted or not): a reader or copy left open. */
  readonly fileFds: number;
  readonly tempEntries: string[];
  readonly openTransactions: number;
  readonly redisClients: number;
  /** Readers that keep a WAL checkpoint from finishing (SQLITE_BUSY from TRUNCATE). */
  readonly walBusy: number;
  readonly rss: number;
  /** V8 heap in use after a full collection: what a leak of call state would grow. */
  readonly heapUsed: number;
}

describe("abrupt stream disconnects", () => {
  let server: FuzzServer;
  let privateTmp: string;
  const savedTmpdir = process.env.TMPDIR;
  let redisAdmin: Redis;

  beforeAll(async () => {
    server = await startFuzzServer({ redisOptions: { exclusivePoolSize: REDIS_POOL }, sqliteOptions: { readerConnections: SQLITE_READERS } });
    await seedStreamData(server.dbx);
    // DBX's temporary files (BackupStream copies) go under os.tmpdir(): give this run a folder of its own,
    // so "no temporary files left" is not disturbed by other processes on the machine.
    privateTmp = await mkdtemp(join(tmpdir(), "dbx-leak-tmp-"));
    process.env.TMPDIR = privateTmp;
    redisAdmin = new Redis(server.redis.url, { lazyConnect: true });
    await redisAdmin.connect();
  });

  afterAll(async () => {
    if (savedTmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmpdir;
    redisAdmin?.disconnect();
    await server?.close();
    if (privateTmp) await rm(privateTmp, { recursive: true, force: true });
  });

  async function resources(): Promise<Resources> {
    const admin = server.dbx.client(AdminService, "grpc");
    let openTransactions = 0;
    for (const backend of [SQLITE_BACKEND, REDIS_BACKEND]) {
      openTransactions += Number((await admin.getStats({ backend })).openTransactions);
    }
    // CLIENT LIST counts this admin connection too; it is there before and after alike.
    const redisClients = String(await redisAdmin.call("CLIENT", "LIST")).trim().split("\n").length;
    const db = new Database(join(server.dir, "fuzz.db"));
    let walBusy: number;
    try {
      walBusy = (db.pragma("wal_checkpoint(TRUNCATE)") as { busy: number }[])[0]!.busy;
    } finally {
      db.close();
    }
    collectGarbage();
    const fileFds = [...fdKinds()].filter(([kind]) => kind.startsWith("/") && kind !== "/dev/null").reduce((n, [, count]) => n + count, 0);
    return { fds: openFds(), fileFds, tempEntries: await filesUnder(privateTmp), openTransactions, redisClients, walBusy, rss: rssBytes(), heapUsed: process.memoryUsage().heapUsed };
  }

  it(`${DISCONNECTS} disconnects across every server stream leave no fds, temp files, transactions, Redis connections or WAL readers behind`, { timeout: 240_000 }, async () => {
    // "No temporary files left" looks in this run's folder: DBX must be putting them there.
    expect(tempRoot().startsWith(privateTmp), `DBX's temporary folder ${tempRoot()} is not under the run's TMPDIR ${privateTmp}`).toBe(true);
    const { calls, unlisted } = streamCalls(await serverStreamingMethods());
    if (unlisted.length) console.warn(`streams without a purposeful request in stream-calls.ts (tested with a minimal one): ${unlisted.join(", ")}`);
    const transports = disconnectTransports(server.dbx.url);

    // One full round first, so what the server opens once and keeps (pools, a subscriber connection) is in the baseline.
    for (const call of calls) await runOnce(call, transports[0]!.transport, { kind: "after", messages: 1 });
    const before = await settle(resources, () => true, 3_000);
    const kindsBefore = fdKinds();

    const writer = startBackgroundWriter(server.dbx);
    const rng = new Prng(seed);
    const outcomes = new Map<string, number>();
    let next = 0;
    const started = Date.now();
    try {
      await Promise.all(
        Array.from({ length: IN_FLIGHT }, async () => {
          for (let i = next++; i < DISCONNECTS; i = next++) {
            const call = calls[i % calls.length]!;
            const { name, transport } = rng.pick(transports);
            const cut = rng.pick<Cut>([{ kind: "at-once" }, { kind: "after-ms", ms: rng.int(0, 15) }, { kind: "after", messages: 1 }, { kind: "after", messages: rng.int(2, 6) }]);
            const outcome = await runOnce(call, transport, cut);
            const key = `${name} ${outcome}`;
            outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
          }
        }),
      );
    } finally {
      await writer.stop();
    }
    const elapsed = Date.now() - started;

    const isBack = (r: Resources) =>
      r.fds <= before.fds + FD_TOLERANCE &&
      r.fileFds <= before.fileFds + FILE_FD_TOLERANCE &&
      r.tempEntries.length === 0 &&
      r.openTransactions === 0 &&
      r.redisClients <= before.redisClients + REDIS_CLIENT_TOLERANCE &&
      r.walBusy === 0;
    const after = await settle(resources, isBack, 30_000);
    const summary = [
      `${DISCONNECTS} disconnects over ${calls.length} stream calls in ${elapsed} ms; DBX_FUZZ_SEED=${seed}`,
      `outcomes: ${[...outcomes].sort().map(([k, n]) => `${k}=${n}`).join(", ")}`,
      `fds ${before.fds} -> ${after.fds} (files ${before.fileFds} -> ${after.fileFds}); temp entries ${after.tempEntries.length}; open transactions ${after.openTransactions}; redis clients ${before.redisClients} -> ${after.redisClients}; WAL busy ${after.walBusy}; RSS ${mb(before.rss)} -> ${mb(after.rss)}; heap after GC ${mb(before.heapUsed)} -> ${mb(after.heapUsed)}`,
    ].join("\n");
    console.log(`${summary}\nfds by kind, change since before: ${JSON.stringify(Object.fromEntries([...fdKinds()].map(([k, n]) => [k, n - (kindsBefore.get(k) ?? 0)]).filter(([, d]) => d !== 0)))}`);
    if (!isBack(after)) {
      const clients = String(await redisAdmin.call("CLIENT", "LIST")).trim().split("\n");
      const byCommand = new Map<string, number>();
      for (const line of clients) {
        const cmd = line.split(" ").find((f) => f.startsWith("cmd=")) ?? "cmd=?";
        byCommand.set(cmd, (byCommand.get(cmd) ?? 0) + 1);
      }
      console.error(
        `temp entries: ${after.tempEntries.slice(0, 20).join(", ")}\nredis clients by last command: ${JSON.stringify(Object.fromEntries(byCommand))}` +
          `\nstats details: ${JSON.stringify(await Promise.all([SQLITE_BACKEND, REDIS_BACKEND].map(async (backend) => ({ backend, ...(await server.dbx.client(AdminService, "grpc").getStats({ backend })).details }))))}`,
      );
    }
    expect(
      {
        fdsOverBaseline: Math.max(0, after.fds - before.fds - FD_TOLERANCE),
        fileFdsOverBaseline: Math.max(0, after.fileFds - before.fileFds - FILE_FD_TOLERANCE),
        tempEntries: after.tempEntries,
        openTransactions: after.openTransactions,
        walBusy: after.walBusy,
      },
      summary,
    ).toEqual({
      fdsOverBaseline: 0,
      fileFdsOverBaseline: 0,
      tempEntries: [],
      openTransactions: 0,
      walBusy: 0,
    });
    expect(after.redisClients, summary).toBeLessThanOrEqual(before.redisClients + REDIS_CLIENT_TOLERANCE);
    expect(after.heapUsed, summary).toBeLessThanOrEqual(before.heapUsed + HEAP_TOLERANCE_BYTES);
    await checkAlive(server.dbx);
  });
});

type Cut = { kind: "at-once" } | { kind: "after-ms"; ms: number } | { kind: "after"; messages: number };

/** Longest a call may run before it is cut anyway (streams that wait for events). */
const MAX_CALL_MS = 400;

/**
 * Runs one stream call and cuts it as told (or after MAX_CALL_MS); answers
 * how it ended: "cut", "ended" (the stream finished first) or the error code.
 */
async function runOnce(call: StreamCall, transport: Transport, cut: Cut): Promise<string> {
  const client = createClient(call.method.parent, transport) as unknown as Record<string, (req: unknown, options: { signal: AbortSignal }) => AsyncIterable<unknown>>;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), cut.kind === "after-ms" ? cut.ms : MAX_CALL_MS);
  try {
    const stream = client[call.method.localName]!(call.request, { signal: controller.signal });
    if (cut.kind === "at-once") {
      const iterator = stream[Symbol.asyncIterator]();
      const first = iterator.next();
      // The request is on its way; drop it before any answer can arrive.
      controller.abort();
      await first;
      return "ended";
    }
    let received = 0;
    for await (const _ of stream) {
      if (cut.kind === "after" && ++received >= cut.messages) {
        controller.abort();
        return "cut";
      }
    }
    return "ended";
  } catch (err) {
    if (controller.signal.aborted) return "cut";
    return `error:${(err as { code?: number }).code ?? "?"}`;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Client transports that do not keep connections: HTTP/1.1 without
 * keep-alive, HTTP/2 sessions closed after 1 s idle, so that what is open
 * at the end is the server's.
 */
function disconnectTransports(baseUrl: string): { name: string; transport: Transport }[] {
  const nodeOptions = { agent: new Agent({ keepAlive: false }) };
  return [
    { name: "grpc", transport: createGrpcTransport({ baseUrl, idleConnectionTimeoutMs: 1_000 }) },
    { name: "grpc-web", transport: createGrpcWebTransport({ baseUrl, httpVersion: "1.1", nodeOptions }) },
    { name: "connect-json", transport: createConnectTransport({ baseUrl, httpVersion: "1.1", nodeOptions }) },
    { name: "connect-binary", transport: createConnectTransport({ baseUrl, httpVersion: "1.1", useBinaryFormat: true, nodeOptions }) },
    { name: "connect-h2", transport: createConnectTransport({ baseUrl, httpVersion: "2", idleConnectionTimeoutMs: 1_000 }) },
  ];
}

/** Polls `sample` until `ok` holds or `withinMs` passes; answers the last sample. */
async function settle(sample: () => Promise<Resources>, ok: (r: Resources) => boolean, withinMs: number): Promise<Resources> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const r = await sample();
    if (ok(r) || Date.now() > deadline) return r;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * What is left under `dir`: every file, and every folder three levels down
 * (DBX keeps `dbx-temp-<uid>/<process>/` and puts each call's files in a
 * folder below it, which must go when the call ends).
 */
async function filesUnder(dir: string, depth = 1, prefix = ""): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    // Removed while we looked: a call's folder going away, as it should.
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw err;
  }
  const out: string[] = [];
  for (const entry of entries) {
    const path = prefix + entry.name;
    if (!entry.isDirectory() || depth >= 3) out.push(path);
    else out.push(...(await filesUnder(join(dir, entry.name), depth + 1, `${path}/`)));
  }
  return out;
}

/** A full garbage collection, so heap figures are what is still referenced (gc is not exposed in test workers by default). */
const collectGarbage: () => void = (() => {
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
})();

function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(0)} MB`;
}
