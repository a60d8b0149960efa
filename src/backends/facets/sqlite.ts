import type { TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import type { OperationContext } from "../backend.js";

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

// The requests of SqliteFacet's operations, validated by the service.

export interface SqliteBackupCall {
  /** As the client sent it (required). */
  readonly path: string;
  readonly overwrite: boolean;
}

export interface SqliteBackupStreamCall {
  /** At least 1, at most what fits in one answer. */
  readonly chunkSize: number;
}

export interface SqliteRestoreCall {
  readonly path: string;
}

export interface SqliteGetPragmaCall {
  readonly name: string;
}

export interface SqliteSetPragmaCall {
  readonly name: string;
  readonly value: TypedValue;
}

export interface SqliteIntegrityCheckCall {
  readonly quick: boolean;
  /** 0 means the default. */
  readonly maxProblems: number;
}

export interface SqliteVacuumCall {
  /** VACUUM INTO this file; undefined vacuums in place. */
  readonly intoPath: string | undefined;
}

/**
 * What dbx.sqlite.v1.SqliteService needs from a SQLite backend. Every
 * operation takes the call's context and one request object. Paths are as
 * the client sent them; the adapter resolves and confines them (its
 * `fileDirectory` option) and names the request field (`path`, `into_path`)
 * when one is refused. Pragma names and values are checked against the
 * adapter's allow-list (`name`, `value`).
 */
export interface SqliteFacet {
  /** Online backup to a file; ALREADY_EXISTS when it exists and not `overwrite`. */
  backup(ctx: OperationContext, call: SqliteBackupCall): Promise<SqliteFileWritten>;
  /** A consistent copy of the database file, in chunks of `chunkSize` bytes. */
  backupStream(ctx: OperationContext, call: SqliteBackupStreamCall): AsyncIterable<SqliteBackupChunk>;
  /** Replaces the database with the SQLite file at `path`, after checking it. */
  restore(ctx: OperationContext, call: SqliteRestoreCall): Promise<{ sizeBytes: bigint }>;
  getPragma(ctx: OperationContext, call: SqliteGetPragmaCall): Promise<TypedValue>;
  /** Answers the value after the change. */
  setPragma(ctx: OperationContext, call: SqliteSetPragmaCall): Promise<TypedValue>;
  integrityCheck(ctx: OperationContext, call: SqliteIntegrityCheckCall): Promise<{ ok: boolean; problems: string[] }>;
  /** VACUUM in place, or VACUUM INTO `intoPath` (a new file). */
  vacuum(ctx: OperationContext, call: SqliteVacuumCall): Promise<SqliteFileWritten>;
}
