import { create } from "@bufbuild/protobuf";
import { Code } from "@connectrpc/connect";
import { describe, expect, it } from "vitest";
import { QuerySchema } from "../../gen/ts/dbx/v1/query_pb.js";
import { decodePageToken, encodePageToken, pageFingerprint } from "../../src/backends/sql/page-token.js";
import { expectError, v } from "../support/values.js";

describe("page tokens", () => {
  const print = pageFingerprint("people", create(QuerySchema, { limit: 10n }));

  it.each([
    ["int", v.int(9223372036854775807n)],
    ["string", v.str("\u0000é😀")],
    ["bytes", v.bytes([0, 255, 128])],
    ["double", v.double(-0.5)],
  ])("carry a %s key exactly, as opaque base64url", (_, key) => {
    const token = encodePageToken(print, { position: { after: key }, answered: 7n });
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    const back = decodePageToken(token, print);
    expect(back.answered).toBe(7n);
    const after = "after" in back.position ? back.position.after.kind : undefined;
    expect(after?.case).toBe(key.kind.case);
    const plain = (x: unknown) => (x instanceof Uint8Array ? [...x] : x);
    expect(plain(after?.value)).toEqual(plain(key.kind.value));
  });

  it("carry an offset", () => {
    const back = decodePageToken(encodePageToken(print, { position: { skip: 40n }, answered: 40n }), print);
    expect(back.position).toEqual({ skip: 40n });
  });

  it("are refused for another query or collection", async () => {
    const token = encodePageToken(print, { position: { skip: 1n }, answered: 1n });
    for (const other of [pageFingerprint("people", create(QuerySchema, { limit: 11n })), pageFingerprint("others", create(QuerySchema, { limit: 10n }))]) {
      await expectError(Promise.resolve().then(() => decodePageToken(token, other)), Code.InvalidArgument, {
        reason: "ERROR_REASON_INVALID_FIELD",
        message: /page_token: .*another collection or query/,
      });
    }
  });

  it("are refused when forged", async () => {
    for (const bad of ["", "!!!", "AAAA", Buffer.from("hello").toString("base64url")]) {
      await expectError(Promise.resolve().then(() => decodePageToken(bad, print)), Code.InvalidArgument, { message: /page_token/ });
    }
  });
});
