import { setMaxListeners } from "node:events";
import { Code } from "@connectrpc/connect";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChangeType } from "../../gen/ts/dbx/v1/stream_pb.js";
import type { WatchEvent } from "../../src/backends/backend.js";
import { waitFor } from "../support/wait-for.js";
import { b, startRedisServiceFixture, type RedisServiceFixture } from "./service-fixture.js";
import { at, ctx, record, v } from "./values.js";

const STREAMS = 40;
const MESSAGES = 25;

let fx: RedisServiceFixture;
let admin: Redis;
beforeAll(async () => {
  fx = await startRedisServiceFixture({ keyPrefix: "fan:" });
  admin = new Redis({ port: fx.server.port, lazyConnect: true });
  await admin.connect();
});
afterAll(async () => {
  admin?.disconnect();
  await fx?.close();
});

/** Clients connected to Redis, this test's admin connection excluded. */
async function redisConnections(): Promise<number> {
  const list = (await admin.client("LIST")) as string;
  return list.trim().split("\n").length - 1;
}

describe("fan-out of many client streams over one Redis subscriber", () => {
  it("Subscribe: every message reaches every stream, connections stay flat, cancel unsubscribes", async () => {
    const before = await redisConnections();
    const ac = new AbortController();
    // One signal cancels every stream of the client.
    setMaxListeners(STREAMS + 1, ac.signal);
    const streams = Array.from({ length: STREAMS }, () => fx.client.subscribe({ channels: [b("fan")] }, { signal: ac.signal })[Symbol.asyncIterator]());
    for (const s of streams) expect((await s.next()).value?.event.case).toBe("ready");
    expect(await redisConnections()).toBeLessThanOrEqual(before + 1);
    expect(await admin.pubsub("NUMSUB", "fan")).toEqual(["fan", 1]);

    for (let i = 0; i < MESSAGES; i++) expect((await fx.client.publish({ channel: b("fan"), message: b(`m${i}`) })).receivers).toBe(1n);
    const received = await Promise.all(
      streams.map(async (s) => {
        const got: string[] = [];
        while (got.length < MESSAGES) {
          const msg = (await s.next()).value!;
          if (msg.event.case === "message") got.push(new TextDecoder().decode(msg.event.value.payload));
        }
        return got;
      }),
    );
    const expected = Array.from({ length: MESSAGES }, (_, i) => `m${i}`);
    for (const got of received) expect(got).toEqual(expected);

    ac.abort();
    for (const s of streams) await expect(s.next()).rejects.toMatchObject({ code: Code.Canceled });
    // DBX unsubscribes once the last stream has ended.
    await waitFor(async () => (await admin.pubsub("NUMSUB", "fan"))[1] === 0, { what: "DBX to unsubscribe from fan" });
    expect(await redisConnections()).toBeLessThanOrEqual(before + 1);
  });

  it("Watch: every change reaches every stream, connections stay flat, cancel ends streams and unsubscribes", async () => {
    const before = await redisConnections();
    const controllers = Array.from({ length: STREAMS }, () => new AbortController());
    const streams = controllers.map((c) => fx.backend.watch!(ctx(c.signal), { target: at("orders"), resumeToken: "", includeBefore: false })[Symbol.asyncIterator]());
    for (const s of streams) expect((await s.next()).value).toEqual({ type: "ready" });
    expect(await redisConnections()).toBeLessThanOrEqual(before + 1);
    expect(await admin.pubsub("NUMPAT")).toBe(1);

    for (let i = 0; i < MESSAGES; i++) await fx.backend.insert(ctx(), { target: at("orders"), key: v.int(i), record: record({ n: v.int(i) }), ttlMs: undefined });
    for (let i = 0; i < MESSAGES; i++) await fx.backend.delete(ctx(), { target: at("orders"), key: v.int(i) });
    const received = await Promise.all(
      streams.map(async (s) => {
        const got: string[] = [];
        while (got.length < 2 * MESSAGES) {
          const e = (await s.next()).value as WatchEvent;
          if (e.type === "change") got.push(`${ChangeType[e.change.type]}:${e.change.key?.kind.value}`);
        }
        return got;
      }),
    );
    const expected = [
      ...Array.from({ length: MESSAGES }, (_, i) => `INSERT:${i}`),
      ...Array.from({ length: MESSAGES }, (_, i) => `DELETE:${i}`),
    ];
    for (const got of received) expect(got).toEqual(expected);

    // Half the clients leave: the others keep receiving, the subscription stays.
    controllers.slice(0, STREAMS / 2).forEach((c) => c.abort());
    for (const s of streams.slice(0, STREAMS / 2)) expect((await s.next()).done).toBe(true);
    await fx.backend.put(ctx(), { target: at("orders"), key: v.str("late"), record: record({}), ttlMs: undefined });
    for (const s of streams.slice(STREAMS / 2)) expect((await s.next()).value).toMatchObject({ type: "change", change: { type: ChangeType.INSERT } });
    controllers.slice(STREAMS / 2).forEach((c) => c.abort());
    for (const s of streams.slice(STREAMS / 2)) expect((await s.next()).done).toBe(true);
    // DBX unsubscribes once the last stream has ended.
    await waitFor(async () => (await admin.call("PUBSUB", "NUMPAT")) === 0, { what: "DBX to drop its keyspace pattern" });
    expect(await redisConnections()).toBeLessThanOrEqual(before + 1);
  });
});
