import { readdirSync, readlinkSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SqlService } from "../../gen/ts/dbx/sql/v1/sql_pb.js";
import { SqliteService } from "../../gen/ts/dbx/sqlite/v1/sqlite_pb.js";
import { AdminService } from "../../gen/ts/dbx/v1/admin_pb.js";
import { SqliteOptionsSchema } from "../../src/backends/sqlite/options.js";
import { tempRoot } from "../../src/backends/sqlite/temp-files.js";
import { fuzzSeed, Prng } from "../fuzz/prng.js";
import { startTestServer, type Protocol, type TestServer } from "../support/dbx-server.js";

const CALLS = 96;
const IN_FLIGHT = 24;
const PROTOCOLS: readonly Protocol[] = ["grpc", "connect"];
const seed = fuzzSeed();

/** Polls `check` until it holds; fails after a bound generous enough for a loaded machine. */
async function until(what: string, check: () => boolean, describeState: () => string, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what} (seed ${seed}): ${describeState()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Targets of this process's fds (the server runs in it) that `matches` accepts. */
function fdTargets(matches: (target: string) => boolean): string[] {
  const targets: string[] = [];
  for (const fd of readdirSync("/proc/self/fd")) {
    try {
      const target = readlinkSync(`/proc/self/fd/${fd}`);
      if (matches(target)) targets.push(target);
    } catch {
      // closed while listed
    }
  }
  return targets;
}

/**
 * SQLite calls aborted by their clients at random points, many at once, must
 * not keep file descriptors: StreamQuery's reader connections on the database
 * file (before, every reader a call opened left its descriptor behind: SQLite
 * cannot close one while the main connection holds its lock on the file, so
 * 24 concurrent aborted calls left 24), and BackupStream's handles on its
 * temporary copy, which is deleted when the call ends.
 */
describe("aborted SQLite calls leave no file descriptor behind", () => {
  let server: TestServer;
  let dir: string;
  let dbPath: string;
  const readerConnections = SqliteOptionsSchema.parse({ url: "sqlite::memory:" }).readerConnections ?? 0;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "dbx-abort-fds-"));
    dbPath = join(dir, "main.db");
    server = await startTestServer({ defaultBackend: "main", backends: { main: { url: `sqlite:${dbPath}` } } });
    const sql = server.client(SqlService);
    await sql.exec({ source: { case: "sql", value: "CREATE TABLE items (id INTEGER PRIMARY KEY, body BLOB)" } });
    await sql.exec({
      source: {
        case: "sql",
        value: "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) INSERT INTO items SELECT i, randomblob(2000) FROM n",
      },
    });
    // The clients' connections first: they stay open (keep-alive) and are no file.
    for (const protocol of PROTOCOLS) await server.client(AdminService, protocol).getStats({ backend: "main" });
  });
  afterAll(async () => {
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  /**
   * Runs `calls` calls, `IN_FLIGHT` at a time, alternating protocols, each
   * aborted at a random point: before it starts, after a random delay of up
   * to `maxDelayMs`, or after a random number of messages.
   */
  const abortAtRandom = async (open: (protocol: Protocol, signal: AbortSignal) => AsyncIterable<unknown>, calls = CALLS, maxDelayMs = 30) => {
    const prng = new Prng(seed);
    let next = 0;
    const one = async (i: number) => {
      const abort = new AbortController();
      const when = prng.int(0, 3);
      if (when === 0) abort.abort();
      else if (when === 1) setTimeout(() => abort.abort(), prng.int(0, maxDelayMs));
      const afterMessages = prng.int(0, 5);
      let received = 0;
      try {
        for await (const _ of open(PROTOCOLS[i % PROTOCOLS.length]!, abort.signal)) {
          if (++received > afterMessages) abort.abort();
        }
      } catch {
        // the client's own abort
      } finally {
        abort.abort();
      }
    };
    const worker = async () => {
      while (next < calls) await one(next++);
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  };

  const stats = async () => (await server.client(AdminService).getStats({ backend: "main" })).details;

  it("StreamQuery keeps no more descriptors on the database file than its reader connections", async () => {
    const onDatabase = (target: string) => target === dbPath || target === `${dbPath} (deleted)`;
    const before = fdTargets(onDatabase).length;
    await abortAtRandom((protocol, signal) =>
      server.client(SqlService, protocol).streamQuery({ source: { case: "sql", value: "SELECT * FROM items" }, batchSize: 20 }, { signal }),
    );
    await expect.poll(async () => (await stats()).open_readers, { timeout: 30_000, interval: 50 }).toBe("0");
    await until(
      `the database file's fds are back within ${readerConnections} idle readers of ${before}`,
      () => fdTargets(onDatabase).length <= before + readerConnections,
      () => `${fdTargets(onDatabase).length} fds on ${dbPath}`,
    );
    // The readers kept are reused, not added to: another round opens none.
    const kept = fdTargets(onDatabase).length;
    await abortAtRandom((protocol, signal) =>
      server.client(SqlService, protocol).streamQuery({ source: { case: "sql", value: "SELECT * FROM items" }, batchSize: 20 }, { signal }),
    );
    await until(
      `the database file's fds stay at ${kept}`,
      () => fdTargets(onDatabase).length <= kept,
      () => `${fdTargets(onDatabase).length} fds on ${dbPath}`,
    );
  }, 180_000);

  it("BackupStream keeps no descriptor on its temporary copy, deleted or not", async () => {
    const onCopy = (target: string) => target.startsWith(tempRoot());
    const onDatabase = (target: string) => target === dbPath || target === `${dbPath} (deleted)`;
    const before = fdTargets(onDatabase).length;
    // More calls, aborted over the whole copy: the window that leaked lies between the copy and reading it.
    await abortAtRandom(
      (protocol, signal) => server.client(SqliteService, protocol).backupStream({ target: { backend: "main" }, chunkSize: 16_384 }, { signal }),
      4 * CALLS,
      200,
    );
    await until("no fd is open on a temporary copy", () => fdTargets(onCopy).length === 0, () => fdTargets(onCopy).join(", "));
    await until(
      `the database file's fds are back within ${readerConnections} idle readers of ${before}`,
      () => fdTargets(onDatabase).length <= before + readerConnections,
      () => `${fdTargets(onDatabase).length} fds on ${dbPath}`,
    );
  }, 180_000);
});
