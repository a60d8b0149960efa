import { Code } from "@connectrpc/connect";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StreamEntries, StreamEntry } from "../../gen/ts/dbx/redis/v1/streams_pb.js";
import { expectError } from "../support/values.js";
import { waitFor } from "../support/wait-for.js";
import { b, binary, startRedisServiceFixture, type RedisServiceFixture } from "./service-fixture.js";

let fx: RedisServiceFixture;
beforeAll(async () => {
  fx = await startRedisServiceFixture({ keyPrefix: "st:" });
});
afterAll(() => fx?.close());

const text = (x: Uint8Array) => new TextDecoder().decode(x);
const fieldsOf = (e: StreamEntry) => e.fields.map((f) => [text(f.field), f.value]);
/** The (stream, ids) pairs of an XRead/XReadGroup message; [] for `ready`. */
function batchIds(msg: { event: { case: "batch"; value: { streams: StreamEntries[] } } | { case: string | undefined } }): [Uint8Array, string[]][] {
  if (msg.event.case !== "batch" || !("value" in msg.event)) return [];
  return (msg.event.value as { streams: StreamEntries[] }).streams.map((s) => [s.key, s.entries.map((e) => e.id)]);
}
const ids = (msg: Parameters<typeof batchIds>[0]) => batchIds(msg).flatMap(([, list]) => list);

describe("RedisService streams", () => {
  const key = binary(0x58);

  it("XADD (ids, NOMKSTREAM, MAXLEN/MINID trimming), XLEN, XRANGE, XREVRANGE, XDEL, XTRIM", async () => {
    const id1 = (await fx.client.xAdd({ key, fields: [{ field: b("f"), value: binary() }] })).id!;
    expect(id1).toMatch(/^\d+-\d+$/);
    expect((await fx.client.xAdd({ key, id: "9999999999999-1", fields: [{ field: b("n"), value: b("2") }] })).id).toBe("9999999999999-1");
    expect((await fx.client.xAdd({ key: b("nostream"), noMkstream: true, fields: [{ field: b("f"), value: b("v") }] })).id).toBeUndefined();
    await fx.client.xAdd({ key, id: "9999999999999-2", fields: [{ field: b("n"), value: b("3") }] });
    expect((await fx.client.xLen({ key })).length).toBe(3n);
    const all = await fx.client.xRange({ key });
    expect(all.entries.map((e) => e.id)).toEqual([id1, "9999999999999-1", "9999999999999-2"]);
    expect(fieldsOf(all.entries[0])).toEqual([["f", binary()]]);
    expect((await fx.client.xRange({ key, start: "(" + id1, count: 1n })).entries.map((e) => e.id)).toEqual(["9999999999999-1"]);
    expect((await fx.client.xRevRange({ key, count: 2n })).entries.map((e) => e.id)).toEqual(["9999999999999-2", "9999999999999-1"]);
    expect((await fx.client.xDel({ key, ids: ["9999999999999-1", "1-1"] })).deleted).toBe(1n);
    await fx.client.xAdd({ key, id: "9999999999999-3", fields: [{ field: b("n"), value: b("4") }], trim: { strategy: { case: "maxLen", value: 2n } } });
    expect((await fx.client.xLen({ key })).length).toBe(2n);
    expect((await fx.client.xTrim({ key, trim: { strategy: { case: "minId", value: "9999999999999-3" } } })).removed).toBe(1n);
    expect((await fx.client.xTrim({ key, trim: { strategy: { case: "maxLen", value: 0n }, approximate: true, limit: 10n } })).removed).toBeGreaterThanOrEqual(0n);
    await expectError(fx.client.xTrim({ key }), Code.InvalidArgument, { message: /trim/ });
    await expectError(fx.client.xTrim({ key, trim: { strategy: { case: "maxLen", value: 1n }, limit: 5n } }), Code.InvalidArgument, { message: /trim\.limit/ });
  });

  it("XREAD streams existing entries, then follows new ones until cancelled", async () => {
    const k = b("follow");
    await fx.client.xAdd({ key: k, id: "1-1", fields: [{ field: b("a"), value: b("1") }] });
    const ac = new AbortController();
    const fromStart = fx.client.xRead({ streams: [{ key: k, id: "0" }], count: 10n }, { signal: ac.signal })[Symbol.asyncIterator]();
    expect((await fromStart.next()).value?.event.case).toBe("ready");
    const first = (await fromStart.next()).value!;
    expect(batchIds(first)).toEqual([[k, ["1-1"]]]);

    const onlyNew = fx.client.xRead({ streams: [{ key: k }] }, { signal: ac.signal })[Symbol.asyncIterator]();
    expect((await onlyNew.next()).value?.event.case).toBe("ready");
    await fx.client.xAdd({ key: k, id: "2-1", fields: [{ field: b("b"), value: binary() }] });
    await fx.client.xAdd({ key: k, id: "3-1", fields: [{ field: b("c"), value: b("3") }] });
    const seen: string[] = [];
    while (seen.length < 2) {
      seen.push(...ids((await onlyNew.next()).value!));
    }
    expect(seen).toEqual(["2-1", "3-1"]);
    const next = (await fromStart.next()).value!;
    expect(ids(next)[0]).toBe("2-1");
    ac.abort();
    await expect(onlyNew.next()).rejects.toMatchObject({ code: Code.Canceled });
  });

  it("consumer groups: XGROUP CREATE/DESTROY, XREADGROUP (new and pending), XACK, XPENDING, XCLAIM, XAUTOCLAIM", async () => {
    const k = b("jobs");
    await fx.client.xGroupCreate({ key: k, group: "workers", id: "0", mkstream: true });
    await expectError(fx.client.xGroupCreate({ key: k, group: "workers" }), Code.InvalidArgument, { reason: "ERROR_REASON_STATEMENT_FAILED", message: /BUSYGROUP/ });
    for (let i = 1; i <= 3; i++) await fx.client.xAdd({ key: k, id: `${i}-0`, fields: [{ field: b("job"), value: b(`j${i}`) }] });

    const ac = new AbortController();
    const reader = fx.client.xReadGroup({ group: "workers", consumer: "alice", streams: [{ key: k }], count: 2n }, { signal: ac.signal })[Symbol.asyncIterator]();
    expect((await reader.next()).value?.event.case).toBe("ready");
    const got: string[] = [];
    while (got.length < 3) {
      got.push(...ids((await reader.next()).value!));
    }
    expect(got).toEqual(["1-0", "2-0", "3-0"]);
    await fx.client.xAdd({ key: k, id: "4-0", fields: [{ field: b("job"), value: b("j4") }] });
    const live = (await reader.next()).value!;
    expect(ids(live)).toEqual(["4-0"]);
    ac.abort();

    expect((await fx.client.xAck({ key: k, group: "workers", ids: ["1-0"] })).acknowledged).toBe(1n);
    const summary = await fx.client.xPending({ key: k, group: "workers" });
    expect(summary).toMatchObject({ count: 3n, lowestId: "2-0", highestId: "4-0", consumers: [{ consumer: "alice", count: 3n }] });
    const detail = await fx.client.xPending({ key: k, group: "workers", count: 10n, consumer: "alice" });
    expect(detail.entries.map((e) => [e.id, e.consumer, e.deliveries])).toEqual([
      ["2-0", "alice", 1n],
      ["3-0", "alice", 1n],
      ["4-0", "alice", 1n],
    ]);

    // Alice's pending history, read once to the end.
    const history: string[] = [];
    for await (const msg of fx.client.xReadGroup({ group: "workers", consumer: "alice", streams: [{ key: k, id: "0" }], count: 1n })) {
      history.push(...ids(msg));
    }
    expect(history).toEqual(["2-0", "3-0", "4-0"]);

    const claimed = await fx.client.xClaim({ key: k, group: "workers", consumer: "bob", minIdle: { seconds: 0n }, ids: ["2-0"] });
    expect(claimed.entries.map((e) => [e.id, fieldsOf(e)])).toEqual([["2-0", [["job", b("j2")]]]]);
    const auto = await fx.client.xAutoClaim({ key: k, group: "workers", consumer: "carol", minIdle: { seconds: 0n }, count: 10n });
    expect(auto.entries.map((e) => e.id)).toEqual(["2-0", "3-0", "4-0"]);
    expect(auto.nextStart).toBe("0-0");
    expect(auto.deletedIds).toEqual([]);
    expect((await fx.client.xGroupDestroy({ key: k, group: "workers" })).destroyed).toBe(true);
    expect((await fx.client.xGroupDestroy({ key: k, group: "workers" })).destroyed).toBe(false);
  });
});

