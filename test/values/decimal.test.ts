import { Code } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import { isDecimal, MAX_DECIMAL_LENGTH } from "../../src/values/decimal-syntax.js";
import { startTestServer, type TestServer } from "../support/dbx-server.js";
import { expectError, v } from "../support/values.js";

/** The grammar the scanner implements, as the regex it replaced wrote it (fine on short inputs). */
const REFERENCE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

describe("decimal syntax", () => {
  it.each(["0", "-1", "+1", "1.", ".5", "1.5", "12345678901234567890.123456789", "1e10", "1E-10", "-.5e+3", "007"])(
    "accepts %s",
    (text) => expect(isDecimal(text)).toBe(true),
  );

  it.each(["", "+", ".", "-.", "1e", "1e+", "e5", "1.2.3", "12,5", " 1", "1 ", "1x", "0x10", "١", "1_000", "NaN", "Infinity"])(
    "refuses %j",
    (text) => expect(isDecimal(text)).toBe(false),
  );

  it("agrees with the regular expression it replaced on every string of up to 5 characters", () => {
    const alphabet = ["0", "1", "+", "-", ".", "e", "E", "x"];
    let strings = [""];
    for (let length = 0; length <= 5; length++) {
      for (const text of strings) expect(isDecimal(text), JSON.stringify(text)).toBe(REFERENCE.test(text));
      strings = strings.flatMap((text) => alphabet.map((c) => text + c));
    }
  });

  it("reads a million characters in one pass", () => {
    const started = performance.now();
    expect(isDecimal("9".repeat(1_000_000) + "x")).toBe(false);
    expect(isDecimal("9".repeat(1_000_000))).toBe(true);
    // Generous: the quadratic regex took 14-29 s on 80,000 characters.
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe("decimal values in requests", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ backends: { default: { url: "sqlite::memory:" } } });
  });
  afterAll(() => server?.close());

  it("answers 80,000 nines and an x with INVALID_ARGUMENT at once (was 14-29 s of regex backtracking)", async () => {
    const data = server.client(DataService, "grpc");
    const started = performance.now();
    await expectError(data.get({ target: { collection: "c" }, key: v.decimal("9".repeat(80_000) + "x") }), Code.InvalidArgument, {
      reason: "ERROR_REASON_INVALID_FIELD",
      message: /^key: /,
    });
    // Generous enough for a loaded machine, far below the seconds the regex took.
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it(`refuses a decimal longer than ${MAX_DECIMAL_LENGTH} characters, naming the field`, async () => {
    const data = server.client(DataService, "connect");
    await expectError(
      data.get({ target: { collection: "c" }, key: v.decimal("9".repeat(MAX_DECIMAL_LENGTH + 1)) }),
      Code.InvalidArgument,
      { reason: "ERROR_REASON_INVALID_FIELD", message: `key: a decimal has at most ${MAX_DECIMAL_LENGTH} characters, not ${MAX_DECIMAL_LENGTH + 1}` },
    );
  });

  it(`accepts a decimal of exactly ${MAX_DECIMAL_LENGTH} characters`, async () => {
    const data = server.client(DataService, "connect");
    // It passes the check and reaches the backend, which has no such table.
    await expectError(data.get({ target: { collection: "c" }, key: v.decimal("9".repeat(MAX_DECIMAL_LENGTH)) }), Code.NotFound);
  });
});
