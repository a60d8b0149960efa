import { create } from "@bufbuild/protobuf";
import { Code } from "@connectrpc/connect";
import { describe, expect, it } from "vitest";
import { QuerySchema } from "../../gen/ts/dbx/v1/query_pb.js";
import { pageFingerprint } from "../../src/backends/page-fingerprint.js";
import { decodePageToken, encodePageToken } from "../../src/backends/page-token.js";
import { expectError, v } from "../support/values.js";

describe("page tokens", () => {
  const find = (collection: string, limit: bigint, namespace = "main") =>
    pageFingerprint({ operation: "find", namespace, collection, query: create(QuerySchema, { limit }) });
  const print = find("people", 10n);

  it.each([
    ["int", v.int(9223372036854775807n)],
    ["string", v.str("\u0000é😀")],
    ["bytes", v.bytes([0, 255, 128])],
    ["double", v.double(-0.5)],
  ])("carry a %s key exactly, as opaque base64url", (_, key) => {
    const token = encodePageToken(print, { position: { after: [key, v.str("second")] }, answered: 7n });
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    const back = decodePageToken(token, print);
    expect(back.answered).toBe(7n);
    const after = "after" in back.position ? back.position.after[0].kind : undefined;
    expect("after" in back.position && back.position.after[1]).toEqual(v.str("second"));
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
    const others = [
      find("people", 11n),
      find("others", 10n),
      find("people", 10n, "public"),
      pageFingerprint({ operation: "list", namespace: "main", collection: "people" }),
      pageFingerprint({ operation: "list", namespace: "main", collection: "people", fields: ["a"] }),
    ];
    expect(new Set(others).size).toBe(others.length);
    for (const other of others) {
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
