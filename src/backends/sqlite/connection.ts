import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { deserialize, serialize } from "node:v8";
import Database from "better-sqlite3";
import { LRUCache } from "lru-cache";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import { dbxError } from "../../errors/dbx-error.js";
import { decimalSortKey } from "./decimal-text.js";
import type { SqliteSettings } from "./options.js";

/** A compiled statement; readers answer rows as arrays, in column order. */
export type SqliteStatement = Database.Statement<unknown[], unknown[]>;

/** Compiles `sql` on `db`; readers answer raw rows (arrays). */
export function compile(db: Database.Database, sql: string): SqliteStatement {
  const stmt = db.prepare<unknown[], unknown[]>(sql);
  return stmt.reader ? stmt.raw(true) : stmt;
}

/**
 * The backend's one connection to its database, and the compiled statements
 * cached on it. better-sqlite3 is synchronous, so one connection serves the
 * whole process; the connection lock (connection-lock.ts) decides who uses
 * it. Restore swaps the underlying database, so callers always go through
 * `db` and `statement()` rather than keep references.
 */
export class SqliteConnection {
  #db: Database.Database | undefined;
  readonly #statements: LRUCache<string, SqliteStatement> | undefined;
  /** Connection pragmas set through SqliteService, re-applied when the database is reopened. */
  readonly #pragmas = new Map<string, string>();
  /** Reader connections open now: lent to a call, or idle in `#idleReaders`. */
  readonly #readers = new Set<Database.Database>();
  readonly #idleReaders: Database.Database[] = [];

  constructor(
    readonly backend: string,
    readonly settings: SqliteSettings,
  ) {
    const max = settings.options.statementCacheSize;
    this.#statements = max > 0 ? new LRUCache({ max }) : undefined;
  }

  get isOpen(): boolean {
    return this.#db?.open === true;
  }

  /** The open database; UNAVAILABLE when closed. */
  get db(): Database.Database {
    if (!this.#db?.open) {
      throw dbxError(ErrorReason.BACKEND_UNAVAILABLE, `SQLite backend "${this.backend}" is not open`, {
        backend: this.backend,
      });
    }
    return this.#db;
  }

  get cachedStatements(): number {
    return this.#statements?.size ?? 0;
  }

  /** Reader connections lent to calls now (streams reading a snapshot); stats report it. */
  get openReaders(): number {
    return this.#readers.size - this.#idleReaders.length;
  }

  /** Opens the database, creating its file and folder when needed. */
  open(): void {
    if (this.isOpen) return;
    const { location, options } = this.settings;
    if (location.kind === "memory") {
      this.#db = this.#configure(new Database(":memory:"));
      return;
    }
    if (!options.readonly) mkdirSync(dirname(location.path), { recursive: true });
    const db = new Database(location.path, { readonly: options.readonly, fileMustExist: options.readonly });
    try {
      this.#db = this.#configure(db);
    } catch (err) {
      db.close();
      throw err;
    }
  }

  /** Replaces the database with another one (Restore); the old one is closed. */
  replace(next: Database.Database): void {
    this.#statements?.clear();
    this.#closeReaders();
    this.#db?.close();
    this.#db = this.#configure(next);
  }

  /** Closes the database; `open()` opens it again. */
  close(): void {
    this.#statements?.clear();
    this.#closeReaders();
    this.#db?.close();
    this.#db = undefined;
  }

  /**
   * A compiled statement for `sql`, from the cache when it was compiled
   * before. Readers answer raw rows (arrays); a caller that wants another
   * mode sets it right before use (everything here is synchronous).
   */
  statement(sql: string): SqliteStatement {
    const cached = this.#statements?.get(sql);
    if (cached && !cached.busy) return cached.reader ? cached.raw(true) : cached;
    const stmt = this.prepare(sql);
    // A busy statement is being iterated by a stream; the new one is used
    // meanwhile and takes its place in the cache.
    this.#statements?.set(sql, stmt);
    return stmt;
  }

  /** A new compiled statement, not cached (streams iterate their own). */
  prepare(sql: string): SqliteStatement {
    return compile(this.db, sql);
  }

