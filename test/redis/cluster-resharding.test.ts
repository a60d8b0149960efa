import { Redis } from "ioredis";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ChangeType } from "../../gen/ts/dbx/v1/stream_pb.js";
import type { Backend } from "../../src/backends/backend.js";
import { createRedisBackend } from "../../src/backends/redis/index.js";
import { startRedisCluster, type RedisCluster } from "../support/redis-cluster.js";
import { waitFor } from "../support/wait-for.js";
import { at, ctx, record, v } from "./values.js";

let cluster: RedisCluster;
let backend: Backend;

beforeAll(async () => {
  cluster = await startRedisCluster();
  backend = createRedisBackend("cluster", { url: "redis://127.0.0.1", cluster: { nodes: cluster.addresses }, keyPrefix: "rs:" });
  await backend.open();
}, 60_000);

afterAll(async () => {
  await backend?.close();
  await cluster?.stop();
});

/** Polls until `check` holds: the slot map refresh takes up to its interval. */
const until = (check: () => Promise<boolean>, what: string): Promise<void> => waitFor(check, { what, timeoutMs: 20_000, intervalMs: 100 });

it("a Watch follows a master added by resharding", async () => {
  const ac = new AbortController();
  const events = backend.watch!(ctx(ac.signal), { target: at("moved"), resumeToken: "", includeBefore: false })[Symbol.asyncIterator]();
  expect((await events.next()).value).toEqual({ type: "ready" });

  const address = await cluster.addMaster(4096);
  const added = new Redis({ host: "127.0.0.1", port: Number(address.split(":")[1]), lazyConnect: true });
  try {
    // DBX reads the new slot map within its refresh interval, then listens on the new master too.
    await until(async () => (await added.call("PUBSUB", "NUMPAT")) === 1, "DBX's subscription on the new master");

    const keys = Array.from({ length: 40 }, (_, i) => `after${i}`);
    for (const k of keys) await backend.insert(ctx(), { target: at("moved"), key: v.str(k), record: record({}), ttlMs: undefined });
    expect(await added.dbsize()).toBeGreaterThan(0);
    const got = new Set<string>();
    while (got.size < keys.length) {
      const e = (await events.next()).value;
      if (e?.type === "change" && e.change.type === ChangeType.INSERT) got.add(e.change.key?.kind.value as string);
    }
    expect([...got].sort()).toEqual([...keys].sort());

    // The last stream leaving ends the subscription on every master, the new one included.
    ac.abort();
    await events.return?.(undefined);
    await until(async () => (await added.call("PUBSUB", "NUMPAT")) === 0, "the subscription on the new master to end");
  } finally {
    ac.abort();
    added.disconnect();
  }
}, 90_000);
