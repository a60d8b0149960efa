import { Code } from "@connectrpc/connect";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectError } from "../support/values.js";
import { b, startRedisServiceFixture, type RedisServiceFixture } from "./service-fixture.js";

/**
 * A negative count makes SRANDMEMBER and HRANDFIELD repeat members, so the
 * reply is as long as the count asks, whatever the size of the set: found by
 * the fuzz test, a count of -2^40 made redis-server build a reply until the
 * kernel killed it (24 GB). Past the rows a call answers
 * (server.maxRowsPerResponse, 1,000 in the fixture) the call is refused
 * before Redis runs anything.
 */
let fx: RedisServiceFixture;
let admin: Redis;
beforeAll(async () => {
  fx = await startRedisServiceFixture();
  admin = new Redis(fx.server.url);
  await fx.client.sAdd({ key: b("set"), members: [b("a"), b("b"), b("c")] });
  await fx.client.hSet({ key: b("hash"), fields: [{ field: b("f"), value: b("v") }] });
});
afterAll(async () => {
  admin?.disconnect();
  await fx?.close();
});

/** How often Redis ran a command, from INFO commandstats. */
async function calls(command: string): Promise<number> {
  const info = String(await admin.info("commandstats"));
  const line = info.split("\r\n").find((l) => l.startsWith(`cmdstat_${command}:`));
  return line ? Number(/calls=(\d+)/.exec(line)?.[1] ?? 0) : 0;
}

describe("random members with repeats are bounded", () => {
  it("SRandMember with a count below -maxRowsPerResponse is RESOURCE_EXHAUSTED and never reaches Redis", async () => {
    const before = await calls("srandmember");
    await expectError(fx.client.sRandMember({ key: b("set"), count: -5_000n }), Code.ResourceExhausted, { reason: "ERROR_REASON_TOO_MANY_ROWS", message: /count/ });
    await expectError(fx.client.sRandMember({ key: b("set"), count: -(2n ** 40n) }), Code.ResourceExhausted, { reason: "ERROR_REASON_TOO_MANY_ROWS" });
    expect(await calls("srandmember")).toBe(before);
  });

  it("HRandField with a count below -maxRowsPerResponse is RESOURCE_EXHAUSTED, with and without values", async () => {
    const before = await calls("hrandfield");
    await expectError(fx.client.hRandField({ key: b("hash"), count: -5_000n }), Code.ResourceExhausted, { reason: "ERROR_REASON_TOO_MANY_ROWS" });
    await expectError(fx.client.hRandField({ key: b("hash"), count: -5_000n, withValues: true }), Code.ResourceExhausted, { reason: "ERROR_REASON_TOO_MANY_ROWS" });
    expect(await calls("hrandfield")).toBe(before);
  });

  it("counts within the limit still repeat members, and positive counts are bounded by the set itself", async () => {
    expect((await fx.client.sRandMember({ key: b("set"), count: -1_000n })).members).toHaveLength(1_000);
    expect((await fx.client.sRandMember({ key: b("set"), count: 5_000n })).members).toHaveLength(3);
    expect((await fx.client.hRandField({ key: b("hash"), count: -1_000n, withValues: true })).fields).toHaveLength(1_000);
  });
});
