// Value conversion without a server: every kind both ways, and the inputs
// that must be refused.
import { create } from "@bufbuild/protobuf";
import { describe, expect, test } from "vitest";
import {
  type DbxValue,
  DbxValueError,
  Decimal,
  defineRecord,
  Document,
  field,
  fromItem,
  fromTypedValue,
  Instant,
  Interval,
  Json,
  LocalDate,
  LocalDateTime,
  LocalTime,
  Native,
  ObjectId,
  toItem,
  toTypedValue,
} from "../src/api.js";
import { TypedValueSchema } from "../src/gen/dbx/v1/value_pb.js";

function roundTrip(value: DbxValue): DbxValue {
  return fromTypedValue(toTypedValue(value));
}

describe("toTypedValue and fromTypedValue", () => {
  test.each([
    ["null", null, "nullValue"],
    ["boolean", true, "boolValue"],
    ["string", "héllo", "stringValue"],
    ["int64 max as bigint", 9223372036854775807n, "intValue"],
    ["int64 min as bigint", -9223372036854775808n, "intValue"],
    ["fraction", 1.5, "doubleValue"],
    ["bytes", new Uint8Array([0, 255, 0, 128, 255]), "bytesValue"],
    ["instant", Instant.parse("2024-05-01T12:34:56.123456789Z"), "timestampValue"],
    ["decimal", new Decimal("-12.3400"), "decimalValue"],
    ["date", new LocalDate(1815, 12, 10), "dateValue"],
    ["time", LocalTime.parse("23:59:58.000000001"), "timeValue"],
    ["datetime", LocalDateTime.parse("2024-02-29T00:00:00.5"), "datetimeValue"],
    ["interval", new Interval({ months: -1, days: 2, microseconds: 3n }), "intervalValue"],
    ["ObjectId", new ObjectId("65F0A1B2C3D4E5F60718293A"), "objectIdValue"],
    ["json", new Json('{"b":1,"a":[true]}'), "jsonValue"],
    ["native text", new Native("uuid", "4f1c6a1e-0000-4000-8000-000000000000"), "nativeValue"],
    ["native binary", new Native("geometry", new Uint8Array([1, 2])), "nativeValue"],
    ["array", [1n, "two", null, [false]], "arrayValue"],
    ["plain object", { a: 1n, nested: { b: "c" } }, "mapValue"],
  ] as const)("%s", (_name, value, kind) => {
    expect(toTypedValue(value).kind.case).toBe(kind);
    expect(roundTrip(value)).toEqual(value);
  });

  test("a safe integer number is an int64 and reads back as a bigint", () => {
    expect(toTypedValue(42).kind).toEqual({ case: "intValue", value: 42n });
    expect(roundTrip(42)).toBe(42n);
  });

  test("other numbers are doubles: -0, NaN, beyond 2^53", () => {
    for (const value of [-0, Number.NaN, 2 ** 60, Number.POSITIVE_INFINITY]) {
      expect(toTypedValue(value).kind.case).toBe("doubleValue");
      expect(Object.is(roundTrip(value), value)).toBe(true);
    }
  });

  test("a Date is a timestamp, read back as an Instant", () => {
    const date = new Date("2024-05-01T12:34:56.789Z");
    const read = roundTrip(date) as Instant;
    expect(read).toBeInstanceOf(Instant);
    expect(read.toDate()).toEqual(date);
    expect(read.toString()).toBe("2024-05-01T12:34:56.789Z");
  });

  test("a Document keeps its field order, nested documents too", () => {
    const document = Document.from({ zeta: 1n, alpha: { y: true, x: [1n, "two", null] }, mid: "m" });
    const encoded = toTypedValue(document);
    expect(encoded.kind.case === "documentValue" && encoded.kind.value.fields.map((f) => f.name)).toEqual([
      "zeta",
      "alpha",
      "mid",
    ]);
    const read = roundTrip(document) as Document;
    expect([...read.keys()]).toEqual(["zeta", "alpha", "mid"]);
    expect([...(read.get("alpha") as Document).keys()]).toEqual(["y", "x"]);
    expect(() => new Document([["a", 1n], ["a", 2n]])).toThrow(DbxValueError);
  });

  test.each([
    ["undefined", undefined],
    ["a function", () => 1],
    ["a symbol", Symbol("s")],
    ["a Map", new Map([["a", 1]])],
    ["a Set", new Set([1])],
    ["a class instance", new (class Point {})()],
    ["a bigint beyond int64", 2n ** 63n],
    ["an array holding a Map", [new Map()]],
  ])("%s is refused with DbxValueError", (_name, value) => {
    expect(() => toTypedValue(value as unknown as DbxValue)).toThrow(DbxValueError);
  });

  test("a TypedValue without a kind is refused", () => {
    expect(() => fromTypedValue(create(TypedValueSchema))).toThrow(DbxValueError);
  });
});

