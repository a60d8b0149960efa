import { Code } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import { ErrorReason } from "../../gen/ts/dbx/v1/errors_pb.js";
import { ErrorInfoSchema } from "../../gen/ts/google/rpc/error_details_pb.js";
import { dbxError } from "../../src/errors/dbx-error.js";
import { capText, MAX_MESSAGE_CHARS, MAX_QUOTED_CHARS, quoteInput } from "../../src/errors/quoted-input.js";
import { PROTOCOLS, startTestServer, type TestServer } from "../support/dbx-server.js";
import { expectError, record, v } from "../support/values.js";

const BIG = 300 * 1024;

describe("quoting client input in messages", () => {
  it("quotes short values whole, escaped", () => {
    expect(quoteInput("12,5")).toBe('"12,5"');
    expect(quoteInput('a"b\n')).toBe('"a\\"b\\n"');
  });

  it(`cuts long values to ${MAX_QUOTED_CHARS} characters with an ellipsis and the length`, () => {
    expect(quoteInput("9".repeat(80_001))).toBe(`"${"9".repeat(MAX_QUOTED_CHARS)}…" (80001 characters)`);
  });

  it("caps a text only past its limit", () => {
    expect(capText("abc", 3)).toBe("abc");
    expect(capText("abcd", 3)).toBe("abc… (4 characters)");
  });

  it(`caps every DBX error's message and metadata at ${MAX_MESSAGE_CHARS} characters`, () => {
    const err = dbxError(ErrorReason.UNKNOWN_BACKEND, `no backend named "${"b".repeat(BIG)}"`, { backend: "b".repeat(BIG) });
    expect(err.rawMessage.length).toBeLessThan(MAX_MESSAGE_CHARS + 40);
    expect(err.rawMessage).toMatch(/… \(307219 characters\)$/);
    expect(err.findDetails(ErrorInfoSchema)[0].metadata.backend.length).toBeLessThan(MAX_MESSAGE_CHARS + 40);
  });
});

describe("errors about huge inputs stay small on the wire", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ backends: { default: { url: "sqlite::memory:" } } });
  });
  afterAll(() => server?.close());

  it.each(PROTOCOLS)("a 300 KB bad decimal answers INVALID_ARGUMENT with a short message over %s (gRPC: was RST_STREAM FRAME_SIZE_ERROR)", async (protocol) => {
    const data = server.client(DataService, protocol);
    const err = await expectError(data.get({ target: { collection: "c" }, key: v.decimal("x" + "9".repeat(BIG)) }), Code.InvalidArgument, {
      reason: "ERROR_REASON_INVALID_FIELD",
      message: /^key: /,
    });
    expect(err.rawMessage.length).toBeLessThan(MAX_MESSAGE_CHARS + 40);
  });

  it.each(PROTOCOLS)("a 300 KB field name in an error answers INVALID_ARGUMENT with a short message over %s", async (protocol) => {
    const data = server.client(DataService, protocol);
    const name = "f".repeat(BIG);
    const err = await expectError(
      data.put({ target: { collection: "c" }, key: v.str("k"), record: record({ [name]: v.decimal("12,5") }) }),
      Code.InvalidArgument,
      { reason: "ERROR_REASON_INVALID_FIELD", message: /^record\.fields\.fff/ },
    );
    expect(err.rawMessage.length).toBeLessThan(MAX_MESSAGE_CHARS + 40);
  });

  it.each(PROTOCOLS)("a 300 KB backend name answers NOT_FOUND with a short message over %s", async (protocol) => {
    const data = server.client(DataService, protocol);
    const err = await expectError(data.get({ target: { backend: "b".repeat(BIG), collection: "c" }, key: v.str("k") }), Code.NotFound, {
      reason: "ERROR_REASON_UNKNOWN_BACKEND",
    });
    expect(err.rawMessage.length).toBeLessThan(MAX_MESSAGE_CHARS + 40);
  });
});
