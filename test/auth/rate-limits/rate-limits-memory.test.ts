import { Code, ConnectError } from "@connectrpc/connect";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { MemoryBuckets } from "../../../src/auth/rate-limits/memory-buckets.js";
import { bucketShape } from "../../../src/auth/rate-limits/rate-limit.js";
import { rateLimitHeaders } from "../../../src/auth/rate-limits/rate-limit-state.js";
import { RateLimits } from "../../../src/auth/rate-limits/rate-limits.js";
import { TokenBucket } from "../../../src/auth/rate-limits/token-bucket.js";
import { reasonOf } from "../../../src/errors/dbx-error.js";
import { ErrorInfoSchema, RetryInfoSchema } from "../../../gen/ts/google/rpc/error_details_pb.js";

async function refusal(consume: Promise<unknown>): Promise<ConnectError> {
  try {
    await consume;
  } catch (err) {
    return ConnectError.from(err);
  }
  throw new Error("expected a refusal");
}

function retryMsOf(err: ConnectError): number {
  const delay = err.findDetails(RetryInfoSchema)[0].retryDelay!;
  return Number(delay.seconds) * 1000 + delay.nanos / 1e6;
}

/** A clock the test moves by hand, in milliseconds. */
function manualClock(): { now: () => number; advance: (ms: number) => void } {
  let ms = 1_000_000;
  return { now: () => ms, advance: (by) => (ms += by) };
}

describe("bucketShape", () => {
  it("holds `burst` tokens, callsPerSecond rounded up by default, refilled per millisecond", () => {
    expect(bucketShape({ callsPerSecond: 10 })).toEqual({ capacity: 10, perMs: 0.01 });
    expect(bucketShape({ callsPerSecond: 10, burst: 50 })).toEqual({ capacity: 50, perMs: 0.01 });
    expect(bucketShape({ callsPerSecond: 0.5 })).toEqual({ capacity: 1, perMs: 0.0005 });
    expect(bucketShape({ callsPerSecond: 2.5 })).toEqual({ capacity: 3, perMs: 0.0025 });
  });

  it("refuses rates and bursts that count nothing", () => {
    expect(() => bucketShape({ callsPerSecond: 0 })).toThrow("callsPerSecond must be a positive number, got 0");
    expect(() => bucketShape({ callsPerSecond: Number.NaN })).toThrow("callsPerSecond");
    expect(() => bucketShape({ callsPerSecond: 1, burst: 1.5 })).toThrow("burst must be a positive whole number, got 1.5");
    expect(() => new RateLimits({ store: "memory", perIdentity: { callsPerSecond: -1 } })).toThrow("rateLimits.perIdentity: callsPerSecond");
    expect(() => new RateLimits({ store: "memory", perIdentity: { callsPerSecond: 1, burst: 0 } })).toThrow("rateLimits.perIdentity: burst");
  });
});

describe("TokenBucket", () => {
  it("lets a burst through, then one call per 1 / callsPerSecond, never more than the burst after a quiet spell", () => {
    const clock = manualClock();
    const bucket = new TokenBucket({ callsPerSecond: 4, burst: 2 }, clock.now);
    expect([bucket.take(), bucket.take()]).toEqual([0, 0]);
    expect(bucket.take()).toBe(250);
    clock.advance(100);
    // Tokens come back continuously: 0.4 of one is there, 150 ms to go.
    expect(bucket.take()).toBe(150);
    clock.advance(150);
    expect(bucket.take()).toBe(0);
    expect(bucket.take()).toBe(250);
    clock.advance(60_000);
    expect([bucket.take(), bucket.take(), bucket.take()]).toEqual([0, 0, 250]);
  });
});

