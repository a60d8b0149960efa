import { invalidField } from "../../errors/dbx-error.js";

// Leading whitespace and comments, then the first keyword.
const FIRST_KEYWORD = /^(?:\s+|--[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*([A-Za-z]+)/;
const CONTROL = new Set(["BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"]);

/** The first keyword of a statement, upper-cased, after whitespace and comments. */
export function firstKeyword(sql: string): string | undefined {
  return FIRST_KEYWORD.exec(sql)?.[1]?.toUpperCase();
}

/**
 * Refuses statements that begin or end transactions. The backend's one
 * connection is shared by every caller: a BEGIN sent as plain SQL would
 * capture everyone's statements, and a COMMIT would end an interactive
 * transaction behind DBX's back. TransactionService.Begin/Commit/Rollback
 * and SqlService.Batch `atomic` are the ways in.
 */
export function refuseTransactionControl(sql: string, field: string): void {
  const keyword = firstKeyword(sql);
  if (keyword && CONTROL.has(keyword)) {
    throw invalidField(
      field,
      `${keyword} is not run as plain SQL; use dbx.v1.TransactionService (Begin, Commit, Rollback) or SqlService.Batch with atomic`,
    );
  }
}
