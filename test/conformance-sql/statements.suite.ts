import { Code } from "@connectrpc/connect";
import { describe, expect, it } from "vitest";
import { ColumnType } from "../../gen/ts/dbx/sql/v1/schema_pb.js";
import type { TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";
import { requireAssertions } from "../conformance/conformance-context.js";
import type { Protocol } from "../support/dbx-server.js";
import { errorMetadata, expectError, v } from "../support/values.js";
import type { SqlConformanceContext } from "./sql-context.js";

const sqlText = (value: string) => ({ case: "sql" as const, value });

/** A value of each column type's kind, exact at microsecond precision (the coarsest SQL backend's). */
const SAMPLES: Readonly<Partial<Record<ColumnType, TypedValue>>> = {
  [ColumnType.INT64]: v.int(-9223372036854775808n),
  [ColumnType.DOUBLE]: v.double(-1.5e-300),
  [ColumnType.STRING]: v.str("é, 😀, 'quoted'"),
  [ColumnType.BYTES]: v.bytes([0, 255, 0, 128]),
  [ColumnType.BOOL]: v.bool(true),
  [ColumnType.TIMESTAMP]: v.ts({ $typeName: "google.protobuf.Timestamp", seconds: 1700000000n, nanos: 123456000 }),
  [ColumnType.DECIMAL]: v.decimal("-12345678901234567890.123456789"),
  [ColumnType.JSON]: v.json('{"a":[1,2.5,"x",null,true]}'),
  [ColumnType.DATE]: v.date(2024, 2, 29),
  [ColumnType.TIME]: v.time(23, 59, 58, 123456000),
  [ColumnType.DATETIME]: v.datetime({ year: 1999, month: 12, day: 31 }, { hours: 23, minutes: 59, seconds: 59, nanos: 999999000 }),
  [ColumnType.INTERVAL]: v.interval(14, -3, 3_723_000_001n),
};
const byId = (value: string) => ({ case: "statementId" as const, value });

/** The value of each cell, bytes as arrays, for comparing rows. */
const cells = (rows: { values: TypedValue[] }[]) =>
  rows.map((r) =>
    r.values.map((c) => {
      const k = c.kind;
      if (k.value instanceof Uint8Array) return [...k.value];
      if (k.case === "decimalValue") return k.value.value;
      if (k.case === "timestampValue") return `${k.value.seconds}.${k.value.nanos}`;
      if (k.case === "dateValue") return `${k.value.year}-${k.value.month}-${k.value.day}`;
      return k.value;
    }),
  );

/** The sample of a column type; a backend that adds a type must add its sample. */
function sampleOf(type: ColumnType): TypedValue {
  const value = SAMPLES[type];
  if (!value) throw new Error(`the SqlService matrix has no sample value for ${ColumnType[type]}`);
  return value;
}

/** SqlService statements: Query, Exec, Prepare, ClosePrepared, Batch, StreamQuery. */
export function statementsSuite(ctx: SqlConformanceContext, protocol: Protocol): void {
  const sql = () => ctx.sql(protocol);
  const p = (count: number) => ctx.placeholders(count);

  /** A table of people keyed by an int64 id, created through CreateTable so every dialect maps the kinds. */
  const people = async (): Promise<string> => {
    const table = ctx.newName("people");
    await sql().createTable({
      target: ctx.target(table),
      columns: [
        { name: "id", type: ColumnType.INT64, notNull: true },
        { name: "name", type: ColumnType.STRING, notNull: true },
        { name: "big", type: ColumnType.INT64 },
        { name: "blob", type: ColumnType.BYTES },
        { name: "price", type: ColumnType.DECIMAL },
        { name: "at", type: ColumnType.TIMESTAMP },
        { name: "day", type: ColumnType.DATE },
      ],
      primaryKey: ["id"],
    });
    return table;
  };

  describe(`SqlService statements (${protocol})`, () => {
    requireAssertions();

    it("Exec binds typed parameters and answers rows affected; Query answers typed rows and column metadata", async () => {
      const table = await people();
      const insert = await sql().exec({
        target: ctx.target(),
        source: sqlText(`INSERT INTO ${table} (id, name, big, blob, price, at, day) VALUES (${p(7)})`),
        params: [
          v.int(1),
          v.str("Ada"),
          v.int(9223372036854775807n),
          v.bytes([0, 255, 0]),
          v.decimal("12345678901234567890.5"),
          v.ts({ $typeName: "google.protobuf.Timestamp", seconds: 1700000000n, nanos: 123456000 }),
          v.date(2024, 2, 29),
        ],
      });
      expect(insert.rowsAffected).toBe(1n);
      const res = await sql().query({ target: ctx.target(), source: sqlText(`SELECT big, blob, price, at, day, name, id + 1 AS next FROM ${table} WHERE id = ${p(1)}`), params: [v.int(1)] });
      expect(cells(res.rows)).toEqual([[9223372036854775807n, [0, 255, 0], "12345678901234567890.5", "1700000000.123456000", "2024-2-29", "Ada", 2n]]);
      expect(res.columns.map((c) => [c.name, ColumnType[c.type]])).toEqual([
        ["big", "INT64"],
        ["blob", "BYTES"],
        ["price", "DECIMAL"],
        ["at", "TIMESTAMP"],
        ["day", "DATE"],
        ["name", "STRING"],
        ["next", expect.any(String)],
      ]);
      const name = res.columns[5];
      expect([name.sourceTable?.backend, name.sourceTable?.namespace, name.sourceTable?.collection, name.sourceColumn, name.nullable]).toEqual([
        ctx.backendName,
        ctx.backend.defaultNamespace,
        table,
        "name",
        false,
      ]);
      expect(name.nativeType).not.toBe("");
      // An expression comes from no table.
      expect([res.columns[6].sourceTable, res.columns[6].sourceColumn]).toEqual([undefined, ""]);
      // A statement that answers no rows answers no columns.
      const none = await sql().query({ target: ctx.target(), source: sqlText(`UPDATE ${table} SET name = ${p(1)}`), params: [v.str("Ada L.")] });
      expect([none.columns, none.rows]).toEqual([[], []]);
    });

    it("every column type the backend has round-trips its value kind through parameters and result columns", async () => {
      const table = ctx.newName("roundtrip");
      const samples = ctx.backend.columnTypes.map((type) => ({ name: `c_${ColumnType[type].toLowerCase()}`, type, value: sampleOf(type) }));
      await sql().createTable({
        target: ctx.target(table),
        columns: [{ name: "id", type: ColumnType.INT64, notNull: true }, ...samples.map(({ name, type }) => ({ name, type }))],
        primaryKey: ["id"],
      });
      await sql().exec({
        target: ctx.target(),
        source: sqlText(`INSERT INTO ${table} (id, ${samples.map((c) => c.name).join(", ")}) VALUES (${p(samples.length + 1)})`),
        params: [v.int(1), ...samples.map((c) => c.value)],
      });
      const res = await sql().query({ target: ctx.target(), source: sqlText(`SELECT ${samples.map((c) => c.name).join(", ")} FROM ${table}`) });
      expect(res.columns.map((c) => ColumnType[c.type])).toEqual(samples.map((c) => ColumnType[c.type]));
      const got = res.rows[0].values;
      samples.forEach((c, i) => {
        if (c.type === ColumnType.JSON) {
          expect(got[i].kind.case).toBe("jsonValue");
          expect(JSON.parse(got[i].kind.value as string)).toEqual(JSON.parse(c.value.kind.value as string));
        } else if (c.type === ColumnType.BYTES) {
          // gRPC clients answer a Buffer, Connect a Uint8Array: compare the bytes.
          expect(got[i].kind.case).toBe("bytesValue");
          expect([...(got[i].kind.value as Uint8Array)]).toEqual([...(c.value.kind.value as Uint8Array)]);
        } else {
          expect(got[i], c.name).toEqual(c.value);
        }
      });
    });

    it("Prepare compiles once for Query, Exec, Batch and StreamQuery by id; ClosePrepared forgets it", async () => {
      const table = await people();
      const insert = await sql().prepare({ target: ctx.target(), sql: `INSERT INTO ${table} (id, name) VALUES (${p(2)})` });
      expect(insert.statementId).not.toBe("");
      expect(insert.columns).toEqual([]);
      expect((await sql().exec({ target: ctx.target(), source: byId(insert.statementId), params: [v.int(1), v.str("a")] })).rowsAffected).toBe(1n);
      const batch = await sql().batch({
        target: ctx.target(),
        atomic: true,
        statements: [2, 3, 4].map((id) => ({ source: byId(insert.statementId), params: [v.int(id), v.str(`n${id}`)] })),
      });
      expect(batch.results.map((r) => r.rowsAffected)).toEqual([1n, 1n, 1n]);
      const select = await sql().prepare({ target: ctx.target(), sql: `SELECT id, name FROM ${table} WHERE id >= ${p(1)} ORDER BY id` });
      expect(select.columns.map((c) => c.name)).toEqual(["id", "name"]);
      expect(cells((await sql().query({ target: ctx.target(), source: byId(select.statementId), params: [v.int(3)] })).rows)).toEqual([
        [3n, "n3"],
        [4n, "n4"],
      ]);
      const streamed: unknown[] = [];
      for await (const msg of sql().streamQuery({ target: ctx.target(), source: byId(select.statementId), params: [v.int(4)] })) streamed.push(...cells(msg.rows));
      expect(streamed).toEqual([[4n, "n4"]]);
      expect((await sql().closePrepared({ target: ctx.target(), statementId: select.statementId })).closed).toBe(true);
      expect((await sql().closePrepared({ target: ctx.target(), statementId: select.statementId })).closed).toBe(false);
      await expectError(sql().query({ target: ctx.target(), source: byId(select.statementId), params: [v.int(1)] }), Code.NotFound, {
        message: /^statement_id: /,
      });
    });

    it("Batch runs in order with one result per statement; atomic undoes all on a failure, which names statement_index", async () => {
      const table = await people();
      const insert = (id: number) => ({ source: sqlText(`INSERT INTO ${table} (id, name) VALUES (${p(2)})`), params: [v.int(id), v.str("x")] });
      const count = { source: sqlText(`SELECT count(*) FROM ${table}`), params: [] };
      const ok = await sql().batch({ target: ctx.target(), atomic: true, statements: [insert(1), insert(2), count] });
      expect(ok.results.map((r) => [r.rowsAffected, cells(r.rows)])).toEqual([
        [1n, []],
        [1n, []],
        [0n, [[2n]]],
      ]);
      const atomic = await expectError(sql().batch({ target: ctx.target(), atomic: true, statements: [insert(3), insert(1)] }), Code.AlreadyExists);
      expect(errorMetadata(atomic).statement_index).toBe("1");
      const after = await sql().query({ target: ctx.target(), source: count.source });
      expect(cells(after.rows)).toEqual([[2n]]);
      const partial = await expectError(sql().batch({ target: ctx.target(), atomic: false, statements: [insert(3), insert(1)] }), Code.AlreadyExists);
      expect(errorMetadata(partial).statement_index).toBe("1");
      expect(cells((await sql().query({ target: ctx.target(), source: count.source })).rows)).toEqual([[3n]]);
    });

    it("StreamQuery streams any number of rows in batches, the columns in the first message only", async () => {
      const table = await people();
      const insert = await sql().prepare({ target: ctx.target(), sql: `INSERT INTO ${table} (id, name) VALUES (${p(2)})` });
      await sql().batch({
        target: ctx.target(),
        atomic: true,
        statements: Array.from({ length: 60 }, (_, i) => ({ source: byId(insert.statementId), params: [v.int(i), v.str(`n${i}`)] })),
      });
      const messages: { columns: number; rows: number }[] = [];
      const ids: unknown[] = [];
      for await (const msg of sql().streamQuery({ target: ctx.target(), source: sqlText(`SELECT id FROM ${table} ORDER BY id`), batchSize: 25 })) {
        messages.push({ columns: msg.columns.length, rows: msg.rows.length });
        ids.push(...cells(msg.rows).map((r) => r[0]));
      }
      expect(messages).toEqual([
        { columns: 1, rows: 25 },
        { columns: 0, rows: 25 },
        { columns: 0, rows: 10 },
      ]);
      expect(ids).toEqual(Array.from({ length: 60 }, (_, i) => BigInt(i)));
      const empty = [];
      for await (const msg of sql().streamQuery({ target: ctx.target(), source: sqlText(`SELECT id FROM ${table} WHERE id < 0`) })) empty.push(msg);
      expect(empty.map((m) => [m.columns.map((c) => c.name), m.rows.length])).toEqual([[["id"], 0]]);
    });
  });
}
