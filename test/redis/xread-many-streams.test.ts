import { Code } from "@connectrpc/connect";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { expectError } from "../support/values.js";
import { b, startRedisServiceFixture, type RedisServiceFixture } from "./service-fixture.js";

/**
 * XRead resolves "$" with a command per stream it names, on the call's
 * connection: each command added an abort listener to the call's signal, so
 * a call naming 11 streams or more raised MaxListenersExceededWarning (found
 * by the fuzz test), and nothing bounded how many it could name. A call now
 * races its commands against one listener, and names at most
 * server.maxRowsPerResponse streams (1,000 in the fixture).
 */
let fx: RedisServiceFixture;
const warnings: Error[] = [];
const onWarning = (warning: Error): void => void warnings.push(warning);
beforeAll(async () => {
  fx = await startRedisServiceFixture();
});
afterAll(async () => {
  await fx?.close();
});
beforeEach(() => {
  warnings.length = 0;
  process.on("warning", onWarning);
});
afterEach(() => {
  process.off("warning", onWarning);
});

const streams = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => ({ key: b(`${prefix}:${i}`) }));

/** The first message of a server stream, which carries a refusal. */
async function first<T>(stream: AsyncIterable<T>): Promise<T | undefined> {
  for await (const message of stream) return message;
  return undefined;
}

describe("XRead naming many streams", () => {
  it("follows 1,000 streams from \"$\" with one abort listener: no MaxListenersExceededWarning", async () => {
    const named = streams(1_000, "many");
    const ac = new AbortController();
    const reader = fx.client.xRead({ streams: named, count: 10n }, { signal: ac.signal, timeoutMs: 60_000 })[Symbol.asyncIterator]();
    expect((await reader.next()).value?.event.case).toBe("ready");
    await fx.client.xAdd({ key: named[999].key, fields: [{ field: b("f"), value: b("v") }] });
    const { event } = (await reader.next()).value!;
    expect(event.case).toBe("batch");
    const keys = event.case === "batch" ? event.value.streams.map((stream: { key: Uint8Array }) => Buffer.from(stream.key).toString()) : [];
    expect(keys).toEqual(["many:999"]);
    ac.abort();
    await expect(reader.next()).rejects.toMatchObject({ code: Code.Canceled });
    expect(warnings.filter((w) => w.name === "MaxListenersExceededWarning")).toEqual([]);
  });

  it("refuses more than maxRowsPerResponse streams with INVALID_ARGUMENT naming the field, for XRead and XReadGroup", async () => {
    await expectError(first(fx.client.xRead({ streams: streams(1_001, "too-many") })), Code.InvalidArgument, { reason: "ERROR_REASON_INVALID_FIELD", message: /^streams: 1001 streams/ });
    await expectError(
      first(fx.client.xReadGroup({ group: "g", consumer: "c", streams: streams(1_001, "too-many") })),
      Code.InvalidArgument,
      { reason: "ERROR_REASON_INVALID_FIELD", message: /streams: 1001 streams, more than the 1000/ },
    );
  });
});
