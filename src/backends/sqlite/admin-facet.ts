import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, open, rename, rm, stat } from "node:fs/promises";
import { dirname, join } from "node:path";
import Database from "better-sqlite3";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import type { TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import { dbxError, invalidField } from "../../errors/dbx-error.js";
import type { OperationContext } from "../backend.js";
import type {
  SqliteBackupCall,
  SqliteBackupChunk,
  SqliteBackupStreamCall,
  SqliteFacet,
  SqliteFileWritten,
  SqliteGetPragmaCall,
  SqliteIntegrityCheckCall,
  SqliteRestoreCall,
  SqliteSetPragmaCall,
  SqliteVacuumCall,
} from "../facets/sqlite.js";
import type { SqliteExecutor } from "./executor.js";
import type { SqliteSettings } from "./options.js";
import { pragmaArgument, pragmaSpec, pragmaValue } from "./pragmas.js";
import { serverPath } from "./server-paths.js";
import { CallCleanup } from "./call-cleanup.js";
import { abortError } from "./sqlite-errors.js";
import { createTempFolder, siblingTempPath } from "./temp-files.js";

/** dbx.sqlite.v1.SqliteService on one SQLite backend. */
export class SqliteAdminFacet implements SqliteFacet {
  constructor(
    private readonly executor: SqliteExecutor,
    private readonly settings: SqliteSettings,
  ) {}

  get #backend(): string {
    return this.executor.errors.backend;
  }

  async backup(ctx: OperationContext, { path, overwrite }: SqliteBackupCall): Promise<SqliteFileWritten> {
    const signal = ctx.signal;
    const target = this.#path(path, "path");
    if (target === this.#databasePath()) throw invalidField("path", "that is the database file itself");
    if (!overwrite && existsSync(target)) throw this.#fileExists(target, "path");
    await mkdir(dirname(target), { recursive: true });
    // Written beside the target and renamed into place: a failed or
    // cancelled backup never leaves a partial file under the target's name.
    const partial = `${target}.dbx-partial-${randomUUID()}`;
    try {
      await this.#copyTo(signal, partial);
      await rename(partial, target);
    } finally {
      await rm(partial, { force: true });
    }
    return { path: target, sizeBytes: BigInt((await stat(target)).size) };
  }

  /**
   * The copy is written to a temporary folder (temp-files.ts) that is removed
   * when the call ends, however it ends: also on abort while the stream
   * waits for its client (call-cleanup.ts). The copy is read through a file
   * handle that the same cleanup closes; not through a read stream given the
   * call's signal: Node 20 opens such a stream's file even when the signal
   * aborted before, and never closes it.
   */
  async *backupStream(ctx: OperationContext, { chunkSize }: SqliteBackupStreamCall): AsyncIterable<SqliteBackupChunk> {
    const signal = ctx.signal;
    const cleanup = new CallCleanup(signal);
    const checkAborted = () => {
      if (cleanup.done) throw abortError(signal, this.#backend);
    };
    const folder = await createTempFolder("backup-");
    cleanup.add(() => void folder.remove());
    try {
      checkAborted();
      const file = join(folder.path, "backup.sqlite");
      await this.#copyTo(signal, file);
      checkAborted();
      const handle = await open(file, "r");
      // Closed at once when the call ended while the file was opening.
      cleanup.add(() => void handle.close().catch(() => undefined));
      checkAborted();
      const total = BigInt((await handle.stat()).size);
      for (let first = true; ; first = false) {
        checkAborted();
        const { bytesRead, buffer } = await handle.read(Buffer.allocUnsafe(chunkSize), 0, chunkSize, null);
        if (bytesRead === 0 && !first) return;
        const data = buffer.subarray(0, bytesRead);
        yield first ? { totalBytes: total, data } : { data };
        if (bytesRead === 0) return;
      }
    } finally {
      cleanup.run();
      await folder.remove();
    }
  }

  async restore(ctx: OperationContext, { path }: SqliteRestoreCall): Promise<{ sizeBytes: bigint }> {
    if (this.settings.options.readonly) {
      throw dbxError(ErrorReason.DISABLED, `backend "${this.#backend}" is configured read-only; it cannot be restored`, {
        backend: this.#backend,
        setting: `backends.${this.#backend}.readonly`,
      });
    }
    const sourcePath = this.#path(path, "path");
    if (sourcePath === this.#databasePath()) throw invalidField("path", "that is the database file itself");
    const source = this.#openChecked(sourcePath);
    try {
      await this.executor.exclusive(ctx.signal, async () => {
        const location = this.settings.location;
        const connection = this.executor.connection;
        if (location.kind === "memory") {
          connection.replace(new Database(source.serialize()));
        } else {
          await this.#replaceFile(source, location.path);
        }
        this.executor.metadata.invalidate();
      });
    } finally {
      source.close();
    }
    return { sizeBytes: this.#databaseSize() };
  }

  async getPragma(ctx: OperationContext, { name }: SqliteGetPragmaCall): Promise<TypedValue> {
    const spec = pragmaSpec(name, false);
    return this.executor.run(ctx, (scope) => pragmaValue(spec, scope.db.pragma(name, { simple: true })));
  }

  async setPragma(ctx: OperationContext, { name, value }: SqliteSetPragmaCall): Promise<TypedValue> {
    const spec = pragmaSpec(name, true);
    const argument = pragmaArgument(name, spec, value);
    // Exclusive: several of these (journal_mode, foreign_keys) are silently
    // ignored inside a transaction.
    return this.executor.exclusive(ctx.signal, () => {
      const connection = this.executor.connection;
      if (spec.connection) connection.setConnectionPragma(name, argument);
      else connection.db.pragma(`${name} = ${argument}`);
      return pragmaValue(spec, connection.db.pragma(name, { simple: true }));
    });
  }

  async integrityCheck(ctx: OperationContext, { quick, maxProblems }: SqliteIntegrityCheckCall): Promise<{ ok: boolean; problems: string[] }> {
    const limit = Math.max(1, Math.min(maxProblems || 100, 100_000));
    return this.executor.exclusive(ctx.signal, () => {
      const rows = this.executor.connection.db.pragma(`${quick ? "quick_check" : "integrity_check"}(${limit})`) as Record<string, string>[];
      const messages = rows.map((r) => String(Object.values(r)[0]));
      const ok = messages.length === 1 && messages[0] === "ok";
      return { ok, problems: ok ? [] : messages };
    });
  }

  async vacuum(ctx: OperationContext, { intoPath }: SqliteVacuumCall): Promise<SqliteFileWritten> {
    const signal = ctx.signal;
    if (!intoPath) {
      await this.executor.exclusive(signal, () => this.executor.connection.db.exec("VACUUM"));
      return { path: "", sizeBytes: this.#databaseSize() };
    }
    const target = this.#path(intoPath, "into_path");
    if (existsSync(target)) throw this.#fileExists(target, "into_path");
    await mkdir(dirname(target), { recursive: true });
    await this.executor.exclusive(signal, () => this.executor.connection.db.prepare("VACUUM INTO ?").run(target));
    return { path: target, sizeBytes: BigInt((await stat(target)).size) };
  }

  /**
   * A consistent copy of the database at `file`. A database file is copied by
   * SQLite's online backup API from a separate read-only connection, which
   * sees committed data only and lets other calls go on; an in-memory
   * database is serialized while the connection is held.
   */
  async #copyTo(signal: AbortSignal, file: string): Promise<void> {
    const location = this.settings.location;
    if (location.kind === "memory") {
      const image = await this.executor.exclusive(signal, () => this.executor.connection.db.serialize());
      const copy = new Database(image);
      try {
        await copy.backup(file);
      } finally {
        copy.close();
      }
      return;
    }
    const progress = () => {
      if (signal.aborted) throw signal.reason;
      return 256;
    };
    const connection = this.executor.connection;
    const reader = connection.borrowReader();
    if (!reader) {
      // Every reader is lent out (or the journal mode is not WAL): copy from the main connection.
      await this.executor.exclusive(signal, () => connection.db.backup(file, { progress }));
      return;
    }
    try {
      await reader.backup(file, { progress });
    } catch (err) {
      throw this.executor.mapError(err);
    } finally {
      connection.returnReader(reader);
    }
  }

  /**
   * Swaps the database file for a copy of `source`: the copy is written
   * beside the database, the connection closes (checkpointing its WAL), the
   * copy is renamed over the file and the connection reopens. Until the
   * rename, a failure leaves the old database as it was.
   */
  async #replaceFile(source: Database.Database, dbPath: string): Promise<void> {
    const copy = siblingTempPath(dbPath);
    const connection = this.executor.connection;
    try {
      await source.backup(copy);
      connection.close();
      try {
        await rm(`${dbPath}-wal`, { force: true });
        await rm(`${dbPath}-shm`, { force: true });
        await rename(copy, dbPath);
      } finally {
        connection.open();
      }
    } finally {
      await rm(copy, { force: true });
    }
  }

  /** Opens a file to restore from, read-only, after checking it is a sound SQLite database. */
  #openChecked(path: string): Database.Database {
    if (!existsSync(path)) throw invalidField("path", `no file at ${path}`);
    let db: Database.Database | undefined;
    try {
      db = new Database(path, { readonly: true, fileMustExist: true });
      const result = db.pragma("quick_check", { simple: true });
      if (result !== "ok") throw invalidField("path", `${path} fails SQLite's quick_check: ${String(result)}`);
      return db;
    } catch (err) {
      db?.close();
      if (err instanceof Database.SqliteError) throw invalidField("path", `${path} is not a usable SQLite database: ${err.message}`);
      throw err;
    }
  }

  #path(path: string, field: string): string {
    return serverPath(path, field, this.#backend, this.settings.fileDirectory);
  }

  #databasePath(): string | undefined {
    return this.settings.location.kind === "file" ? this.settings.location.path : undefined;
  }

  #databaseSize(): bigint {
    const db = this.executor.connection.db;
    return (db.pragma("page_count", { simple: true }) as bigint) * (db.pragma("page_size", { simple: true }) as bigint);
  }

  #fileExists(path: string, field: string) {
    return dbxError(ErrorReason.ALREADY_EXISTS, `${field}: ${path} exists`, { backend: this.#backend, field });
  }
}
