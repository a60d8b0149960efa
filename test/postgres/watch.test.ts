import { Code, ConnectError, createClient } from "@connectrpc/connect";
import { createGrpcTransport } from "@connectrpc/connect-node";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import { ChangeType, StreamService, type ChangeEvent, type WatchResponse } from "../../gen/ts/dbx/v1/stream_pb.js";
import type { Protocol, TestServer } from "../support/dbx-server.js";
import { startTestServer } from "../support/dbx-server.js";
import { createPostgresDatabase, type PostgresDatabase } from "../support/postgres-database.js";
import { startPostgresServer } from "../support/postgres-server.js";
import { record, u, v } from "../support/values.js";
import { waitFor } from "../support/wait-for.js";

const APP = "dbx-watch-test";
const SLOW_APP = "dbx-watch-slow";

/** A Watch stream read one change at a time; `close()` cancels it. */
interface OpenWatch {
  next(): Promise<ChangeEvent>;
  /** Resolves with the error the stream ends with (undefined when it ends normally). */
  failure(): Promise<unknown>;
  close(): void;
}

const keyOf = (e: ChangeEvent) => e.key?.kind.value;
const field = (e: ChangeEvent, name: string, image: "record" | "before" = "record") => e[image]?.fields[name]?.kind.value;

describe("PostgreSQL Watch", () => {
  let db: PostgresDatabase;
  let server: TestServer;
  let slow: TestServer;
  let tables = 0;

  async function openWatch(s: TestServer, protocol: Protocol, collection: string, includeBefore = false): Promise<OpenWatch> {
    const abort = new AbortController();
    const iterator = s.client(StreamService, protocol).watch({ target: { collection }, includeBefore }, { signal: abort.signal })[Symbol.asyncIterator]();
    const first: IteratorResult<WatchResponse> = await iterator.next();
    expect(first.value?.event.case).toBe("ready");
    return {
      async next() {
        const r = await iterator.next();
        if (r.done) throw new Error("the watch ended");
        if (r.value.event.case !== "change") throw new Error(`expected a change, got ${r.value.event.case}`);
        return r.value.event.value;
      },
      async failure() {
        try {
          for (;;) if ((await iterator.next()).done) return undefined;
        } catch (err) {
          return err;
        }
      },
      close: () => abort.abort(),
    };
  }

  async function newTable(columns = "id bigint PRIMARY KEY, name text, n numeric, f float8, at timestamptz"): Promise<string> {
    const name = `w${++tables}`;
    await db.query(`CREATE TABLE ${name} (${columns})`);
    return name;
  }

  /** The live connections registered as change feeds by the server with `app`. */
  const feedConnections = async (app = APP) =>
    (
      await db.query<{ pid: number }>(
        "SELECT a.pid FROM pg_stat_activity a WHERE a.application_name = $1 AND a.pid IN (SELECT pid FROM dbx.change_feeds)",
        [app],
      )
    ).rows.map((r) => r.pid);
  const alive = async (pid: number) => (await db.query("SELECT 1 FROM pg_stat_activity WHERE pid = $1", [pid])).rows.length > 0;
  const triggersOn = async (table: string) => Number((await db.query("SELECT count(*) AS n FROM pg_trigger WHERE tgrelid = $1::regclass AND tgname = 'dbx_watch'", [table])).rows[0].n);

  beforeAll(async () => {
    db = await createPostgresDatabase("watch");
    // A 1 MB row makes an event larger than the default 1 MiB response limit.
    server = await startTestServer({ server: { maxResponseBytes: 4 * 1024 * 1024 }, defaultBackend: "pg", backends: { pg: { url: db.url, applicationName: APP } } });
    slow = await startTestServer({ defaultBackend: "pg", backends: { pg: { url: db.url, applicationName: SLOW_APP, watchQueueSize: 40, watchSchema: "dbx slow" } } });
  });
  afterAll(async () => {
    await server?.close();
    await slow?.close();
    await db?.drop();
  });

  for (const protocol of ["connect", "grpc"] as const) {
    it(`sends insert, update and delete through DataService with records and before-images, values exact (${protocol})`, async () => {
      const t = await newTable();
      const data = server.client(DataService, protocol);
      const w = await openWatch(server, protocol, t, true);
      const at = new Date("2026-01-02T03:04:05.123Z");
      await data.insert({ target: { collection: t }, key: v.int(9223372036854775807n), record: record({ name: v.str("one"), n: v.decimal("12345678901234567890.123456789"), f: v.double(-0), at: v.ts(at) }) });
      await data.update({ target: { collection: t }, key: v.int(9223372036854775807n), updates: [u.set("name", v.str("two"))] });
      await data.delete({ target: { collection: t }, key: v.int(9223372036854775807n) });
      const inserted = await w.next();
      expect(inserted.type).toBe(ChangeType.INSERT);
      expect(inserted.target?.collection).toBe(t);
      expect(inserted.key).toEqual(v.int(9223372036854775807n));
      expect(inserted.record?.fields.n).toEqual(v.decimal("12345678901234567890.123456789"));
      // Connect JSON writes a double's -0 as 0; binary protobuf keeps it.
      if (protocol === "grpc") expect(Object.is(field(inserted, "f"), -0)).toBe(true);
      expect(inserted.record?.fields.at).toEqual(v.ts(at));
      expect(inserted.before).toBeUndefined();
      expect(Math.abs(Number(inserted.time!.seconds) * 1000 - Date.now())).toBeLessThan(60_000);
      const updated = await w.next();
      expect([updated.type, field(updated, "name"), field(updated, "name", "before")]).toEqual([ChangeType.UPDATE, "two", "one"]);
      const deleted = await w.next();
      expect([deleted.type, deleted.record, field(deleted, "name", "before")]).toEqual([ChangeType.DELETE, undefined, "two"]);
      expect(deleted.key).toEqual(v.int(9223372036854775807n));
      w.close();
    });
  }

  it("sees writes made by other clients, without before-images unless asked, and a key change as delete + insert", async () => {
    const t = await newTable();
    const w = await openWatch(server, "grpc", t);
    // Row text quotes and escapes these: the event carries them as written.
    const tricky = 'he said "hi", (x) \\ y\n\t';
    await db.query(`INSERT INTO ${t} (id, name) VALUES (1, $1), (2, '')`, [tricky]);
    await db.query(`UPDATE ${t} SET id = 3 WHERE id = 1`);
    await db.query(`DELETE FROM ${t}`);
    const events = [await w.next(), await w.next(), await w.next(), await w.next(), await w.next(), await w.next()];
    expect(events.map((e) => [ChangeType[e.type], keyOf(e)])).toEqual([
      ["INSERT", 1n],
      ["INSERT", 2n],
      ["DELETE", 1n],
      ["INSERT", 3n],
      ["DELETE", 2n],
      ["DELETE", 3n],
    ]);
    expect(events.every((e) => e.before === undefined)).toBe(true);
    expect([field(events[0], "name"), field(events[1], "name"), field(events[3], "name")]).toEqual([tricky, "", tricky]);
    expect(events[0].record?.fields.n).toEqual(v.null());
    w.close();
  });

  it("delivers a change of a transaction that took its log id before another committed, once it commits (ids are not commit order)", async () => {
    const t = await newTable();
    const w = await openWatch(server, "connect", t);
    const early = new pg.Client({ connectionString: db.url });
    await early.connect();
    try {
      await early.query("BEGIN");
      await early.query(`INSERT INTO ${t} (id, name) VALUES (1, 'early id, late commit')`);
      await db.query(`INSERT INTO ${t} (id, name) VALUES (2, 'late id, early commit')`);
      expect(keyOf(await w.next())).toBe(2n);
      await early.query("COMMIT");
      expect(keyOf(await w.next())).toBe(1n);
    } finally {
      await early.end();
    }
    // A rolled-back transaction's id never comes, and does not hold the others back.
    await db.query(`BEGIN; INSERT INTO ${t} (id) VALUES (10); ROLLBACK`).catch(() => undefined);
    await db.query(`INSERT INTO ${t} (id) VALUES (11)`);
    expect(keyOf(await w.next())).toBe(11n);
    w.close();
  });

  it("follows a column added while watching, and a partitioned table whose partitions order their columns differently", async () => {
    const t = await newTable("id int PRIMARY KEY, a text");
    const w = await openWatch(server, "grpc", t);
    await db.query(`INSERT INTO ${t} VALUES (1, 'before')`);
    expect(field(await w.next(), "a")).toBe("before");
    await db.query(`ALTER TABLE ${t} ADD COLUMN extra text`);
    await db.query(`INSERT INTO ${t} VALUES (2, 'after', 'new column')`);
    const added = await w.next();
    expect([keyOf(added), field(added, "a"), field(added, "extra")]).toEqual([2n, "after", "new column"]);
    w.close();

    const p = await newTable("id int, v text, PRIMARY KEY (id)) PARTITION BY RANGE (id");
    await db.query(`CREATE TABLE ${p}_low (v text, id int NOT NULL)`);
    await db.query(`ALTER TABLE ${p} ATTACH PARTITION ${p}_low FOR VALUES FROM (0) TO (100)`);
    await db.query(`CREATE TABLE ${p}_high PARTITION OF ${p} FOR VALUES FROM (100) TO (200)`);
    const pw = await openWatch(server, "connect", p, true);
    await db.query(`INSERT INTO ${p} VALUES (1, 'low'), (150, 'high')`);
    await db.query(`UPDATE ${p} SET v = 'moved', id = 120 WHERE id = 1`);
    const events = [await pw.next(), await pw.next(), await pw.next(), await pw.next()];
    expect(events.map((e) => [ChangeType[e.type], keyOf(e), field(e, "v") ?? field(e, "v", "before")])).toEqual([
      ["INSERT", 1n, "low"],
      ["INSERT", 150n, "high"],
      ["DELETE", 1n, "low"],
      ["INSERT", 120n, "moved"],
    ]);
    expect(events.every((e) => e.target?.collection === p)).toBe(true);
    pw.close();
  });

  it("loses nothing written right after ready, under concurrent writers, each writer's changes in its order", async () => {
    const t = await newTable("id bigint PRIMARY KEY, writer int, seq int");
    const writers = 4;
    const each = 60;
    // Writers already running while the watch starts: what they commit after ready must all arrive.
    const w = await openWatch(server, "grpc", t);
    const clients = await Promise.all(
      Array.from({ length: writers }, async () => {
        const c = new pg.Client({ connectionString: db.url });
        await c.connect();
        return c;
      }),
    );
    try {
      await Promise.all(
        clients.map(async (c, writer) => {
          for (let seq = 0; seq < each; seq++) {
            // Some in explicit transactions of two rows, some single statements.
            if (seq % 3 === 0 && seq + 1 < each) {
              await c.query(`BEGIN; INSERT INTO ${t} VALUES (${writer * 1000 + seq}, ${writer}, ${seq}), (${writer * 1000 + seq + 1}, ${writer}, ${seq + 1}); COMMIT`);
              seq++;
            } else {
              await c.query(`INSERT INTO ${t} VALUES ($1, $2, $3)`, [writer * 1000 + seq, writer, seq]);
            }
          }
        }),
      );
      const seen: ChangeEvent[] = [];
      while (seen.length < writers * each) seen.push(await w.next());
      for (let writer = 0; writer < writers; writer++) {
        const order = seen.filter((e) => field(e, "writer") === BigInt(writer)).map((e) => Number(field(e, "seq")));
        expect(order).toEqual(Array.from({ length: each }, (_, i) => i));
      }
      expect(new Set(seen.map(keyOf)).size).toBe(writers * each);
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
    w.close();
  });

  it("delivers a 1 MB row whole (NOTIFY carries no payload)", async () => {
    const t = await newTable("id int PRIMARY KEY, body text");
    const w = await openWatch(server, "connect", t);
    const body = "é".repeat(512 * 1024) + "end";
    await db.query(`INSERT INTO ${t} VALUES (1, $1)`, [body]);
    const e = await w.next();
    expect(field(e, "body")).toBe(body);
    w.close();
  });

  it("a second watcher gets only what commits after its ready; the log keeps only what a feed still needs", async () => {
    const t = await newTable("id int PRIMARY KEY");
    const first = await openWatch(server, "grpc", t);
    await db.query(`INSERT INTO ${t} VALUES (1)`);
    expect(keyOf(await first.next())).toBe(1n);
    const second = await openWatch(server, "connect", t);
    await db.query(`INSERT INTO ${t} VALUES (2)`);
    expect(keyOf(await first.next())).toBe(2n);
    expect(keyOf(await second.next())).toBe(2n);
    await waitFor(async () => Number((await db.query("SELECT count(*) AS n FROM dbx.change_log")).rows[0].n) === 0, { what: "the change log to be emptied" });
    first.close();
    second.close();
  });

  it("a cancelled watch releases everything: no trigger, no registration, no feed connection", async () => {
    const t = await newTable("id int PRIMARY KEY");
    const a = await openWatch(server, "grpc", t);
    const b = await openWatch(server, "connect", t, true);
    expect(await triggersOn(t)).toBe(1);
    const feeds = await feedConnections();
    expect(feeds).toHaveLength(1);
    a.close();
    await db.query(`INSERT INTO ${t} VALUES (1)`);
    expect(keyOf(await b.next())).toBe(1n);
    expect(await triggersOn(t)).toBe(1);
    b.close();
    await waitFor(async () => (await triggersOn(t)) === 0, { what: "the trigger to be dropped" });
    await waitFor(async () => !(await alive(feeds[0])), { what: "the feed connection to close" });
    expect(await feedConnections()).toEqual([]);
    expect(Number((await db.query("SELECT count(*) AS n FROM dbx.watched_tables")).rows[0].n)).toBe(0);
    // Writes now leave nothing in the log.
    await db.query(`INSERT INTO ${t} VALUES (2)`);
    expect(Number((await db.query("SELECT count(*) AS n FROM dbx.change_log WHERE relid = $1::regclass", [t])).rows[0].n)).toBe(0);
  });

  it("ends a watcher that falls behind with RESOURCE_EXHAUSTED, and the others go on", async () => {
    const t = await newTable("id int PRIMARY KEY, body text");
    // A connection of its own that nobody reads: its HTTP/2 window fills and DBX's queue for it (40) overflows.
    const abort = new AbortController();
    const lagging = createClient(StreamService, createGrpcTransport({ baseUrl: slow.url })).watch({ target: { collection: t } }, { signal: abort.signal })[Symbol.asyncIterator]();
    expect((await lagging.next()).value?.event.case).toBe("ready");
    const other = await newTable("id int PRIMARY KEY");
    const keeping = await openWatch(slow, "connect", other);
    // This server captures in its own schema (watchSchema), with triggers of its own.
    expect((await db.query("SELECT tgname FROM pg_trigger WHERE tgrelid = $1::regclass", [other])).rows).toEqual([{ tgname: "dbx slow_watch" }]);
    expect(Number((await db.query('SELECT count(*) AS n FROM "dbx slow".watched_tables')).rows[0].n)).toBe(2);
    // 24 MB of changes in one statement, far more than the windows, socket buffers and queue hold.
    await db.query(`INSERT INTO ${t} SELECT i, repeat('x', 256 * 1024) FROM generate_series(0, 95) AS i`);
    let failure: unknown;
    try {
      for (;;) if ((await lagging.next()).done) break;
    } catch (err) {
      failure = err;
    }
    expect(failure).toBeInstanceOf(ConnectError);
    expect((failure as ConnectError).code).toBe(Code.ResourceExhausted);
    expect((failure as ConnectError).message).toMatch(/fell behind/);
    // The feed goes on for the others.
    await db.query(`INSERT INTO ${other} VALUES (100)`);
    expect(keyOf(await keeping.next())).toBe(100n);
    keeping.close();
    abort.abort();
  });

  it("ends every watch with UNAVAILABLE when the feed connection is terminated; the next Watch works", async () => {
    const t = await newTable("id int PRIMARY KEY");
    const w = await openWatch(server, "grpc", t);
    const [pid] = await feedConnections();
    expect(pid).toBeGreaterThan(0);
    await db.query("SELECT pg_terminate_backend($1)", [pid]);
    const err = await w.failure();
    expect(err).toBeInstanceOf(ConnectError);
    expect((err as ConnectError).code).toBe(Code.Unavailable);
    // Like a DBX that went down: its trigger stays, and writes meanwhile are logged but never sent (no resume).
    expect(await triggersOn(t)).toBe(1);
    await db.query(`INSERT INTO ${t} VALUES (50)`);
    const again = await openWatch(server, "connect", t);
    await db.query(`INSERT INTO ${t} VALUES (1)`);
    expect(keyOf(await again.next())).toBe(1n);
    // The new feed forgot the lost one: its registration, and the log rows only it held back.
    expect(Number((await db.query("SELECT count(*) AS n FROM dbx.change_feeds WHERE pid = $1", [pid])).rows[0].n)).toBe(0);
    await waitFor(async () => Number((await db.query("SELECT count(*) AS n FROM dbx.change_log")).rows[0].n) === 0, { what: "the change log to be emptied" });
    again.close();
    await waitFor(async () => (await triggersOn(t)) === 0, { what: "the trigger to be dropped" });
  });

  it("ends every watch with UNAVAILABLE when PostgreSQL is killed (kill -9), and watches again once it is back", async () => {
    const postgres = await startPostgresServer();
    const own = await startTestServer({ defaultBackend: "pg", backends: { pg: { url: postgres.url, applicationName: APP } } });
    const sql = new pg.Pool({ connectionString: postgres.url, max: 2 });
    sql.on("error", () => undefined);
    try {
      await sql.query("CREATE TABLE k (id int PRIMARY KEY)");
      const w = await openWatch(own, "grpc", "k");
      await sql.query("INSERT INTO k VALUES (1)");
      expect(keyOf(await w.next())).toBe(1n);
      const killed = Date.now();
      await postgres.kill();
      const err = await w.failure();
      expect((err as ConnectError).code).toBe(Code.Unavailable);
      expect(Date.now() - killed).toBeLessThan(5_000);
      await postgres.restart();
      await waitFor(
        async () => {
          try {
            await (await openWatch(own, "connect", "k")).close();
            return true;
          } catch {
            return false;
          }
        },
        { what: "Watch to work again after the restart" },
      );
      const again = await openWatch(own, "connect", "k");
      await sql.query("INSERT INTO k VALUES (2)");
      expect(keyOf(await again.next())).toBe(2n);
      again.close();
    } finally {
      await sql.end();
      await own.close();
      await postgres.stop();
    }
  }, 60_000);

  it("refuses a table without a primary key and an unknown table", async () => {
    const t = await newTable("a int");
    const refused = async (collection: string): Promise<ConnectError> => {
      try {
        await openWatch(server, "connect", collection);
      } catch (err) {
        return err as ConnectError;
      }
      throw new Error("the watch started");
    };
    expect((await refused(t)).code).toBe(Code.Unimplemented);
    expect((await refused("nope")).code).toBe(Code.NotFound);
  });
});
