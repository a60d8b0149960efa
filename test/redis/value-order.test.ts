import { create, type MessageInitShape } from "@bufbuild/protobuf";
import { describe, expect, it } from "vitest";
import { TypedValueSchema, type TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";
import { compareValues, valuesEqual } from "../../src/backends/redis/value-order.js";
import { v } from "./values.js";

const kind = (value: MessageInitShape<typeof TypedValueSchema>["kind"]): TypedValue => create(TypedValueSchema, { kind: value });

describe("Redis value order (filters, min and max)", () => {
  it("orders ints and decimals exactly, past 2^53 and at any exponent", () => {
    expect(compareValues(v.int(9007199254740993n), v.dec("9007199254740992.9"))).toBe(1);
    expect(compareValues(v.dec("9007199254740993"), v.int(9007199254740993n))).toBe(0);
    expect(compareValues(v.dec("1.50"), v.dec("15e-1"))).toBe(0);
    expect(compareValues(v.dec("-0.001"), v.dec("-1e-4"))).toBe(-1);
    expect(compareValues(v.dec("0.000"), v.int(0))).toBe(0);
    expect(compareValues(v.dec("-0"), v.dec("0e10"))).toBe(0);
    expect(compareValues(v.dec("123"), v.dec("1.23e3"))).toBe(-1);
    expect(compareValues(v.int(-5), v.dec("-4.99"))).toBe(-1);
  });

  it("orders decimal NaN above everything and equal to itself, and infinities at the ends", () => {
    expect(compareValues(v.dec("NaN"), v.dec("Infinity"))).toBe(1);
    expect(valuesEqual(v.dec("NaN"), v.dec("NaN"))).toBe(true);
    expect(compareValues(v.dec("-Infinity"), v.int(-(2n ** 63n)))).toBe(-1);
    expect(compareValues(v.dec("Infinity"), v.dbl(Infinity))).toBe(0);
    expect(compareValues(v.dec("Infinity"), v.dbl(1e308))).toBe(1);
    expect(compareValues(v.dbl(NaN), v.dbl(1))).toBeUndefined();
    expect(compareValues(v.dec("NaN"), v.dbl(NaN))).toBeUndefined();
  });

  it("orders temporal kinds only against their own kind", () => {
    const date = (year: number, month: number, day: number) => kind({ case: "dateValue", value: { year, month, day } });
    const time = (hours: number, nanos = 0) => kind({ case: "timeValue", value: { hours, nanos } });
    expect(compareValues(date(2024, 2, 29), date(2024, 3, 1))).toBe(-1);
    expect(compareValues(time(23, 1), time(23))).toBe(1);
    expect(compareValues(date(2024, 1, 1), time(1))).toBeUndefined();
    expect(compareValues(kind({ case: "objectIdValue", value: "65a1b2c3d4e5f60718293a4b" }), v.str("65a1b2c3d4e5f60718293a4b"))).toBeUndefined();
  });

  it("compares arrays, documents (in order), maps (in any order), intervals and native values by their parts", () => {
    const doc = (...names: string[]) => kind({ case: "documentValue", value: { fields: names.map((name) => ({ name, value: v.int(1) })) } });
    expect(valuesEqual(v.list(v.int(1), v.dbl(2)), v.list(v.dec("1.0"), v.int(2)))).toBe(true);
    expect(valuesEqual(v.list(v.int(1), v.int(2)), v.list(v.int(2), v.int(1)))).toBe(false);
    expect(valuesEqual(doc("a", "b"), doc("a", "b"))).toBe(true);
    expect(valuesEqual(doc("a", "b"), doc("b", "a"))).toBe(false);
    expect(valuesEqual(v.map({ a: v.int(1), b: v.int(2) }), v.map({ b: v.int(2), a: v.int(1) }))).toBe(true);
    const interval = (days: number) => kind({ case: "intervalValue", value: { months: 1, days, microseconds: 5n } });
    expect(valuesEqual(interval(1), interval(1))).toBe(true);
    expect(valuesEqual(interval(1), interval(2))).toBe(false);
    expect(compareValues(interval(1), interval(2))).toBeUndefined();
    const native = (text: string) => kind({ case: "nativeValue", value: { typeName: "inet", representation: { case: "text", value: text } } });
    expect(valuesEqual(native("10.0.0.1"), native("10.0.0.1"))).toBe(true);
    expect(valuesEqual(native("10.0.0.1"), native("10.0.0.2"))).toBe(false);
  });
});
