import { Code } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ColumnType, TableKind } from "../../gen/ts/dbx/sql/v1/schema_pb.js";
import type { TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";
import { ErrorInfoSchema } from "../../gen/ts/google/rpc/error_details_pb.js";
import type { SqlStatement } from "../../src/backends/facets/sql.js";
import { expectError, record, v } from "../support/values.js";
import { ctx, openSqlite, type SqliteFixture } from "./sqlite-fixture.js";

const sql = (text: string, ...params: TypedValue[]): SqlStatement => ({ source: { sql: text }, params });
const table = (collection: string) => ({ namespace: "", collection });
const query = (statement: SqlStatement, maxRows: number) => ({ namespace: "", statement, maxRows, maxBytes: Infinity });
const exec = (statement: SqlStatement) => ({ namespace: "", statement });
const batch = (statements: SqlStatement[], atomic: boolean, maxRows: number) => ({ namespace: "", statements, atomic, maxRows, maxBytes: Infinity });
const stream = (statement: SqlStatement, batchSize: number) => ({ namespace: "", statement, batchSize, maxBatchBytes: Infinity });
const cells = (rows: TypedValue[][]) => rows.map((r) => r.map((c) => (c.kind.value instanceof Uint8Array ? [...c.kind.value] : c.kind.value)));

describe("SQLite SqlFacet", () => {
  let f: SqliteFixture;
  beforeAll(async () => {
    f = await openSqlite();
  });
  afterAll(() => f.close());

  it("creates a table from DBX column types and describes it", async () => {
    const created = await f.sql.createTable(ctx(), {
      target: table("typed"),
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
    expect(await f.sql.createTable(ctx(), { target: table("typed"), columns: [{ name: "x", type: ColumnType.INT64, notNull: false }], primaryKey: [], ifNotExists: true })).toBe(false);
    await expectError(
      f.sql.createTable(ctx(), { target: table("typed"), columns: [{ name: "x", type: ColumnType.INT64, notNull: false }], primaryKey: [], ifNotExists: false }),
      Code.AlreadyExists,
    );
    const described = await f.sql.describeTable(ctx(), { target: table("typed") });
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
    expect(described.keyFields).toEqual(["id"]);
    // A single int64 key is the rowid: inserted as null, it is assigned.
    const inserted = await f.sql.exec(ctx(), exec(sql("INSERT INTO typed (id, s, m) VALUES (?, ?, ?)", v.null(), v.str("x"), v.decimal("1.10"))));
    expect(inserted).toEqual({ rowsAffected: 1n, lastInsertId: 1n });
    const rows = await f.sql.query(ctx(), query(sql("SELECT id, m, m || '' AS text, count(*) OVER () AS n FROM typed"), 10));
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
    const tables = (await f.sql.listTables(ctx(), { namespace: "", pageSize: 100, pageToken: "" })).items;
    expect(tables).toEqual(
      expect.arrayContaining([
        { name: "typed", kind: TableKind.TABLE },
        { name: "typed_view", kind: TableKind.VIEW },
        { name: "docs", kind: TableKind.VIRTUAL },
      ]),
    );
    expect(tables.some((t) => t.name.startsWith("sqlite_") || t.name.startsWith("docs_"))).toBe(false);
    expect((await f.sql.describeTable(ctx(), { target: table("typed_view") })).keyFields).toEqual([]);
  });

  it("binds every kind of parameter", async () => {
    const res = await f.sql.query(
      ctx(),
      query(sql(
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
      10),
    );
    expect(cells(res.rows)[0]).toEqual([-9223372036854775808n, 1.5, "s", [0, 1], 1n, 0, "2024-01-01T00:00:00.000000000Z", "1.10", "text", "two"]);
  });

  it("answers TOO_MANY_ROWS past the limit, naming StreamQuery", async () => {
    await f.exec("CREATE TABLE many (n INTEGER)");
    await f.exec("WITH RECURSIVE s(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM s WHERE x < 100) INSERT INTO many SELECT x FROM s");
    expect((await f.sql.query(ctx(), query(sql("SELECT n FROM many"), 100))).rows).toHaveLength(100);
    const err = await expectError(f.sql.query(ctx(), query(sql("SELECT n FROM many"), 99)), Code.ResourceExhausted, { reason: "ERROR_REASON_TOO_MANY_ROWS" });
    expect(err.findDetails).toBeDefined();
    expect(err.rawMessage).toContain("dbx.sql.v1.SqlService/StreamQuery");
    // An endless result is refused just the same: reading stops at the limit.
    await expectError(
      f.sql.query(ctx(), query(sql("WITH RECURSIVE s(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM s) SELECT x FROM s"), 1000)),
      Code.ResourceExhausted,
    );
  });

  it("streams a large result in batches, columns first", async () => {
    const batches: { columns: number; rows: number }[] = [];
    for await (const batch of f.sql.streamQuery(ctx(), stream(sql("SELECT n, n * 2 AS twice FROM many WHERE n > ?", v.int(10)), 40))) {
      batches.push({ columns: batch.columns.length, rows: batch.rows.length });
    }
    expect(batches).toEqual([
      { columns: 2, rows: 40 },
      { columns: 0, rows: 40 },
      { columns: 0, rows: 10 },
    ]);
    const empty: unknown[] = [];
    for await (const batch of f.sql.streamQuery(ctx(), stream(sql("SELECT n FROM many WHERE 0"), 10))) empty.push(batch);
    expect(empty).toEqual([{ columns: [expect.objectContaining({ name: "n" })], rows: [] }]);
    // Statements that write run on the main connection: RETURNING rows stream, others answer nothing.
    const returned: TypedValue[][] = [];
    for await (const batch of f.sql.streamQuery(ctx(), stream(sql("INSERT INTO many VALUES (1000), (1001) RETURNING n"), 10))) returned.push(...batch.rows);
    expect(cells(returned)).toEqual([[1000n], [1001n]]);
    const updates: unknown[] = [];
    for await (const batch of f.sql.streamQuery(ctx(), stream(sql("DELETE FROM many WHERE n >= 1000"), 10))) updates.push(batch);
    expect(updates).toEqual([{ columns: [], rows: [] }]);
    expect(cells((await f.sql.query(ctx(), query(sql("SELECT count(*) FROM many"), 1))).rows)).toEqual([[100n]]);
  });

  it("prepares statements for use by id, and forgets closed ones", async () => {
    const prepared = await f.sql.prepare(ctx(), { namespace: "", sql: "SELECT n FROM many WHERE n = ?" });
    expect(prepared.columns.map((c) => c.name)).toEqual(["n"]);
    const byId = { source: { statementId: prepared.statementId }, params: [v.int(7)] };
    expect(cells((await f.sql.query(ctx(), query(byId, 10))).rows)).toEqual([[7n]]);
    const streamed: TypedValue[][] = [];
    for await (const b of f.sql.streamQuery(ctx(), stream(byId, 10))) streamed.push(...b.rows);
    expect(cells(streamed)).toEqual([[7n]]);
    expect(await f.sql.closePrepared(ctx(), { namespace: "", statementId: prepared.statementId })).toBe(true);
    expect(await f.sql.closePrepared(ctx(), { namespace: "", statementId: prepared.statementId })).toBe(false);
    await expectError(f.sql.query(ctx(), query(byId, 10)), Code.NotFound, { message: /^statement_id: / });
    await expectError(f.sql.prepare(ctx(), { namespace: "", sql: "SELEC 1" }), Code.InvalidArgument, { reason: "ERROR_REASON_STATEMENT_FAILED" });
  });

  it("runs a batch atomically, or stops at the first failure saying what took effect", async () => {
    await f.exec("CREATE TABLE b (id INTEGER PRIMARY KEY, x TEXT)");
    const results = await f.sql.batch(
      ctx(),
      batch([sql("INSERT INTO b VALUES (1, 'a')"), sql("INSERT INTO b VALUES (2, 'b') RETURNING id"), sql("SELECT count(*) FROM b")], true, 100),
    );
    expect(results.map((r) => [r.rowsAffected, cells(r.rows)])).toEqual([
      [1n, []],
      [1n, [[2n]]],
      [0n, [[2n]]],
    ]);
    const atomic = await expectError(
      f.sql.batch(ctx(), batch([sql("INSERT INTO b VALUES (3, 'c')"), sql("INSERT INTO b VALUES (1, 'dup')")], true, 100)),
      Code.AlreadyExists,
      { message: /^statements\[1\]: .*none of the batch's statements took effect/ },
    );
    expect(atomic.rawMessage).toContain("statements[1]");
    expect(cells((await f.sql.query(ctx(), query(sql("SELECT count(*) FROM b"), 1))).rows)).toEqual([[2n]]);
    await expectError(
      f.sql.batch(ctx(), batch([sql("INSERT INTO b VALUES (3, 'c')"), sql("INSERT INTO nope VALUES (1)")], false, 100)),
      Code.InvalidArgument,
      { reason: "ERROR_REASON_STATEMENT_FAILED", message: /statements 0 to 0 took effect/ },
    );
    expect(cells((await f.sql.query(ctx(), query(sql("SELECT count(*) FROM b"), 1))).rows)).toEqual([[3n]]);
    await expectError(f.sql.batch(ctx(), batch([sql("SELECT 1"), sql("SELECT ?", v.map({ x: v.bytes([1]) }))], false, 100)), Code.InvalidArgument, {
      message: /^statements\[1\]\.params\[0\]\.x/,
    });
    await expectError(f.sql.batch(ctx(), batch([sql("SELECT n FROM many"), sql("SELECT n FROM many")], false, 150)), Code.ResourceExhausted);
  });

  it("manages indexes", async () => {
    expect(await f.sql.createIndex(ctx(), { target: table("b"), name: "b_x", columns: ["x"], unique: true, ifNotExists: false })).toBe(true);
    expect(await f.sql.createIndex(ctx(), { target: table("b"), name: "b_x", columns: ["x"], unique: true, ifNotExists: true })).toBe(false);
    await expectError(f.sql.createIndex(ctx(), { target: table("b"), name: "b_x", columns: ["x"], unique: false, ifNotExists: false }), Code.AlreadyExists);
    await expectError(f.sql.createIndex(ctx(), { target: table("b"), name: "b_y", columns: ["x", "y"], unique: false, ifNotExists: false }), Code.InvalidArgument, {
      message: /^columns\[1\]/,
    });
    await expectError(f.sql.createIndex(ctx(), { target: table("nope"), name: "i", columns: ["x"], unique: false, ifNotExists: false }), Code.NotFound, {
      reason: "ERROR_REASON_UNKNOWN_COLLECTION",
    });
    expect((await f.sql.listIndexes(ctx(), { target: table("b"), pageSize: 10, pageToken: "" })).items).toEqual([{ name: "b_x", table: "b", columns: ["x"], unique: true, primaryKey: false, partial: false }]);
    await expectError(f.sql.exec(ctx(), exec(sql("INSERT INTO b VALUES (9, 'a')"))), Code.AlreadyExists);
    expect(await f.sql.dropIndex(ctx(), { namespace: "", name: "b_x", ifExists: false })).toBe(true);
    expect(await f.sql.dropIndex(ctx(), { namespace: "", name: "b_x", ifExists: true })).toBe(false);
    await expectError(f.sql.dropIndex(ctx(), { namespace: "", name: "b_x", ifExists: false }), Code.NotFound);
  });

  it("drops tables", async () => {
    expect(await f.sql.dropTable(ctx(), { target: table("b"), ifExists: false })).toBe(true);
    expect(await f.sql.dropTable(ctx(), { target: table("b"), ifExists: true })).toBe(false);
    await expectError(f.sql.dropTable(ctx(), { target: table("b"), ifExists: false }), Code.NotFound, { reason: "ERROR_REASON_UNKNOWN_COLLECTION" });
    await expectError(f.sql.describeTable(ctx(), { target: table("b") }), Code.NotFound, { reason: "ERROR_REASON_UNKNOWN_COLLECTION" });
  });

  it("maps statement errors", async () => {
    await expectError(f.sql.query(ctx(), query(sql("SELEKT 1"), 10)), Code.InvalidArgument, { reason: "ERROR_REASON_STATEMENT_FAILED", message: /syntax error/ });
    await expectError(f.sql.query(ctx(), query(sql("SELECT * FROM nope"), 10)), Code.InvalidArgument, { reason: "ERROR_REASON_STATEMENT_FAILED", message: /no such table/ });
    await expectError(f.sql.query(ctx(), query(sql("SELECT ?"), 10)), Code.InvalidArgument, { reason: "ERROR_REASON_STATEMENT_FAILED" });
    await expectError(f.sql.query(ctx(), query(sql("SELECT 1; SELECT 2"), 10)), Code.InvalidArgument, { reason: "ERROR_REASON_STATEMENT_FAILED" });
    await expectError(f.sql.exec(ctx(), exec(sql("INSERT INTO typed (s) VALUES (NULL)"))), Code.FailedPrecondition, { reason: "ERROR_REASON_CONSTRAINT_VIOLATION" });
  });

  it("puts SQLite's extended result code in native_code, not sql_state (which is SQLSTATE)", async () => {
    await f.exec("CREATE TABLE codes (id INTEGER PRIMARY KEY, email TEXT UNIQUE, n INTEGER NOT NULL DEFAULT 0)");
    await f.exec("INSERT INTO codes (id, email) VALUES (1, 'a@x')");
    const metadata = (err: Awaited<ReturnType<typeof expectError>>) => err.findDetails(ErrorInfoSchema)[0]?.metadata ?? {};
    const unique = await expectError(f.sql.exec(ctx(), exec(sql("INSERT INTO codes (id, email) VALUES (2, 'a@x')"))), Code.AlreadyExists);
    expect(metadata(unique)).toMatchObject({ native_code: "SQLITE_CONSTRAINT_UNIQUE", constraint: "codes.email" });
    expect(metadata(unique).sql_state).toBeUndefined();
    const notNull = await expectError(f.sql.exec(ctx(), exec(sql("INSERT INTO codes (id, n) VALUES (3, NULL)"))), Code.FailedPrecondition);
    expect(metadata(notNull)).toMatchObject({ native_code: "SQLITE_CONSTRAINT_NOTNULL" });
    const syntax = await expectError(f.sql.query(ctx(), query(sql("SELEKT 1"), 10)), Code.InvalidArgument, { reason: "ERROR_REASON_STATEMENT_FAILED" });
    expect(metadata(syntax)).toMatchObject({ native_code: "SQLITE_ERROR" });
    expect(metadata(syntax).sql_state).toBeUndefined();
  });

  it("takes namespace \"\" or \"main\" and refuses any other, naming target.namespace", async () => {
    expect(cells((await f.sql.query(ctx(), { ...query(sql("SELECT 1"), 1), namespace: "main" })).rows)).toEqual([[1n]]);
    expect((await f.sql.describeTable(ctx(), { target: { namespace: "main", collection: "typed" } })).name).toBe("typed");
    for (const call of [
      () => f.sql.query(ctx(), { ...query(sql("SELECT 1"), 1), namespace: "temp" }),
      () => f.sql.exec(ctx(), { ...exec(sql("SELECT 1")), namespace: "other" }),
      () => f.sql.listTables(ctx(), { namespace: "public", pageSize: 10, pageToken: "" }),
      () => f.sql.describeTable(ctx(), { target: { namespace: "x", collection: "typed" } }),
      () => f.sql.dropIndex(ctx(), { namespace: "x", name: "i", ifExists: true }),
    ]) {
      await expectError(call(), Code.InvalidArgument, { reason: "ERROR_REASON_INVALID_FIELD", message: /^target\.namespace: SQLite backends have one schema, main/ });
    }
  });

  it("pages ListTables and ListIndexes, refusing a token of another listing", async () => {
    for (const name of ["page_a", "page_b", "page_c"]) await f.exec(`CREATE TABLE ${name} (x INTEGER, y INTEGER)`);
    const all = (await f.sql.listTables(ctx(), { namespace: "", pageSize: 100, pageToken: "" })).items.map((t) => t.name);
    const walked: string[] = [];
    let token = "";
    let pages = 0;
    do {
      const page = await f.sql.listTables(ctx(), { namespace: "", pageSize: 2, pageToken: token });
      expect(page.items.length).toBeLessThanOrEqual(2);
      walked.push(...page.items.map((t) => t.name));
      token = page.nextPageToken;
      pages++;
    } while (token);
    expect(walked).toEqual(all);
    expect(pages).toBe(Math.ceil(all.length / 2));
    for (const [i, column] of ["x", "y"].entries()) {
      await f.sql.createIndex(ctx(), { target: table("page_a"), name: `page_a_${i}`, columns: [column], unique: false, ifNotExists: false });
    }
    const first = await f.sql.listIndexes(ctx(), { target: table("page_a"), pageSize: 1, pageToken: "" });
    expect(first.items.map((i) => i.name)).toEqual(["page_a_0"]);
    const second = await f.sql.listIndexes(ctx(), { target: table("page_a"), pageSize: 1, pageToken: first.nextPageToken });
    expect(second).toEqual({ items: [expect.objectContaining({ name: "page_a_1" })], nextPageToken: "" });
    const tablesToken = (await f.sql.listTables(ctx(), { namespace: "", pageSize: 1, pageToken: "" })).nextPageToken;
    await expectError(f.sql.listIndexes(ctx(), { target: table("page_a"), pageSize: 1, pageToken: tablesToken }), Code.InvalidArgument, {
      message: /^page_token: /,
    });
    await expectError(f.sql.listIndexes(ctx(), { target: table("page_b"), pageSize: 1, pageToken: first.nextPageToken }), Code.InvalidArgument, {
      message: /^page_token: /,
    });
    await expectError(f.sql.listTables(ctx(), { namespace: "", pageSize: 1, pageToken: first.nextPageToken }), Code.InvalidArgument, {
      message: /^page_token: /,
    });
    await expectError(f.sql.listTables(ctx(), { namespace: "", pageSize: 1, pageToken: "garbage" }), Code.InvalidArgument, { message: /^page_token: / });
  });

  it("answers key_fields: the primary key in key order, rowid without one, none for views", async () => {
    await f.exec("CREATE TABLE pairs (b TEXT, a INTEGER, v TEXT, PRIMARY KEY (a, b))");
    await f.exec("CREATE TABLE loose (v TEXT)");
    const pairs = await f.sql.describeTable(ctx(), { target: table("pairs") });
    expect([pairs.primaryKey, pairs.keyFields]).toEqual([
      ["a", "b"],
      ["a", "b"],
    ]);
    expect(pairs.columns.map((c) => c.primaryKeyPosition)).toEqual([2, 1, 0]);
    expect((await f.sql.describeTable(ctx(), { target: table("loose") })).keyFields).toEqual(["rowid"]);
  });

  it("describes result columns: native type, precision and scale, source table and column", async () => {
    await f.exec("CREATE TABLE priced (id INTEGER PRIMARY KEY, price DECIMAL(10, 2), code VARCHAR(20), day DATE, at TIME, local DATETIME)");
    const res = await f.sql.query(ctx(), query(sql("SELECT price, code AS c, day, at, local, id + 1 AS next FROM priced"), 1));
    expect(res.columns.map((c) => [c.name, c.nativeType, c.precision, c.scale, ColumnType[c.type], c.source])).toEqual([
      ["price", "DECIMAL", 10, 2, "DECIMAL", { namespace: "main", table: "priced", column: "price" }],
      ["c", "VARCHAR", 20, undefined, "STRING", { namespace: "main", table: "priced", column: "code" }],
      ["day", "DATE", undefined, undefined, "DATE", { namespace: "main", table: "priced", column: "day" }],
      ["at", "TIME", undefined, undefined, "TIME", { namespace: "main", table: "priced", column: "at" }],
      ["local", "DATETIME", undefined, undefined, "DATETIME", { namespace: "main", table: "priced", column: "local" }],
      ["next", "", undefined, undefined, "UNSPECIFIED", undefined],
    ]);
    const prepared = await f.sql.prepare(ctx(), { namespace: "", sql: "SELECT price FROM priced" });
    expect(prepared.columns[0]).toMatchObject({ nativeType: "DECIMAL", precision: 10, scale: 2, source: { table: "priced", column: "price" } });
  });

  it("creates DATE, TIME and DATETIME columns; refuses kinds SQLite has no column for, naming the field", async () => {
    await f.sql.createTable(ctx(), {
      target: table("calendar"),
      columns: [
        { name: "day", type: ColumnType.DATE, notNull: false },
        { name: "clock", type: ColumnType.TIME, notNull: false },
        { name: "local", type: ColumnType.DATETIME, notNull: false },
      ],
      primaryKey: [],
      ifNotExists: false,
    });
    const described = await f.sql.describeTable(ctx(), { target: table("calendar") });
    expect(described.columns.map((c) => [c.name, c.declaredType, ColumnType[c.type]])).toEqual([
      ["day", "DATE", "DATE"],
      ["clock", "TIME", "TIME"],
      ["local", "DATETIME", "DATETIME"],
    ]);
    for (const type of [ColumnType.INTERVAL, ColumnType.ARRAY, ColumnType.NATIVE]) {
      await expectError(
        f.sql.createTable(ctx(), {
          target: table("never"),
          columns: [
            { name: "ok", type: ColumnType.INT64, notNull: false },
            { name: "no", type, notNull: false },
          ],
          primaryKey: [],
          ifNotExists: false,
        }),
        Code.InvalidArgument,
        { message: /^columns\[1\]\.type: SQLite has no column/ },
      );
    }
    expect(await f.sql.describeTable(ctx(), { target: table("never") }).catch((e: Error) => e.constructor.name)).toBe("ConnectError");
  });

  describe("SQLite extensions through SQL", () => {
    it("FTS5: full-text MATCH with ranking", async () => {
      await f.exec("CREATE VIRTUAL TABLE IF NOT EXISTS docs USING fts5(title, body)");
      await f.sql.batch(
        ctx(),
        batch([
          sql("INSERT INTO docs (title, body) VALUES (?, ?)", v.str("SQLite"), v.str("an embedded database engine")),
          sql("INSERT INTO docs (title, body) VALUES (?, ?)", v.str("Redis"), v.str("an in-memory data store")),
          sql("INSERT INTO docs (title, body) VALUES (?, ?)", v.str("Postgres"), v.str("a database server")),
        ], true, 10),
      );
      const res = await f.sql.query(ctx(), query(sql("SELECT title FROM docs WHERE docs MATCH ? ORDER BY rank", v.str("database")), 10));
      expect(cells(res.rows).flat().sort()).toEqual(["Postgres", "SQLite"]);
      const snippet = await f.sql.query(ctx(), query(sql("SELECT highlight(docs, 1, '[', ']') FROM docs WHERE docs MATCH 'engine'"), 10));
      expect(cells(snippet.rows)).toEqual([["an embedded database [engine]"]]);
      // FTS5 tables are collections too, keyed by rowid.
      expect((await f.backend.get(ctx(), { target: table("docs"), key: v.int(1), fields: ["title"] }))!.fields).toEqual({ rowid: v.int(1), title: v.str("SQLite") });
    });

    it("JSON1: json_extract, json_each and -> on JSON columns", async () => {
      await f.exec("CREATE TABLE profiles (id TEXT PRIMARY KEY, doc JSON)");
      await f.backend.put(ctx(), { target: table("profiles"), key: v.str("a"), record: record({ doc: v.map({ city: v.str("Paris"), tags: v.list([v.str("x"), v.str("y")]) }) }), ttlMs: undefined });
      await f.backend.put(ctx(), { target: table("profiles"), key: v.str("b"), record: record({ doc: v.json('{"city":"Oslo","tags":["z"]}') }), ttlMs: undefined });
      const res = await f.sql.query(ctx(), query(sql("SELECT id FROM profiles WHERE json_extract(doc, '$.city') = ?", v.str("Oslo")), 10));
      expect(cells(res.rows)).toEqual([["b"]]);
      const tags = await f.sql.query(ctx(), query(sql("SELECT t.value FROM profiles, json_each(profiles.doc, '$.tags') AS t WHERE profiles.id = 'a'"), 10));
      expect(cells(tags.rows)).toEqual([["x"], ["y"]]);
      const arrow = await f.sql.query(ctx(), query(sql("SELECT doc ->> '$.city' FROM profiles ORDER BY id"), 10));
      expect(cells(arrow.rows)).toEqual([["Paris"], ["Oslo"]]);
    });

    it("R-Tree: bounding-box range queries", async () => {
      await f.exec("CREATE VIRTUAL TABLE boxes USING rtree(id, min_x, max_x, min_y, max_y)");
      await f.sql.batch(
        ctx(),
        batch([
          sql("INSERT INTO boxes VALUES (1, 0, 10, 0, 10)"),
          sql("INSERT INTO boxes VALUES (2, 20, 30, 20, 30)"),
          sql("INSERT INTO boxes VALUES (3, 5, 25, 5, 25)"),
        ], false, 10),
      );
      const res = await f.sql.query(
        ctx(),
        query(sql("SELECT id FROM boxes WHERE max_x >= ? AND min_x <= ? AND max_y >= ? AND min_y <= ? ORDER BY id", v.double(8), v.double(12), v.double(8), v.double(12)), 10),
      );
      expect(cells(res.rows)).toEqual([[1n], [3n]]);
    });
  });
});
