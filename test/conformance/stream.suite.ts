import { create } from "@bufbuild/protobuf";
import { describe, expect, it } from "vitest";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import { FilterSchema } from "../../gen/ts/dbx/v1/filter_pb.js";
import { ChangeType, StreamService, type ChangeEvent, type WatchResponse } from "../../gen/ts/dbx/v1/stream_pb.js";
import { expectUnsupported, record, u, v } from "../support/values.js";
import { requireAssertions, type ConformanceContext, type Protocol } from "./conformance-context.js";

/** StreamService on one backend over one protocol. */
export function streamSuite(ctx: ConformanceContext, protocol: Protocol): void {
  const stream = () => ctx.server().client(StreamService, protocol);
  const data = () => ctx.server().client(DataService, protocol);

  /** A watch in place (its `ready` received), and a reader of its changes that says what did arrive when one is missing. */
  async function openWatch(collection: string, options: { includeBefore?: boolean; resumeToken?: string } = {}) {
    const abort = new AbortController();
    const it = stream()
      .watch({ target: { collection }, ...options }, { signal: abort.signal })
      [Symbol.asyncIterator]();
    const first = await within(10_000, it.next(), () => "no ready message");
    expect(first.value?.event.case).toBe("ready");
    const changes: ChangeEvent[] = [];
    const nextChange = async (): Promise<ChangeEvent> => {
      for (;;) {
        const next: IteratorResult<WatchResponse> = await within(
          10_000,
          it.next(),
          () => `only ${changes.map((e) => ChangeType[e.type]).join(", ") || "no change"} arrived`,
        );
        if (next.done) throw new Error("the watch ended");
        if (next.value.event.case === "change") {
          changes.push(next.value.event.value);
          return next.value.event.value;
        }
      }
    };
    return { nextChange, changes, close: () => abort.abort() };
  }

  describe(`StreamService (${protocol})`, () => {
    requireAssertions();

    it("watch delivers insert, update and delete after ready (or is UNIMPLEMENTED)", async () => {
      const c = await ctx.newCollection();
      if (!ctx.capabilities().has("stream.watch")) {
        const events = stream().watch({ target: { collection: c } });
        await expectUnsupported(events[Symbol.asyncIterator]().next(), "stream.watch");
        return;
      }
      const watch = await openWatch(c);
      // Each change is awaited before the next write: a backend that reads the
      // record when its event arrives (Redis) may otherwise report a later state.
      await data().insert({ target: { collection: c }, key: v.str("w"), record: record({ name: v.str("one") }) });
      await watch.nextChange();
      await data().update({ target: { collection: c }, key: v.str("w"), updates: [u.set("name", v.str("two"))] });
      await watch.nextChange();
      await data().delete({ target: { collection: c }, key: v.str("w") });
      await watch.nextChange();
      watch.close();
      const changes = watch.changes;
      // Backends that only see "the record changed" may report an insert as an update.
      expect([ChangeType.INSERT, ChangeType.UPDATE]).toContain(changes[0].type);
      expect(changes.map((e) => e.type).slice(1)).toEqual([ChangeType.UPDATE, ChangeType.DELETE]);
      for (const e of changes) {
        expect(e.target?.collection).toBe(c);
        expect(e.key).toEqual(v.str("w"));
        // No before-image unless the watch asked for it.
        expect(e.before).toBeUndefined();
        // When the change was made: within the test's run, give or take a clock step.
        expect(Math.abs(Number(e.time?.seconds ?? 0n) * 1000 - Date.now())).toBeLessThan(60_000);
      }
      expect(changes[1].record?.fields.name).toEqual(v.str("two"));
      expect(changes[2].record).toBeUndefined();
    });

    it("watch sees every record an UpdateMany or DeleteMany changes (or one of them is UNIMPLEMENTED)", async () => {
      const c = await ctx.newCollection();
      const target = { collection: c };
      if (!ctx.capabilities().has("stream.watch")) {
        await expectUnsupported(stream().watch({ target })[Symbol.asyncIterator]().next(), "stream.watch");
        return;
      }
      const all = create(FilterSchema, { kind: { case: "allOf", value: { filters: [] } } });
      if (!ctx.capabilities().has("data.bulk_by_filter")) {
        await expectUnsupported(data().deleteMany({ target, filter: all }), "data.bulk_by_filter");
        return;
      }
      for (const k of ["m1", "m2"]) await data().put({ target, key: v.str(k), record: record({ name: v.str(k) }) });
      const watch = await openWatch(c);
      expect((await data().updateMany({ target, filter: all, updates: [u.set("note", v.str("bulk"))] })).updatedCount).toBe(2n);
      const updated = [await watch.nextChange(), await watch.nextChange()];
      expect((await data().deleteMany({ target, filter: all })).deletedCount).toBe(2n);
      const deleted = [await watch.nextChange(), await watch.nextChange()];
      watch.close();
      const keysOf = (events: ChangeEvent[]) => events.map((e) => e.key?.kind.value as string).sort();
      expect(updated.map((e) => e.type)).toEqual([ChangeType.UPDATE, ChangeType.UPDATE]);
      expect(keysOf(updated)).toEqual(["m1", "m2"]);
      expect(updated.map((e) => e.record?.fields.note)).toEqual([v.str("bulk"), v.str("bulk")]);
      expect(deleted.map((e) => e.type)).toEqual([ChangeType.DELETE, ChangeType.DELETE]);
      expect(keysOf(deleted)).toEqual(["m1", "m2"]);
    });

    it("watch with include_before sends the record as it was (or is UNIMPLEMENTED)", async () => {
      const c = await ctx.newCollection();
      if (!ctx.capabilities().has("stream.watch_before_image")) {
        const events = stream().watch({ target: { collection: c }, includeBefore: true });
        // Without Watch at all, Watch is what is missing.
        await expectUnsupported(events[Symbol.asyncIterator]().next(), ctx.capabilities().has("stream.watch") ? "stream.watch_before_image" : "stream.watch");
        return;
      }
      const watch = await openWatch(c, { includeBefore: true });
      await data().put({ target: { collection: c }, key: v.str("b"), record: record({ name: v.str("one") }) });
      await watch.nextChange();
      await data().update({ target: { collection: c }, key: v.str("b"), updates: [u.set("name", v.str("two"))] });
      const updated = await watch.nextChange();
      await data().delete({ target: { collection: c }, key: v.str("b") });
      const deleted = await watch.nextChange();
      watch.close();
      expect(updated.type).toBe(ChangeType.UPDATE);
      expect(updated.before?.fields.name).toEqual(v.str("one"));
      expect(updated.record?.fields.name).toEqual(v.str("two"));
      expect(deleted.type).toBe(ChangeType.DELETE);
      expect(deleted.before?.fields.name).toEqual(v.str("two"));
    });

    it("watch resumes after a resume token (or is UNIMPLEMENTED)", async () => {
      const c = await ctx.newCollection();
      if (!ctx.capabilities().has("stream.watch_resume")) {
        const events = stream().watch({ target: { collection: c }, resumeToken: "some-token" });
        await expectUnsupported(events[Symbol.asyncIterator]().next(), ctx.capabilities().has("stream.watch") ? "stream.watch_resume" : "stream.watch");
        return;
      }
      const watch = await openWatch(c);
      await data().put({ target: { collection: c }, key: v.str("r1"), record: record({ name: v.str("one") }) });
      const first = await watch.nextChange();
      watch.close();
      expect(first.resumeToken).not.toBe("");
      await data().put({ target: { collection: c }, key: v.str("r2"), record: record({ name: v.str("two") }) });
      const resumed = await openWatch(c, { resumeToken: first.resumeToken });
      const missed = await resumed.nextChange();
      resumed.close();
      expect(missed.key).toEqual(v.str("r2"));
    });

    it("publish reaches subscribers byte for byte (or is UNIMPLEMENTED)", async () => {
      const abort = new AbortController();
      const sub = stream().subscribe({ channels: ["conf.news"] }, { signal: abort.signal });
      if (!ctx.capabilities().has("stream.pubsub")) {
        await expectUnsupported(sub[Symbol.asyncIterator]().next(), "stream.pubsub");
        await expectUnsupported(stream().publish({ channel: "x", payload: new Uint8Array([1]) }), "stream.pubsub");
        return;
      }
      const it = sub[Symbol.asyncIterator]();
      expect((await it.next()).value?.event.case).toBe("ready");
      const payload = new Uint8Array([0, 255, 0, 0xc3, 0x28]);
      const res = await stream().publish({ channel: "conf.news", payload });
      if (ctx.expected.publishCountsReceivers) expect(res.receivers).toBeGreaterThanOrEqual(1n);
      else expect(res.receivers).toBeUndefined();
      const msg = await it.next();
      abort.abort();
      expect(msg.value?.event.case).toBe("message");
      if (msg.value?.event.case === "message") {
        expect(msg.value.event.value.channel).toBe("conf.news");
        expect(msg.value.event.value.payload).toEqual(payload);
      }
    });
  });
}

function within<T>(ms: number, promise: Promise<T>, what: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`nothing for ${ms} ms: ${what()}`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
