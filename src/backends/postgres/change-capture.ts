import type pg from "pg";
import { quoteIdentifierAnsi } from "../sql/identifier.js";

/**
 * The trigger DBX puts on a watched table (one per table and capture
 * schema, whoever watches it): `dbx_watch` for the default schema.
 */
function triggerName(schema: string): string {
  return `${schema}_watch`;
}

/** The channel the capture trigger notifies; the payload is empty (the log holds the change). */
export const CHANGE_CHANNEL = "dbx_changes";

/** One change as the log holds it, read by the feed. */
export interface LoggedChange {
  readonly id: bigint;
  /** The watched table (a partitioned table for a change to one of its partitions). */
  readonly relid: number;
  /** The table the row is in: its columns give the row text's field order. */
  readonly leaf: number;
  /** I, U or D. */
  readonly op: string;
  /** The row after the change, as record text (insert, update). */
  readonly newRow: string | null;
  /** The row before the change, as record text (update, delete). */
  readonly oldRow: string | null;
  /** The writing transaction (txid_current()). */
  readonly txid: bigint;
  /** When the row was logged, in microseconds since the epoch. */
  readonly atMicros: bigint;
}

/** One read of the log: the rows, and what the read's snapshot saw. */
export interface LogRead {
  readonly rows: readonly LoggedChange[];
  /** txid_current_snapshot() of the read. */
  readonly snapshot: string;
  /** The highest id committed when the read ran (0 when the log is empty). */
  readonly maxCommitted: bigint;
  /** The byte budget or the row limit cut the read short: read again. */
  readonly more: boolean;
}

/** How long installing or dropping a trigger waits for the table's lock (then ABORTED: retry). */
const LOCK_TIMEOUT_MS = 5_000;

/** Rows and bytes of row text one read fetches at most: a feed's memory stays bounded whatever was written. */
const READ_ROWS = 500;
const READ_BYTES = 8 * 1024 * 1024;

/**
 * What DBX keeps in PostgreSQL to capture changes, in one schema (`dbx`):
 *
 * - `change_log`: one row per inserted, updated or deleted row of a watched
 *   table, written by the capture trigger in the writer's transaction: the
 *   watched table, the table the row is in, the operation, the rows after
 *   and before as record text (each column in its type's own text output,
 *   with DateStyle, IntervalStyle, TimeZone, extra_float_digits and
 *   bytea_output pinned by the function, so that any client's session
 *   settings give the same, exact text), the writer's txid and the time;
 *   `id` is a bigserial. The trigger then sends an empty NOTIFY on
 *   `dbx_changes` (NOTIFY folds identical ones per transaction, and its
 *   8000-byte payload limit never matters).
 * - `change_feeds`: each DBX feed connection (by backend pid) and the log id
 *   up to which it has read everything; rows no live feed needs are deleted.
 * - `watched_tables`: which feed watches which table; a table's trigger is
 *   dropped when no live feed watches it.
 *
 * The capture function is SECURITY DEFINER (owned by DBX's role), so that
 * clients writing a watched table need no privilege on the log. Creating
 * the trigger needs the TRIGGER privilege on the table and dropping it
 * ownership. Every change of the registrations runs under one transaction-
 * level advisory lock, so that DBX processes watching the same database
 * never drop a trigger another one needs.
 */
export class ChangeCapture {
  readonly #schema: string;
  readonly #function: string;
  /** The trigger's name as the catalog holds it, and quoted. */
  readonly #triggerName: string;
  readonly #trigger: string;

  constructor(
    private readonly client: pg.Client,
    /** The schema DBX's capture objects live in. */
    readonly schemaName: string,
  ) {
    this.#schema = quoteIdentifierAnsi(schemaName);
    this.#function = `${this.#schema}.capture_change`;
    this.#triggerName = triggerName(schemaName);
    this.#trigger = quoteIdentifierAnsi(this.#triggerName);
  }