describe("RateLimits in memory", () => {
  it("lets `burst` calls of an identity through, then refuses with RATE_LIMITED, a RetryInfo until the next token and the headers", async () => {
    const clock = manualClock();
    const limits = new RateLimits({ store: "memory", perIdentity: { callsPerSecond: 1, burst: 3 }, log: pino({ enabled: false }), now: clock.now });
    const states = [];
    for (let i = 0; i < 3; i++) states.push(await limits.consume("alice"));
    expect(states.map((s) => s?.remaining)).toEqual([2, 1, 0]);
    // The bucket is full again once every spent token is back: one, two, three seconds.
    expect(states.map((s) => s?.resetMs)).toEqual([1_000, 2_000, 3_000]);
    expect(states[0]).toMatchObject({ limit: 3, windowSeconds: 3 });
    clock.advance(400);
    const err = await refusal(limits.consume("alice"));
    expect(err.code).toBe(Code.ResourceExhausted);
    expect(reasonOf(err)).toBe("ERROR_REASON_RATE_LIMITED");
    expect(err.findDetails(ErrorInfoSchema)[0].metadata).toEqual({ limit: "1", scope: "identity" });
    expect(retryMsOf(err)).toBe(600);
    expect(err.rawMessage).toContain("retry in 0.6 s");
    expect(err.metadata.get("ratelimit-remaining")).toBe("0");
    expect(err.metadata.get("ratelimit-limit")).toBe("3");
    expect(err.metadata.get("ratelimit-reset")).toBe("3");
    expect(err.metadata.get("retry-after")).toBe("1");
    expect(err.rawMessage).not.toContain("alice");
    // Another identity has its own bucket.
    await expect(limits.consume("bob")).resolves.toMatchObject({ remaining: 2 });
  });

  it("gives tokens back one by one at the sustained rate, not all at once", async () => {
    const clock = manualClock();
    const limits = new RateLimits({ store: "memory", perIdentity: { callsPerSecond: 2, burst: 4 }, now: clock.now });
    for (let i = 0; i < 4; i++) await limits.consume("alice");
    expect(retryMsOf(await refusal(limits.consume("alice")))).toBe(500);
    // Steady state: one call every 500 ms passes, the one between is refused.
    for (let i = 0; i < 5; i++) {
      clock.advance(250);
      expect(retryMsOf(await refusal(limits.consume("alice")))).toBe(250);
      clock.advance(250);
      await expect(limits.consume("alice")).resolves.toMatchObject({ remaining: 0, resetMs: 2_000 });
    }
    clock.advance(1_000);
    await expect(limits.consume("alice")).resolves.toMatchObject({ remaining: 1 });
    await limits.consume("alice");
    await refusal(limits.consume("alice"));
  });

  it("counts a fractional rate: 0.5 a second is one call every two seconds", async () => {
    const clock = manualClock();
    const limits = new RateLimits({ store: "memory", perIdentity: { callsPerSecond: 0.5 }, now: clock.now });
    await expect(limits.consume("alice")).resolves.toMatchObject({ limit: 1, remaining: 0, windowSeconds: 2 });
    const err = await refusal(limits.consume("alice"));
    expect(retryMsOf(err)).toBe(2_000);
    expect(err.metadata.get("retry-after")).toBe("2");
    clock.advance(2_000);
    await limits.consume("alice");
  });

  it("answers no state where no limit applies", async () => {
    const limits = new RateLimits({ store: "memory" });
    await expect(limits.consume("alice")).resolves.toBeUndefined();
  });

  it("lets a call's own limit replace the per-identity one", async () => {
    const clock = manualClock();
    const limits = new RateLimits({ store: "memory", perIdentity: { callsPerSecond: 1 }, now: clock.now });
    const own = { callsPerSecond: 5, burst: 5 };
    for (let i = 0; i < 5; i++) await limits.consume("key:abc", own);
    await refusal(limits.consume("key:abc", own));
    // The default limit counts apart from the own one.
    await limits.consume("key:abc");
  });

  it("keeps at most maxLocalBuckets buckets: a flood of identities forgets the least recently used, which starts full", async () => {
    const clock = manualClock();
    const limits = new RateLimits({ store: "memory", perIdentity: { callsPerSecond: 1, burst: 1 }, maxLocalBuckets: 100, now: clock.now });
    await limits.consume("alice");
    await refusal(limits.consume("alice"));
    for (let i = 0; i < 99; i++) await limits.consume(`ip:10.0.0.${i}`);
    // 100 buckets, alice's the least recently used but kept.
    await refusal(limits.consume("alice"));
    for (let i = 0; i < 100; i++) await limits.consume(`ip:10.0.1.${i}`);
    await limits.consume("alice");
  });
});

describe("MemoryBuckets", () => {
  it("does not grow past its max however many keys call", () => {
    const clock = manualClock();
    const buckets = new MemoryBuckets(1_000, clock.now);
    const shape = bucketShape({ callsPerSecond: 1, burst: 2 });
    for (let i = 0; i < 50_000; i++) buckets.take(`ip:${i}`, shape);
    expect(buckets.size).toBe(1_000);
    // The most recent keys are still counted.
    expect(buckets.take("ip:49999", shape)).toMatchObject({ taken: true, remaining: 0 });
    expect(buckets.take("ip:49999", shape)).toMatchObject({ taken: false, retryMs: 1_000, fullMs: 2_000 });
  });
});

describe("rateLimitHeaders", () => {
  it("names the draft's headers, with retry-after only for a refusal", () => {
    const state = { limit: 10, remaining: 3, resetMs: 1_200, windowSeconds: 1 } as const;
    expect(rateLimitHeaders(state)).toEqual([
      ["ratelimit-limit", "10"],
      ["ratelimit-remaining", "3"],
      ["ratelimit-reset", "2"],
      ["ratelimit-policy", "10;w=1"],
    ]);
    expect(rateLimitHeaders(state, 1)).toContainEqual(["retry-after", "1"]);
    expect(rateLimitHeaders(state, 2_500)).toContainEqual(["retry-after", "3"]);
  });
});
