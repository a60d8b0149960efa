import { create } from "@bufbuild/protobuf";
import { Code } from "@connectrpc/connect";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FilterSchema, Operator, type Filter } from "../../gen/ts/dbx/v1/filter_pb.js";
import type { TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";
import { compileFilter, type QueryColumns } from "../../src/backends/sql/filter-compiler.js";
import { compileOrderBy } from "../../src/backends/sql/order-compiler.js";
import { SqlBuilder } from "../../src/backends/sql/sql-builder.js";
import { invalidField } from "../../src/errors/dbx-error.js";
import { sqliteDialect } from "../../src/backends/sqlite/sqlite-dialect.js";
import { expectError, v } from "../support/values.js";

const field = (name: string, op: Operator, value?: TypedValue, values: TypedValue[] = []): Filter =>
  create(FilterSchema, { kind: { case: "field", value: { field: name, op, value, values } } });
const noneOf = (...filters: Filter[]): Filter => create(FilterSchema, { kind: { case: "noneOf", value: { filters } } });
const or = (...filters: Filter[]): Filter => create(FilterSchema, { kind: { case: "anyOf", value: { filters } } });
const allOf = (...filters: Filter[]): Filter => create(FilterSchema, { kind: { case: "allOf", value: { filters } } });

/** Columns n (integer) and s (text), plain, as a real SQLite table has them. */
const columns: QueryColumns = {
  column(name, path) {
    if (name !== "n" && name !== "s") throw invalidField(path, `no column "${name}"`);
    const sql = sqliteDialect.quoteIdentifier(name);
    return {
      sql,
      comparable: sql,
      comparableOperand: (p) => p,
      textual: name === "s",
      encode: (value) => (value.kind.case === "intValue" ? value.kind.value : value.kind.value) as unknown,
    };
  },
};

describe("the filter compiler, run on SQLite", () => {
  let db: Database.Database;
  beforeAll(() => {
    db = new Database(":memory:");
    db.defaultSafeIntegers(true);
    db.exec(`CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, s TEXT);
      INSERT INTO t VALUES (1, 1, 'apple'), (2, 2, 'a*b'), (3, NULL, 'a?c'), (4, 4, NULL), (5, 5, 'A[x]');`);
  });
  afterAll(() => db.close());

  const ids = (filter: Filter): number[] => {
    const sql = new SqlBuilder(sqliteDialect);
    const where = compileFilter(filter, "query.filter", columns, sql);
    return (db.prepare(`SELECT id FROM t WHERE ${where} ORDER BY id`).pluck().all(...sql.params) as bigint[]).map(Number);
  };

  it.each([
    ["eq", field("n", Operator.EQ, v.int(2)), [2]],
    ["eq null is IS NULL", field("n", Operator.EQ, v.null()), [3]],
    ["ne matches nulls", field("n", Operator.NE, v.int(2)), [1, 3, 4, 5]],
    ["ne null is IS NOT NULL", field("n", Operator.NE, v.null()), [1, 2, 4, 5]],
    ["lt", field("n", Operator.LT, v.int(4)), [1, 2]],
    ["gte", field("n", Operator.GTE, v.int(4)), [4, 5]],
    ["in", field("n", Operator.IN, undefined, [v.int(1), v.int(5), v.int(9)]), [1, 5]],
    ["in with null", field("n", Operator.IN, undefined, [v.int(1), v.null()]), [1, 3]],
    ["not in matches nulls", field("n", Operator.NOT_IN, undefined, [v.int(1), v.int(2)]), [3, 4, 5]],
    ["not in with null", field("n", Operator.NOT_IN, undefined, [v.int(1), v.null()]), [2, 4, 5]],
    ["prefix escapes glob wildcards", field("s", Operator.PREFIX, v.str("a*")), [2]],
    ["prefix ? and [ literally", or(field("s", Operator.PREFIX, v.str("a?")), field("s", Operator.PREFIX, v.str("A["))), [3, 5]],
    ["prefix is case-sensitive", field("s", Operator.PREFIX, v.str("A")), [5]],
    ["contains", field("s", Operator.CONTAINS, v.str("p")), [1]],
    ["contains % and _ literally", field("s", Operator.CONTAINS, v.str("%")), []],
    ["exists", field("s", Operator.EXISTS), [1, 2, 3, 5]],
    ["not exists", field("n", Operator.NOT_EXISTS), [3]],
    ["none_of is two-valued (null comparisons count as false)", noneOf(field("n", Operator.GT, v.int(2))), [1, 2, 3]],
    ["none_of of several is NOT (any of them)", noneOf(field("n", Operator.GT, v.int(2)), field("s", Operator.EQ, v.str("apple"))), [2, 3]],
    ["all_of", allOf(field("n", Operator.GTE, v.int(2)), field("s", Operator.EXISTS)), [2, 5]],
    ["an empty all_of matches everything", allOf(), [1, 2, 3, 4, 5]],
  ] as const)("%s", (_, filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });

  it("names the field path of unknown fields and bad operators", async () => {
    const nested = or(field("n", Operator.EQ, v.int(1)), field("nope", Operator.EQ, v.int(1)));
    await expectError(Promise.resolve().then(() => ids(nested)), Code.InvalidArgument, {
      message: /^query\.filter\.any_of\.filters\[1\]\.field\.field: /,
    });
    await expectError(Promise.resolve().then(() => ids(field("n", Operator.UNSPECIFIED, v.int(1)))), Code.InvalidArgument, {
      message: /query\.filter\.field\.op/,
    });
    await expectError(Promise.resolve().then(() => ids(field("n", Operator.PREFIX, v.str("1")))), Code.InvalidArgument, {
      message: /not a text column/,
    });
  });

  it("refuses an empty any_of or none_of, naming it", async () => {
    await expectError(Promise.resolve().then(() => ids(or())), Code.InvalidArgument, { message: /^query\.filter\.any_of\.filters: / });
    await expectError(Promise.resolve().then(() => ids(allOf(noneOf()))), Code.InvalidArgument, {
      message: /^query\.filter\.all_of\.filters\[0\]\.none_of\.filters: /,
    });
  });

  it("sorts nulls first ascending and last descending, then by the key", () => {
    const order = compileOrderBy([{ $typeName: "dbx.v1.SortField", field: "n", descending: true }], "query.sort", columns, [
      { ...columns.column("s", ""), sql: '"id"' },
    ]);
    expect((db.prepare(`SELECT id FROM t ORDER BY ${order}`).pluck().all() as bigint[]).map(Number)).toEqual([5, 4, 2, 1, 3]);
  });
});
