import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import { dbxError, invalidField } from "../../errors/dbx-error.js";

/** How many leading keywords decide what a statement is ("CREATE OR REPLACE TEMP VIEW", "PREPARE TRANSACTION"). */
const KEYWORDS_READ = 5;

/** Statements that begin, end or mark a transaction: TransactionService (and atomic batches) own those. */
const TRANSACTION_CONTROL = new Set(["BEGIN", "START", "COMMIT", "END", "ROLLBACK", "ABORT", "SAVEPOINT", "RELEASE"]);

/**
 * Statements that change the state of the session rather than the data.
 * Connections are pooled and shared by every client, so such state would
 * leak into other clients' calls (a role, a search_path, a temp table), or
 * break DBX's own bookkeeping (DEALLOCATE of its prepared statements, an open
 * cursor, LISTEN on a pooled connection).
 */
const SESSION_STATEMENTS: Readonly<Record<string, string>> = {
  RESET: "RESET changes the pooled connection's settings",
  DISCARD: "DISCARD drops the pooled connection's prepared statements and settings",
  PREPARE: "PREPARE leaves a statement on a pooled connection (use SqlService.Prepare)",
  EXECUTE: "EXECUTE runs a statement prepared on a pooled connection (use SqlService.Prepare)",
  DEALLOCATE: "DEALLOCATE drops the pooled connection's prepared statements (use SqlService.ClosePrepared)",
  LISTEN: "LISTEN on a pooled connection would never be heard (use dbx.postgres.v1.PostgresService.Listen)",
  UNLISTEN: "UNLISTEN belongs to dbx.postgres.v1.PostgresService.Listen",
  DECLARE: "cursors are DBX's (use SqlService.StreamQuery)",
  FETCH: "cursors are DBX's (use SqlService.StreamQuery)",
  MOVE: "cursors are DBX's (use SqlService.StreamQuery)",
  CLOSE: "cursors are DBX's (use SqlService.StreamQuery)",
  COPY: "COPY streams through dbx.postgres.v1.PostgresService (CopyIn, CopyRows, CopyOut)",
  LOAD: "LOAD loads a shared library into a pooled connection",
};

/** CREATE words that make an object of the session (temporary). */
const TEMPORARY = new Set(["TEMP", "TEMPORARY"]);

/**
 * Checks SQL text a client sent (QueryService.Execute, SqlService) before
 * it runs on a pooled connection, by its leading keywords (a linear scan;
 * PostgreSQL itself refuses more than one statement per prepared statement,
 * which is how every statement is sent).
 *
 * Transaction control is INVALID_ARGUMENT: TransactionService is the way in.
 * Statements that would leave state on the shared connection (session SET,
 * RESET, DISCARD, PREPARE, DEALLOCATE, LISTEN, cursors, COPY, temporary
 * objects) are PERMISSION_DENIED (reason DISABLED), naming the typed call
 * that does the same; `SET LOCAL` (and SET TRANSACTION / CONSTRAINTS) stays
 * inside the transaction and is allowed.
 */
export function checkNativeStatement(sql: string, field: string, backend: string): string {
  // PostgreSQL refuses NUL in text anyway; say so before the round trip.
  if (sql.includes("\0")) throw invalidField(field, "the statement contains a NUL character");
  const words = leadingKeywords(sql, KEYWORDS_READ);
  const [first = "", second = ""] = words;
  if (TRANSACTION_CONTROL.has(first) || (first === "PREPARE" && second === "TRANSACTION")) {
    throw invalidField(field, `${first} is not run as plain SQL; use dbx.v1.TransactionService (Begin, Commit, Rollback) or SqlService.Batch with atomic`);
  }
  if (first === "SET" && second !== "LOCAL" && second !== "TRANSACTION" && second !== "CONSTRAINTS") {
    refuse(field, backend, "SET changes the pooled connection's settings for every later client: use SET LOCAL inside a transaction, or the call's SessionContext");
  }
  const session = SESSION_STATEMENTS[first];
  if (session) refuse(field, backend, session);
  if (first === "CREATE" && createsTemporary(words.slice(1))) refuse(field, backend, "temporary objects belong to one pooled connection and would outlive the call");
  return sql;
}

/** CREATE [OR REPLACE] [LOCAL | GLOBAL] TEMP | TEMPORARY ... */
function createsTemporary(words: readonly string[]): boolean {
  let i = words[0] === "OR" && words[1] === "REPLACE" ? 2 : 0;
  if (words[i] === "LOCAL" || words[i] === "GLOBAL") i++;
  return TEMPORARY.has(words[i] ?? "");
}

function refuse(field: string, backend: string, why: string): never {
  throw dbxError(ErrorReason.DISABLED, `${field}: refused on a pooled connection: ${why}`, { backend, field });
}

/**
 * The first `count` keywords of the text, upper-cased, after whitespace,
 * comments (nested block comments included) and opening parentheses. Every
 * character is looked at once at most.
 */
export function leadingKeywords(sql: string, count: number): string[] {
  const words: string[] = [];
  let i = 0;
  const n = sql.length;
  while (i < n && words.length < count) {
    const c = sql.charCodeAt(i);
    if (c === 0x2d && sql.charCodeAt(i + 1) === 0x2d) {
      const end = sql.indexOf("\n", i);
      i = end < 0 ? n : end + 1;
    } else if (c === 0x2f && sql.charCodeAt(i + 1) === 0x2a) {
      i = skipBlockComment(sql, i);
    } else if (isWordStart(c)) {
      const start = i;
      while (i < n && isWordPart(sql.charCodeAt(i))) i++;
      words.push(sql.slice(start, i).toUpperCase());
    } else if (c === 0x28 || isSpace(c)) {
      i++;
    } else {
      break;
    }
  }
  return words;
}

/** The index after a block comment starting at `start`; PostgreSQL's block comments nest. */
function skipBlockComment(sql: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < sql.length) {
    if (sql.charCodeAt(i) === 0x2f && sql.charCodeAt(i + 1) === 0x2a) {
      depth++;
      i += 2;
    } else if (sql.charCodeAt(i) === 0x2a && sql.charCodeAt(i + 1) === 0x2f) {
      depth--;
      i += 2;
      if (depth === 0) return i;
    } else {
      i++;
    }
  }
  return i;
}

function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

function isWordStart(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
}

function isWordPart(c: number): boolean {
  return isWordStart(c) || (c >= 0x30 && c <= 0x39);
}
