import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Code } from "@connectrpc/connect";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ColumnType } from "../../gen/ts/dbx/sql/v1/schema_pb.js";
import { SqlService } from "../../gen/ts/dbx/sql/v1/sql_pb.js";
import { SqliteService } from "../../gen/ts/dbx/sqlite/v1/sqlite_pb.js";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import { TransactionService } from "../../gen/ts/dbx/v1/transaction_pb.js";
import { ErrorInfoSchema } from "../../gen/ts/google/rpc/error_details_pb.js";
import { PROTOCOLS, startTestServer, type TestServer } from "../support/dbx-server.js";
import { expectError, record, v } from "../support/values.js";

/** SqlService and SqliteService through a real DBX server and real clients. */
describe("SqlService and SqliteService end to end", () => {
  let server: TestServer;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "dbx-sqlite-e2e-"));
    server = await startTestServer({
      defaultBackend: "main",
      backends: { main: { url: `sqlite:${join(dir, "main.db")}` }, mem: { url: "sqlite::memory:", fileDirectory: join(dir, "files") } },
      server: { maxRowsPerResponse: 20 },
    });
  });
  afterAll(async () => {
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  describe.each(PROTOCOLS)("over %s", (protocol) => {
    const sql = () => server.client(SqlService, protocol);
    const table = `t_${protocol.replace("-", "_")}`;

    it("creates, describes, lists, fills, reads and drops a table", async () => {
      const created = await sql().createTable({
        target: { collection: table },
        columns: [
          { name: "id", type: ColumnType.INT64 },
          { name: "name", type: ColumnType.STRING, notNull: true },
          { name: "big", type: ColumnType.INT64 },
          { name: "blob", type: ColumnType.BYTES },
          { name: "price", type: ColumnType.DECIMAL },
          { name: "at", type: ColumnType.TIMESTAMP },
          { name: "day", type: ColumnType.DATE },
        ],
        primaryKey: ["id"],
      });
      expect(created.created).toBe(true);
      const described = await sql().describeTable({ target: { collection: table } });
      expect(described.table?.columns.map((c) => ColumnType[c.type])).toEqual(["INT64", "STRING", "INT64", "BYTES", "DECIMAL", "TIMESTAMP", "DATE"]);
      expect(described.table?.keyFields).toEqual(["id"]);
      expect((await sql().listTables({ pageSize: 1000 })).tables.map((t) => t.name)).toContain(table);

      const exec = await sql().exec({
        source: { case: "sql", value: `INSERT INTO ${table} (name, big, blob, price, at, day) VALUES (?, ?, ?, ?, ?, ?)` },
        params: [
          v.str("a"),
          v.int(9223372036854775807n),
          v.bytes([0, 255, 0]),
          v.decimal("12345678901234567890.5"),
          v.ts(new Date("2024-02-29T12:00:00.123Z")),
          v.date(2024, 2, 29),
        ],
      });
      expect(exec.rowsAffected).toBe(1n);
      expect(exec.lastInsertId).toBe(1n);

      const res = await sql().query({ source: { case: "sql", value: `SELECT big, blob, price, at, name, day FROM ${table}` } });
      expect(res.columns.map((c) => [c.name, ColumnType[c.type], c.nullable, c.sourceTable?.collection, c.sourceColumn])).toEqual([
        ["big", "INT64", true, table, "big"],
        ["blob", "BYTES", true, table, "blob"],
        ["price", "DECIMAL", true, table, "price"],
        ["at", "TIMESTAMP", true, table, "at"],
        ["name", "STRING", false, table, "name"],
        ["day", "DATE", true, table, "day"],
      ]);
      expect(res.columns[0].sourceTable).toMatchObject({ backend: "main", namespace: "main" });
      const [big, blob, price, at, , day] = res.rows[0].values;
      expect(day.kind.case === "dateValue" && [day.kind.value.year, day.kind.value.month, day.kind.value.day]).toEqual([2024, 2, 29]);
      expect(big.kind).toEqual({ case: "intValue", value: 9223372036854775807n });
      expect([...(blob.kind.value as Uint8Array)]).toEqual([0, 255, 0]);
      expect(price.kind.case === "decimalValue" && price.kind.value.value).toBe("12345678901234567890.5");
      expect(at.kind.case === "timestampValue" && at.kind.value.nanos).toBe(123_000_000);

      const target = { collection: table };
      expect((await sql().createIndex({ target, name: `${table}_name`, columns: ["name"], unique: true })).created).toBe(true);
      expect((await sql().listIndexes({ target })).indexes.map((i) => [i.name, i.unique, i.columns])).toEqual([[`${table}_name`, true, ["name"]]]);
      expect((await sql().dropIndex({ name: `${table}_name` })).dropped).toBe(true);
      expect((await sql().dropTable({ target })).dropped).toBe(true);
      expect((await sql().dropTable({ target, ifExists: true })).dropped).toBe(false);
    });

    it("prepares, runs by id, batches and streams", async () => {
      await sql().exec({ source: { case: "sql", value: `CREATE TABLE IF NOT EXISTS nums_${table} (n INTEGER)` } });
      const prepared = await sql().prepare({ sql: `INSERT INTO nums_${table} VALUES (?)` });
      const batch = await sql().batch({
        atomic: true,
        statements: Array.from({ length: 50 }, (_, i) => ({ source: { case: "statementId" as const, value: prepared.statementId }, params: [v.int(i)] })),
      });
      expect(batch.results).toHaveLength(50);
      expect(batch.results.every((r) => r.rowsAffected === 1n)).toBe(true);
      expect((await sql().closePrepared({ statementId: prepared.statementId })).closed).toBe(true);

      let rows = 0;
      let messages = 0;
      let columns = 0;
      for await (const msg of sql().streamQuery({ source: { case: "sql", value: `SELECT n FROM nums_${table} ORDER BY n` }, batchSize: 15 })) {
        rows += msg.rows.length;
        columns += msg.columns.length;
        messages++;
      }
      expect({ rows, messages, columns }).toEqual({ rows: 50, messages: 4, columns: 1 });

      const err = await expectError(sql().query({ source: { case: "sql", value: `SELECT n FROM nums_${table}` } }), Code.ResourceExhausted, {
        reason: "ERROR_REASON_TOO_MANY_ROWS",
      });
      expect(err.findDetails(ErrorInfoSchema)[0].metadata).toMatchObject({ use: "dbx.sql.v1.SqlService/StreamQuery", limit: "20" });
    });
  });

  describe("bad input", () => {
    const sql = () => server.client(SqlService);

    it("unknown table", async () => {
      await expectError(sql().describeTable({ target: { collection: "nope" } }), Code.NotFound, { reason: "ERROR_REASON_UNKNOWN_COLLECTION" });
      await expectError(sql().listIndexes({ target: { collection: "nope" } }), Code.NotFound, { reason: "ERROR_REASON_UNKNOWN_COLLECTION" });
      await expectError(sql().describeTable({}), Code.InvalidArgument, { message: /^target\.collection: / });
      await expectError(sql().query({ source: { case: "sql", value: "SELECT * FROM nope" } }), Code.InvalidArgument, {
        reason: "ERROR_REASON_STATEMENT_FAILED",
        message: /no such table/,
      });
    });

    it("bad identifiers", async () => {
      const ok = { collection: "ok" };
      await expectError(sql().createTable({ target: { collection: "1bad" }, columns: [{ name: "a", type: ColumnType.INT64 }] }), Code.InvalidArgument, {
        reason: "ERROR_REASON_INVALID_FIELD",
        message: /^target\.collection: /,
      });
      await expectError(sql().createTable({ target: ok, columns: [{ name: 'a"; DROP TABLE x; --', type: ColumnType.INT64 }] }), Code.InvalidArgument, {
        message: /^columns\[0\]\.name: /,
      });
      await expectError(sql().createTable({ target: ok, columns: [{ name: "a" }] }), Code.InvalidArgument, { message: /^columns\[0\]\.type: / });
      await expectError(sql().createTable({ target: ok, columns: [{ name: "a", type: ColumnType.INT64 }], primaryKey: ["b"] }), Code.InvalidArgument, {
        message: /^primary_key\[0\]: /,
      });
      await expectError(sql().createIndex({ target: ok, name: "bad name", columns: ["a"] }), Code.InvalidArgument, { message: /^name: / });
      await expectError(sql().query({ target: { collection: "ok" }, source: { case: "sql", value: "SELECT 1" } }), Code.InvalidArgument, {
        message: /^target\.collection: /,
      });
      await expectError(sql().query({ target: { namespace: "other" }, source: { case: "sql", value: "SELECT 1" } }), Code.InvalidArgument, {
        message: /^target\.namespace: /,
      });
    });

    it("wrong value kind", async () => {
      await sql().exec({ source: { case: "sql", value: "CREATE TABLE IF NOT EXISTS kinds (id INTEGER PRIMARY KEY, n INTEGER)" } });
      await expectError(
        server.client(DataService).put({ target: { collection: "kinds" }, key: v.int(1), record: record({ n: v.str("five") }) }),
        Code.InvalidArgument,
        { reason: "ERROR_REASON_INVALID_FIELD", message: /^record\.fields\.n: / },
      );
      await expectError(sql().query({ source: { case: "sql", value: "SELECT ?" }, params: [{}] }), Code.InvalidArgument, { message: /^params\[0\]/ });
    });

    it("SQL syntax errors and missing sources", async () => {
      await expectError(sql().exec({ source: { case: "sql", value: "SELEC 1" } }), Code.InvalidArgument, { reason: "ERROR_REASON_STATEMENT_FAILED" });
      await expectError(sql().query({}), Code.InvalidArgument, { message: /^sql: / });
      await expectError(sql().exec({ source: { case: "sql", value: "BEGIN" } }), Code.InvalidArgument, { message: /TransactionService/ });
      await expectError(sql().query({ source: { case: "statementId", value: "missing" } }), Code.NotFound, { message: /^statement_id: / });
    });

    it("unknown backend", async () => {
      await expectError(sql().listTables({ target: { backend: "nope" } }), Code.NotFound, { reason: "ERROR_REASON_UNKNOWN_BACKEND" });
    });

    it("parameter types and session contexts SQLite does not declare", async () => {
      await expectError(sql().query({ source: { case: "sql", value: "SELECT ?" }, params: [v.null()], paramTypes: ["int4"] }), Code.Unimplemented, {
        reason: "ERROR_REASON_UNSUPPORTED",
        message: /sql\.param_types/,
      });
      await expectError(sql().exec({ source: { case: "sql", value: "SELECT 1" }, session: { role: "reader" } }), Code.Unimplemented, {
        message: /sql\.session_context/,
      });
      await expectError(
        sql().batch({ statements: [{ source: { case: "sql", value: "SELECT ?" }, params: [v.int(1)], paramTypes: ["int8"] }] }),
        Code.Unimplemented,
        { message: /sql\.param_types/ },
      );
      await expectError(sql().query({ source: { case: "sql", value: "SELECT ?" }, params: [v.interval(1, 0, 0)] }), Code.Unimplemented, {
        message: /value\.interval/,
      });
    });
  });

  it("runs SQL inside an interactive transaction", async () => {
    const tx = server.client(TransactionService);
    await server.client(SqlService).exec({ source: { case: "sql", value: "CREATE TABLE IF NOT EXISTS txt (id INTEGER PRIMARY KEY)" } });
    const { transactionId } = await tx.begin({});
    await server.client(SqlService).exec({ source: { case: "sql", value: "INSERT INTO txt VALUES (1)" }, transactionId });
    const inside = await server.client(SqlService).query({ source: { case: "sql", value: "SELECT count(*) FROM txt" }, transactionId });
    expect(inside.rows[0].values[0].kind.value).toBe(1n);
    await tx.rollback({ transactionId });
    const after = await server.client(SqlService).query({ source: { case: "sql", value: "SELECT count(*) FROM txt" } });
    expect(after.rows[0].values[0].kind.value).toBe(0n);
    await expectError(server.client(SqlService).query({ source: { case: "sql", value: "SELECT 1" }, transactionId }), Code.FailedPrecondition, {
      reason: "ERROR_REASON_TRANSACTION_NOT_FOUND",
    });
  });

  describe("SqliteService", () => {
    const sqlite = () => server.client(SqliteService);

    it("backs up to a file and as a stream, then restores", async () => {
      await server.client(SqlService).exec({ source: { case: "sql", value: "CREATE TABLE IF NOT EXISTS kept (x TEXT)" } });
      await server.client(SqlService).exec({ source: { case: "sql", value: "INSERT INTO kept VALUES ('before')" } });
      const path = join(dir, "backup.db");
      const backup = await sqlite().backup({ path });
      expect(backup.path).toBe(path);
      await expectError(sqlite().backup({ path }), Code.AlreadyExists);

      const parts: Uint8Array[] = [];
      let total = 0n;
      for await (const msg of sqlite().backupStream({ chunkSize: 1024 }, { timeoutMs: 10_000 })) {
        if (parts.length === 0) total = msg.totalBytes;
        parts.push(msg.data);
      }
      const bytes = Buffer.concat(parts);
      expect(BigInt(bytes.length)).toBe(total);
      expect(bytes.subarray(0, 15).toString()).toBe("SQLite format 3");

      await server.client(SqlService).exec({ source: { case: "sql", value: "INSERT INTO kept VALUES ('after')" } });
      expect((await sqlite().restore({ path })).sizeBytes).toBeGreaterThan(0n);
      const rows = await server.client(SqlService).query({ source: { case: "sql", value: "SELECT x FROM kept" } });
      expect(rows.rows.map((r) => r.values[0].kind.value)).toEqual(["before"]);
      await expectError(sqlite().restore({ path: join(dir, "none.db") }), Code.InvalidArgument, { message: /^path: / });
    });

    it("reads and sets pragmas from the allow-list only", async () => {
      expect((await sqlite().getPragma({ name: "journal_mode" })).value?.kind).toEqual({ case: "stringValue", value: "wal" });
      expect((await sqlite().setPragma({ name: "user_version", value: v.int(7) })).value?.kind).toEqual({ case: "intValue", value: 7n });
      await expectError(sqlite().getPragma({ name: "writable_schema" }), Code.InvalidArgument, { reason: "ERROR_REASON_INVALID_FIELD", message: /^name: / });
      await expectError(sqlite().setPragma({ name: "synchronous", value: v.str("sometimes") }), Code.InvalidArgument, { message: /^value: / });
    });

    it("checks integrity and vacuums", async () => {
      expect(await sqlite().integrityCheck({ quick: true })).toMatchObject({ ok: true, problems: [] });
      expect((await sqlite().vacuum({})).path).toBe("");
      const into = await sqlite().vacuum({ target: { backend: "mem" }, intoPath: "copy.db" });
      expect(into.path).toBe(join(dir, "files/copy.db"));
      const copy = new Database(into.path, { readonly: true });
      copy.close();
      await expectError(sqlite().vacuum({ target: { backend: "mem" }, intoPath: "../out.db" }), Code.PermissionDenied, { reason: "ERROR_REASON_DISABLED" });
      await expectError(sqlite().vacuum({ target: { namespace: "main" } }), Code.InvalidArgument, { message: /^target\.namespace: / });
      await expectError(sqlite().integrityCheck({ target: { collection: "t" } }), Code.InvalidArgument, { message: /^target\.collection: / });
    });
  });
});
