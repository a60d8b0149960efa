import { describe, expect, it } from "vitest";
import "../../src/platform/uint8array-to-base64.js";

type WithToBase64 = Uint8Array & { toBase64(options?: { alphabet?: string; omitPadding?: boolean }): string };

/** The Uint8Array.prototype.toBase64 that makes protobuf-es encode JSON bytes natively on Node 20. */
describe("Uint8Array.prototype.toBase64", () => {
  const sample = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 151 + 7) & 255) as WithToBase64;

  it("answers what Buffer answers, for every length modulo 3 and both alphabets", () => {
    for (const n of [0, 1, 2, 3, 4, 5, 62, 63, 64, 1000]) {
      const bytes = sample(n);
      const std = Buffer.from(bytes).toString("base64");
      expect(bytes.toBase64()).toBe(std);
      expect(bytes.toBase64({ omitPadding: true })).toBe(std.replaceAll("=", ""));
      expect(bytes.toBase64({ alphabet: "base64url", omitPadding: true })).toBe(Buffer.from(bytes).toString("base64url"));
      expect(bytes.toBase64({ alphabet: "base64url" })).toBe(std.replaceAll("+", "-").replaceAll("/", "_"));
    }
  });

  it("encodes only the view, not the whole buffer", () => {
    const whole = sample(10);
    const view = whole.subarray(3, 7) as WithToBase64;
    expect(view.toBase64()).toBe(Buffer.from(whole.subarray(3, 7)).toString("base64"));
  });

  it("refuses an unknown alphabet, as the standard does", () => {
    expect(() => sample(3).toBase64({ alphabet: "base32" })).toThrow(TypeError);
  });
});
