import { createHash } from "node:crypto";
import { create } from "@bufbuild/protobuf";
import { timestampNow } from "@bufbuild/protobuf/wkt";
import { ColumnType, TableKind } from "../../../gen/ts/dbx/sql/v1/schema_pb.js";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import { ChangeEventSchema, ChangeType, type ChangeEvent } from "../../../gen/ts/dbx/v1/stream_pb.js";
import type { Item, TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import { dbxError } from "../../errors/dbx-error.js";
import { decodeTuple, type SqliteConnection } from "./connection.js";
import { readStoredKey } from "./record-reads.js";
import { decodeRecord, projection, q } from "./table-access.js";
import type { ColumnMeta, TableMeta, TableMetadata } from "./table-metadata.js";
import { decodeForColumn } from "./value-codec.js";

/**
 * The change log. `key` has no declared type: any affinity could convert a
 * text key that looks like a number. `before` is the row before an update or
 * delete, as a dbx_tuple() of its columns, for watchers that asked for it.
 */
const CREATE_LOG = "CREATE TEMP TABLE IF NOT EXISTS dbx_changes(seq INTEGER PRIMARY KEY, tbl TEXT, op INTEGER, key, before BLOB)";

const OPERATIONS = [
  ["insert", "INSERT"],
  ["update", "UPDATE"],
  ["delete", "DELETE"],
] as const;

/**
 * A capture trigger's name. Update and delete triggers that log the row
 * before the change are named apart, with a fingerprint of the columns they
 * name, so that reconcile() replaces them when a watcher's wish or the
 * table's columns change. Insert triggers never log a row before.
 */
function triggerName(table: string, operation: string, beforeOf?: readonly ColumnMeta[]): string {
  if (!beforeOf || operation === "insert") return `dbx_watch_${operation}_${table}`;
  const fingerprint = createHash("sha256")
    .update(beforeOf.map((c) => c.name).join("\0"))
    .digest("hex")
    .slice(0, 8);
  return `dbx_watch_before_${fingerprint}_${operation}_${table}`;
}

/** The columns a row before a change is logged with, in the order decoded. */
function imageColumns(table: TableMeta): ColumnMeta[] {
  return projection(table, [], "fields");
}

/** A string literal: trigger bodies cannot bind parameters. */
function textLiteral(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/**
 * Captures the changes of watched tables inside SQLite, so that every write
 * made on the backend's connection is seen, whatever made it: data calls,
 * plain SQL (SqlService, QueryService.Execute), foreign-key actions, other
 * triggers. A watched table gets TEMP triggers (they live on this connection
 * only) that append (table, operation, key) to temp.dbx_changes; after each
 * unit of work the executor drains that log into change events. Writes by
 * other connections do not fire TEMP triggers and are not seen.
 *
 * The log is written in the writer's own transaction, so a statement or
 * transaction that rolls back takes its entries with it.
 */
export class ChangeCapture {
  /** Watched tables, by the name their watchers use. */
  readonly #tables = new Set<string>();
  /** Triggers may exist that no watcher needs (dropping them had to wait). */
  #stale = false;
  /** Watched tables whose DROP or RENAME event was drained (it may still be buffered in a transaction). */
  readonly #announced = new Set<string>();
  /** Watched tables whose rows before each change are logged (a watcher asked for before-images). */
  readonly #before = new Set<string>();
  /**
   * The main and temp schema versions after the last reconcile: a change
   * means triggers may have been dropped (with their table, or by a
   * rollback) or a watched table created again.
   */
  #schemaVersions: string | undefined;

  constructor(
    private readonly connection: SqliteConnection,
    private readonly metadata: TableMetadata,
    private readonly backend: string,
    /** Whether the connection can write now (not a read-only backend or transaction). */
    private readonly writable: () => boolean,
  ) {}

  /** Whether any table is watched: only then do units of work drain the log. */
  get active(): boolean {
    return this.#tables.size > 0;
  }

  /** Whether the triggers may differ from the watched tables. */
  get needsReconcile(): boolean {
    return this.active || this.#stale;
  }

  /**
   * Starts capturing `table` (its first watcher). The triggers exist when
   * this returns, unless the connection cannot write now (then no write can
   * happen until reconcile() runs when the read-only transaction ends).
   */
  start(table: string): void {
    this.#announced.delete(table);
    const meta = this.metadata.find(table);
    if (meta) this.#check(meta);
    if (!this.writable()) {
      this.#tables.add(table);
      this.#stale = true;
      return;
    }
    try {
      this.connection.db.exec(CREATE_LOG);
      if (meta) this.#install(table, meta);
    } catch (err) {
      // Some of the table's triggers may exist: the next reconcile drops them.
      this.#stale = true;
      throw err;
    }
    this.#tables.add(table);
    if (this.#stale) this.reconcile();
    else this.#schemaVersions = this.#currentSchemaVersions();
  }

  /**
   * Logs the rows of `table` before each update and delete, or stops doing
   * so. While it does, the triggers name every column, so SQLite refuses
   * ALTER TABLE ... DROP COLUMN on the table (docs/backends/sqlite.md).
   */
  setBeforeImages(table: string, wanted: boolean): void {
    if (wanted) this.#before.add(table);
    else this.#before.delete(table);
    if (!this.connection.isOpen || !this.writable()) {
      this.#stale = true;
      return;
    }
    try {
      this.reconcile();
    } catch (err) {
      this.#stale = true;
      // A watcher that asked must not start without them; one that left must not fail.
      if (wanted) throw err;
    }
  }

  /** Stops capturing `table` (its last watcher left). */
  stop(table: string): void {
    this.#tables.delete(table);
    this.#announced.delete(table);
    this.#before.delete(table);
    if (!this.connection.isOpen || !this.writable()) {
      this.#stale = true;
      return;
    }
    try {
      this.#drop(table);
      if (!this.active) this.connection.db.exec("DELETE FROM temp.dbx_changes");
      this.#schemaVersions = this.#currentSchemaVersions();
    } catch {
      // A statement still reading on the connection (a stream) can make DDL
      // fail; the leftover triggers are dropped by the next reconcile, and
      // the watcher leaving must not fail.
      this.#stale = true;
    }
  }

  /**
   * Makes the triggers match the watched tables: after a rollback (which
   * undoes triggers created inside it), a read-only transaction, a restore
   * (a new connection), or a watched table dropped and created again.
   */
  reconcile(): void {
    if (!this.connection.isOpen || !this.writable()) return;
    this.#schemaVersions = undefined;
    // A table announced gone that is back (a rolled-back DROP) may go again.
    for (const table of this.#announced) if (this.metadata.find(table)) this.#announced.delete(table);
    const db = this.connection.db;
    db.exec(CREATE_LOG);
    const wanted = new Set<string>();
    for (const table of this.#tables) {
      const meta = this.metadata.find(table);
      if (!meta || !this.#capturable(meta)) continue;
      this.#install(table, meta);
      const beforeOf = this.#before.has(table) ? imageColumns(meta) : undefined;
      for (const [operation] of OPERATIONS) wanted.add(triggerName(table, operation, beforeOf).toLowerCase());
    }
    const installed = this.connection.values(
      "SELECT name FROM temp.sqlite_master WHERE type = 'trigger' AND name GLOB 'dbx_watch_*'",
    ) as string[];
    for (const name of installed) if (!wanted.has(name.toLowerCase())) db.exec(`DROP TRIGGER IF EXISTS temp.${q(name)}`);
    if (!this.active) db.exec("DELETE FROM temp.dbx_changes");
    this.#stale = false;
    this.#schemaVersions = this.#currentSchemaVersions();
  }

  /**
   * The changes captured since the last drain, in the order they were made,
   * as change events; the log is emptied. Inserts and updates carry the
   * record as it is now (unset when a later write of the same unit deleted it).
   */
  drain(): ChangeEvent[] {
    if (!this.active || !this.writable()) return [];
    let vanished: ChangeEvent[] = [];
    if (this.#stale || this.#currentSchemaVersions() !== this.#schemaVersions) {
      // Before reconcile drops the triggers of tables that are gone.
      vanished = this.#vanished();
      this.reconcile();
    }
    const rows = this.connection.statement("SELECT seq, tbl, op, key, before FROM temp.dbx_changes ORDER BY seq").all() as [
      bigint,
      string,
      bigint,
      unknown,
      Buffer | null,
    ][];
    if (rows.length === 0) return vanished;
    this.connection.statement("DELETE FROM temp.dbx_changes WHERE seq <= ?").run(rows[rows.length - 1][0]);
    const tables = new Map<string, TableMeta | undefined>();
    const time = timestampNow();
    const events: ChangeEvent[] = [];
    for (const [, table, op, rawKey, rawBefore] of rows) {
      if (!this.#tables.has(table)) continue;
      if (!tables.has(table)) tables.set(table, this.metadata.find(table));
      const meta = tables.get(table);
      const type = Number(op) as ChangeType;
      const { stored, key } = this.#key(meta, rawKey);
      const record = type === ChangeType.DELETE || !meta ? undefined : this.#read(meta, stored);
      const before = rawBefore && meta ? beforeImage(meta, rawBefore) : undefined;
      events.push(create(ChangeEventSchema, { type, target: { collection: table }, key, record, before, time }));
    }
    // The changes made before a table went come before its DROP or RENAME.
    return events.concat(vanished);
  }

  /**
   * DROP and RENAME events for watched tables that are gone, once each. A
   * renamed table is found through its triggers, which SQLite renames with
   * it (ALTER TABLE ... RENAME TO rewrites TEMP triggers too).
   */
  #vanished(): ChangeEvent[] {
    const events: ChangeEvent[] = [];
    const time = timestampNow();
    for (const table of this.#tables) {
      const exists = this.metadata.find(table) !== undefined;
      if (exists || this.#announced.has(table)) {
        // Created again, or a rollback brought it back: it may vanish again.
        if (exists) this.#announced.delete(table);
        continue;
      }
      this.#announced.add(table);
      const renamed = this.connection.value(
        "SELECT tbl_name FROM temp.sqlite_master WHERE type = 'trigger' AND name = ? COLLATE NOCASE",
        triggerName(table, "insert"),
      ) as string | undefined;
      const target = { collection: table };
      if (renamed !== undefined && renamed.toLowerCase() !== table.toLowerCase() && this.metadata.find(renamed)) {
        events.push(create(ChangeEventSchema, { type: ChangeType.RENAME, target, renamedTo: { collection: renamed }, time }));
      } else {
        events.push(create(ChangeEventSchema, { type: ChangeType.DROP, target, time }));
      }
    }
    return events;
  }

  #read(table: TableMeta, stored: readonly unknown[]): Item | undefined {
    return readStoredKey(this.connection, table, stored);
  }

  /**
   * A logged key as stored values, in key column order, and as the event's
   * key: the value of a one-column key, a map of every key column to its
   * value for a composite key (logged by dbx_key(), connection.ts).
   */
  #key(table: TableMeta | undefined, raw: unknown): { stored: unknown[]; key: TypedValue } {
    const columns = table?.keyColumns ?? [];
    if (columns.length <= 1) return { stored: [raw], key: decodeForColumn(raw, columns[0]?.type ?? ColumnType.UNSPECIFIED) };
    const stored = decodeTuple(raw as Buffer);
    const fields: Record<string, TypedValue> = {};
    columns.forEach((c, i) => (fields[c.name] = decodeForColumn(stored[i], c.type)));
    return { stored, key: { $typeName: "dbx.v1.TypedValue", kind: { case: "mapValue", value: { $typeName: "dbx.v1.MapValue", fields } } } };
  }

  /** UNIMPLEMENTED for tables whose changes cannot be captured. */
  #check(table: TableMeta): void {
    if (table.kind === TableKind.VIRTUAL) {
      throw dbxError(ErrorReason.UNSUPPORTED, `"${table.name}" is a virtual table: SQLite cannot capture its changes, so it cannot be watched`, {
        backend: this.backend,
        collection: table.name,
      });
    }
    if (table.kind === TableKind.VIEW || table.keyColumns.length === 0) {
      throw dbxError(ErrorReason.UNSUPPORTED, `"${table.name}" is a view: it has no rows of its own to capture, so it cannot be watched; watch its tables`, {
        backend: this.backend,
        collection: table.name,
      });
    }
  }

  #capturable(table: TableMeta): boolean {
    return table.kind === TableKind.TABLE && table.keyColumns.length > 0;
  }

  /**
   * Creates the table's triggers. An UPDATE that changes the key is logged
   * as a DELETE of the old key and an INSERT of the new one.
   */
  #install(watchedName: string, table: TableMeta): void {
    const keys = table.keyColumns.map((c) => q(c.name));
    const target = `main.${q(table.name)}`;
    // One key column is logged as stored; several as one dbx_tuple().
    const keyOf = (row: "NEW" | "OLD") => (keys.length === 1 ? `${row}.${keys[0]}` : `dbx_tuple(${keys.map((k) => `${row}.${k}`).join(", ")})`);
    const sameKey = keys.map((k) => `OLD.${k} IS NEW.${k}`).join(" AND ");
    const beforeOf = this.#before.has(watchedName) ? imageColumns(table) : undefined;
    const before = beforeOf ? `dbx_tuple(${beforeOf.map((c) => `OLD.${q(c.name)}`).join(", ")})` : "NULL";
    // Statements inside a trigger cannot name a schema; the TEMP table is found first.
    const log = (type: ChangeType, row: "NEW" | "OLD", image: string, when = "") =>
      `INSERT INTO dbx_changes(tbl, op, key, before) SELECT ${textLiteral(watchedName)}, ${type}, ${keyOf(row)}, ${image}${when};`;
    const bodies = {
      insert: log(ChangeType.INSERT, "NEW", "NULL"),
      update: [
        log(ChangeType.UPDATE, "NEW", before, ` WHERE ${sameKey}`),
        log(ChangeType.DELETE, "OLD", before, ` WHERE NOT (${sameKey})`),
        log(ChangeType.INSERT, "NEW", "NULL", ` WHERE NOT (${sameKey})`),
      ].join(" "),
      delete: log(ChangeType.DELETE, "OLD", before),
    };
    const db = this.connection.db;
    for (const [operation, event] of OPERATIONS) {
      const name = q(triggerName(watchedName, operation, beforeOf));
      db.exec(`CREATE TEMP TRIGGER IF NOT EXISTS ${name} AFTER ${event} ON ${target} BEGIN ${bodies[operation]} END`);
    }
  }

  #drop(table: string): void {
    for (const [operation] of OPERATIONS) this.connection.db.exec(`DROP TRIGGER IF EXISTS temp.${q(triggerName(table, operation))}`);
    // Triggers that logged rows before changes carry a column fingerprint in their names.
    const named = this.connection.values(
      "SELECT name FROM temp.sqlite_master WHERE type = 'trigger' AND name GLOB 'dbx_watch_before_*'",
    ) as string[];
    const prefix = "dbx_watch_before_".length + 9;
    for (const name of named) {
      const rest = name.slice(prefix);
      if (rest === `update_${table}` || rest === `delete_${table}`) this.connection.db.exec(`DROP TRIGGER IF EXISTS temp.${q(name)}`);
    }
  }

  #currentSchemaVersions(): string {
    return this.connection.value(
      "SELECT m.schema_version || '/' || t.schema_version FROM main.pragma_schema_version AS m, temp.pragma_schema_version AS t",
    ) as string;
  }
}

/**
 * A row logged before a change, as a record. The log holds the columns the
 * triggers named, in order; columns added since are absent, and SQLite
 * refuses to drop one the triggers name.
 */
function beforeImage(table: TableMeta, raw: Buffer): Item {
  const columns = imageColumns(table);
  const stored = decodeTuple(raw);
  const n = Math.min(columns.length, stored.length);
  return decodeRecord(columns.slice(0, n), stored.slice(0, n));
}