  /**
   * Creates what is missing (schema, tables, function), registers this
   * connection as a feed, and removes what feeds that are gone left: their
   * registrations, and the triggers of tables nobody watches any more (a DBX
   * that stopped without cleaning up, or crashed).
   */
  async prepare(): Promise<void> {
    await this.#locked(async () => {
      const s = this.#schema;
      await this.#run(`CREATE SCHEMA IF NOT EXISTS ${s}`);
      await this.#run(`CREATE TABLE IF NOT EXISTS ${s}.change_log (
        id bigserial PRIMARY KEY, relid oid NOT NULL, leaf oid NOT NULL, op "char" NOT NULL,
        new_row text, old_row text, txid bigint NOT NULL DEFAULT txid_current(), at timestamptz NOT NULL DEFAULT clock_timestamp())`);
      await this.#run(`CREATE TABLE IF NOT EXISTS ${s}.change_feeds (pid int PRIMARY KEY, position bigint NOT NULL)`);
      await this.#run(`CREATE TABLE IF NOT EXISTS ${s}.watched_tables (relid oid NOT NULL, pid int NOT NULL, PRIMARY KEY (relid, pid))`);
      const body = captureBody(s);
      const current = await this.#run("SELECT prosrc FROM pg_catalog.pg_proc WHERE oid = to_regproc($1)", [`${s}.capture_change`]);
      if (current.rows[0]?.[0] !== body) {
        // Settings pinned for the function: row text comes out the same whatever the writer's session says.
        await this.#run(`CREATE OR REPLACE FUNCTION ${this.#function}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
          SET search_path = pg_catalog, pg_temp SET DateStyle = 'ISO, MDY' SET IntervalStyle = 'postgres' SET TimeZone = 'UTC'
          SET extra_float_digits = 1 SET bytea_output = 'hex' AS $dbx$${body}$dbx$`);
      }
      await this.#run(`INSERT INTO ${s}.change_feeds (pid, position) VALUES (pg_backend_pid(), 0) ON CONFLICT (pid) DO UPDATE SET position = 0`);
      await this.#forgetGoneFeeds();
      const orphans = await this.#run(
        `SELECT t.tgrelid::regclass::text FROM pg_catalog.pg_trigger t
         WHERE t.tgname = $2 AND t.tgfoid = to_regproc($1)
           AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits i WHERE i.inhrelid = t.tgrelid)
           AND NOT EXISTS (SELECT 1 FROM ${s}.watched_tables w WHERE w.relid = t.tgrelid)`,
        [`${s}.capture_change`, this.#triggerName],
      );
      for (const [table] of orphans.rows) await this.#run(`DROP TRIGGER IF EXISTS ${this.#trigger} ON ${table}`);
    });
  }

  /** Captures the changes of table `relid` (this feed's first watcher of it): registers, and creates the trigger if missing. */
  async install(relid: number): Promise<void> {
    await this.#locked(async () => {
      await this.#run(`INSERT INTO ${this.#schema}.watched_tables (relid, pid) VALUES ($1, pg_backend_pid()) ON CONFLICT DO NOTHING`, [relid]);
      const existing = await this.#run("SELECT $1::oid::regclass::text, EXISTS (SELECT 1 FROM pg_catalog.pg_trigger WHERE tgrelid = $1 AND tgname = $2)", [relid, this.#triggerName]);
      const [table, present] = existing.rows[0] as [string, string];
      if (present === "t") return;
      // Trigger arguments are literals: the watched table's oid, which partitions' clones inherit.
      await this.#run(`CREATE TRIGGER ${this.#trigger} AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION ${this.#function}('${relid}')`);
    });
  }

  /** This feed stops watching `relid` (its last watcher left); the trigger goes when no live feed watches the table. */
  async uninstall(relids: readonly number[], leaving: boolean): Promise<void> {
    await this.#locked(async () => {
      const s = this.#schema;
      await this.#forgetGoneFeeds();
      if (leaving) {
        await this.#run(`DELETE FROM ${s}.watched_tables WHERE pid = pg_backend_pid()`);
        await this.#run(`DELETE FROM ${s}.change_feeds WHERE pid = pg_backend_pid()`);
        // The last feed leaving empties the log: a feed that starts later reads only what commits after it.
        await this.#run(`DELETE FROM ${s}.change_log WHERE id <= COALESCE((SELECT min(position) FROM ${s}.change_feeds), (SELECT max(id) FROM ${s}.change_log))`);
      } else {
        await this.#run(`DELETE FROM ${s}.watched_tables WHERE pid = pg_backend_pid() AND relid = ANY($1::oid[])`, [`{${relids.join(",")}}`]);
      }
      const unwatched = await this.#run(
        `SELECT r::regclass::text FROM unnest($1::oid[]) AS r
         WHERE EXISTS (SELECT 1 FROM pg_catalog.pg_class WHERE oid = r) AND NOT EXISTS (SELECT 1 FROM ${s}.watched_tables w WHERE w.relid = r)`,
        [`{${relids.join(",")}}`],
      );
      for (const [table] of unwatched.rows) await this.#run(`DROP TRIGGER IF EXISTS ${this.#trigger} ON ${table}`);
    });
  }

  /**
   * Reads logged changes of `relids` in id order: those after `after`
   * except what the previous read (`seen`: its snapshot, `seenUpTo` its
   * highest id) already saw committed, so rows of transactions that were
   * still open then are read once they commit, whatever their ids.
   */
  async read(relids: readonly number[], after: bigint, seenUpTo: bigint, seen: string): Promise<LogRead> {
    const result = await this.#run(
      `SELECT s.snap, s.top, c.id, c.relid, c.leaf, c.op, c.new_row, c.old_row, c.txid, (extract(epoch FROM c.at) * 1000000)::bigint, c.running
       FROM (SELECT txid_current_snapshot()::text AS snap, COALESCE((SELECT max(id) FROM ${this.#schema}.change_log), 0) AS top) AS s
       LEFT JOIN LATERAL (
         SELECT * FROM (
           SELECT l.*, sum(COALESCE(octet_length(l.new_row), 0) + COALESCE(octet_length(l.old_row), 0)) OVER (ORDER BY l.id) AS running,
             COALESCE(octet_length(l.new_row), 0) + COALESCE(octet_length(l.old_row), 0) AS size
           FROM ${this.#schema}.change_log AS l
           WHERE l.id > $1 AND (l.id > $2 OR NOT txid_visible_in_snapshot(l.txid, $3::txid_snapshot)) AND l.relid = ANY($4::oid[])
           ORDER BY l.id LIMIT ${READ_ROWS}
         ) AS w WHERE w.running - w.size < ${READ_BYTES}
       ) AS c ON true
       ORDER BY c.id`,
      [String(after), String(seenUpTo), seen, `{${relids.join(",")}}`],
    );
    const table = result.rows as (string | null)[][];
    const rows: LoggedChange[] = [];
    for (const r of table) {
      if (r[2] === null) break;
      rows.push({
        id: BigInt(r[2]),
        relid: Number(r[3]),
        leaf: Number(r[4]),
        op: r[5]!,
        newRow: r[6],
        oldRow: r[7],
        txid: BigInt(r[8]!),
        atMicros: BigInt(r[9]!),
      });
    }
    // The first row always comes, however large; then rows up to the byte budget.
    const last = table[table.length - 1];
    const more = rows.length === READ_ROWS || (rows.length > 0 && Number(last[10]) >= READ_BYTES);
    return { rows, snapshot: table[0][0]!, maxCommitted: BigInt(table[0][1]!), more };
  }

  /** txid_current_snapshot(): what a watcher starting now has seen. */
  async snapshot(): Promise<string> {
    const result = await this.#run("SELECT txid_current_snapshot()::text");
    return result.rows[0][0] as string;
  }

  /**
   * Records that this feed has read everything up to `position` and deletes
   * the log rows every live feed has read. A feed whose connection is gone
   * no longer holds rows back.
   */
  async retain(position: bigint): Promise<void> {
    const s = this.#schema;
    await this.#run(`UPDATE ${s}.change_feeds SET position = $1 WHERE pid = pg_backend_pid()`, [String(position)]);
    await this.#forgetGoneFeeds();
    await this.#run(`DELETE FROM ${s}.change_log WHERE id <= (SELECT min(position) FROM ${s}.change_feeds)`);
  }

  /** The columns of relation `oid` in their order (the row text's fields). */
  async columnNames(oid: number): Promise<string[]> {
    const result = await this.#run("SELECT attname FROM pg_catalog.pg_attribute WHERE attrelid = $1 AND attnum > 0 AND NOT attisdropped ORDER BY attnum", [oid]);
    return result.rows.map((r) => r[0] as string);
  }

  async #forgetGoneFeeds(): Promise<void> {
    const s = this.#schema;
    await this.#run(`DELETE FROM ${s}.change_feeds f WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_stat_activity a WHERE a.pid = f.pid)`);
    await this.#run(`DELETE FROM ${s}.watched_tables w WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_stat_activity a WHERE a.pid = w.pid)`);
  }

  /** Runs `work` in a transaction holding the capture's advisory lock. */
  async #locked(work: () => Promise<void>): Promise<void> {
    await this.#run("BEGIN");
    try {
      // Creating or dropping a trigger waits for the table's open writers; a watch does not wait forever.
      await this.#run(`SET LOCAL lock_timeout = '${LOCK_TIMEOUT_MS}ms'`);
      await this.#run("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [`dbx.watch:${this.schemaName}`]);
      await work();
      await this.#run("COMMIT");
    } catch (err) {
      await this.#run("ROLLBACK").catch(() => undefined);
      throw err;
    }
  }

  #run(text: string, values: readonly unknown[] = []): Promise<pg.QueryResult<unknown[]>> {
    return this.client.query<unknown[]>({ text, values: values as unknown[], rowMode: "array" });
  }
}

/**
 * The capture function's body: logs the change, then wakes the feeds.
 * TG_ARGV[0] is the watched table (TG_RELID is a partition when the change
 * went to one).
 */
function captureBody(schema: string): string {
  return `
BEGIN
  INSERT INTO ${schema}.change_log (relid, leaf, op, new_row, old_row)
  VALUES (TG_ARGV[0]::oid, TG_RELID, left(TG_OP, 1),
    CASE WHEN TG_OP <> 'DELETE' THEN NEW::text END, CASE WHEN TG_OP <> 'INSERT' THEN OLD::text END);
  PERFORM pg_notify('${CHANGE_CHANNEL}', '');
  RETURN NULL;
END`;
}
