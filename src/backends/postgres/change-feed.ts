import { create } from "@bufbuild/protobuf";
import type pg from "pg";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import { ChangeEventSchema, ChangeType, type ChangeEvent } from "../../../gen/ts/dbx/v1/stream_pb.js";
import type { Item, TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import { dbxError } from "../../errors/dbx-error.js";
import type { WatchEvent } from "../backend.js";
import type { CollectionRef, WatchCall } from "../backend-calls.js";
import { ChangeWatcher } from "../change-watcher.js";
import { contextOf, type OperationContext } from "../operation-context.js";
import { recordKey } from "../sql/record-key.js";
import { CHANGE_CHANNEL, ChangeCapture, type LoggedChange } from "./change-capture.js";
import { parseRowText } from "./change-row-text.js";
import { committedIn, parseSnapshot, type TxSnapshot } from "./change-snapshot.js";
import type { PostgresPool } from "./connection-pool.js";
import type { PostgresExecutor } from "./executor.js";
import type { PostgresTable } from "./introspector.js";
import { postgresError } from "./postgres-errors.js";
import type { PostgresTables } from "./table-access.js";
import { decodePgValue } from "./value-codec.js";

/** How the feed finds the tables Watch names (the backend's introspector, through the pool). */
export interface ChangeTables {
  /** The table a target names; NOT_FOUND (UNKNOWN_COLLECTION) as for data calls. */
  resolve(ctx: OperationContext, target: CollectionRef): Promise<PostgresTable>;
  /** Forgets a cached shape: row text showed the table's columns changed. */
  forget(target: CollectionRef): void;
}

/** How often the feed records how far it has read and deletes log rows no feed needs. */
const RETAIN_INTERVAL_MS = 1_000;

/**
 * Watch on PostgreSQL: changes captured by triggers into a log table
 * (change-capture.ts), read by one dedicated connection per backend that
 * LISTENs for the triggers' wake-ups and fans the changes out to the
 * watchers of each table. docs/backends/postgres.md ("## Watch") states the
 * guarantees. The connection opens with the first watcher and closes with
 * the last (which also drops triggers nobody needs); when it is lost, every
 * watch ends with UNAVAILABLE and the next Watch opens a new one.
 */
export class PostgresChangeFeed {
  #session: FeedSession | undefined;
  readonly #closing = new Set<Promise<void>>();

  constructor(
    private readonly backend: string,
    private readonly connect: () => Promise<pg.Client>,
    private readonly tables: ChangeTables,
    private readonly capacity: number,
    /** Where the change log and its companions live (option watchSchema). */
    private readonly schema: string,
  ) {}

  get watcherCount(): number {
    return this.#session?.watcherCount ?? 0;
  }

  /** Whether a feed connection is open (tests: none is left once the last watcher leaves). */
  get connected(): boolean {
    return this.#session !== undefined;
  }

  watch(ctx: OperationContext, call: WatchCall): AsyncIterable<WatchEvent> {
    return this.#watch(ctx, call);
  }

  async *#watch(ctx: OperationContext, call: WatchCall): AsyncGenerator<WatchEvent> {
    const table = await this.tables.resolve(ctx, call.target);
    this.#check(table);
    const watcher = new ChangeWatcher(this.capacity, call.target.namespace, call.includeBefore);
    let session = this.#session;
    if (!session) {
      session = new FeedSession(this.backend, this.connect, new WatchedTables(this.tables), this.schema, (s) => this.#ended(s));
      this.#session = session;
    }
    const leave = await session.add(table, call.target, watcher);
    yield* watcher.events(ctx.signal, leave);
  }

  /** Ends every watch (the backend closes) and the connection, dropping the triggers this feed needed. */
  async close(): Promise<void> {
    this.#session?.close();
    await Promise.all([...this.#closing]);
  }

  #ended(session: FeedSession, closing?: Promise<void>): void {
    if (this.#session === session) this.#session = undefined;
    if (!closing) return;
    this.#closing.add(closing);
    void closing.finally(() => this.#closing.delete(closing));
  }

  /** Only tables with a primary key: an event names its record by key. */
  #check(table: PostgresTable): void {
    const meta = { backend: this.backend, collection: table.name };
    if (table.relkind === "f") {
      throw dbxError(ErrorReason.UNSUPPORTED, `"${table.name}" is a foreign table: changes made on its server are not seen here, so it cannot be watched`, meta);
    }
    if (table.keyColumns.length === 0) {
      throw dbxError(ErrorReason.UNSUPPORTED, `"${table.name}" has no primary key: change events name records by key, so it cannot be watched`, meta);
    }
  }
}

/** A watcher, and what it had seen when it became ready: it gets the changes committed after. */
interface Member {
  readonly watcher: ChangeWatcher;
  readonly since: TxSnapshot;
}

/** A watched table's shape (re-read when the log shows its columns changed) and its watchers. */
interface TableWatch {
  shape: PostgresTable;
  readonly target: CollectionRef;
  readonly members: Set<Member>;
}

/** Shapes and column orders of watched tables and their partitions. */
class WatchedTables {
  /** Column names of each table rows are logged from, in row text order. */
  readonly #leafColumns = new Map<number, readonly string[]>();

  constructor(readonly source: ChangeTables) {}

  /** Column names of `leaf`, read again when `fieldCount` says they changed. */
  async columns(capture: ChangeCapture, leaf: number, fieldCount: number): Promise<readonly string[]> {
    const known = this.#leafColumns.get(leaf);
    if (known && known.length === fieldCount) return known;
    const names = await capture.columnNames(leaf);
    this.#leafColumns.set(leaf, names);
    return names;
  }

  /** The shape again, after a column was missing from it. */
  async reload(watch: TableWatch): Promise<void> {
    this.source.forget(watch.target);
    watch.shape = await this.source.resolve(internalContext(), watch.target);
  }
}

/**
 * One feed connection and what it reads. Every statement on it runs in
 * order through one queue: LISTEN, registrations, watchers' start
 * snapshots and log reads, so that a watcher's start snapshot falls between
 * two reads and it gets exactly the changes committed after it.
 *
 * Reading in commit order despite ids taken at insert time: a row whose
 * transaction was still open at a read is invisible to it, even if later
 * ids were read. Each read therefore fetches the rows after the highest id
 * seen, plus the rows at or below it whose transaction the previous read's
 * snapshot did not see committed. `after` only moves up to an id once every
 * transaction open at the read that saw it has ended, so nothing below it
 * can still appear; it bounds what reads scan and what the log keeps.
 */
class FeedSession {
  readonly #tables = new Map<number, TableWatch>();
  #client: pg.Client | undefined;
  #capture: ChangeCapture | undefined;
  readonly #ready: Promise<void>;
  /** Every statement goes through here, one at a time. */
  #queue: Promise<void> = Promise.resolve();
  /** Watchers, and watches still being set up. */
  #members = 0;
  #finished = false;
  #readPending = false;
  #retainPending = false;
  /** The last statements run after #finished: unregistering on the way out. */
  #closingNow = false;
  #retainTimer: NodeJS.Timeout | undefined;

  /** Every id at or below it is read, or will never be committed. */
  #after = 0n;
  /** The highest id the reads have covered. */
  #seenUpTo = 0n;
  /** The previous read's snapshot. */
  #seen: TxSnapshot | undefined;
  /**
   * Where `after` moves next: `upTo` once every transaction below `xmax`
   * (the ones a read saw running, and older) has ended. One at a time, so
   * that frequent reads under steady load still move it.
   */
  #checkpoint: { xmax: bigint; upTo: bigint } | undefined;
  #retained = 0n;

  constructor(
    private readonly backend: string,
    connect: () => Promise<pg.Client>,
    private readonly shapes: WatchedTables,
    schema: string,
    private readonly onEnd: (session: FeedSession, closing?: Promise<void>) => void,
  ) {
    this.#ready = this.#open(connect, schema);
    this.#ready.catch(() => undefined);
  }

  get watcherCount(): number {
    let n = 0;
    for (const t of this.#tables.values()) n += t.members.size;
    return n;
  }

  /**
   * Adds a watcher once the table's changes are captured; resolves with
   * its removal. The watcher gets every change committed after this
   * resolves (and a few committed just before: those after its snapshot).
   */
  async add(table: PostgresTable, target: CollectionRef, watcher: ChangeWatcher): Promise<() => void> {
    this.#members++;
    let member: Member | undefined;
    try {
      await this.#ready;
      member = await this.#enqueue(async () => {
        const capture = this.#capture!;
        let watch = this.#tables.get(table.oid);
        if (!watch) {
          await capture.install(table.oid);
          watch = { shape: table, target, members: new Set() };
          this.#tables.set(table.oid, watch);
        }
        const m: Member = { watcher, since: parseSnapshot(await capture.snapshot()) };
        watch.members.add(m);
        return m;
      });
    } catch (err) {
      this.#members--;
      if (this.#members === 0) this.close();
      throw postgresError(err, this.backend);
    }
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.#leave(table.oid, member!);
    };
  }

  /** Ends every watch normally and closes (the backend closes). */
  close(): void {
    if (this.#finished) return;
    for (const watch of this.#tables.values()) for (const m of watch.members) m.watcher.end();
    this.#finish();
  }

  async #open(connect: () => Promise<pg.Client>, schema: string): Promise<void> {
    const client = await connect();
    this.#client = client;
    const lost = (reason: string): void => this.#fail(dbxError(ErrorReason.BACKEND_UNAVAILABLE, `the change feed lost its PostgreSQL connection (${reason}); watch again`, { backend: this.backend }));
    client.on("error", (err) => lost(err.message));
    client.on("end", () => lost("the connection ended"));
    client.on("notification", () => this.#scheduleRead());
    const capture = new ChangeCapture(client, schema);
    // LISTEN first: a change committed after any later snapshot wakes the feed.
    await client.query(`LISTEN ${CHANGE_CHANNEL}`);
    await capture.prepare();
    const start = await capture.read([], 0n, 0n, await capture.snapshot());
    this.#seen = parseSnapshot(start.snapshot);
    this.#seenUpTo = start.maxCommitted;
    this.#checkpoint = { xmax: this.#seen.xmax, upTo: this.#seenUpTo };
    this.#capture = capture;
    this.#retainTimer = setInterval(() => this.#scheduleRead(true), RETAIN_INTERVAL_MS);
    this.#retainTimer.unref();
  }

  #leave(relid: number, member: Member): void {
    const watch = this.#tables.get(relid);
    if (!watch?.members.delete(member)) return;
    this.#members--;
    if (this.#finished) return;
    if (this.#members === 0) {
      this.#finish();
      return;
    }
    if (watch.members.size === 0) {
      this.#tables.delete(relid);
      // Best effort: a trigger left behind is dropped by the next feed that prepares.
      // A watcher of the same table that arrived meanwhile (queued before this) keeps it.
      this.#enqueue(async () => {
        if (!this.#tables.has(relid)) await this.#capture!.uninstall([relid], false);
      }).catch(() => undefined);
    }
  }

  #enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(() => {
      if (this.#finished && !this.#closingNow) throw dbxError(ErrorReason.BACKEND_UNAVAILABLE, "the change feed closed; watch again", { backend: this.backend });
      return work();
    });
    this.#queue = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  /**
   * Reads the log after a wake-up, or for the retain timer (which then
   * records the position and deletes what no feed needs). Wake-ups while a
   * read waits fold into it; a timer tick while one waits is dropped, so a
   * slow server never piles work up.
   */
  #scheduleRead(retain = false): void {
    if (this.#finished || !this.#capture) return;
    if (retain ? this.#retainPending : this.#readPending) return;
    if (retain) this.#retainPending = true;
    else this.#readPending = true;
    this.#enqueue(async () => {
      if (retain) this.#retainPending = false;
      else this.#readPending = false;
      await this.#read();
      if (retain && this.#after > this.#retained) {
        await this.#capture!.retain(this.#after);
        this.#retained = this.#after;
      }
    }).catch((err: unknown) => this.#fail(postgresError(err, this.backend)));
  }

  async #read(): Promise<void> {
    const capture = this.#capture!;
    for (;;) {
      if (this.#tables.size === 0) return;
      const read = await capture.read([...this.#tables.keys()], this.#after, this.#seenUpTo, this.#seen!.text);
      const snapshot = parseSnapshot(read.snapshot);
      const last = read.rows.length ? read.rows[read.rows.length - 1].id : 0n;
      const checkpoint = this.#checkpoint;
      // Every transaction open at the checkpoint has ended, and this read got every row up to it: nothing there can still appear.
      if (checkpoint && snapshot.xmin >= checkpoint.xmax && (!read.more || last >= checkpoint.upTo)) {
        this.#after = checkpoint.upTo;
        this.#checkpoint = undefined;
      }
      if (last > this.#seenUpTo) this.#seenUpTo = last;
      if (!read.more && read.maxCommitted > this.#seenUpTo) this.#seenUpTo = read.maxCommitted;
      this.#seen = snapshot;
      this.#checkpoint ??= { xmax: snapshot.xmax, upTo: this.#seenUpTo };
      for (const row of read.rows) await this.#deliver(row);
      if (!read.more) return;
    }
  }

  async #deliver(row: LoggedChange): Promise<void> {
    const watch = this.#tables.get(row.relid);
    if (!watch) return;
    const members = [...watch.members].filter((m) => !committedIn(m.since, row.txid));
    if (members.length === 0) return;
    const events = await this.#events(watch, row);
    for (const m of members) for (const event of events) m.watcher.push(event);
  }

  /** A logged row as change events: an update that changed the key is a delete and an insert, as on SQLite. */
  async #events(watch: TableWatch, row: LoggedChange): Promise<ChangeEvent[]> {
    const after = row.newRow === null ? undefined : await this.#image(watch, row.leaf, row.newRow);
    const before = row.oldRow === null ? undefined : await this.#image(watch, row.leaf, row.oldRow);
    const time = { $typeName: "google.protobuf.Timestamp" as const, seconds: row.atMicros / 1_000_000n, nanos: Number(row.atMicros % 1_000_000n) * 1_000 };
    const target = { collection: watch.shape.name };
    const event = (type: ChangeType, key: TypedValue, record: Item | undefined, image: Item | undefined) =>
      create(ChangeEventSchema, { type, target, key, record, before: image, time });
    if (row.op === "I" && after) return [event(ChangeType.INSERT, after.key, after.record, undefined)];
    if (row.op === "D" && before) return [event(ChangeType.DELETE, before.key, undefined, before.record)];
    if (!after || !before) return [];
    if (after.keyText === before.keyText) return [event(ChangeType.UPDATE, after.key, after.record, before.record)];
    return [event(ChangeType.DELETE, before.key, undefined, before.record), event(ChangeType.INSERT, after.key, after.record, undefined)];
  }

  /** A row's text as a record, its key, and the key's text (to compare before and after). */
  async #image(watch: TableWatch, leaf: number, text: string): Promise<{ record: Item; key: TypedValue; keyText: string } | undefined> {
    const fields = parseRowText(text);
    if (!fields) return undefined;
    const names = await this.shapes.columns(this.#capture!, leaf, fields.length);
    // A column was dropped since the row was logged: which field is which can no longer be told.
    if (fields.length > names.length) return undefined;
    if (names.some((n) => !watch.shape.byName.has(n))) await this.shapes.reload(watch);
    const shape = watch.shape;
    const values: Record<string, TypedValue> = {};
    const raw = new Map<string, string | null>();
    names.forEach((name, i) => {
      const column = shape.byName.get(name);
      // Columns added since the row was logged come last and have no field.
      if (!column || i >= fields.length) return;
      raw.set(name, fields[i]);
      values[name] = decodePgValue(fields[i], column.pgType);
    });
    const key = recordKey(
      shape,
      shape.keyColumns.map((c) => values[c.name]),
    );
    return { record: { $typeName: "dbx.v1.Item", fields: values }, key, keyText: JSON.stringify(shape.keyColumns.map((c) => raw.get(c.name))) };
  }

  /** The connection was lost or a read failed: every watch ends with `error`. */
  #fail(error: unknown): void {
    if (this.#finished) return;
    for (const watch of this.#tables.values()) for (const m of watch.members) m.watcher.fail(error);
    this.#finished = true;
    clearInterval(this.#retainTimer);
    this.onEnd(this);
    const client = this.#client;
    void client?.end().catch(() => undefined);
  }

  /** The last watcher left (or the backend closes): unregister, drop triggers nobody needs, close the connection. */
  #finish(): void {
    this.#finished = true;
    clearInterval(this.#retainTimer);
    const relids = [...this.#tables.keys()];
    this.#tables.clear();
    const closing = (async () => {
      await this.#ready.catch(() => undefined);
      const client = this.#client;
      if (!client) return;
      if (!this.#capture) {
        await client.end().catch(() => undefined);
        return;
      }
      this.#closingNow = true;
      await this.#enqueue(() => this.#capture!.uninstall(relids, true)).catch(() => undefined);
      await client.end().catch(() => undefined);
    })();
    this.onEnd(this, closing);
  }
}

function internalContext(): OperationContext {
  return contextOf({ signal: AbortSignal.timeout(10_000), deadline: Date.now() + 10_000, requestId: "watch" });
}

/** The feed of a backend: tables resolved as data calls resolve them, its connection opened with the pool's settings. */
export function postgresChangeFeed(
  backend: string,
  pool: PostgresPool,
  executor: PostgresExecutor,
  tables: PostgresTables,
  options: { readonly watchQueueSize: number; readonly watchSchema: string },
): PostgresChangeFeed {
  const source: ChangeTables = {
    resolve: (ctx, target) => executor.run(ctx, (connection) => tables.target(ctx, connection, target)),
    forget: (target) => tables.introspector.forget(target.namespace, target.collection),
  };
  return new PostgresChangeFeed(backend, () => pool.connectDedicated(), source, options.watchQueueSize, options.watchSchema);
}
