import type { TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";

/** A file written on the server. */
export interface SqliteFileWritten {
  /** Absolute path. */
  path: string;
  sizeBytes: bigint;
}

/** One chunk of a streamed backup; the first carries the total size. */
export interface SqliteBackupChunk {
  totalBytes?: bigint;
  data: Uint8Array;
}

/**
 * What dbx.sqlite.v1.SqliteService needs from a SQLite backend. Paths are
 * as the client sent them; the adapter resolves and confines them (its
 * `fileDirectory` option) and names the request field (`path`,
 * `into_path`) when one is refused. Pragma names and values are checked
 * against the adapter's allow-list (`name`, `value`).
 */
export interface SqliteFacet {
  /** Online backup to a file; ALREADY_EXISTS when it exists and not `overwrite`. */
  backup(signal: AbortSignal, path: string, overwrite: boolean): Promise<SqliteFileWritten>;
  /** A consistent copy of the database file, in chunks of `chunkSize` bytes. */
  backupStream(signal: AbortSignal, chunkSize: number): AsyncIterable<SqliteBackupChunk>;
  /** Replaces the database with the SQLite file at `path`, after checking it. */
  restore(signal: AbortSignal, path: string): Promise<{ sizeBytes: bigint }>;
  getPragma(signal: AbortSignal, name: string): Promise<TypedValue>;
  /** Answers the value after the change. */
  setPragma(signal: AbortSignal, name: string, value: TypedValue): Promise<TypedValue>;
  integrityCheck(signal: AbortSignal, quick: boolean, maxProblems: number): Promise<{ ok: boolean; problems: string[] }>;
  /** VACUUM in place, or VACUUM INTO `intoPath` (a new file). */
  vacuum(signal: AbortSignal, intoPath: string | undefined): Promise<SqliteFileWritten>;
}
