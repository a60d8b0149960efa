import { Code } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";
import { decimalSortKey, survivesNumericAffinity } from "../../src/backends/sqlite/decimal-text.js";
import { formatDate, formatDateTime, formatTime, parseDate, parseDateTime, parseTime } from "../../src/backends/sqlite/calendar-text.js";
import { formatTimestamp, parseTimestamp } from "../../src/backends/sqlite/timestamp-text.js";
import { expectError, record, v } from "../support/values.js";
import { ctx, openSqlite, type SqliteFixture } from "./sqlite-fixture.js";

const plain = (value: TypedValue | undefined): unknown => {
  const k = value?.kind;
  if (!k) return undefined;
  if (k.value instanceof Uint8Array) return { [k.case!]: [...k.value] };
  if (k.case === "timestampValue") return { ts: `${k.value.seconds}.${k.value.nanos}` };
  if (k.case === "decimalValue") return { decimal: k.value.value };
  if (k.case === "dateValue") return { date: [k.value.year, k.value.month, k.value.day] };
  if (k.case === "timeValue") return { time: [k.value.hours, k.value.minutes, k.value.seconds, k.value.nanos] };
  if (k.case === "datetimeValue") {
    const { date, time } = k.value;
    return { datetime: [date?.year, date?.month, date?.day, time?.hours, time?.minutes, time?.seconds, time?.nanos] };
  }
  return { [k.case!]: k.value };
};

