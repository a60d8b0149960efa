import { readdirSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SqlService } from "../../gen/ts/dbx/sql/v1/sql_pb.js";
import { SqliteService } from "../../gen/ts/dbx/sqlite/v1/sqlite_pb.js";
import { AdminService } from "../../gen/ts/dbx/v1/admin_pb.js";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import { QueryService } from "../../gen/ts/dbx/v1/query_pb.js";
import { StreamService } from "../../gen/ts/dbx/v1/stream_pb.js";
import { PROTOCOLS, startTestServer, type Protocol, type TestServer } from "../support/dbx-server.js";
import { v } from "../support/values.js";

/** Polls `check` until it holds; fails after a bound generous enough for a loaded machine. */
async function until(what: string, check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** File descriptors open in this process (the server runs in it). */
function openFds(): number {
  return readdirSync("/proc/self/fd").length;
}

/**
 * A SQLite stream whose client goes away releases what it holds at once:
 * its reader connection and WAL snapshot (file in WAL mode) or the
 * connection lock (in-memory database). Before, an aborted FindStream kept
 * its reader until garbage collection: the WAL could not be checkpointed and
 * grew without bound. Through a real server, over every protocol.
 */
describe("aborted SQLite streams release their resources", () => {
  let server: TestServer;
  let dir: string;
  let dbPath: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "dbx-stream-release-"));
    dbPath = join(dir, "main.db");
    server = await startTestServer({
      defaultBackend: "main",
      backends: { main: { url: `sqlite:${dbPath}` }, mem: { url: "sqlite::memory:" } },
    });
    for (const backend of ["main", "mem"]) {
      const sql = server.client(SqlService);
      await sql.exec({ target: { backend }, source: { case: "sql", value: "CREATE TABLE items (id INTEGER PRIMARY KEY, body BLOB)" } });
      await sql.exec({
        target: { backend },
        source: {
          case: "sql",
          value: "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) INSERT INTO items SELECT i, randomblob(5000) FROM n",
        },
      });
    }
    // Keep what is written in the WAL, so that every stream's snapshot pins WAL frames.
    await server.client(SqliteService).setPragma({ target: { backend: "main" }, name: "wal_autocheckpoint", value: v.int(0) });
  });
  afterAll(async () => {
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const stats = async (backend = "main") => (await server.client(AdminService).getStats({ backend })).details;

  /** Opens a stream, reads its first message, then aborts it as a client that goes away does. */
  const abortAfterFirst = async (protocol: Protocol, kind: "find" | "query", backend = "main") => {
    const abort = new AbortController();
    const messages =
      kind === "find"
        ? server.client(QueryService, protocol).findStream({ target: { backend, collection: "items" }, batchSize: 10 }, { signal: abort.signal })
        : server.client(SqlService, protocol).streamQuery({ target: { backend }, source: { case: "sql", value: "SELECT * FROM items" }, batchSize: 10 }, { signal: abort.signal });
    try {
      for await (const _ of messages) {
        abort.abort();
        break;
      }
    } catch {
      // the client's own abort
    }
  };

  /**
   * A checkpoint that must reset the WAL, from another connection: busy while
   * any reader still holds a snapshot. It does not wait (the server runs in
   * this process): callers poll.
   */
  const checkpoint = () => {
    const db = new Database(dbPath, { timeout: 0 });
    try {
      const [result] = db.pragma("wal_checkpoint(TRUNCATE)") as { busy: number; log: number; checkpointed: number }[];
      return result;
    } finally {
      db.close();
    }
  };

  it("600 aborted FindStreams and StreamQuerys leave no reader open, no fd, and the WAL can be checkpointed", async () => {
    // The clients' connections are opened first: they stay open (keep-alive).
    for (const protocol of PROTOCOLS) await abortAfterFirst(protocol, "find");
    await until("no reader is open", async () => (await stats()).open_readers === "0");
    const fdsBefore = openFds();
    for (let i = 0; i < 600; i++) {
      await abortAfterFirst(PROTOCOLS[i % PROTOCOLS.length], i % 4 === 3 ? "query" : "find");
      // Writes go on meanwhile: a leaked snapshot would keep all of them in the WAL.
      if (i % 50 === 0) await server.client(DataService).put({ target: { collection: "items" }, key: v.int(1_000_000n + BigInt(i)), record: { fields: {} } });
    }
    await until("no reader is open", async () => (await stats()).open_readers === "0");
    await until("the WAL can be checkpointed", async () => checkpoint().busy === 0);
    expect(Number((await stats()).wal_bytes)).toBe(0);
    // Each leaked reader held the database and WAL files open; a few sockets may come and go.
    await until("fds are back to their level before", async () => openFds() <= fdsBefore + 5);
  }, 180_000);

  it.each(PROTOCOLS)("an abort mid-stream over %s closes the stream's reader and its WAL snapshot", async (protocol) => {
    // Something in the WAL, which the stream's snapshot then pins.
    await server.client(DataService).put({ target: { collection: "items" }, key: v.int(3_000_000 + PROTOCOLS.indexOf(protocol)), record: { fields: {} } });
    const abort = new AbortController();
    const messages = server.client(QueryService, protocol).findStream({ target: { collection: "items" }, batchSize: 10 }, { signal: abort.signal });
    const iterator = messages[Symbol.asyncIterator]();
    expect((await iterator.next()).done).toBe(false);
    expect(checkpoint().busy).toBe(1);
    abort.abort();
    await iterator.return?.().catch(() => undefined);
    await until("the WAL can be checkpointed", async () => checkpoint().busy === 0);
    expect((await stats()).open_readers).toBe("0");
  });

  it.each(PROTOCOLS)("an abort mid-stream over %s on an in-memory database gives the connection back", async (protocol) => {
    for (let i = 0; i < 20; i++) await abortAfterFirst(protocol, i % 2 ? "query" : "find", "mem");
    await until("no stream holds the connection", async () => (await stats("mem")).connection_held === "false");
    const got = await server.client(DataService).get({ target: { backend: "mem", collection: "items" }, key: v.int(7) }, { timeoutMs: 10_000 });
    expect(got.record?.fields.id.kind.value).toBe(7n);
  });

  it.each(PROTOCOLS)("an aborted Watch over %s leaves the change feed and drops its TEMP triggers", async (protocol) => {
    const triggers = async () =>
      (await server.client(QueryService).execute({ statement: "SELECT count(*) FROM temp.sqlite_master WHERE type = 'trigger'" })).rows[0].values[0].kind.value;
    const abort = new AbortController();
    const events = server.client(StreamService, protocol).watch({ target: { collection: "items" } }, { signal: abort.signal })[Symbol.asyncIterator]();
    expect((await events.next()).value?.event.case).toBe("ready");
    expect((await stats()).watchers).toBe("1");
    expect(await triggers()).toBe(3n);
    abort.abort();
    await events.return?.().catch(() => undefined);
    await until("the watcher is gone", async () => (await stats()).watchers === "0");
    expect(await triggers()).toBe(0n);
  });
});