describe("value classes", () => {
  test("Decimal keeps the text and tells the scale", () => {
    expect(new Decimal("12345678901234567890.1234567890").scale).toBe(10);
    expect(new Decimal("1.10").toString()).toBe("1.10");
    expect(new Decimal("1e-30").scale).toBe(30);
    expect(new Decimal("12E2").scale).toBe(0);
    expect(new Decimal("NaN").toString()).toBe("NaN");
    for (const bad of ["", "-", ".", "1.2.3", "1e", "1e+", "abc", "1 ", "0x10", "1,5"]) {
      expect(() => new Decimal(bad), bad).toThrow(DbxValueError);
    }
  });

  test("Instant parses RFC 3339 with 9 digits and offsets, refuses other text", () => {
    const instant = Instant.parse("2024-05-01T14:34:56.123456789+02:00");
    expect(instant.seconds).toBe(1714566896n);
    expect(instant.nanos).toBe(123456789);
    expect(instant.toString()).toBe("2024-05-01T12:34:56.123456789Z");
    expect(() => Instant.parse("2024-05-01")).toThrow(DbxValueError);
    expect(() => new Instant(0n, 1_000_000_000)).toThrow(DbxValueError);
    expect(() => Instant.fromDate(new Date(Number.NaN))).toThrow(DbxValueError);
  });

  test("LocalDate, LocalTime and LocalDateTime parse, print and validate", () => {
    expect(LocalDate.parse("0001-01-01").toString()).toBe("0001-01-01");
    expect(LocalDate.parse("2024-02-29").day).toBe(29);
    expect(() => LocalDate.parse("2023-02-29")).toThrow(DbxValueError);
    expect(() => LocalDate.parse("2024-1-01")).toThrow(DbxValueError);
    expect(LocalTime.parse("12:00:00.120").toString()).toBe("12:00:00.12");
    expect(() => LocalTime.parse("24:00:00")).toThrow(DbxValueError);
    expect(() => LocalTime.parse("12:00:00.")).toThrow(DbxValueError);
    expect(() => LocalTime.parse("12:00:00.1234567890")).toThrow(DbxValueError);
    expect(LocalDateTime.parse("2024-05-01T12:00:00").toString()).toBe("2024-05-01T12:00:00");
    expect(() => LocalDateTime.parse("2024-05-01 12:00:00")).toThrow(DbxValueError);
  });

  test("ObjectId is 24 hex digits, kept lowercase", () => {
    expect(new ObjectId("65F0A1B2C3D4E5F60718293A").hex).toBe("65f0a1b2c3d4e5f60718293a");
    expect(() => new ObjectId("65f0")).toThrow(DbxValueError);
    expect(() => new ObjectId("zzf0a1b2c3d4e5f60718293a")).toThrow(DbxValueError);
  });

  test("Json.stringify keeps key order and refuses bigint", () => {
    expect(Json.stringify({ zeta: 1, alpha: 2 }).text).toBe('{"zeta":1,"alpha":2}');
    expect(() => Json.stringify({ big: 1n })).toThrow(DbxValueError);
    expect(() => Json.stringify(undefined)).toThrow(DbxValueError);
  });
});

describe("records", () => {
  test("toItem leaves undefined fields out; fromItem reads every field", () => {
    const item = toItem({ id: "a", n: 1n, gone: undefined });
    expect(Object.keys(item.fields)).toEqual(["id", "n"]);
    expect(fromItem(item)).toEqual({ id: "a", n: 1n });
  });

  const Row = defineRecord({
    id: field.string(),
    count: field.int(),
    ratio: field.double(),
    note: field.nullable(field.string()),
    doc: field.json<{ b: number; a: number }>(),
  });

  test("a record schema writes each field as its kind and reads it back typed", () => {
    const item = Row.toItem({ id: "x", count: 3, ratio: 2, note: null, doc: { b: 1, a: 2 } });
    expect(item.fields.count!.kind.case).toBe("intValue");
    expect(item.fields.ratio!.kind).toEqual({ case: "doubleValue", value: 2 });
    expect(item.fields.note!.kind.case).toBe("nullValue");
    expect(item.fields.doc!.kind).toEqual({ case: "jsonValue", value: '{"b":1,"a":2}' });
    const row = Row.fromItem(item);
    expect(row).toEqual({ id: "x", count: 3, ratio: 2, note: null, doc: { b: 1, a: 2 } });
    expect(Object.keys(row.doc)).toEqual(["b", "a"]);
  });

  test("a record schema refuses a value of another kind, a missing field, an unsafe int", () => {
    expect(() => Row.fromItem(toItem({ id: 1n, count: 1n, ratio: 1.5, doc: new Json("{}") }))).toThrow(
      /id: expected string, got intValue/,
    );
    expect(() => Row.fromItem(toItem({ id: "x", ratio: 1.5, doc: new Json("{}") }))).toThrow(/count: missing/);
    expect(() => Row.fromItem(toItem({ id: "x", count: 2n ** 60n, ratio: 1.5, doc: new Json("{}") }))).toThrow(
      /beyond 2\^53/,
    );
    expect(Row.fromItem(toItem({ id: "x", count: 1n, ratio: 1.5, doc: new Json("{}") })).note).toBeNull();
    expect(() => Row.toItem({ id: "x", count: 1.5, ratio: 1, note: null, doc: { b: 1, a: 2 } })).toThrow(DbxValueError);
  });
});
