import { Code, ConnectError } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ErrorReason } from "../../gen/ts/dbx/v1/errors_pb.js";
import { reasonOf } from "../../src/errors/dbx-error.js";
import { b, startRedisServiceFixture, type RedisServiceFixture } from "./service-fixture.js";
import { at, ctx, record, v } from "./values.js";

let fx: RedisServiceFixture;
beforeAll(async () => {
  fx = await startRedisServiceFixture({ commandTimeoutMs: 1_000 });
});
afterAll(() => fx?.close());

async function failure(p: Promise<unknown>): Promise<ConnectError> {
  try {
    await p;
  } catch (err) {
    return ConnectError.from(err);
  }
  throw new Error("expected the call to fail");
}

/** An UNAVAILABLE message in DBX's words: no ioredis internals such as its option names. */
function expectOwnWording(message: string): void {
  expect(message).toMatch(/^backend "cache" is unavailable: /);
  expect(message).not.toMatch(/enableOfflineQueue|Stream isn't writeable|Connection is closed|max retries per request/i);
}

/** Retries `fn` until it succeeds (Redis reconnecting), failing after `ms`. */
async function eventually<T>(fn: () => Promise<T>, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return await fn();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

describe("Redis outage", () => {
  it("calls fail fast with UNAVAILABLE while Redis is down, and succeed again once it is back", async () => {
    await fx.backend.put(ctx(), { target: at("o"), key: v.str("k"), record: record({ n: v.int(1) }), ttlMs: undefined });
    await fx.client.set({ key: b("s"), value: b("1") });

    const subscription = fx.client.subscribe({ channels: [b("ch")] })[Symbol.asyncIterator]();
    expect((await subscription.next()).value?.event.case).toBe("ready");
    const watchAbort = new AbortController();
    const watch = fx.backend.watch!(ctx(watchAbort.signal), { target: at("o"), resumeToken: "", includeBefore: false })[Symbol.asyncIterator]();
    expect((await watch.next()).value).toEqual({ type: "ready" });
    const ac = new AbortController();
    const blocked = failure(fx.client.bLPop({ keys: [b("never")] }, { signal: ac.signal }));

    await fx.server.kill();

    const start = Date.now();
    for (const call of [
      () => fx.backend.get(ctx(), { target: at("o"), key: v.str("k"), fields: [] }),
      () => fx.backend.put(ctx(), { target: at("o"), key: v.str("k2"), record: record({}), ttlMs: undefined }),
      () => fx.backend.list(ctx(), { target: at("o"), pageSize: 10, pageToken: "", fields: [] }),
      () => fx.client.get({ key: b("s") }),
      async () => {
        const outcome = (await fx.client.pipeline({ commands: [{ name: "GET", args: [b("s")] }] })).results[0].outcome;
        if (outcome.case === "error" && outcome.value.reason === ErrorReason.BACKEND_UNAVAILABLE) throw new ConnectError(outcome.value.message, Code.Unavailable);
      },
      () => fx.client.multi({ commands: [{ name: "GET", args: [b("s")] }] }),
      () => fx.client.ping({}),
    ]) {
      const err = await failure(call());
      expect(Code[err.code], err.message).toBe("Unavailable");
      expectOwnWording(err.rawMessage);
    }
    expect(Date.now() - start).toBeLessThan(5_000);
    // Once DBX has tried to reconnect, the message says why it cannot, and where.
    await eventually(async () => {
      for (const call of [() => fx.client.get({ key: b("s") }), () => fx.backend.get(ctx(), { target: at("o"), key: v.str("k"), fields: [] }), () => fx.client.multi({ commands: [{ name: "GET", args: [b("s")] }] })]) {
        const message = (await failure(call())).rawMessage;
        expect(message.startsWith(`backend "cache" is unavailable: Redis at 127.0.0.1:${fx.server.port} refused the connection (is it running?)`), message).toBe(true);
      }
    });

    // Streams in progress end with UNAVAILABLE rather than hang or go silent.
    expect((await failure(subscription.next())).code).toBe(Code.Unavailable);
    const watchError = await failure(watch.next());
    expect(watchError.code).toBe(Code.Unavailable);
    expect(reasonOf(watchError)).toBe("ERROR_REASON_BACKEND_UNAVAILABLE");
    expect((await blocked).code).toBe(Code.Unavailable);
    // A new subscription while Redis is down fails too.
    expect((await failure(fx.client.subscribe({ channels: [b("ch")] })[Symbol.asyncIterator]().next())).code).toBe(Code.Unavailable);

    const stats = await fx.client.getStats({});
    expect(stats.serving).toBe(false);

    await fx.server.restart();

    // No DBX restart: the same backend reconnects by itself.
    await eventually(() => fx.client.set({ key: b("s"), value: b("2") }));
    expect((await fx.client.get({ key: b("s") })).value).toEqual(b("2"));
    await eventually(() => fx.backend.put(ctx(), { target: at("o"), key: v.str("k"), record: record({ n: v.int(2) }), ttlMs: undefined }));
    expect((await fx.backend.get(ctx(), { target: at("o"), key: v.str("k"), fields: [] }))?.fields.n).toEqual(v.int(2));
    expect((await fx.client.multi({ commands: [{ name: "INCR", args: [b("c")] }] })).results).toHaveLength(1);
    const again = fx.client.subscribe({ channels: [b("ch")] })[Symbol.asyncIterator]();
    expect((await again.next()).value?.event.case).toBe("ready");
    await fx.client.publish({ channel: b("ch"), message: b("back") });
    const msg = (await again.next()).value!;
    expect(msg.event.case === "message" && new TextDecoder().decode(msg.event.value.payload)).toBe("back");
    expect((await fx.client.getStats({})).serving).toBe(true);
  }, 30_000);
});
