import { Code } from "@connectrpc/connect";
import { describe, expect, it } from "vitest";
import { checkIdentifier, checkNewIdentifier, quoteIdentifierAnsi } from "../../src/backends/sql/identifier.js";
import { expectError } from "../support/values.js";

describe("identifiers", () => {
  it("accepts portable new names", () => {
    for (const name of ["people", "_x", "A1_b2", "a".repeat(63)]) expect(checkNewIdentifier(name, "table")).toBe(name);
  });

  it.each([
    ["", /a name is required/],
    ["1abc", /not a valid name/],
    ["with space", /not a valid name/],
    ['x"; DROP TABLE t; --', /not a valid name/],
    ["naïve", /not a valid name/],
    ["a".repeat(64), /at most 63/],
  ])("refuses the new name %j, naming the field", async (name, message) => {
    const err = await expectError(Promise.resolve().then(() => checkNewIdentifier(name, "columns[2].name")), Code.InvalidArgument, {
      reason: "ERROR_REASON_INVALID_FIELD",
      message,
    });
    expect(err.rawMessage.startsWith("columns[2].name:")).toBe(true);
  });

  it("lets existing names be anything but empty or control characters", async () => {
    expect(checkIdentifier('odd "name"; --', "table")).toBe('odd "name"; --');
    await expectError(Promise.resolve().then(() => checkIdentifier("a\u0000b", "table")), Code.InvalidArgument, { message: /control/ });
    await expectError(Promise.resolve().then(() => checkIdentifier("", "table")), Code.InvalidArgument, { message: /required/ });
  });

  it("quotes by doubling inner quotes", () => {
    expect(quoteIdentifierAnsi('a"b')).toBe('"a""b"');
    expect(quoteIdentifierAnsi("plain")).toBe('"plain"');
  });
});
