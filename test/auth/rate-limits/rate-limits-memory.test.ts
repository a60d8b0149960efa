import { Code, ConnectError } from "@connectrpc/connect";
import pino from "pino";
import type { RateLimiterMemory } from "rate-limiter-flexible";
import { afterEach, describe, expect, it, vi } from "vitest";
import { countingWindow } from "../../../src/auth/rate-limits/rate-limit.js";
import { rateLimitHeaders } from "../../../src/auth/rate-limits/rate-limit-state.js";
import { RateLimits } from "../../../src/auth/rate-limits/rate-limits.js";
import { memoryCounter } from "../../../src/auth/rate-limits/window-counter.js";
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

afterEach(() => {
  vi.useRealTimers();
});

describe("countingWindow", () => {
  it("counts `burst` calls over burst / callsPerSecond seconds, in whole seconds", () => {
    expect(countingWindow({ callsPerSecond: 10 })).toEqual({ points: 10, seconds: 1 });
    expect(countingWindow({ callsPerSecond: 10, burst: 50 })).toEqual({ points: 50, seconds: 5 });
    expect(countingWindow({ callsPerSecond: 0.5 })).toEqual({ points: 1, seconds: 2 });
    expect(countingWindow({ callsPerSecond: 2.5, burst: 3 })).toEqual({ points: 3, seconds: 1 });
    expect(countingWindow({ callsPerSecond: 100, burst: 1 })).toEqual({ points: 1, seconds: 1 });
  });

  it("refuses rates and bursts that count nothing", () => {
    expect(() => countingWindow({ callsPerSecond: 0 })).toThrow("callsPerSecond must be a positive number, got 0");
    expect(() => countingWindow({ callsPerSecond: Number.NaN })).toThrow("callsPerSecond");
    expect(() => countingWindow({ callsPerSecond: 1, burst: 1.5 })).toThrow("burst must be a positive whole number, got 1.5");
    expect(() => new RateLimits({ store: "memory", perBackend: { main: { callsPerSecond: -1 } } })).toThrow("rateLimits.perBackend.main: callsPerSecond");
  });
});

describe("rateLimitHeaders", () => {
  it("names the draft's headers, with retry-after only for a refusal", () => {
    const state = { scope: "identity", limit: 10, remaining: 3, resetMs: 1_200, windowSeconds: 1 } as const;
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

describe("RateLimits in memory", () => {
  it("lets `burst` calls of an identity through, then refuses with RATE_LIMITED, a RetryInfo and the headers", async () => {
    const limits = new RateLimits({ store: "memory", perIdentity: { callsPerSecond: 1, burst: 3 }, log: pino({ enabled: false }) });
    const states = [];
    for (let i = 0; i < 3; i++) states.push(await limits.consume("alice", "main"));
    expect(states.map((s) => s?.remaining)).toEqual([2, 1, 0]);
    expect(states[0]).toMatchObject({ scope: "identity", limit: 3, windowSeconds: 3 });
    const err = await refusal(limits.consume("alice", "main"));
    expect(err.code).toBe(Code.ResourceExhausted);
    expect(reasonOf(err)).toBe("ERROR_REASON_RATE_LIMITED");
    expect(err.findDetails(ErrorInfoSchema)[0].metadata).toEqual({ limit: "1", scope: "identity" });
    const retry = err.findDetails(RetryInfoSchema)[0].retryDelay!;
    const retryMs = Number(retry.seconds) * 1000 + retry.nanos / 1e6;
    expect(retryMs).toBeGreaterThan(2_000);
    expect(retryMs).toBeLessThanOrEqual(3_000);
    expect(err.metadata.get("ratelimit-remaining")).toBe("0");
    expect(err.metadata.get("ratelimit-limit")).toBe("3");
    expect(err.metadata.get("retry-after")).toBe("3");
    expect(err.rawMessage).not.toContain("alice");
    // Another identity has its own bucket.
    await expect(limits.consume("bob", "main")).resolves.toMatchObject({ remaining: 2 });
  });

  it("counts a backend's limit over all callers, and a caller over its own limit uses none of it", async () => {
    const limits = new RateLimits({ store: "memory", perIdentity: { callsPerSecond: 1, burst: 2 }, perBackend: { main: { callsPerSecond: 1, burst: 4 } } });
    await limits.consume("alice", "main");
    await limits.consume("alice", "main");
    for (let i = 0; i < 5; i++) expect((await refusal(limits.consume("alice", "main"))).findDetails(ErrorInfoSchema)[0].metadata.scope).toBe("identity");
    await limits.consume("bob", "main");
    const last = await limits.consume("carol", "main");
    expect(last).toMatchObject({ scope: "backend", remaining: 0 });
    const err = await refusal(limits.consume("dave", "main"));
    expect(err.findDetails(ErrorInfoSchema)[0].metadata).toEqual({ limit: "1", scope: "backend" });
    expect(err.rawMessage).toContain('backend "main"');
    // No limit on another backend.
    await expect(limits.consume("dave", "other")).resolves.toMatchObject({ scope: "identity" });
  });

  it("answers no state where no limit applies", async () => {
    const limits = new RateLimits({ store: "memory" });
    await expect(limits.consume("alice", "main")).resolves.toBeUndefined();
  });

  it("lets a call's own limit replace the per-identity one", async () => {
    const limits = new RateLimits({ store: "memory", perIdentity: { callsPerSecond: 1 } });
    const own = { callsPerSecond: 5, burst: 5 };
    for (let i = 0; i < 5; i++) await limits.consume("key:abc", "main", own);
    await refusal(limits.consume("key:abc", "main", own));
    // The default limit counts apart from the own one.
    await limits.consume("key:abc", "main");
  });

  it("gives the calls back when the window ends", async () => {
    vi.useFakeTimers();
    const limits = new RateLimits({ store: "memory", perIdentity: { callsPerSecond: 2 } });
    await limits.consume("alice", "main");
    await limits.consume("alice", "main");
    await refusal(limits.consume("alice", "main"));
    vi.advanceTimersByTime(1_001);
    await expect(limits.consume("alice", "main")).resolves.toMatchObject({ remaining: 1 });
  });

  it("drops the keys of identities that stopped calling after one window", async () => {
    vi.useFakeTimers();
    const counter = memoryCounter({ points: 2, seconds: 1 }, "test");
    for (let i = 0; i < 1_000; i++) await counter.consume(`identity-${i}`);
    const storage = (counter as RateLimiterMemory).dump().storage;
    expect(storage).toHaveLength(1_000);
    vi.advanceTimersByTime(1_001);
    expect((counter as RateLimiterMemory).dump().storage).toHaveLength(0);
  });
});