describe("SQLite values", () => {
  let f: SqliteFixture;
  beforeAll(async () => {
    f = await openSqlite();
    await f.exec(`CREATE TABLE v (
      id TEXT PRIMARY KEY, i INTEGER, d REAL, s TEXT, b BLOB, flag BOOLEAN, t TIMESTAMP,
      dec DECIMAL_TEXT, num NUMERIC(10, 2), j JSON, jt JSON_TEXT, any_col, nn INTEGER NOT NULL DEFAULT 0,
      day DATE, clock TIME, local DATETIME)`);
  });
  afterAll(() => f.close());
  const target = { namespace: "", collection: "v" };

  const roundTrip = async (column: string, value: TypedValue): Promise<TypedValue> => {
    const key = v.str(`${column}-${Math.random()}`);
    await f.backend.put(ctx(), { target, key, record: record({ [column]: value }), ttlMs: undefined });
    const got = await f.backend.get(ctx(), { target, key, fields: [column] });
    return got!.fields[column];
  };

  it.each([
    ["i", v.int(9223372036854775807n)],
    ["i", v.int(-9223372036854775808n)],
    ["d", v.double(0.1)],
    ["d", v.double(-1e308)],
    ["d", v.double(Infinity)],
    ["s", v.str("zero\u0000byte, é, 😀")],
    ["b", v.bytes([0, 255, 0, 128, 0xc3])],
    ["b", v.bytes([])],
    ["flag", v.bool(true)],
    ["flag", v.bool(false)],
    ["t", v.ts({ $typeName: "google.protobuf.Timestamp", seconds: 1700000000n, nanos: 123456789 })],
    ["t", v.ts({ $typeName: "google.protobuf.Timestamp", seconds: -62135596800n, nanos: 0 })],
    ["t", v.ts({ $typeName: "google.protobuf.Timestamp", seconds: 253402300799n, nanos: 999999999 })],
    ["dec", v.decimal("1.10")],
    ["dec", v.decimal("-12345678901234567890.123456789012345678")],
    ["dec", v.decimal("1e-30")],
    ["j", v.json('{"a":[1,2.5,"x",null,true]}')],
    ["jt", v.json("1.50")],
    ["any_col", v.int(5n)],
    ["any_col", v.str("text")],
    ["i", v.null()],
    ["day", v.date(2024, 2, 29)],
    ["day", v.date(1, 1, 1)],
    ["day", v.date(9999, 12, 31)],
    ["clock", v.time(0, 0)],
    ["clock", v.time(23, 59, 59, 999999999)],
    ["clock", v.time(12, 30, 5, 1)],
    ["local", v.datetime({ year: 2024, month: 5, day: 1 }, { hours: 12, minutes: 0, seconds: 0, nanos: 123456789 })],
    ["local", v.datetime({ year: 1, month: 1, day: 1 }, { hours: 0, minutes: 0 })],
    ["day", v.null()],
  ] as const)("%s keeps %o exactly", async (column, value) => {
    expect(plain(await roundTrip(column, value))).toEqual(plain(value));
  });

  it("widens int into double and decimal columns", async () => {
    expect(plain(await roundTrip("d", v.int(3)))).toEqual({ doubleValue: 3 });
    expect(plain(await roundTrip("dec", v.int(12345678901234567n)))).toEqual({ decimal: "12345678901234567" });
  });

  it("stores maps and lists in JSON columns as natural JSON", async () => {
    const got = await roundTrip("j", v.map({ name: v.str("x"), tags: v.list([v.int(1), v.double(2.5), v.bool(true), v.null()]), raw: v.json('{"k":1}') }));
    expect(JSON.parse(got.kind.value as string)).toEqual({ name: "x", tags: [1, 2.5, true, null], raw: { k: 1 } });
    expect(got.kind.case).toBe("jsonValue");
  });

  it.each([
    ["a string into an INTEGER column", "i", v.str("5"), /record\.fields\.i: column "i" \(INTEGER\) holds int values, not string/],
    ["a double into an INTEGER column", "i", v.double(1.5), /record\.fields\.i/],
    ["a bool into an INTEGER column", "i", v.bool(true), /record\.fields\.i/],
    ["an int into a TEXT column", "s", v.int(1), /record\.fields\.s/],
    ["a string into a TIMESTAMP column", "t", v.str("2024-01-01"), /record\.fields\.t/],
    ["a string into a BLOB column", "b", v.str("x"), /record\.fields\.b/],
    ["NaN", "d", v.double(NaN), /NaN/],
    ["a string into a JSON column", "j", v.str("{}"), /record\.fields\.j/],
    ["bytes inside a JSON map", "j", v.map({ x: v.bytes([1]) }), /record\.fields\.j\.x/],
    ["a big int inside a JSON list", "j", v.list([v.int(2n ** 60n)]), /record\.fields\.j\[0\]: .*2\^53/],
    ["a map into a column without type", "any_col", v.map({}), /JSON column/],
    ["a decimal NUMERIC affinity would round", "num", v.decimal("0.1234567890123456789"), /numeric affinity/],
    ["a field that is no column", "nope", v.int(1), /record\.fields\.nope: table "v" has no column "nope"/],
    ["a string into a DATE column", "day", v.str("2024-05-01"), /record\.fields\.day: column "day" \(DATE\) holds date values, not string/],
    ["a timestamp into a DATETIME column", "local", v.ts(new Date(0)), /record\.fields\.local: .*holds datetime values, not timestamp/],
    ["a date into a TIME column", "clock", v.date(2024, 1, 1), /record\.fields\.clock/],
    ["a time into a TIMESTAMP column", "t", v.time(1, 2), /record\.fields\.t/],
  ] as const)("refuses %s, naming the field", async (_, column, value, message) => {
    await expectError(f.backend.put(ctx(), { target, key: v.str("bad"), record: record({ [column]: value }), ttlMs: undefined }), Code.InvalidArgument, {
      reason: "ERROR_REASON_INVALID_FIELD",
      message,
    });
  });

  it("lets NUMERIC affinity keep decimals it represents exactly", async () => {
    expect(plain(await roundTrip("num", v.decimal("12.5")))).toEqual({ decimal: "12.5" });
    expect(plain(await roundTrip("num", v.decimal("7")))).toEqual({ decimal: "7" });
  });

  it("answers null for NOT NULL columns as a constraint failure", async () => {
    await f.backend.put(ctx(), { target, key: v.str("nn"), record: record({}), ttlMs: undefined });
    await expectError(f.backend.put(ctx(), { target, key: v.str("nn"), record: record({ nn: v.null() }), ttlMs: undefined }), Code.FailedPrecondition, {
      reason: "ERROR_REASON_CONSTRAINT_VIOLATION",
    });
  });

  it("reads what plain SQL stored by storage class when it does not fit the column", async () => {
    await f.exec(`INSERT INTO v (id, i, t, flag) VALUES ('raw', 'not a number', '2024-05-01 12:00:00', 7)`);
    const got = (await f.backend.get(ctx(), { target, key: v.str("raw"), fields: [] }))!.fields;
    expect(plain(got.i)).toEqual({ stringValue: "not a number" });
    expect(plain(got.t)).toEqual({ ts: `${Date.UTC(2024, 4, 1, 12) / 1000}.0` });
    expect(plain(got.flag)).toEqual({ intValue: 7n });
  });

  it("reads dates, times and datetimes that SQLite's functions wrote, and text that is none by storage class", async () => {
    await f.exec(`INSERT INTO v (id, day, clock, local) VALUES ('fn', date('2024-05-01'), time('13:14:15'), datetime('2024-05-01 13:14:15'))`);
    const got = (await f.backend.get(ctx(), { target, key: v.str("fn"), fields: [] }))!.fields;
    expect(plain(got.day)).toEqual({ date: [2024, 5, 1] });
    expect(plain(got.clock)).toEqual({ time: [13, 14, 15, 0] });
    expect(plain(got.local)).toEqual({ datetime: [2024, 5, 1, 13, 14, 15, 0] });
    await f.exec(`INSERT INTO v (id, day, clock, local) VALUES ('odd', '2024-02-30', '25:00', '2024-05-01T13:14:15Z')`);
    const odd = (await f.backend.get(ctx(), { target, key: v.str("odd"), fields: [] }))!.fields;
    expect([plain(odd.day), plain(odd.clock), plain(odd.local)]).toEqual([
      { stringValue: "2024-02-30" },
      { stringValue: "25:00" },
      { stringValue: "2024-05-01T13:14:15Z" },
    ]);
  });

  it("stores dates, times and datetimes as ISO 8601 text that SQLite's date functions read", async () => {
    await roundTrip("day", v.date(2024, 12, 31));
    const [[text, next]] = (
      await f.sql.query(ctx(), {
        namespace: "",
        statement: { source: { sql: "SELECT day, date(day, '+1 day') FROM v WHERE day = ?" }, params: [v.date(2024, 12, 31)] },
        maxRows: 10,
        maxBytes: Infinity,
      })
    ).rows;
    expect([plain(text), plain(next)]).toEqual([{ date: [2024, 12, 31] }, { stringValue: "2025-01-01" }]);
    // A column without a declared type answers its text by storage class, as it does timestamps.
    expect(plain(await roundTrip("any_col", v.date(2024, 5, 1)))).toEqual({ stringValue: "2024-05-01" });
  });
});

