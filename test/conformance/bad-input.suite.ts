import { Code } from "@connectrpc/connect";
import { describe, expect, it } from "vitest";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import { expectError, record, v } from "../support/values.js";
import type { ConformanceContext, Protocol } from "./conformance-context.js";

/** Bad requests answer the right code and name the field at fault. */
export function badInputSuite(ctx: ConformanceContext, protocol: Protocol): void {
  const data = () => ctx.server().client(DataService, protocol);

  /** POSTs a raw Connect JSON body, as a browser or curl would. */
  const postJson = (path: string, body: string) =>
    fetch(`${ctx.server().url}/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body });

  describe(`bad input (${protocol})`, () => {
    it("unknown backend is NOT_FOUND naming it", async () => {
      await expectError(
        data().get({ target: { backend: "nope", collection: "c" }, key: v.str("k") }),
        Code.NotFound,
        { reason: "ERROR_REASON_UNKNOWN_BACKEND", message: /nope/ },
      );
    });

    it("unknown collection is NOT_FOUND naming it (schemaless backends: empty)", async () => {
      const call = data().get({ target: { collection: "no_such_table" }, key: v.str("k") });
      const err = await expectError(call, Code.NotFound);
      if (ctx.backend.keyField === "id") expect(err.rawMessage).toMatch(/no_such_table/);
    });

    it("missing collection and key are INVALID_ARGUMENT naming the field", async () => {
      await expectError(data().get({ target: {}, key: v.str("k") }), Code.InvalidArgument, {
        reason: "ERROR_REASON_INVALID_FIELD",
        message: /target\.collection/,
      });
      const c = await ctx.newCollection();
      await expectError(data().get({ target: { collection: c } }), Code.InvalidArgument, { message: /^key:/ });
      await expectError(data().put({ target: { collection: c }, key: v.str("k"), record: record({ name: {} as never }) }), Code.InvalidArgument, {
        message: /record\.fields\.name/,
      });
    });

    it("malformed values are INVALID_ARGUMENT naming the field", async () => {
      const c = await ctx.newCollection();
      await expectError(
        data().put({ target: { collection: c }, key: v.str("k"), record: record({ balance: v.decimal("12,5") }) }),
        Code.InvalidArgument,
        { message: /record\.fields\.balance/ },
      );
      await expectError(
        data().put({ target: { collection: c }, key: v.str("k"), record: record({ profile: v.json("{not json") }) }),
        Code.InvalidArgument,
        { message: /record\.fields\.profile/ },
      );
    });

    it("an oversized message is RESOURCE_EXHAUSTED", async () => {
      const c = await ctx.newCollection();
      const big = "x".repeat(300 * 1024);
      await expectError(
        data().put({ target: { collection: c }, key: v.str("big"), record: record({ note: v.str(big) }) }),
        Code.ResourceExhausted,
      );
    });

    if (protocol === "connect") {
      it("malformed JSON is INVALID_ARGUMENT", async () => {
        const res = await postJson("dbx.v1.DataService/Get", '{"target": {"collection": "c"');
        expect(res.status).toBe(400);
        expect(((await res.json()) as { code: string }).code).toBe("invalid_argument");
      });

      it("a wrongly typed field is INVALID_ARGUMENT", async () => {
        const res = await postJson("dbx.v1.DataService/List", '{"target": {"collection": "c"}, "pageSize": "many"}');
        expect(res.status).toBe(400);
        expect(((await res.json()) as { code: string }).code).toBe("invalid_argument");
        const res2 = await postJson("dbx.v1.DataService/Get", '{"target": {"collection": "c"}, "key": {"intValue": "12x"}}');
        expect(((await res2.json()) as { code: string }).code).toBe("invalid_argument");
      });

      it("an unknown method is UNIMPLEMENTED (404)", async () => {
        const res = await postJson("dbx.v1.DataService/Nope", "{}");
        expect(res.status).toBe(404);
      });
    }
  });
}
