import { isAbsolute, resolve } from "node:path";
import { z } from "zod";
import { ConfigError, parseConfig } from "../../config/config-error.js";
import type { BackendConfig } from "../../config/schema.js";

/** Journal modes a SQLite backend may be configured with. */
export const JOURNAL_MODES = ["WAL", "DELETE", "TRUNCATE", "PERSIST", "MEMORY", "OFF"] as const;

/**
 * The options of a SQLite backend beside its `url`. docs/backends/sqlite.md
 * describes each one.
 */
export const SqliteOptionsSchema = z.strictObject({
  url: z.string().regex(/^sqlite:/i, 'a SQLite URL starts with "sqlite:"'),
  /** Open the database read-only: every write answers PERMISSION_DENIED. */
  readonly: z.boolean().default(false),
  /** The journal mode set when a database file opens (in-memory databases keep MEMORY). */
  journalMode: z.enum(JOURNAL_MODES).default("WAL"),
  /** How long a statement waits for a lock held by another process before UNAVAILABLE. */
  busyTimeoutMs: z.number().int().min(0).max(600_000).default(5_000),
  /** Compiled statements kept for reuse. */
  statementCacheSize: z.number().int().min(0).max(100_000).default(500),
  /**
   * Read-only connections kept for streams (FindStream, StreamQuery) and
   * BackupStream on a database file in WAL mode; a call that finds them all
   * in use reads through the main connection and holds it until it ends.
   * Each one keeps a file descriptor on the database open.
   */
  readerConnections: z.number().int().min(0).max(1_000).default(8),
  /** Statements kept by SqlService.Prepare; the least recently used are forgotten past it. */
  maxPreparedStatements: z.number().int().min(1).max(100_000).default(1_000),
  /** Change events buffered per watcher before its stream ends with RESOURCE_EXHAUSTED. */
  watchQueueSize: z.number().int().min(1).max(1_000_000).default(10_000),
  /**
   * Where SqliteService may read and write files (backups, restores, VACUUM
   * INTO). Relative paths resolve against it and must stay inside it. Unset:
   * any path the server process may write, relative to its working directory.
   */
  fileDirectory: z.string().min(1).optional(),
  /**
   * Let native SQL change the connection every client shares: ATTACH,
   * DETACH, VACUUM INTO, pragma writes, TEMP objects (native-statement.ts).
   */
  allowConnectionStatements: z.boolean().default(false),
});

export type SqliteOptions = z.infer<typeof SqliteOptionsSchema>;

/** Where the database lives. */
export type SqliteLocation = { readonly kind: "memory" } | { readonly kind: "file"; readonly path: string };

/** Everything the adapter needs to open the database. */
export interface SqliteSettings {
  readonly options: SqliteOptions;
  readonly location: SqliteLocation;
  /** Absolute; undefined when file access is not confined. */
  readonly fileDirectory?: string;
  readonly displayUrl: string;
}

/**
 * Validates a backend's configuration; bad fields are reported as
 * `backends.<name>.<option>`. URL forms: `sqlite::memory:`,
 * `sqlite:./relative/path.db`, `sqlite:/absolute/path.db`,
 * `sqlite:///absolute/path.db`.
 */
export function parseSqliteSettings(name: string, config: BackendConfig): SqliteSettings {
  const options = parseConfig(SqliteOptionsSchema, config, ["backends", name]);
  return {
    options,
    location: parseLocation(name, options.url),
    fileDirectory: options.fileDirectory === undefined ? undefined : resolve(options.fileDirectory),
    displayUrl: options.url,
  };
}

function parseLocation(name: string, url: string): SqliteLocation {
  let rest = url.slice("sqlite:".length);
  if (rest === ":memory:") return { kind: "memory" };
  if (rest.startsWith("//")) {
    rest = rest.slice(2);
    if (!isAbsolute(rest)) {
      throw new ConfigError(`backends.${name}.url: after "sqlite://" comes an absolute path ("sqlite:///data/dbx.db")`);
    }
  }
  if (!rest) throw new ConfigError(`backends.${name}.url: a file path or :memory: is required after "sqlite:"`);
  if (rest.includes("\0")) throw new ConfigError(`backends.${name}.url: the path contains a NUL character`);
  return { kind: "file", path: resolve(rest) };
}
