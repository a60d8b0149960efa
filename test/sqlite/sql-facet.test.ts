import { Code } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ColumnType, TableKind } from "../../gen/ts/dbx/sql/v1/schema_pb.js";
import type { TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";
import type { SqlStatement } from "../../src/backends/facets/sql.js";
import { expectError, record, v } from "../support/values.js";
import { ctx, openSqlite, type SqliteFixture } from "./sqlite-fixture.js";

const sql = (text: string, ...params: TypedValue[]): SqlStatement => ({ source: { sql: text }, params });
const cells = (rows: TypedValue[][]) => rows.map((r) => r.map((c) => (c.kind.value instanceof Uint8Array ? [...c.kind.value] : c.kind.value)));

describe("SQLite SqlFacet", () => {
  let f: SqliteFixture;
  beforeAll(async () => {
    f = await openSqlite();
  });
  afterAll(() => f.close());

  it("creates a table from DBX column types and describes it", async () => {
    const created = await f.sql.createTable(ctx(), {
      name: "typed",
      columns: [
        { name: "id", type: ColumnType.INT64, notNull: false },
        { name: "d", type: ColumnType.DOUBLE, notNull: false },
        { name: "s", type: ColumnType.STRING, notNull: true },
        { name: "b", type: ColumnType.BYTES, notNull: false },
        { name: "f", type: ColumnType.BOOL, notNull: false },
        { name: "t", type: ColumnType.TIMESTAMP, notNull: false },
        { name: "m", type: ColumnType.DECIMAL, notNull: false },
        { name: "j", type: ColumnType.JSON, notNull: false },
      ],
      primaryKey: ["id"],
      ifNotExists: false,
    });
    expect(created).toBe(true);
    expect(await f.sql.createTable(ctx(), { name: "typed", columns: [{ name: "x", type: ColumnType.INT64, notNull: false }], primaryKey: [], ifNotExists: true })).toBe(false);
    await expectError(
      f.sql.createTable(ctx(), { name: "typed", columns: [{ name: "x", type: ColumnType.INT64, notNull: false }], primaryKey: [], ifNotExists: false }),
      Code.AlreadyExists,
    );
    const described = await f.sql.describeTable(ctx(), "typed");
    expect(described.columns.map((c) => [c.name, c.declaredType, ColumnType[c.type], c.nullable, c.primaryKeyPosition])).toEqual([
      ["id", "INTEGER", "INT64", true, 1],
      ["d", "REAL", "DOUBLE", true, 0],
      ["s", "TEXT", "STRING", false, 0],
      ["b", "BLOB", "BYTES", true, 0],
      ["f", "BOOLEAN", "BOOL", true, 0],
      ["t", "TIMESTAMP", "TIMESTAMP", true, 0],
      ["m", "DECIMAL_TEXT", "DECIMAL", true, 0],
      ["j", "JSON_TEXT", "JSON", true, 0],
    ]);
    expect(described.primaryKey).toEqual(["id"]);
    expect(described.keyField).toBe("id");
    // A single int64 key is the rowid: inserted as null, it is assigned.
    const exec = await f.sql.exec(ctx(), sql("INSERT INTO typed (id, s, m) VALUES (?, ?, ?)", v.null(), v.str("x"), v.decimal("1.10")));
    expect(exec).toEqual({ rowsAffected: 1n, lastInsertId: 1n });
    const rows = await f.sql.query(ctx(), sql("SELECT id, m, m || '' AS text, count(*) OVER () AS n FROM typed"), 10);
    expect(rows.columns.map((c) => [c.name, c.declaredType, ColumnType[c.type], c.nullable])).toEqual([
      ["id", "INTEGER", "INT64", false],
      ["m", "DECIMAL_TEXT", "DECIMAL", true],
      ["text", "", "UNSPECIFIED", undefined],
      ["n", "", "UNSPECIFIED", undefined],
    ]);
    expect(rows.rows[0].map((c) => c.kind.case)).toEqual(["intValue", "decimalValue", "stringValue", "intValue"]);
  });

  it("lists tables, views and virtual tables, not internal ones", async () => {
    await f.exec("CREATE VIEW typed_view AS SELECT id FROM typed");
    await f.exec("CREATE VIRTUAL TABLE docs USING fts5(title, body)");
    const tables = await f.sql.listTables(ctx());
    expect(tables).toEqual(
      expect.arrayContaining([
        { name: "typed", kind: TableKind.TABLE },
        { name: "typed_view", kind: TableKind.VIEW },
        { name: "docs", kind: TableKind.VIRTUAL },
      ]),
    );
    expect(tables.some((t) => t.name.startsWith("sqlite_") || t.name.startsWith("docs_"))).toBe(false);
    expect((await f.sql.describeTable(ctx(), "typed_view")).keyField).toBe("");
  });

  it("binds every kind of parameter", async () => {
    const res = await f.sql.query(
      ctx(),
      sql(
        "SELECT ?, ?, ?, ?, ?, ?, ?, ?, typeof(?), json_extract(?, '$.a[1]')",
        v.int(-9223372036854775808n),
        v.double(1.5),
        v.str("s"),
        v.bytes([0, 1]),
        v.bool(true),
        v.null(),
        v.ts(new Date("2024-01-01T00:00:00Z")),
        v.decimal("1.10"),
        v.decimal("1.10"),
        v.map({ a: v.list([v.int(1), v.str("two")]) }),
      ),
      10,
    );
    expect(cells(res.rows)[0]).toEqual([-9223372036854775808n, 1.5, "s", [0, 1], 1n, 0, "2024-01-01T00:00:00.000000000Z", "1.10", "text", "two"]);
  });

  it("answers TOO_MANY_ROWS past the limit, naming StreamQuery", async () => {
    await f.exec("CREATE TABLE many (n INTEGER)");
    await f.exec("WITH RECURSIVE s(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM s WHERE x < 100) INSERT INTO many SELECT x FROM s");
    expect((await f.sql.query(ctx(), sql("SELECT n FROM many"), 100)).rows).toHaveLength(100);
    const err = await expectError(f.sql.query(ctx(), sql("SELECT n FROM many"), 99), Code.ResourceExhausted, { reason: "ERROR_REASON_TOO_MANY_ROWS" });
    expect(err.findDetails).toBeDefined();
    expect(err.rawMessage).toContain("dbx.sql.v1.SqlService/StreamQuery");
    // An endless result is refused just the same: reading stops at the limit.
    await expectError(
      f.sql.query(ctx(), sql("WITH RECURSIVE s(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM s) SELECT x FROM s"), 1000),
      Code.ResourceExhausted,
    );
  });

  it("streams a large result in batches, columns first", async () => {
    const batches: { columns: number; rows: number }[] = [];
    for await (const batch of f.sql.streamQuery(ctx(), sql("SELECT n, n * 2 AS twice FROM many WHERE n > ?", v.int(10)), 40)) {
      batches.push({ columns: batch.columns.length, rows: batch.rows.length });
    }
    expect(batches).toEqual([
      { columns: 2, rows: 40 },
      { columns: 0, rows: 40 },
      { columns: 0, rows: 10 },
    ]);
    const empty: unknown[] = [];
    for await (const batch of f.sql.streamQuery(ctx(), sql("SELECT n FROM many WHERE 0"), 10)) empty.push(batch);
    expect(empty).toEqual([{ columns: [expect.objectContaining({ name: "n" })], rows: [] }]);
    // Statements that write run on the main connection: RETURNING rows stream, others answer nothing.
    const returned: TypedValue[][] = [];
    for await (const batch of f.sql.streamQuery(ctx(), sql("INSERT INTO many VALUES (1000), (1001) RETURNING n"), 10)) returned.push(...batch.rows);
    expect(cells(returned)).toEqual([[1000n], [1001n]]);
    const updates: unknown[] = [];
    for await (const batch of f.sql.streamQuery(ctx(), sql("DELETE FROM many WHERE n >= 1000"), 10)) updates.push(batch);
    expect(updates).toEqual([{ columns: [], rows: [] }]);
    expect(cells((await f.sql.query(ctx(), sql("SELECT count(*) FROM many"), 1)).rows)).toEqual([[100n]]);
  });

  it("prepares statements for use by id, and forgets closed ones", async () => {
    const prepared = await f.sql.prepare(new AbortController().signal, "SELECT n FROM many WHERE n = ?");
    expect(prepared.columns.map((c) => c.name)).toEqual(["n"]);
    const byId = { source: { statementId: prepared.statementId }, params: [v.int(7)] };
    expect(cells((await f.sql.query(ctx(), byId, 10)).rows)).toEqual([[7n]]);
    const streamed: TypedValue[][] = [];
    for await (const b of f.sql.streamQuery(ctx(), byId, 10)) streamed.push(...b.rows);
    expect(cells(streamed)).toEqual([[7n]]);
    expect(await f.sql.closePrepared(prepared.statementId)).toBe(true);
    expect(await f.sql.closePrepared(prepared.statementId)).toBe(false);
    await expectError(f.sql.query(ctx(), byId, 10), Code.NotFound, { message: /^statement_id: / });
    await expectError(f.sql.prepare(new AbortController().signal, "SELEC 1"), Code.InvalidArgument, { reason: "ERROR_REASON_STATEMENT_FAILED" });
  });

  it("runs a batch atomically, or stops at the first failure saying what took effect", async () => {
    await f.exec("CREATE TABLE b (id INTEGER PRIMARY KEY, x TEXT)");
    const results = await f.sql.batch(
      ctx(),
      [sql("INSERT INTO b VALUES (1, 'a')"), sql("INSERT INTO b VALUES (2, 'b') RETURNING id"), sql("SELECT count(*) FROM b")],
      true,
      100,
    );
    expect(results.map((r) => [r.rowsAffected, cells(r.rows)])).toEqual([
      [1n, []],
      [1n, [[2n]]],
      [0n, [[2n]]],
    ]);
    const atomic = await expectError(
      f.sql.batch(ctx(), [sql("INSERT INTO b VALUES (3, 'c')"), sql("INSERT INTO b VALUES (1, 'dup')")], true, 100),
      Code.AlreadyExists,
      { message: /^statements\[1\]: .*none of the batch's statements took effect/ },
    );
    expect(atomic.rawMessage).toContain("statements[1]");
    expect(cells((await f.sql.query(ctx(), sql("SELECT count(*) FROM b"), 1)).rows)).toEqual([[2n]]);
    await expectError(
      f.sql.batch(ctx(), [sql("INSERT INTO b VALUES (3, 'c')"), sql("INSERT INTO nope VALUES (1)")], false, 100),
      Code.InvalidArgument,
      { reason: "ERROR_REASON_STATEMENT_FAILED", message: /statements 0 to 0 took effect/ },
    );
    expect(cells((await f.sql.query(ctx(), sql("SELECT count(*) FROM b"), 1)).rows)).toEqual([[3n]]);
    await expectError(f.sql.batch(ctx(), [sql("SELECT 1"), sql("SELECT ?", v.map({ x: v.bytes([1]) }))], false, 100), Code.InvalidArgument, {
      message: /^statements\[1\]\.params\[0\]\.x/,
    });
    await expectError(f.sql.batch(ctx(), [sql("SELECT n FROM many"), sql("SELECT n FROM many")], false, 150), Code.ResourceExhausted);
  });

  it("manages indexes", async () => {
    expect(await f.sql.createIndex(ctx(), { table: "b", name: "b_x", columns: ["x"], unique: true, ifNotExists: false })).toBe(true);
    expect(await f.sql.createIndex(ctx(), { table: "b", name: "b_x", columns: ["x"], unique: true, ifNotExists: true })).toBe(false);
    await expectError(f.sql.createIndex(ctx(), { table: "b", name: "b_x", columns: ["x"], unique: false, ifNotExists: false }), Code.AlreadyExists);
    await expectError(f.sql.createIndex(ctx(), { table: "b", name: "b_y", columns: ["x", "y"], unique: false, ifNotExists: false }), Code.InvalidArgument, {
      message: /^columns\[1\]/,
    });
    await expectError(f.sql.createIndex(ctx(), { table: "nope", name: "i", columns: ["x"], unique: false, ifNotExists: false }), Code.NotFound, {
      reason: "ERROR_REASON_UNKNOWN_COLLECTION",
    });
    expect(await f.sql.listIndexes(ctx(), "b")).toEqual([{ name: "b_x", table: "b", columns: ["x"], unique: true, primaryKey: false, partial: false }]);
    await expectError(f.sql.exec(ctx(), sql("INSERT INTO b VALUES (9, 'a')")), Code.AlreadyExists);
    expect(await f.sql.dropIndex(ctx(), "b_x", false)).toBe(true);
    expect(await f.sql.dropIndex(ctx(), "b_x", true)).toBe(false);
    await expectError(f.sql.dropIndex(ctx(), "b_x", false), Code.NotFound);
  });

  it("drops tables", async () => {
    expect(await f.sql.dropTable(ctx(), "b", false)).toBe(true);
    expect(await f.sql.dropTable(ctx(), "b", true)).toBe(false);
    await expectError(f.sql.dropTable(ctx(), "b", false), Code.NotFound, { reason: "ERROR_REASON_UNKNOWN_COLLECTION" });
    await expectError(f.sql.describeTable(ctx(), "b"), Code.NotFound, { reason: "ERROR_REASON_UNKNOWN_COLLECTION" });
  });

  it("maps statement errors", async () => {
    await expectError(f.sql.query(ctx(), sql("SELEKT 1"), 10), Code.InvalidArgument, { reason: "ERROR_REASON_STATEMENT_FAILED", message: /syntax error/ });
    await expectError(f.sql.query(ctx(), sql("SELECT * FROM nope"), 10), Code.InvalidArgument, { reason: "ERROR_REASON_STATEMENT_FAILED", message: /no such table/ });
    await expectError(f.sql.query(ctx(), sql("SELECT ?"), 10), Code.InvalidArgument, { reason: "ERROR_REASON_STATEMENT_FAILED" });
    await expectError(f.sql.query(ctx(), sql("SELECT 1; SELECT 2"), 10), Code.InvalidArgument, { reason: "ERROR_REASON_STATEMENT_FAILED" });
    await expectError(f.sql.exec(ctx(), sql("INSERT INTO typed (s) VALUES (NULL)")), Code.FailedPrecondition, { reason: "ERROR_REASON_CONSTRAINT_VIOLATION" });
  });

  describe("SQLite extensions through SQL", () => {
    it("FTS5: full-text MATCH with ranking", async () => {
      await f.exec("CREATE VIRTUAL TABLE IF NOT EXISTS docs USING fts5(title, body)");
      await f.sql.batch(
        ctx(),
        [
          sql("INSERT INTO docs (title, body) VALUES (?, ?)", v.str("SQLite"), v.str("an embedded database engine")),
          sql("INSERT INTO docs (title, body) VALUES (?, ?)", v.str("Redis"), v.str("an in-memory data store")),
          sql("INSERT INTO docs (title, body) VALUES (?, ?)", v.str("Postgres"), v.str("a database server")),
        ],
        true,
        10,
      );
      const res = await f.sql.query(ctx(), sql("SELECT title FROM docs WHERE docs MATCH ? ORDER BY rank", v.str("database")), 10);
      expect(cells(res.rows).flat().sort()).toEqual(["Postgres", "SQLite"]);
      const snippet = await f.sql.query(ctx(), sql("SELECT highlight(docs, 1, '[', ']') FROM docs WHERE docs MATCH 'engine'"), 10);
      expect(cells(snippet.rows)).toEqual([["an embedded database [engine]"]]);
      // FTS5 tables are collections too, keyed by rowid.
      expect((await f.backend.get(ctx(), "docs", v.int(1), ["title"]))!.fields).toEqual({ rowid: v.int(1), title: v.str("SQLite") });
    });

    it("JSON1: json_extract, json_each and -> on JSON columns", async () => {
      await f.exec("CREATE TABLE profiles (id TEXT PRIMARY KEY, doc JSON)");
      await f.backend.put(ctx(), "profiles", v.str("a"), record({ doc: v.map({ city: v.str("Paris"), tags: v.list([v.str("x"), v.str("y")]) }) }));
      await f.backend.put(ctx(), "profiles", v.str("b"), record({ doc: v.json('{"city":"Oslo","tags":["z"]}') }));
      const res = await f.sql.query(ctx(), sql("SELECT id FROM profiles WHERE json_extract(doc, '$.city') = ?", v.str("Oslo")), 10);
      expect(cells(res.rows)).toEqual([["b"]]);
      const tags = await f.sql.query(ctx(), sql("SELECT t.value FROM profiles, json_each(profiles.doc, '$.tags') AS t WHERE profiles.id = 'a'"), 10);
      expect(cells(tags.rows)).toEqual([["x"], ["y"]]);
      const arrow = await f.sql.query(ctx(), sql("SELECT doc ->> '$.city' FROM profiles ORDER BY id"), 10);
      expect(cells(arrow.rows)).toEqual([["Paris"], ["Oslo"]]);
    });

    it("R-Tree: bounding-box range queries", async () => {
      await f.exec("CREATE VIRTUAL TABLE boxes USING rtree(id, min_x, max_x, min_y, max_y)");
      await f.sql.batch(
        ctx(),
        [
          sql("INSERT INTO boxes VALUES (1, 0, 10, 0, 10)"),
          sql("INSERT INTO boxes VALUES (2, 20, 30, 20, 30)"),
          sql("INSERT INTO boxes VALUES (3, 5, 25, 5, 25)"),
        ],
        false,
        10,
      );
      const res = await f.sql.query(
        ctx(),
        sql("SELECT id FROM boxes WHERE max_x >= ? AND min_x <= ? AND max_y >= ? AND min_y <= ? ORDER BY id", v.double(8), v.double(12), v.double(8), v.double(12)),
        10,
      );
      expect(cells(res.rows)).toEqual([[1n], [3n]]);
    });
  });
});