describe("date and time text", () => {
  it("is fixed-width ISO 8601, so that text order is time order", () => {
    expect(formatDate({ $typeName: "dbx.v1.DateValue", year: 7, month: 3, day: 9 })).toBe("0007-03-09");
    expect(formatTime({ $typeName: "dbx.v1.TimeOfDayValue", hours: 1, minutes: 2, seconds: 3, nanos: 4 })).toBe("01:02:03.000000004");
    expect(
      formatDateTime({
        date: { $typeName: "dbx.v1.DateValue", year: 2024, month: 5, day: 1 },
        time: { $typeName: "dbx.v1.TimeOfDayValue", hours: 23, minutes: 0, seconds: 0, nanos: 0 },
      }),
    ).toBe("2024-05-01T23:00:00.000000000");
  });

  it("reads what SQLite writes and refuses what is no date or time", () => {
    expect(parseDate("2024-02-29")).toMatchObject({ year: 2024, month: 2, day: 29 });
    expect(parseDate("2023-02-29")).toBeUndefined();
    expect(parseDate("0000-01-01")).toBeUndefined();
    expect(parseTime("13:14")).toMatchObject({ hours: 13, minutes: 14, seconds: 0, nanos: 0 });
    expect(parseTime("13:14:15.5")).toMatchObject({ seconds: 15, nanos: 500000000 });
    expect(parseTime("13:14:15+01:00")).toBeUndefined();
    expect(parseTime("24:00:00")).toBeUndefined();
    expect(parseDateTime("2024-05-01 13:14:15")).toMatchObject({ date: { day: 1 }, time: { hours: 13 } });
    expect(parseDateTime("2024-05-01T13:14:15.123456789")).toMatchObject({ time: { nanos: 123456789 } });
    expect(parseDateTime("2024-05-01T13:14:15Z")).toBeUndefined();
    expect(parseDateTime("2024-05-01")).toBeUndefined();
  });
});

describe("timestamp text", () => {
  it("is fixed-width so that text order is time order", () => {
    const a = formatTimestamp({ $typeName: "google.protobuf.Timestamp", seconds: 5n, nanos: 1 });
    const b = formatTimestamp({ $typeName: "google.protobuf.Timestamp", seconds: 5n, nanos: 10 });
    expect(a).toBe("1970-01-01T00:00:05.000000001Z");
    expect(a < b).toBe(true);
    expect(formatTimestamp({ $typeName: "google.protobuf.Timestamp", seconds: -62135596800n, nanos: 0 })).toBe("0001-01-01T00:00:00.000000000Z");
  });

  it("reads offsets and SQLite's own format", () => {
    expect(parseTimestamp("2024-01-01T01:00:00+01:00")?.seconds).toBe(BigInt(Date.UTC(2024, 0, 1) / 1000));
    expect(parseTimestamp("2024-01-01 00:00:00")?.seconds).toBe(BigInt(Date.UTC(2024, 0, 1) / 1000));
    expect(parseTimestamp("2024-02-30T00:00:00Z")).toBeUndefined();
    expect(parseTimestamp("yesterday")).toBeUndefined();
  });
});

describe("decimal order", () => {
  it("orders by value, equal values equal", () => {
    const sorted = ["-100", "-10.5", "-10", "-0.123", "-0.12", "0", "1e-30", "0.5", "1", "1.10", "9", "10", "1e3"];
    const keys = sorted.map((d) => decimalSortKey(d)!);
    expect([...keys].sort()).toEqual(keys);
    expect(decimalSortKey("1.10")).toBe(decimalSortKey("1.1"));
    expect(decimalSortKey("-0")).toBe(decimalSortKey("0.000"));
    expect(decimalSortKey("abc")).toBeUndefined();
  });

  it("knows what NUMERIC affinity keeps", () => {
    expect(survivesNumericAffinity("0.30000000000000004")).toBe(true);
    expect(survivesNumericAffinity("9223372036854775807")).toBe(true);
    expect(survivesNumericAffinity("9223372036854775808")).toBe(false);
    expect(survivesNumericAffinity("0.1234567890123456789")).toBe(false);
    expect(survivesNumericAffinity("1e400")).toBe(false);
  });
});
