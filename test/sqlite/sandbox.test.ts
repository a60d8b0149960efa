import { existsSync, readdirSync } from "node:fs";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Code } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SqlService } from "../../gen/ts/dbx/sql/v1/sql_pb.js";
import { SqliteService } from "../../gen/ts/dbx/sqlite/v1/sqlite_pb.js";
import { QueryService } from "../../gen/ts/dbx/v1/query_pb.js";
import { TransactionService } from "../../gen/ts/dbx/v1/transaction_pb.js";
import { PROTOCOLS, startTestServer, type TestServer } from "../support/dbx-server.js";
import { expectError, v } from "../support/values.js";

/**
 * Native SQL stays inside the sandbox: with `fileDirectory` set and
 * `allowConnectionStatements` off (the default), no statement reaches a file
 * or changes the connection every client shares, however it is written and
 * whichever RPC carries it. Through a real server.
 */
describe("SQLite native SQL sandbox", () => {
  let server: TestServer;
  let dir: string;
  let files: string;
  let outside: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "dbx-sandbox-"));
    files = join(dir, "files");
    outside = join(dir, "outside");
    await mkdir(files);
    await mkdir(outside);
    server = await startTestServer({
      defaultBackend: "main",
      backends: {
        main: { url: `sqlite:${join(dir, "main.db")}`, fileDirectory: files },
        open: { url: `sqlite:${join(dir, "open.db")}`, fileDirectory: files, allowConnectionStatements: true },
      },
    });
    await server.client(QueryService).execute({ statement: "CREATE TABLE people (id TEXT PRIMARY KEY, name TEXT)" });
    await server.client(QueryService).execute({ statement: "INSERT INTO people VALUES ('ada', 'Ada')" });
  });
  afterAll(async () => {
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  /** Statements that attach, vacuum into a file, load code or change connection state, written every which way. */
  const escapes = (): string[] => {
    const out = join(outside, "x.db");
    return [
      `VACUUM INTO '${out}'`,
      `vacuum into '${out}'`,
      `/* c */ VaCuUm -- note\n main\tINTO '${out}'`,
      `VACUUM "main" INTO '${out}';`,
      `EXPLAIN VACUUM INTO '${out}'`,
      `ATTACH DATABASE '${out}' AS a`,
      `attach '${out}' as a`,
      `ATTACH "${out}" AS a`,
      `ATTACH \`${out}\` AS a`,
      `  ATTACH\n\t'${out}'  AS  [a]  `,
      `ATTACH /* x */ DATABASE '${out}' AS a; -- trailing`,
      `ATTACH '${out}' || '' AS a`,
      `EXPLAIN QUERY PLAN ATTACH '${out}' AS a`,
      "DETACH a",
      "PRAGMA synchronous = OFF",
      "PRAGMA synchronous(0)",
      "pragma main.synchronous=0",
      'PRAGMA "synchronous" = 0',
      "PRAGMA [synchronous] = 'off'",
      "EXPLAIN PRAGMA synchronous = OFF",
      "PRAGMA journal_mode=DELETE",
      "PRAGMA writable_schema = ON",
      "PRAGMA foreign_keys = OFF",
      "PRAGMA optimize",
      "PRAGMA no_such_pragma",
      "CREATE TEMP TABLE x (a)",
      "create temporary view v as select 1",
      "CREATE TABLE temp.x (a)",
      "DELETE FROM dbx_changes",
      "SELECT load_extension('/tmp/x')",
      "SELECT LOAD_EXTENSION /* c */ ('/tmp/x')",
      `SELECT "load_extension"('/tmp/x')`,
    ];
  };

  const synchronous = async () => (await server.client(SqliteService).getPragma({ target: { backend: "main" }, name: "synchronous" })).value?.kind.value;
  const attached = async () =>
    (await server.client(QueryService).execute({ statement: "PRAGMA database_list" })).rows.map((r) => r.values[1].kind.value);

  it("refuses every escape through QueryService.Execute over every protocol, and nothing changes", async () => {
    const before = await synchronous();
    for (const protocol of PROTOCOLS) {
      const query = server.client(QueryService, protocol);
      for (const statement of escapes()) {
        const err = await expectError(query.execute({ statement }), Code.PermissionDenied, { reason: "ERROR_REASON_DISABLED" }).catch((e: unknown) => {
          throw new Error(`${protocol}: ${JSON.stringify(statement)} was not refused: ${String(e)}`);
        });
        expect(err.rawMessage).toMatch(/load_extension|allowConnectionStatements/);
      }
    }
    expect(readdirSync(outside)).toEqual([]);
    expect(await synchronous()).toBe(before);
    expect(await attached()).toEqual(["main"]);
  });

  it("names the option that allows it", async () => {
    const err = await expectError(server.client(QueryService).execute({ statement: "PRAGMA synchronous = OFF" }), Code.PermissionDenied, {
      reason: "ERROR_REASON_DISABLED",
    });
    expect(err.rawMessage).toContain("backends.main.allowConnectionStatements");
    expect(err.rawMessage).toContain("SetPragma");
  });

  it("refuses them through every SqlService path: Query, Exec, Batch, StreamQuery, Prepare", async () => {
    const before = await synchronous();
    const sql = server.client(SqlService);
    for (const statement of escapes()) {
      const source = { case: "sql" as const, value: statement };
      await expectError(sql.query({ source }), Code.PermissionDenied, { reason: "ERROR_REASON_DISABLED" });
      await expectError(sql.exec({ source }), Code.PermissionDenied, { reason: "ERROR_REASON_DISABLED" });
      await expectError(sql.prepare({ sql: statement }), Code.PermissionDenied, { reason: "ERROR_REASON_DISABLED" });
      const batch = await expectError(
        sql.batch({ statements: [{ source: { case: "sql", value: "SELECT 1" } }, { source }] }),
        Code.PermissionDenied,
        { reason: "ERROR_REASON_DISABLED" },
      );
      expect(batch.rawMessage).toMatch(/^statements\[1\]/);
      await expectError(
        (async () => {
          for await (const _ of sql.streamQuery({ source })) void _;
        })(),
        Code.PermissionDenied,
        { reason: "ERROR_REASON_DISABLED" },
      );
    }
    expect(readdirSync(outside)).toEqual([]);
    expect(await attached()).toEqual(["main"]);
    // SQLite applies some pragmas while compiling: Prepare of "EXPLAIN PRAGMA synchronous = OFF" set it.
    expect(await synchronous()).toBe(before);
  });

  it("refuses them inside an interactive transaction", async () => {
    const tx = server.client(TransactionService);
    const { transactionId } = await tx.begin({});
    try {
      for (const statement of escapes()) {
        await expectError(server.client(QueryService).execute({ transactionId, statement }), Code.PermissionDenied, {
          reason: "ERROR_REASON_DISABLED",
        });
        await expectError(server.client(SqlService).exec({ source: { case: "sql", value: statement }, transactionId }), Code.PermissionDenied, {
          reason: "ERROR_REASON_DISABLED",
        });
      }
    } finally {
      await tx.rollback({ transactionId });
    }
    expect(readdirSync(outside)).toEqual([]);
  });

  it("PRAGMA synchronous = OFF through Execute is refused, and SetPragma still sets it", async () => {
    await expectError(server.client(QueryService).execute({ statement: "PRAGMA synchronous = OFF" }), Code.PermissionDenied, { reason: "ERROR_REASON_DISABLED" });
    const admin = server.client(SqliteService);
    const set = await admin.setPragma({ target: { backend: "main" }, name: "synchronous", value: v.str("off") });
    expect(set.value?.kind.value).toBe("off");
    expect(await synchronous()).toBe("off");
    await admin.setPragma({ target: { backend: "main" }, name: "synchronous", value: v.str("full") });
  });

  it("still runs reads, introspection pragmas, VACUUM and text that only mentions the keywords", async () => {
    const query = server.client(QueryService);
    const run = async (statement: string) => (await query.execute({ statement })).rows.map((r) => r.values.map((x) => x.kind.value));
    expect(await run("SELECT 'ATTACH DATABASE ''/x'' AS a; PRAGMA synchronous = OFF' AS text")).toEqual([
      ["ATTACH DATABASE '/x' AS a; PRAGMA synchronous = OFF"],
    ]);
    expect(await run('SELECT name AS "PRAGMA", id AS [temp] FROM people -- ATTACH \'/x\' AS a')).toEqual([["Ada", "ada"]]);
    expect((await run("PRAGMA table_info(people)")).map((r) => r[1])).toEqual(["id", "name"]);
    expect((await run("pragma main.table_xinfo('people')")).length).toBe(2);
    expect(await run("PRAGMA integrity_check")).toEqual([["ok"]]);
    expect((await run("PRAGMA synchronous")).length).toBe(1);
    expect((await run("SELECT name FROM pragma_table_info('people')")).map((r) => r[0])).toEqual(["id", "name"]);
    expect((await run("SELECT count(*) FROM temp.sqlite_master")).length).toBe(1);
    expect((await run("EXPLAIN SELECT 1")).length).toBeGreaterThan(0);
    expect(await run("VACUUM")).toEqual([]);
    await expectError(query.execute({ statement: "BEGIN" }), Code.InvalidArgument, { reason: "ERROR_REASON_INVALID_FIELD" });
    await expectError(query.execute({ statement: "/* x */ commit" }), Code.InvalidArgument, { reason: "ERROR_REASON_INVALID_FIELD" });
  });

  describe("with allowConnectionStatements", () => {
    const exec = (statement: string) => server.client(QueryService).execute({ target: { backend: "open" }, statement });

    it("attaches and vacuums into files inside fileDirectory only, resolved there", async () => {
      await exec("ATTACH 'sub-a.db' AS a");
      expect(existsSync(join(files, "sub-a.db"))).toBe(true);
      await exec("CREATE TABLE a.t (x)");
      await exec("DETACH a");
      await exec("VACUUM INTO 'copy.db'");
      expect(existsSync(join(files, "copy.db"))).toBe(true);
      await exec("ATTACH ':memory:' AS m");
      await exec("DETACH m");
      for (const statement of [`ATTACH '${join(outside, "y.db")}' AS y`, "ATTACH '../y.db' AS y", `VACUUM INTO '${join(outside, "v.db")}'`]) {
        await expectError(exec(statement), Code.PermissionDenied, { reason: "ERROR_REASON_DISABLED", message: /fileDirectory|outside/ });
      }
      await expectError(exec("ATTACH 'file:x.db?mode=rwc' AS u"), Code.InvalidArgument, { reason: "ERROR_REASON_INVALID_FIELD" });
      await expectError(exec("VACUUM INTO 'a' || '.db'"), Code.InvalidArgument, { reason: "ERROR_REASON_INVALID_FIELD" });
      await expectError(exec("SELECT load_extension('x')"), Code.PermissionDenied, { reason: "ERROR_REASON_DISABLED" });
      expect(readdirSync(outside)).toEqual([]);
    });

    it("refuses a symbolic link inside fileDirectory that leads outside", async () => {
      await symlink(outside, join(files, "escape"));
      await symlink(join(outside, "dangling.db"), join(files, "dangling.db"));
      await expectError(exec("ATTACH 'escape/z.db' AS z"), Code.PermissionDenied, { reason: "ERROR_REASON_DISABLED", message: /symbolic link/ });
      await expectError(exec("VACUUM INTO 'dangling.db'"), Code.PermissionDenied, { reason: "ERROR_REASON_DISABLED", message: /symbolic link/ });
      expect(readdirSync(outside)).toEqual([]);
    });

    it("answers INVALID_ARGUMENT, not UNAVAILABLE, for a file that is not a database", async () => {
      await writeFile(join(files, "notes.txt"), "these are notes, not a database. ".repeat(40));
      await expectError(exec("ATTACH 'notes.txt' AS n"), Code.InvalidArgument, { reason: "ERROR_REASON_STATEMENT_FAILED", message: /not a database/ });
      await expectError(
        server.client(SqlService).exec({ target: { backend: "open" }, source: { case: "sql", value: "ATTACH 'notes.txt' AS n" } }),
        Code.InvalidArgument,
        { reason: "ERROR_REASON_STATEMENT_FAILED" },
      );
      await expectError(exec("ATTACH 'no-such-folder/x.db' AS n"), Code.InvalidArgument, { reason: "ERROR_REASON_STATEMENT_FAILED" });
    });
  });

  it("Backup through a symbolic link that leads outside fileDirectory is refused", async () => {
    await symlink(outside, join(files, "backup-escape"));
    await symlink(join(outside, "b.db"), join(files, "b-link.db"));
    const admin = server.client(SqliteService);
    await expectError(admin.backup({ target: { backend: "main" }, path: "backup-escape/b.db" }), Code.PermissionDenied, { reason: "ERROR_REASON_DISABLED" });
    await expectError(admin.backup({ target: { backend: "main" }, path: "b-link.db" }), Code.PermissionDenied, { reason: "ERROR_REASON_DISABLED" });
    await expectError(admin.vacuum({ target: { backend: "main" }, intoPath: "backup-escape/v.db" }), Code.PermissionDenied, { reason: "ERROR_REASON_DISABLED" });
    await expectError(admin.restore({ target: { backend: "main" }, path: "backup-escape/b.db" }), Code.PermissionDenied, { reason: "ERROR_REASON_DISABLED" });
    expect(readdirSync(outside)).toEqual([]);
    expect((await admin.backup({ target: { backend: "main" }, path: "inside/b.db" })).sizeBytes).toBeGreaterThan(0n);
  });
});
