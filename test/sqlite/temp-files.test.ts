import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Code, ConnectError } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SqlService } from "../../gen/ts/dbx/sql/v1/sql_pb.js";
import { SqliteService } from "../../gen/ts/dbx/sqlite/v1/sqlite_pb.js";
import { tempRoot } from "../../src/backends/sqlite/temp-files.js";
import { PROTOCOLS, startTestServer, type TestServer } from "../support/dbx-server.js";

/** Every file under `dir`, recursively (folders themselves are not listed). */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => !e.isDirectory())
    .map((e) => join(e.parentPath, e.name));
}

async function until(what: string, check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The pid of a process that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
  await new Promise((resolve) => child.on("exit", resolve));
  return child.pid!;
}

/**
 * BackupStream's temporary copy of the database is removed when the call
 * ends, however it ends: completed, aborted by the client mid-way, past its
 * deadline, or cut by shutdown. Before, every aborted stream left a full
 * copy behind. Copies left by a crashed DBX are removed at startup, and only
 * those. The temp folder is this test's own (TMPDIR), through a real server.
 */
describe("SQLite temporary files", () => {
  let dir: string;
  let temp: string;
  let server: TestServer;
  const previousTmpdir = process.env.TMPDIR;

  const startServer = () => startTestServer({ defaultBackend: "main", backends: { main: { url: `sqlite:${join(dir, "main.db")}` } } });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "dbx-temp-files-"));
    temp = join(dir, "tmp");
    await mkdir(temp);
    process.env.TMPDIR = temp;
    server = await startServer();
    const sql = server.client(SqlService);
    await sql.exec({ source: { case: "sql", value: "CREATE TABLE items (id INTEGER PRIMARY KEY, body BLOB)" } });
    await sql.exec({
      source: {
        case: "sql",
        value: "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) INSERT INTO items SELECT i, randomblob(5000) FROM n",
      },
    });
  });
  afterAll(async () => {
    await server?.close();
    process.env.TMPDIR = previousTmpdir;
    await rm(dir, { recursive: true, force: true });
  });

  it("the temporary folder is this test's own", () => {
    expect(tempRoot().startsWith(temp)).toBe(true);
  });

  it("20 BackupStreams aborted mid-way leave no file behind", async () => {
    for (let i = 0; i < 20; i++) {
      const abort = new AbortController();
      const chunks = server.client(SqliteService, PROTOCOLS[i % PROTOCOLS.length]).backupStream({ chunkSize: 64 * 1024 }, { signal: abort.signal });
      try {
        for await (const chunk of chunks) {
          expect(chunk.totalBytes).toBeGreaterThan(10_000_000n);
          abort.abort();
          break;
        }
      } catch {
        // the client's own abort
      }
    }
    await until("every temporary file is removed", () => filesUnder(temp).length === 0);
  });

  it("a BackupStream past its deadline and a completed one leave no file behind", async () => {
    const admin = server.client(SqliteService, "grpc");
    const err = await (async () => {
      for await (const _ of admin.backupStream({ chunkSize: 64 * 1024 }, { timeoutMs: 400 })) {
        // A slow reader: the deadline passes while the stream waits.
        await new Promise((r) => setTimeout(r, 100));
      }
    })().catch((e: unknown) => e);
    expect(ConnectError.from(err).code).toBe(Code.DeadlineExceeded);
    await until("the expired stream's copy is removed", () => filesUnder(temp).length === 0);
    let bytes = 0;
    for await (const chunk of admin.backupStream({ chunkSize: 1024 * 1024 })) bytes += chunk.data.length;
    expect(bytes).toBeGreaterThan(10_000_000);
    expect(filesUnder(temp)).toEqual([]);
  }, 60_000);

  it("shutdown with a BackupStream open removes its copy", async () => {
    const abort = new AbortController();
    const iterator = server
      .client(SqliteService, "grpc")
      .backupStream({ chunkSize: 64 * 1024 }, { signal: abort.signal })
      [Symbol.asyncIterator]();
    expect((await iterator.next()).done).toBe(false);
    expect(filesUnder(temp).length).toBe(1);
    await server.close();
    expect(filesUnder(temp)).toEqual([]);
    abort.abort();
    server = await startServer();
  });

  it("startup removes what crashed DBX processes left, and nothing else", async () => {
    await server.close();
    const root = tempRoot();
    const dead = await deadPid();
    const crashed = join(root, `${dead}-0badc0de`, "backup-x");
    const running = join(root, `${process.ppid}-0badc0de`, "backup-y");
    await mkdir(crashed, { recursive: true });
    await mkdir(running, { recursive: true });
    await writeFile(join(crashed, "backup.sqlite"), Buffer.alloc(1024));
    await writeFile(join(running, "backup.sqlite"), Buffer.alloc(1024));
    await writeFile(join(root, "not-ours.txt"), "kept");
    // A restore's copy is written beside the database, so that it can be renamed over it.
    const database = join(dir, "main.db");
    await writeFile(`${database}.dbx-tmp-${dead}-0badc0de-1`, Buffer.alloc(1024));
    await writeFile(`${database}.dbx-tmp-${process.ppid}-0badc0de-2`, Buffer.alloc(1024));
    server = await startServer();
    expect(existsSync(`${database}.dbx-tmp-${dead}-0badc0de-1`)).toBe(false);
    expect(existsSync(`${database}.dbx-tmp-${process.ppid}-0badc0de-2`)).toBe(true);
    expect(existsSync(join(root, `${dead}-0badc0de`))).toBe(false);
    expect(existsSync(join(running, "backup.sqlite"))).toBe(true);
    expect(existsSync(join(root, "not-ours.txt"))).toBe(true);
  });
});
