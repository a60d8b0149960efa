import { create, enumFromJson } from "@bufbuild/protobuf";
import { Code, ConnectError } from "@connectrpc/connect";
import { errorFromJson } from "@connectrpc/connect/protocol-connect";
import { describe, expect, it } from "vitest";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import { ErrorReason, ErrorReasonSchema } from "../../gen/ts/dbx/v1/errors_pb.js";
import { FilterSchema, Operator } from "../../gen/ts/dbx/v1/filter_pb.js";
import { QueryService } from "../../gen/ts/dbx/v1/query_pb.js";
import { StreamService } from "../../gen/ts/dbx/v1/stream_pb.js";
import { TransactionService } from "../../gen/ts/dbx/v1/transaction_pb.js";
import { ErrorInfoSchema } from "../../gen/ts/google/rpc/error_details_pb.js";
import { errorMetadata, expectError, expectInvalidField, expectUnsupported, record, v, write } from "../support/values.js";
import { requireAssertions, type ConformanceContext, type Protocol } from "./conformance-context.js";

/** What a TypeScript client does with an error: its ErrorInfo reason, turned into the enum by the library. */
function reasonEnumOf(err: ConnectError): ErrorReason {
  const infos = err.findDetails(ErrorInfoSchema).filter((info) => info.domain === "dbx.dev");
  expect(infos, "one DBX ErrorInfo").toHaveLength(1);
  expect(infos[0].reason).toMatch(/^ERROR_REASON_[A-Z_]+$/);
  return enumFromJson(ErrorReasonSchema, infos[0].reason as never);
}

