import { describe, expect, it } from "vitest";
import { blockingWaitMs } from "../../src/backends/redis/blocking-wait.js";

// A reply is awaited as long as the command asks to block plus commandTimeoutMs: the wait read from the
// arguments must be the command's own, never a name that happens to read "BLOCK" or "0".
describe("blockingWaitMs: how long Redis may rightly keep a reply back", () => {
  it("reads the timeout of blocking pops, in seconds, 0 meaning until cancelled", () => {
    expect(blockingWaitMs("BLPOP", [Buffer.from("a"), Buffer.from("b"), "1.5"])).toBe(1_500);
    expect(blockingWaitMs("brpop", [Buffer.from("a"), "0"])).toBe(Infinity);
    expect(blockingWaitMs("BLMOVE", [Buffer.from("s"), Buffer.from("d"), "LEFT", "RIGHT", "0.25"])).toBe(250);
    expect(blockingWaitMs("BLMPOP", ["2", 1, Buffer.from("k"), "LEFT"])).toBe(2_000);
  });

  it("reads XREAD and XREADGROUP's BLOCK option, in milliseconds, and only among the options", () => {
    expect(blockingWaitMs("XREAD", ["COUNT", 5n, "BLOCK", 10_000, "STREAMS", Buffer.from("k"), "$"])).toBe(10_000);
    expect(blockingWaitMs("XREADGROUP", ["GROUP", "g", "c", "COUNT", 5n, "BLOCK", 0, "STREAMS", Buffer.from("k"), ">"])).toBe(Infinity);
    // Pending history: no BLOCK, whatever the group, consumer and stream are called.
    expect(blockingWaitMs("XREADGROUP", ["GROUP", "block", "BLOCK", "COUNT", 5n, "STREAMS", Buffer.from("block"), "0"])).toBe(0);
    expect(blockingWaitMs("XREAD", ["COUNT", 1, "STREAMS", Buffer.from("BLOCK"), "0"])).toBe(0);
  });

  it("answers 0 for commands that answer at once", () => {
    expect(blockingWaitMs("XREVRANGE", [Buffer.from("k"), "+", "-", "COUNT", 1])).toBe(0);
    expect(blockingWaitMs("GET", [Buffer.from("BLOCK")])).toBe(0);
  });
});
