import { ConnectError } from "@connectrpc/connect";
import Database from "better-sqlite3";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import { dbxError } from "../../errors/dbx-error.js";
import { abortedCallError } from "../aborted-call.js";
import type { CallAbort } from "../operation-context.js";

/** What the error mapping needs to know about the backend. */
export interface ErrorScope {
  readonly backend: string;
  /** The backend was opened read-only by configuration. */
  readonly readonly: boolean;
}

/**
 * The one place SQLite failures become DBX errors. ConnectErrors (already
 * mapped, or INVALID_ARGUMENT from validation) pass unchanged.
 *
 * - UNIQUE / PRIMARY KEY constraints → ALREADY_EXISTS
 * - NOT NULL, CHECK, FOREIGN KEY, other constraints → CONSTRAINT_VIOLATION
 * - a write to a database opened read-only → DISABLED (setting `readonly`)
 * - locked by another process, I/O, corruption, cannot open → BACKEND_UNAVAILABLE
 * - syntax, unknown table or column, datatype mismatch, wrong parameter
 *   count, anything else SQLite refuses → STATEMENT_FAILED
 *
 * SQLite's extended result code name ("SQLITE_CONSTRAINT_UNIQUE") goes in
 * metadata `native_code`; `sql_state` is SQLSTATE, which SQLite has none of.
 */
export function sqliteError(err: unknown, scope: ErrorScope): ConnectError {
  if (err instanceof ConnectError) return err;
  const backend = scope.backend;
  if (err instanceof Database.SqliteError) {
    const code = err.code;
    const meta = { backend, native_code: code };
    if (code === "SQLITE_CONSTRAINT_PRIMARYKEY" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_ROWID") {
      return dbxError(ErrorReason.ALREADY_EXISTS, err.message, { ...meta, constraint: constraintName(err.message) }, err);
    }
    if (code.startsWith("SQLITE_CONSTRAINT")) return dbxError(ErrorReason.CONSTRAINT_VIOLATION, err.message, meta, err);
    if (code.startsWith("SQLITE_READONLY") && scope.readonly) {
      return dbxError(
        ErrorReason.DISABLED,
        `backend "${backend}" is configured read-only: ${err.message}`,
        { ...meta, setting: `backends.${backend}.readonly` },
        err,
      );
    }
    if (UNAVAILABLE.some((prefix) => code.startsWith(prefix))) {
      return dbxError(ErrorReason.BACKEND_UNAVAILABLE, `SQLite: ${err.message}`, meta, err);
    }
    return dbxError(ErrorReason.STATEMENT_FAILED, err.message, meta, err);
  }
  // better-sqlite3 reports binding mistakes and misuse (a statement that
  // answers no rows read with all(), a connection busy iterating) as
  // TypeError/RangeError before SQLite sees anything.
  if (err instanceof RangeError || err instanceof TypeError) {
    return dbxError(ErrorReason.STATEMENT_FAILED, err.message, { backend }, err);
  }
  return dbxError(ErrorReason.INTERNAL, "internal error", { backend }, err);
}

const UNAVAILABLE = ["SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_IOERR", "SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_CANTOPEN", "SQLITE_FULL", "SQLITE_PROTOCOL"];

/**
 * A failure of a statement that opens a file the client named (ATTACH,
 * VACUUM INTO): a file that is no database or cannot be opened is the
 * client's mistake (INVALID_ARGUMENT, STATEMENT_FAILED), not the server's
 * state (UNAVAILABLE would tell clients to retry). Other errors pass.
 */
export function namedFileError(err: unknown, backend: string): unknown {
  if (err instanceof Database.SqliteError && (err.code === "SQLITE_NOTADB" || err.code.startsWith("SQLITE_CANTOPEN"))) {
    return dbxError(ErrorReason.STATEMENT_FAILED, `SQLite: ${err.message}`, { backend, native_code: err.code }, err);
  }
  return err;
}

/** "UNIQUE constraint failed: people.email" → "people.email". */
function constraintName(message: string): string {
  const marker = "constraint failed: ";
  const at = message.indexOf(marker);
  return at < 0 ? "" : message.slice(at + marker.length);
}

/** The error of a call aborted while it waited for SQLite. */
export function abortError(abort: Pick<CallAbort, "reason">, backend: string): ConnectError {
  return abortedCallError(abort, backend, "the deadline passed before SQLite was free");
}
