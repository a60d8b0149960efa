import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blockedClients } from "../support/redis-blocked-clients.js";
import { waitFor } from "../support/wait-for.js";
import { b, startRedisServiceFixture, type RedisServiceFixture } from "./service-fixture.js";

/**
 * A blocking command's reply is awaited as long as it asks to block plus
 * commandTimeoutMs. A wait past what a Node timer holds (2^31-1 ms, ~24.8
 * days) made that timer fire after 1 ms: the call failed at once and its
 * connection was dropped. Such a wait is a wait until cancelled.
 */
let fx: RedisServiceFixture;
beforeAll(async () => {
  fx = await startRedisServiceFixture();
});
afterAll(async () => {
  await fx?.close();
});

describe("a blocking wait longer than a timer holds", () => {
  it("BLPop with a 34-day timeout blocks until an element comes", async () => {
    const key = b("long-wait");
    const popped = fx.client.bLPop({ keys: [key], timeout: { seconds: 3_000_000n, nanos: 0 } });
    const answeredEarly = popped.then((res) => {
      throw new Error(`answered before any element came: ${JSON.stringify(res)}`);
    });
    await Promise.race([waitFor(async () => (await blockedClients(fx.server.port)) === 1), answeredEarly]);
    await fx.client.rPush({ key, values: [b("v")] });
    const res = await popped;
    expect(res.timedOut).toBe(false);
    expect(Buffer.from(res.value).toString()).toBe("v");
  });
});
