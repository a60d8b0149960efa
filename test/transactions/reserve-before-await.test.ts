import { Code, ConnectError } from "@connectrpc/connect";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IsolationLevel } from "../../gen/ts/dbx/v1/transaction_pb.js";
import type { Backend } from "../../src/backends/backend.js";
import type { BeginCall } from "../../src/backends/backend-calls.js";
import { ANONYMOUS, contextOf, type OperationContext } from "../../src/backends/operation-context.js";
import { createRedisBackend } from "../../src/backends/redis/index.js";
import { createSqliteBackend } from "../../src/backends/sqlite/index.js";
import { reasonOf } from "../../src/errors/dbx-error.js";
import { TransactionManager } from "../../src/transactions/transaction-manager.js";
import { startRedisServer, type RedisServer } from "../support/redis-server.js";
import { waitFor } from "../support/wait-for.js";

const MAX_OPEN = 100;

/** A Begin with the backend's defaults. */
const BEGIN: BeginCall = { namespace: "", readOnly: false, isolationLevel: IsolationLevel.UNSPECIFIED, deferrable: false };

/** The context of a call outside any transaction, ended by `signal`. */
function testContext(signal: AbortSignal = new AbortController().signal): OperationContext {
  return contextOf({ signal });
}
const POOL = 8;

/** Connections DBX holds on the server (every DBX connection is named "dbx"). */
async function dbxConnections(admin: Redis): Promise<number> {
  const list = (await admin.call("CLIENT", "LIST")) as string;
  return list.split("\n").filter((line) => / name=dbx /.test(line)).length;
}

// transactions.maxOpen was checked before the await that opens a transaction, so concurrent
// Begins all passed the check: 1,000 of them opened 768 transactions and 770 Redis connections.
describe("transactions.maxOpen holds under concurrent Begins (the slot is reserved before awaiting)", () => {
  let redis: RedisServer;
  let backend: Backend;
  let admin: Redis;
  beforeAll(async () => {
    redis = await startRedisServer();
    backend = createRedisBackend("cache", { url: redis.url, exclusivePoolSize: POOL });
    await backend.open();
    admin = new Redis(redis.port, "127.0.0.1");
  });
  afterAll(async () => {
    admin?.disconnect();
    await backend?.close();
    await redis?.stop();
  });

  it("1,000 concurrent Begins with maxOpen 100: at most 100 open, the rest TOO_MANY_TRANSACTIONS, connections bounded", async () => {
    const manager = new TransactionManager({ defaultIdleTimeoutMs: 60_000, maxIdleTimeoutMs: 60_000, maxOpen: MAX_OPEN });
    const settled = await Promise.allSettled(Array.from({ length: 1_000 }, () => manager.begin(backend, testContext(), BEGIN, undefined)));
    const opened = settled.filter((s) => s.status === "fulfilled").map((s) => s.value.id);
    const refused = settled.filter((s): s is PromiseRejectedResult => s.status === "rejected").map((s) => ConnectError.from(s.reason));

    expect(opened.length).toBeGreaterThan(0);
    expect(opened.length).toBeLessThanOrEqual(MAX_OPEN);
    expect(refused).toHaveLength(1_000 - opened.length);
    for (const err of refused) {
      expect(err.code, err.message).toBe(Code.ResourceExhausted);
      expect(reasonOf(err)).toBe("ERROR_REASON_TOO_MANY_TRANSACTIONS");
    }
    expect(manager.openCount(backend)).toBe(opened.length);
    // One exclusive connection per open transaction, the shared one, and at most the idle pool.
    expect(await dbxConnections(admin)).toBeLessThanOrEqual(MAX_OPEN + POOL + 1);
    expect(Number(backend.stats().connections_created)).toBeLessThanOrEqual(MAX_OPEN + 1);

    await Promise.all(opened.map((id) => manager.rollback(id, ANONYMOUS)));
    expect(manager.openCount(backend)).toBe(0);
    await waitFor(async () => (await dbxConnections(admin)) <= POOL + 1, { what: "connections back to the shared one and the idle pool" });
    // Every slot came back: the limit admits a full set again.
    const again = await Promise.all(Array.from({ length: MAX_OPEN }, () => manager.begin(backend, testContext(), BEGIN, undefined)));
    await Promise.all(again.map((t) => manager.rollback(t.id, ANONYMOUS)));
  }, 60_000);

  it("a Begin cancelled while its connection is on the way gives its slot back and leaves no transaction", async () => {
    const manager = new TransactionManager({ defaultIdleTimeoutMs: 60_000, maxIdleTimeoutMs: 60_000, maxOpen: 1 });
    // Take every idle pooled connection, so that the next Begin has to connect.
    const held = await Promise.all(Array.from({ length: POOL + 1 }, () => backend.beginTransaction!(testContext(), BEGIN)));
    const ac = new AbortController();
    const cancelled = manager.begin(backend, testContext(ac.signal), BEGIN, undefined);
    ac.abort();
    await expect(cancelled).rejects.toMatchObject({ code: Code.Canceled });
    await waitFor(() => backend.stats().exclusive_leased === String(held.length), { what: "the cancelled Begin's connection handed back" });
    expect(manager.openCount(backend)).toBe(0);
    const next = await manager.begin(backend, testContext(), BEGIN, undefined);
    await manager.rollback(next.id, ANONYMOUS);
    for (const tx of held) await tx.rollback();
  }, 30_000);
});

// SQLite has one writer: further Begins wait for the open transaction (busyTimeoutMs). Those waits hold
// slots too, so that they cannot pile up past the limit.
describe("transactions.maxOpen on SQLite counts Begins that wait for the open transaction", () => {
  it("10 concurrent Begins with maxOpen 2: one opens, one waits, eight are refused at once", async () => {
    const backend = createSqliteBackend("db", { url: "sqlite::memory:", busyTimeoutMs: 5_000 });
    await backend.open();
    try {
      const manager = new TransactionManager({ defaultIdleTimeoutMs: 60_000, maxIdleTimeoutMs: 60_000, maxOpen: 2 });
      const begins = Array.from({ length: 10 }, () => manager.begin(backend, testContext(), BEGIN, undefined));
      const refused = await Promise.allSettled(begins.slice(2));
      for (const r of refused) {
        expect(r.status).toBe("rejected");
        expect(reasonOf(ConnectError.from((r as PromiseRejectedResult).reason))).toBe("ERROR_REASON_TOO_MANY_TRANSACTIONS");
      }
      const first = await begins[0];
      await manager.rollback(first.id, ANONYMOUS);
      // The waiting Begin gets the database once the first transaction has ended.
      const second = await begins[1];
      await manager.rollback(second.id, ANONYMOUS);
      expect(manager.openCount(backend)).toBe(0);
    } finally {
      await backend.close();
    }
  }, 30_000);
});
