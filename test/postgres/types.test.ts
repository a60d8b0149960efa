import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import type { TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";
import { startTestServer, type TestServer } from "../support/dbx-server.js";
import { createPostgresDatabase, type PostgresDatabase } from "../support/postgres-database.js";
import { expectInvalidField, record, v } from "../support/values.js";

const MAX_I8 = 9223372036854775807n;
const MIN_I8 = -9223372036854775808n;
const ts = (seconds: bigint, nanos = 0) => v.ts({ $typeName: "google.protobuf.Timestamp", seconds, nanos });

/**
 * Every PostgreSQL type through DBX's universal DataService, over Connect
 * JSON and gRPC: what is written reads back exactly (the same kind and
 * value), and PostgreSQL holds exactly what was written.
 */
const ROUND_TRIPS: [column: string, value: TypedValue, answered?: TypedValue][] = [
  ["i2", v.int(-32768)],
  ["i4", v.int(2147483647)],
  ["i8", v.int(MAX_I8)],
  ["i8", v.int(MIN_I8)],
  ["num", v.decimal("-12345678901234567890.123456789012345678901234567890")],
  ["num", v.decimal("NaN")],
  ["num", v.decimal("Infinity")],
  ["num", v.decimal("-Infinity")],
  ["num2", v.decimal("1.50")],
  ["num2", v.int(7), v.decimal("7.00")],
  ["f4", v.double(0.5)],
  ["f4", v.double(Math.fround(0.1))],
  ["f4", v.double(NaN)],
  ["f8", v.double(0.1)],
  ["f8", v.double(Infinity)],
  ["f8", v.double(-Infinity)],
  ["f8", v.double(5e-324)],
  ["f8", v.double(1.7976931348623157e308)],
  ["f8", v.double(NaN)],
  ["b", v.bool(true)],
  ["b", v.bool(false)],
  ["t", v.str("quotes ' \" \\ , { } é 😀 \n")],
  ["vc", v.str("ten chars!")],
  ["ch", v.str("ab"), v.str("ab ")],
  ["by", v.bytes([0, 255, 0x5c, 0x78, 0, 128])],
  ["by", v.bytes([])],
  ["d", v.date(2024, 2, 29)],
  ["d", v.date(1, 1, 1)],
  ["d", v.date(9999, 12, 31)],
  ["d", v.native("date", "infinity")],
  ["tm", v.time(23, 59, 59, 999999000)],
  ["tm", v.time(0, 0)],
  ["ttz", v.native("time with time zone", "12:30:00+02")],
  ["ts", v.datetime({ year: 2024, month: 5, day: 1 }, { hours: 12, minutes: 0, seconds: 7, nanos: 123456000 })],
  ["ts", v.datetime({ year: 1, month: 1, day: 1 }, { hours: 0, minutes: 0 })],
  ["tstz", ts(1700000000n, 123456000)],
  ["tstz", ts(-62135596800n)],
  ["tstz", ts(253402300799n, 999999000)],
  ["tstz", v.native("timestamp with time zone", "infinity")],
  ["iv", v.interval(14, -3, 3_723_000_004n)],
  ["iv", v.interval(-2147483648, 2147483647, MIN_I8)],
  ["iv", v.interval(0, 0, MAX_I8)],
  ["iv", v.interval(0, 0, 0)],
  ["u", v.native("uuid", "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11")],
  ["u", v.str("A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A12"), v.native("uuid", "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a12")],
  ["j", v.json('{"b": 1, "a": [1, 2.50, "x", null, true], "a": 2}')],
  // jsonb normalises: keys sorted (shorter first), the last duplicate wins, whitespace canonical; numbers keep their digits.
  ["jb", v.json('{"bb": 1, "a": [1, 2.50, "x", null, true], "a": 2}'), v.json('{"a": 2, "bb": 1}')],
  ["jb", v.map({ n: v.int(1), s: v.str("x") }), v.json('{"n": 1, "s": "x"}')],
  ["jb", v.list([v.int(1), v.double(2.5)]), v.json("[1, 2.5]")],
  ["ia", v.list([v.int(1), v.null(), v.int(-3)])],
  ["ia", v.list([])],
  ["ta", v.list([v.str("a,b"), v.str('q"uote'), v.str("back\\slash"), v.str("NULL"), v.null(), v.str(""), v.str("{x}")])],
  ["ia2", v.list([v.list([v.int(1), v.int(2)]), v.list([v.int(3), v.null()])])],
  ["tsa", v.list([ts(1700000000n, 1000), v.null()])],
  ["ba", v.list([v.bytes([0, 1, 0x22, 0x5c]), v.null()])],
  ["na", v.list([v.decimal("1.10"), v.decimal("NaN")])],
  ["da", v.list([v.date(2024, 1, 2)])],
  ["ua", v.list([v.native("uuid", "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11")])],
  ["boola", v.list([v.bool(true), v.null(), v.bool(false)])],
  ["f8a", v.list([v.double(NaN), v.double(-Infinity), v.double(1.5e-300)])],
  ["iva", v.list([v.interval(1, -2, 3n), v.null()])],
  ["jba", v.list([v.json('{"a": "x,y}"}'), v.json('[1, "\\\"q"]'), v.null()])],
  ["ja", v.list([v.json('{"b":1,  "a":"{}"}')])],
  ["ma", v.list([v.native("mood", "ok"), v.native("mood", "sad")])],
  ["bxa", v.list([v.native("box", "(2,2),(0,0)"), v.native("box", "(1,1),(0,0)")])],
  ["ra", v.list([v.native("int4range", "[1,3)"), v.native("int4range", "empty")])],
  ["ta3", v.list([v.list([v.list([v.str("a")]), v.list([v.str("b")])])])],
  ["inet_c", v.native("inet", "192.168.0.1/24")],
  ["cidr_c", v.native("cidr", "10.0.0.0/8")],
  ["mac", v.native("macaddr", "08:00:2b:01:02:03")],
  ["m", v.native("mood", "happy")],
  ["r", v.native("int4range", "[1,10)")],
  ["r", v.native("int4range", "empty")],
  ["pt", v.native("point", "(1.5,-2)")],
  ["bx", v.native("box", "(2,2),(0,0)")],
  ["money_c", v.native("money", "$1,234.56")],
  ["bits", v.native("bit", "1010")],
  ["vbits", v.native("bit varying", "101")],
  ["dom", v.int(42)],
  ["tv", v.native("tsvector", "'a' 'fat' 'rat'")],
  ["i8", v.null()],
  ["ia", v.null()],
  ["m", v.null()],
];

describe("PostgreSQL types through DataService", () => {
  let db: PostgresDatabase;
  let server: TestServer;
  beforeAll(async () => {
    db = await createPostgresDatabase("types");
    await db.query(`CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
      CREATE DOMAIN positive AS integer CHECK (VALUE > 0);
      CREATE TABLE types (
        id text PRIMARY KEY, i2 smallint, i4 integer, i8 bigint, num numeric, num2 numeric(10, 2), f4 real, f8 double precision,
        b boolean, t text, vc varchar(10), ch char(3), "by" bytea, d date, tm time, ttz timetz, ts timestamp, tstz timestamptz,
        iv interval, u uuid, j json, jb jsonb, ia integer[], ta text[], ia2 integer[][], tsa timestamptz[], ba bytea[], na numeric[],
        da date[], ua uuid[], inet_c inet, cidr_c cidr, mac macaddr, m mood, r int4range, pt point, bx box, money_c money,
        bits bit(4), vbits varbit, dom positive, tv tsvector, boola boolean[], f8a double precision[], iva interval[], jba jsonb[],
        ja json[], ma mood[], bxa box[], ra int4range[], ta3 text[])`);
    server = await startTestServer({ defaultBackend: "pg", backends: { pg: { url: db.url } } });
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  for (const protocol of ["connect", "grpc"] as const) {
    describe(`over ${protocol}`, () => {
      const target = { collection: "types" };
      let n = 0;

      it.each(ROUND_TRIPS)("%s keeps case %# exactly", async (column, value, answered) => {
        const data = server.client(DataService, protocol);
        const key = v.str(`${protocol}-${column}-${n++}`);
        await data.put({ target, key, record: record({ [column]: value }) });
        const got = await data.get({ target, key, fields: [column] });
        expect(got.record?.fields[column]).toEqual(answered ?? value);
        // Written back as read, it is still the same stored value.
        await data.put({ target, key, record: record({ [column]: got.record!.fields[column] }) });
        const again = await data.get({ target, key, fields: [column] });
        expect(again.record?.fields[column]).toEqual(answered ?? value);
      });
    });
  }

  it("stores int8 and numeric exactly (checked outside DBX)", async () => {
    const data = server.client(DataService, "grpc");
    await data.put({ target: { collection: "types" }, key: v.str("exact"), record: record({ i8: v.int(MAX_I8), num: v.decimal("0.1000000000000000000000001") }) });
    const { rows } = await db.query("SELECT i8::text AS i8, num::text AS num FROM types WHERE id = 'exact'");
    expect(rows[0]).toEqual({ i8: "9223372036854775807", num: "0.1000000000000000000000001" });
  });

  it("keeps -0 (over gRPC: ProtoJSON writes -0 as 0)", async () => {
    const data = server.client(DataService, "grpc");
    await data.put({ target: { collection: "types" }, key: v.str("minus-zero"), record: record({ f8: v.double(-0) }) });
    const got = await data.get({ target: { collection: "types" }, key: v.str("minus-zero"), fields: ["f8"] });
    expect(Object.is(got.record?.fields.f8.kind.value, -0)).toBe(true);
    const { rows } = await db.query("SELECT f8::text AS f8 FROM types WHERE id = 'minus-zero'");
    expect(rows[0].f8).toBe("-0");
  });

  it("refuses a timestamp with nanoseconds, naming the field, instead of rounding it", async () => {
    const data = server.client(DataService, "connect");
    await expectInvalidField(data.put({ target: { collection: "types" }, key: v.str("ns"), record: record({ tstz: ts(1700000000n, 123456789) }) }), "record.fields.tstz");
    await expectInvalidField(data.put({ target: { collection: "types" }, key: v.str("ns"), record: record({ tm: v.time(1, 2, 3, 1) }) }), "record.fields.tm");
  });

  it("refuses values a column's type modifier would round, naming the field", async () => {
    await db.query("CREATE TABLE modded (id text PRIMARY KEY, ts0 timestamp(0), tz3 timestamptz(3), t2 time(2), n numeric(10, 2), vc varchar(3), c char(2))");
    const data = server.client(DataService, "grpc");
    const put = (fields: Record<string, TypedValue>) => data.put({ target: { collection: "modded" }, key: v.str("m"), record: record(fields) });
    await expectInvalidField(put({ ts0: v.datetime({ year: 2024, month: 1, day: 1 }, { hours: 1, minutes: 2, seconds: 3, nanos: 500_000_000 }) }), "record.fields.ts0", /round/);
    await expectInvalidField(put({ tz3: ts(1700000000n, 123_400_000) }), "record.fields.tz3", /3 fractional digits/);
    await expectInvalidField(put({ t2: v.time(1, 2, 3, 120_000_000 + 1000) }), "record.fields.t2");
    await expectInvalidField(put({ n: v.decimal("1.005") }), "record.fields.n", /2 digits after the point/);
    await expectInvalidField(put({ n: v.decimal("1e-3") }), "record.fields.n");
    await expectInvalidField(put({ vc: v.str("abc  ") }), "record.fields.vc", /at most 3 characters/);
    await expectInvalidField(put({ c: v.str("abc") }), "record.fields.c");
    await put({ vc: v.str("😀é😀"), c: v.str("é") });
    expect((await data.get({ target: { collection: "modded" }, key: v.str("m"), fields: ["vc", "c"] })).record?.fields).toMatchObject({ vc: v.str("😀é😀"), c: v.str("é ") });
    const fine = { ts0: v.datetime({ year: 2024, month: 1, day: 1 }, { hours: 1, minutes: 2, seconds: 3 }), tz3: ts(1700000000n, 123_000_000), t2: v.time(1, 2, 3, 120_000_000), n: v.decimal("1.50") };
    await put(fine);
    expect((await data.get({ target: { collection: "modded" }, key: v.str("m"), fields: Object.keys(fine) })).record?.fields).toEqual({ id: v.str("m"), ...fine });
    await put({ n: v.decimal("12.3e-1") });
    expect((await data.get({ target: { collection: "modded" }, key: v.str("m") })).record?.fields.n).toEqual(v.decimal("1.23"));
  });

  it("refuses values PostgreSQL would change or that do not fit the column", async () => {
    const data = server.client(DataService, "connect");
    const put = (fields: Record<string, TypedValue>) => data.put({ target: { collection: "types" }, key: v.str("bad"), record: record(fields) });
    await expectInvalidField(put({ f4: v.double(0.1) }), "record.fields.f4", /round/);
    await expectInvalidField(put({ i8: v.str("1") }), "record.fields.i8", /bigint/);
    await expectInvalidField(put({ t: v.str("nul\u0000") }), "record.fields.t", /NUL/);
    await expectInvalidField(put({ ia2: v.list([v.list([v.int(1)]), v.list([v.int(1), v.int(2)])]) }), "record.fields.ia2[1]");
    await expectInvalidField(put({ u: v.native("inet", "10.0.0.1") }), "record.fields.u", /uuid/);
  });
});

describe("PostgreSQL types whatever the server's output settings", () => {
  let db: PostgresDatabase;
  let server: TestServer;
  beforeAll(async () => {
    db = await createPostgresDatabase("settings");
    // Settings a DBA may have chosen: every value must still read back exactly.
    for (const setting of ["DateStyle = 'SQL, DMY'", "IntervalStyle = 'sql_standard'", "extra_float_digits = 0", "bytea_output = 'escape'", "TimeZone = 'Asia/Kolkata'"]) {
      await db.query(`ALTER DATABASE "${db.name}" SET ${setting}`);
    }
    await db.query("CREATE TABLE t (id text PRIMARY KEY, d date, ts timestamp, tstz timestamptz, iv interval, f8 double precision, f4 real, by bytea)");
    server = await startTestServer({ defaultBackend: "pg", backends: { pg: { url: db.url } } });
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  it("keeps dates, times, intervals, floats and bytes exact", async () => {
    const data = server.client(DataService, "grpc");
    const fields = {
      d: v.date(2024, 2, 29),
      ts: v.datetime({ year: 2024, month: 5, day: 1 }, { hours: 12, minutes: 0, seconds: 7, nanos: 123456000 }),
      tstz: ts(1700000000n, 123456000),
      iv: v.interval(14, -3, 3_723_000_004n),
      f8: v.double(0.1),
      f4: v.double(Math.fround(0.1)),
      by: v.bytes([0, 255, 0x5c, 39]),
    };
    await data.put({ target: { collection: "t" }, key: v.str("k"), record: record(fields) });
    const got = await data.get({ target: { collection: "t" }, key: v.str("k") });
    expect(got.record?.fields).toEqual({ id: v.str("k"), ...fields });
  });
});