describe("RedisService pub/sub", () => {
  it("PUBLISH reaches SUBSCRIBE and PSUBSCRIBE streams byte for byte; cancel unsubscribes", async () => {
    const ac = new AbortController();
    const channel = binary(0x43);
    const sub = fx.client.subscribe({ channels: [channel] }, { signal: ac.signal })[Symbol.asyncIterator]();
    const psub = fx.client.pSubscribe({ patterns: [b("news.*")] }, { signal: ac.signal })[Symbol.asyncIterator]();
    expect((await sub.next()).value?.event.case).toBe("ready");
    expect((await psub.next()).value?.event.case).toBe("ready");
    expect((await fx.client.publish({ channel, message: binary(1) })).receivers).toBe(1n);
    expect((await fx.client.publish({ channel: b("news.eu"), message: binary(2) })).receivers).toBe(1n);
    const m1 = (await sub.next()).value!;
    expect(m1.event.case === "message" && [m1.event.value.channel, m1.event.value.payload]).toEqual([channel, binary(1)]);
    const m2 = (await psub.next()).value!;
    expect(m2.event.case === "message" && [text(m2.event.value.pattern), text(m2.event.value.channel), m2.event.value.payload]).toEqual([
      "news.*",
      "news.eu",
      binary(2),
    ]);
    ac.abort();
    await expect(sub.next()).rejects.toMatchObject({ code: Code.Canceled });
    await expect(psub.next()).rejects.toMatchObject({ code: Code.Canceled });
    // DBX unsubscribes after the streams end: wait until Redis has no subscriber left.
    const admin = new Redis({ port: fx.server.port, lazyConnect: true });
    try {
      await admin.connect();
      await waitFor(
        async () => {
          const [, channels] = (await admin.call("PUBSUB", "NUMSUB", Buffer.from(channel))) as [Buffer, number];
          return channels === 0 && (await admin.call("PUBSUB", "NUMPAT")) === 0;
        },
        { what: "DBX to unsubscribe" },
      );
    } finally {
      admin.disconnect();
    }
    expect((await fx.client.publish({ channel, message: b("late") })).receivers).toBe(0n);
    await expectError(fx.client.subscribe({ channels: [] })[Symbol.asyncIterator]().next(), Code.InvalidArgument, { message: /channels/ });
  });
});