  /** The first column of the first row of a cached statement (undefined when no row). */
  value(sql: string, ...params: unknown[]): unknown {
    return (this.statement(sql).pluck() as Database.Statement<unknown[], unknown>).get(...params);
  }

  /** The first column of every row of a cached statement. */
  values(sql: string, ...params: unknown[]): unknown[] {
    return (this.statement(sql).pluck() as Database.Statement<unknown[], unknown>).all(...params);
  }

  /** Sets a pragma of the connection and remembers it for reopening. */
  setConnectionPragma(name: string, value: string): void {
    // Idle readers hold a shared lock that keeps journal_mode from leaving WAL.
    this.#closeReaders();
    this.db.pragma(`${name} = ${value}`);
    this.#pragmas.set(name, value);
  }

  /** The journal mode in effect ("wal", "delete", "memory", ...). */
  journalMode(): string {
    return String(this.db.pragma("journal_mode", { simple: true })).toLowerCase();
  }

  /**
   * A read-only connection to a database file in WAL mode, where readers see
   * a snapshot and never block the writer: long streams and backups read
   * there so that the main connection stays free. Give it back with
   * `returnReader()`. Undefined when that is not possible (in-memory
   * database, other journal modes) or when `readerConnections` are all lent
   * out: the caller then uses the main connection.
   *
   * Readers are kept open and reused rather than closed after each call:
   * while the main connection holds its lock on the file (always, in WAL
   * mode), SQLite cannot close another connection's file descriptor without
   * dropping that lock (POSIX locks belong to the process), so it keeps the
   * descriptor until the main connection closes. A reader opened and closed
   * per call would leave one descriptor behind per concurrent call.
   */
  borrowReader(): Database.Database | undefined {
    const { location, options } = this.settings;
    if (location.kind !== "file" || this.journalMode() !== "wal") return undefined;
    const idle = this.#idleReaders.pop();
    if (idle) return idle;
    if (this.#readers.size >= options.readerConnections) return undefined;
    const reader = new Database(location.path, { readonly: true, fileMustExist: true });
    try {
      this.#configure(reader, { reader: true });
    } catch (err) {
      reader.close();
      throw err;
    }
    this.#readers.add(reader);
    return reader;
  }

  /**
   * Takes back a reader from `borrowReader()`, its statements ended. One
   * left inside a transaction, or lent before the readers were closed
   * (restore, journal mode change), is closed instead of kept.
   */
  returnReader(reader: Database.Database): void {
    if (this.#readers.has(reader) && reader.open && !reader.inTransaction) {
      this.#idleReaders.push(reader);
      return;
    }
    this.#readers.delete(reader);
    reader.close();
  }

  /** Closes the idle readers; the lent ones close when given back. */
  #closeReaders(): void {
    for (const reader of this.#idleReaders) reader.close();
    this.#readers.clear();
    this.#idleReaders.length = 0;
  }

  #configure(db: Database.Database, { reader = false } = {}): Database.Database {
    const { options, location } = this.settings;
    db.defaultSafeIntegers(true);
    db.pragma(`busy_timeout = ${options.busyTimeoutMs}`);
    db.pragma("foreign_keys = ON");
    if (!reader && location.kind === "file" && !options.readonly) db.pragma(`journal_mode = ${options.journalMode}`);
    if (!reader) for (const [name, value] of this.#pragmas) db.pragma(`${name} = ${value}`);
    // Several stored values as one (a composite key, a row before a change), for the change log (change-capture.ts).
    db.function("dbx_tuple", { deterministic: true, varargs: true, safeIntegers: true }, (...stored: unknown[]) => serialize(stored));
    db.function("dbx_decimal_key", { deterministic: true }, (stored: unknown) =>
      typeof stored === "string" || typeof stored === "bigint" || typeof stored === "number"
        ? (decimalSortKey(String(stored)) ?? null)
        : null,
    );
    return db;
  }
}

/** The stored values that dbx_tuple() put in one value, in order. */
export function decodeTuple(tuple: Buffer): unknown[] {
  return deserialize(tuple) as unknown[];
}
