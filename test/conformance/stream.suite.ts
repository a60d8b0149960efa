import { Code } from "@connectrpc/connect";
import { describe, expect, it } from "vitest";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import { ChangeType, StreamService, type ChangeEvent } from "../../gen/ts/dbx/v1/stream_pb.js";
import { expectError, record, v } from "../support/values.js";
import type { ConformanceContext, Protocol } from "./conformance-context.js";

/** StreamService on one backend over one protocol. */
export function streamSuite(ctx: ConformanceContext, protocol: Protocol): void {
  const stream = () => ctx.server().client(StreamService, protocol);

  describe(`StreamService (${protocol})`, () => {
    it("watch delivers insert, update and delete after ready (or is UNIMPLEMENTED)", async () => {
      const c = await ctx.newCollection();
      const abort = new AbortController();
      const events = stream().watch({ collection: c }, { signal: abort.signal });
      if (!ctx.capabilities().has("stream.watch")) {
        await expectError(events[Symbol.asyncIterator]().next(), Code.Unimplemented, { message: /stream\.watch/ });
        return;
      }
      const it = events[Symbol.asyncIterator]();
      const first = await within(10_000, it.next(), () => "no ready message");
      expect(first.value?.event.case).toBe("ready");
      const data = ctx.server().client(DataService, protocol);
      const changes: ChangeEvent[] = [];
      // Each change is awaited before the next write: a backend that reads the
      // record when its event arrives (Redis) may otherwise report a later state.
      const nextChange = async () => {
        for (;;) {
          // A missing event fails here, saying what did arrive, rather than at the test's timeout.
          const next = await within(10_000, it.next(), () => `only ${changes.map((e) => ChangeType[e.type]).join(", ") || "no change"} arrived`);
          if (next.done) throw new Error("the watch ended");
          if (next.value.event.case === "change") return changes.push(next.value.event.value);
        }
      };
      await data.insert({ target: { collection: c }, key: v.str("w"), record: record({ name: v.str("one") }) });
      await nextChange();
      await data.update({ target: { collection: c }, key: v.str("w"), fields: record({ name: v.str("two") }) });
      await nextChange();
      await data.delete({ target: { collection: c }, key: v.str("w") });
      await nextChange();
      abort.abort();
      // Backends that only see "the record changed" may report an insert as an update.
      expect([ChangeType.INSERT, ChangeType.UPDATE]).toContain(changes[0].type);
      expect(changes.map((e) => e.type).slice(1)).toEqual([ChangeType.UPDATE, ChangeType.DELETE]);
      for (const e of changes) {
        expect(e.collection).toBe(c);
        expect(e.key).toEqual(v.str("w"));
      }
      expect(changes[1].record?.fields.name).toEqual(v.str("two"));
    });

    it("publish reaches subscribers byte for byte (or is UNIMPLEMENTED)", async () => {
      const abort = new AbortController();
      const sub = stream().subscribe({ channels: ["conf.news"] }, { signal: abort.signal });
      if (!ctx.capabilities().has("stream.pubsub")) {
        await expectError(sub[Symbol.asyncIterator]().next(), Code.Unimplemented, { message: /stream\.pubsub/ });
        await expectError(stream().publish({ channel: "x", payload: new Uint8Array([1]) }), Code.Unimplemented);
        return;
      }
      const it = sub[Symbol.asyncIterator]();
      expect((await it.next()).value?.event.case).toBe("ready");
      const payload = new Uint8Array([0, 255, 0, 0xc3, 0x28]);
      const res = await stream().publish({ channel: "conf.news", payload });
      expect(res.receivers).toBeGreaterThanOrEqual(1n);
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