/** Bad requests answer the right code and name the field at fault. */
export function badInputSuite(ctx: ConformanceContext, protocol: Protocol): void {
  const data = () => ctx.server().client(DataService, protocol);

  /** POSTs a raw Connect JSON body, as a browser or curl would. */
  const postJson = (path: string, body: string) =>
    fetch(`${ctx.server().url}/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body });

  describe(`bad input (${protocol})`, () => {
    requireAssertions();

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

    it("accepts the namespaces the backend has, and refuses any other naming target.namespace", async () => {
      const c = await ctx.newCollection();
      // A backend taking "any" namespace (MongoDB: a database made by its first write) refuses only names it cannot have.
      const anyName = ctx.expected.namespaces === "any";
      const accepted = anyName ? ["dbx_other_namespace"] : ctx.expected.namespaces;
      const refused = anyName ? "no/such namespace" : "no_such_namespace";
      for (const namespace of accepted) {
        await data().put({ target: { namespace, collection: c }, key: v.str("n"), record: record({ name: v.str(namespace) }) });
        expect((await data().get({ target: { namespace, collection: c }, key: v.str("n") })).record?.fields.name).toEqual(v.str(namespace));
      }
      const elsewhere = { namespace: refused, collection: c };
      await expectInvalidField(data().get({ target: elsewhere, key: v.str("n") }), "target.namespace");
      await expectInvalidField(data().put({ target: elsewhere, key: v.str("n"), record: record({ name: v.str("x") }) }), "target.namespace");
      await expectInvalidField(ctx.server().client(QueryService, protocol).find({ target: elsewhere, query: {} }), "target.namespace");
      await expectInvalidField(data().count({ target: elsewhere }), "target.namespace");
      // A write of a batch that names another namespace is refused before anything is written.
      await expectError(
        data().batchWrite({
          target: { collection: c },
          operations: [write.put(v.str("a"), record({ name: v.str("a") })), write.put(v.str("b"), record({ name: v.str("b") }), elsewhere)],
        }),
        Code.InvalidArgument,
        { reason: "ERROR_REASON_INVALID_FIELD", message: /namespace/ },
      );
      expect((await data().exists({ target: { collection: c }, key: v.str("a") })).exists).toBe(false);
      // Every request that names data takes the same Target, streams and transactions included.
      const stream = ctx.server().client(StreamService, protocol);
      const elsewhereCalls: [string, () => Promise<unknown>][] = [
        ["transaction.interactive", () => ctx.server().client(TransactionService, protocol).begin({ target: { namespace: refused } })],
        ["stream.watch", () => stream.watch({ target: elsewhere })[Symbol.asyncIterator]().next()],
        ["stream.pubsub", () => stream.publish({ target: { namespace: refused }, channel: "c", payload: new Uint8Array() })],
        ["stream.pubsub", () => stream.subscribe({ target: { namespace: refused }, channels: ["c"] })[Symbol.asyncIterator]().next()],
      ];
      for (const [capability, call] of elsewhereCalls) {
        if (ctx.capabilities().has(capability)) await expectInvalidField(call(), "target.namespace");
        else await expectUnsupported(call(), capability);
      }
    });

    it("ErrorInfo reasons are enum value names that the client library maps to ErrorReason", async () => {
      const c = await ctx.newCollection();
      // Thunks: a call starts when its case runs, so no rejection waits unhandled.
      const cases: [() => Promise<unknown>, ErrorReason, Code][] = [
        [() => data().get({ target: { collection: c }, key: v.str("missing") }), ErrorReason.NOT_FOUND, Code.NotFound],
        [() => data().get({ target: { backend: "nope", collection: c }, key: v.str("k") }), ErrorReason.UNKNOWN_BACKEND, Code.NotFound],
        [() => data().get({ target: {}, key: v.str("k") }), ErrorReason.INVALID_FIELD, Code.InvalidArgument],
        [
          () => ctx.server().client(QueryService, protocol).find({
            target: { collection: c },
            query: { filter: create(FilterSchema, { kind: { case: "field", value: { field: "name", op: Operator.UNSPECIFIED } } }) },
          }),
          ErrorReason.INVALID_FIELD,
          Code.InvalidArgument,
        ],
        [
          () => ctx.server().client(TransactionService, protocol).commit({ transactionId: "no-such-tx" }),
          ErrorReason.TRANSACTION_NOT_FOUND,
          Code.FailedPrecondition,
        ],
      ];
      for (const [call, reason, code] of cases) {
        const err = await expectError(call(), code);
        expect(ErrorReason[reasonEnumOf(err)]).toBe(ErrorReason[reason]);
      }
      await data().insert({ target: { collection: c }, key: v.str("k"), record: record({ name: v.str("x") }) });
      const dup = await expectError(data().insert({ target: { collection: c }, key: v.str("k"), record: record({ name: v.str("y") }) }), Code.AlreadyExists);
      expect(ErrorReason[reasonEnumOf(dup)]).toBe("ALREADY_EXISTS");
      // A capability the backend lacks: UNSUPPORTED, whichever it is.
      const unsupported = await expectError(lackingCapabilityCall(ctx, protocol, c), Code.Unimplemented);
      expect(ErrorReason[reasonEnumOf(unsupported)]).toBe("UNSUPPORTED");
      expect(errorMetadata(unsupported).capability).toMatch(/^[a-z_]+\.[a-z_.]+$/);
    });

    if (protocol === "connect") {
      it("a JSON request with an unknown field is INVALID_ARGUMENT naming it", async () => {
        const c = await ctx.newCollection();
        const refused = async (path: string, body: unknown, field: string) => {
          const res = await postJson(path, JSON.stringify(body));
          expect(res.status, `${path} ${JSON.stringify(body)}`).toBe(400);
          const err = errorFromJson((await res.json()) as never, undefined, new ConnectError("not a Connect error"));
          expect(Code[err.code]).toBe("InvalidArgument");
          expect(ErrorReason[reasonEnumOf(err)]).toBe("INVALID_FIELD");
          expect(errorMetadata(err).field).toBe(field);
          expect(err.rawMessage).toContain(field.split(".").pop());
        };
        // Today's Update takes `updates`; a `record` sent to it was silently dropped.
        await refused("dbx.v1.DataService/Update", { target: { collection: c }, key: { stringValue: "k" }, record: { fields: {} } }, "record");
        // transaction_id moved from Target to the request.
        await refused("dbx.v1.DataService/Get", { target: { collection: c, transactionId: "t" }, key: { stringValue: "k" } }, "target.transactionId");
        await refused(
          "dbx.v1.DataService/Update",
          { target: { collection: c }, key: { stringValue: "k" }, updates: [{ field: "name", sett: { stringValue: "x" } }] },
          "updates[0].sett",
        );
        // Filter.and/or/not became all_of/any_of/none_of.
        await refused(
          "dbx.v1.QueryService/Find",
          { target: { collection: c }, query: { filter: { and: { filters: [] } } } },
          "query.filter.and",
        );
        // Nothing was written by any of them.
        const exists = await postJson("dbx.v1.DataService/Exists", JSON.stringify({ target: { collection: c }, key: { stringValue: "k" } }));
        expect(await exists.json()).toEqual({});
      });

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

/**
 * A call that needs a capability the backend does not declare: the first of
 * several probes whose capability is missing from the pinned set. Every
 * backend lacks at least one of them.
 */
function lackingCapabilityCall(ctx: ConformanceContext, protocol: Protocol, collection: string): Promise<unknown> {
  const caps = ctx.capabilities();
  const target = { collection };
  const probes: [string, () => Promise<unknown>][] = [
    ["data.ttl", () => ctx.server().client(DataService, protocol).put({ target, key: v.str("t"), record: record({}), ttl: { seconds: 60n } })],
    ["value.interval", () => ctx.server().client(DataService, protocol).put({ target, key: v.str("t"), record: record({ note: v.interval(1, 2, 3) }) })],
    ["query.sort", () => ctx.server().client(QueryService, protocol).find({ target, query: { sort: [{ field: "name" }] } })],
    ["transaction.deferrable", () => ctx.server().client(TransactionService, protocol).begin({ readOnly: true, deferrable: true })],
  ];
  const probe = probes.find(([capability]) => !caps.has(capability));
  if (!probe) throw new Error(`${ctx.backend.id} declares every probed capability: add a probe it lacks`);
  return probe[1]();
}
