import { Code, ConnectError } from "@connectrpc/connect";
import { describe, expect, it } from "vitest";
import { ConcurrencyLimits } from "../../../src/auth/concurrency/concurrency-limits.js";
import { reasonOf } from "../../../src/errors/dbx-error.js";
import { ErrorInfoSchema, RetryInfoSchema } from "../../../gen/ts/google/rpc/error_details_pb.js";

function refusalOf(action: () => unknown): ConnectError {
  try {
    action();
  } catch (err) {
    return ConnectError.from(err);
  }
  throw new Error("expected a refusal");
}

describe("ConcurrencyLimits", () => {
  it("refuses the call past a backend's limit with RESOURCE_EXHAUSTED, RATE_LIMITED, scope concurrency and a RetryInfo", () => {
    const limits = new ConcurrencyLimits({ perBackend: { main: 2 } });
    const a = limits.acquire("main", "alice");
    const b = limits.acquire("main", "bob");
    const err = refusalOf(() => limits.acquire("main", "carol"));
    expect(err.code).toBe(Code.ResourceExhausted);
    expect(reasonOf(err)).toBe("ERROR_REASON_RATE_LIMITED");
    expect(err.findDetails(ErrorInfoSchema)[0].metadata).toEqual({ limit: "2", scope: "concurrency" });
    expect(err.findDetails(RetryInfoSchema)[0].retryDelay?.nanos).toBe(200_000_000);
    expect(err.metadata.get("retry-after")).toBe("1");
    expect(err.message).not.toContain("carol");
    // Another backend is not affected.
    limits.acquire("other", "carol").release();
    a.release();
    limits.acquire("main", "carol").release();
    b.release();
    expect(limits.inFlight("main")).toBe(0);
  });

  it("limits one identity on one backend, and a call's own limit replaces the default", () => {
    const limits = new ConcurrencyLimits({ perIdentity: 1 });
    const held = limits.acquire("main", "alice");
    expect(refusalOf(() => limits.acquire("main", "alice")).code).toBe(Code.ResourceExhausted);
    limits.acquire("main", "bob").release();
    limits.acquire("other", "alice").release();
    const second = limits.acquire("main", "alice", 2);
    expect(limits.inFlight("main", "alice")).toBe(2);
    second.release();
    held.release();
    expect(limits.inFlight("main", "alice")).toBe(0);
  });

  it("takes nothing when it refuses, and releasing twice gives back one place", () => {
    const limits = new ConcurrencyLimits({ perBackend: { main: 1 }, perIdentity: 5 });
    const slot = limits.acquire("main", "alice");
    refusalOf(() => limits.acquire("main", "bob"));
    expect(limits.inFlight("main", "bob")).toBe(0);
    slot.release();
    slot.release();
    expect(limits.inFlight("main")).toBe(0);
    expect(limits.inFlight("main", "alice")).toBe(0);
    const again = limits.acquire("main", "bob");
    expect(refusalOf(() => limits.acquire("main", "carol")).code).toBe(Code.ResourceExhausted);
    again.release();
  });

  it("releases the place of a `using` block however it ends", () => {
    const limits = new ConcurrencyLimits({ perBackend: { main: 1 } });
    expect(() => {
      using _slot = limits.acquire("main", "alice");
      expect(limits.inFlight("main")).toBe(1);
      throw new Error("handler failed");
    }).toThrow("handler failed");
    expect(limits.inFlight("main")).toBe(0);
  });

  it("run releases when the call resolves, throws or is cancelled", async () => {
    const limits = new ConcurrencyLimits({ perBackend: { main: 1 }, perIdentity: 1 });
    await expect(limits.run("main", "alice", async () => limits.inFlight("main"))).resolves.toBe(1);
    expect(limits.inFlight("main")).toBe(0);

    await expect(limits.run("main", "alice", () => Promise.reject(new Error("backend down")))).rejects.toThrow("backend down");
    expect(limits.inFlight("main")).toBe(0);

    const controller = new AbortController();
    const cancelled = limits.run(
      "main",
      "alice",
      () =>
        new Promise<never>((_, reject) => {
          controller.signal.addEventListener("abort", () => reject(new ConnectError("cancelled", Code.Canceled)));
        }),
    );
    expect(limits.inFlight("main")).toBe(1);
    expect(limits.inFlight("main", "alice")).toBe(1);
    controller.abort();
    await expect(cancelled).rejects.toMatchObject({ code: Code.Canceled });
    expect(limits.inFlight("main")).toBe(0);
    expect(limits.inFlight("main", "alice")).toBe(0);
  });

  it("releases a streaming handler's place when the consumer stops early", async () => {
    const limits = new ConcurrencyLimits({ perBackend: { main: 1 } });
    async function* rows(): AsyncGenerator<number> {
      using _slot = limits.acquire("main", "alice");
      for (let i = 0; ; i++) yield i;
    }
    for await (const row of rows()) {
      expect(limits.inFlight("main")).toBe(1);
      if (row === 2) break;
    }
    expect(limits.inFlight("main")).toBe(0);
  });

  it("refuses limits that are not positive whole numbers, naming them", () => {
    expect(() => new ConcurrencyLimits({ perBackend: { main: 0 } })).toThrow("concurrencyLimits.perBackend.main must be a positive whole number, got 0");
    expect(() => new ConcurrencyLimits({ perIdentity: 1.5 })).toThrow("concurrencyLimits.perIdentity");
  });
});
