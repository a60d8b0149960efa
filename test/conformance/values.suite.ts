import { create } from "@bufbuild/protobuf";
import type { Timestamp } from "@bufbuild/protobuf/wkt";
import { describe, expect, it } from "vitest";
import { AdminService, TimestampPrecision } from "../../gen/ts/dbx/v1/admin_pb.js";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import { FilterSchema, Operator } from "../../gen/ts/dbx/v1/filter_pb.js";
import { QueryService } from "../../gen/ts/dbx/v1/query_pb.js";
import type { TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";
import { expectInvalidField, expectUnsupported, present, record, u, v } from "../support/values.js";
import { requireAssertions, type ConformanceContext, type Protocol } from "./conformance-context.js";

const timestamp = (seconds: bigint, nanos: number): Timestamp => ({ $typeName: "google.protobuf.Timestamp", seconds, nanos });

/** The nanoseconds of the finest digit a precision keeps. */
const PRECISION_NANOS: Record<TimestampPrecision, number> = {
  [TimestampPrecision.UNSPECIFIED]: Number.NaN,
  [TimestampPrecision.MILLISECONDS]: 1_000_000,
  [TimestampPrecision.MICROSECONDS]: 1_000,
  [TimestampPrecision.NANOSECONDS]: 1,
};

/**
 * The value kinds a backend stores only when it declares their capability,
 * each with the field it is written to (a column of the conformance table on
 * SQL backends that store it) and samples at the edges.
 */
function valueKinds(finestNanos: number, nativeSamples?: readonly TypedValue[]): { capability: string; field: string; samples: TypedValue[] }[] {
  // Times of day keep the backend's timestamp precision.
  const nanos = Math.floor(987_654_321 / finestNanos) * finestNanos;
  return [
    { capability: "value.date", field: "day", samples: [v.date(2024, 2, 29), v.date(1, 1, 1), v.date(9999, 12, 31)] },
    { capability: "value.time", field: "clock", samples: [v.time(0, 0), v.time(23, 59, 59, nanos), v.time(12, 30, 5)] },
    {
      capability: "value.datetime",
      field: "local",
      samples: [
        v.datetime({ year: 2024, month: 2, day: 29 }, { hours: 23, minutes: 59, seconds: 59, nanos }),
        v.datetime({ year: 1, month: 1, day: 1 }, { hours: 0, minutes: 0 }),
      ],
    },
    { capability: "value.interval", field: "span", samples: [v.interval(14, -3, -1_234_567_890_123n), v.interval(0, 0, 0)] },
    { capability: "value.object_id", field: "oid", samples: [v.objectId("65a1b2c3d4e5f60718293a4b")] },
    {
      capability: "value.document",
      field: "doc",
      samples: [
        // Field order is the point: "z" before "a", at every depth.
        v.document([
          ["z", v.int(1)],
          ["a", v.document([["y", v.str("n")], ["b", v.list([v.int(1), v.null()])]])],
        ]),
        v.document([]),
      ],
    },
    {
      capability: "value.native",
      field: "raw",
      samples: nativeSamples
        ? [...nativeSamples]
        : [v.native("uuid", "0b7e9b1a-4e6f-4c1e-9d3a-6f1e2d3c4b5a"), v.native("geometry", new Uint8Array([1, 0, 255, 0xc3]))],
    },
    { capability: "value.decimal_special", field: "balance", samples: [v.decimal("NaN"), v.decimal("Infinity"), v.decimal("-Infinity")] },
  ];
}

/** Every value kind of the contract, and timestamps at the backend's precision. */
export function valuesSuite(ctx: ConformanceContext, protocol: Protocol): void {
  const data = () => ctx.server().client(DataService, protocol);
  const query = () => ctx.server().client(QueryService, protocol);
  const finestNanos = () => PRECISION_NANOS[ctx.expected.timestampPrecision];

  describe(`value kinds (${protocol})`, () => {
    requireAssertions();

    it("every value kind round-trips where its capability is declared, and is UNIMPLEMENTED naming it elsewhere", async () => {
      const c = await ctx.newCollection();
      const target = { collection: c };
      for (const { capability, field, samples } of valueKinds(finestNanos(), ctx.backend.nativeSamples)) {
        for (const [i, sample] of samples.entries()) {
          const key = v.str(`${field}${i}`);
          const put = data().put({ target, key, record: record({ [field]: sample }) });
          if (!ctx.capabilities().has(capability)) {
            await expectUnsupported(put, capability);
            // Wherever a value goes: an update, an insert, a filter.
            await expectUnsupported(data().update({ target, key, upsert: true, updates: [u.set(field, sample)] }), capability);
            await expectUnsupported(data().insert({ target, key, record: record({ [field]: sample }) }), capability);
            const filter = create(FilterSchema, { kind: { case: "field", value: { field, op: Operator.EQ, value: sample } } });
            await expectUnsupported(query().find({ target, query: { filter } }), capability);
            continue;
          }
          await put;
          const got = await data().get({ target, key });
          expect(present(got.record, ctx.backend.keyField), `${capability} sample ${i}`).toEqual({ [field]: sample });
        }
      }
    });

    it("date, time and datetime values compare equal in filters where declared", async () => {
      const c = await ctx.newCollection();
      const target = { collection: c };
      const temporal = valueKinds(finestNanos()).filter((kind) => ["value.date", "value.time", "value.datetime"].includes(kind.capability));
      for (const { capability, field, samples } of temporal) {
        const filter = create(FilterSchema, { kind: { case: "field", value: { field, op: Operator.EQ, value: samples[0] } } });
        if (!ctx.capabilities().has(capability)) {
          await expectUnsupported(query().find({ target, query: { filter } }), capability);
          continue;
        }
        for (const [i, sample] of samples.entries()) await data().put({ target, key: v.str(`${field}${i}`), record: record({ [field]: sample }) });
        const found = await query().find({ target, query: { filter } });
        expect(found.records.map((r) => r.fields[field])).toEqual([samples[0]]);
      }
    });

    it("a timestamp keeps every digit of the declared precision, and finer digits are refused", async () => {
      const caps = await ctx.server().client(AdminService, protocol).getCapabilities({});
      const unit = PRECISION_NANOS[caps.timestampPrecision];
      expect(Number.isFinite(unit), "a declared timestamp precision").toBe(true);
      const c = await ctx.newCollection();
      const target = { collection: c };
      const exact = [
        timestamp(1_700_000_000n, unit),
        timestamp(1_700_000_000n, Math.floor(999_999_999 / unit) * unit),
        // Before 1970, with a fraction: the seconds are negative and the fraction is not.
        timestamp(-1n, unit),
        timestamp(-62_135_596_800n, 0), // 0001-01-01T00:00:00Z
        timestamp(253_402_300_799n, Math.floor(999_999_999 / unit) * unit), // 9999-12-31T23:59:59.999...Z
      ];
      for (const [i, ts] of exact.entries()) {
        await data().put({ target, key: v.str(`t${i}`), record: record({ born: v.ts(ts) }) });
        const got = await data().get({ target, key: v.str(`t${i}`) });
        expect(got.record?.fields.born, `timestamp ${ts.seconds}s ${ts.nanos}ns`).toEqual(v.ts(ts));
      }
      if (unit === 1) return; // Nothing is finer than a nanosecond.
      const finer = v.ts(timestamp(1_700_000_000n, unit + 1));
      await expectInvalidField(data().put({ target, key: v.str("fine"), record: record({ born: finer }) }), "record.fields.born");
      await expectInvalidField(data().update({ target, key: v.str("t0"), updates: [u.set("born", finer)] }), "updates[0].set");
      expect((await data().exists({ target, key: v.str("fine") })).exists).toBe(false);
    });
  });
}
