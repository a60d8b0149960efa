import { invalidField } from "../errors/dbx-error.js";

/**
 * Checks the text of a native statement (QueryService.Execute, SqlService)
 * before any backend sees it: it must not be blank, and must not contain a
 * NUL character, where SQLite and other C-string-based clients stop reading:
 * "SELECT 1\0; DROP TABLE people" would silently run as "SELECT 1".
 */
export function checkStatementText(text: string, field: string): string {
  if (!text.trim()) throw invalidField(field, "a statement is required");
  const nul = text.indexOf("\0");
  if (nul >= 0) {
    throw invalidField(field, `the statement contains a NUL character (at offset ${nul}); the database would silently ignore everything after it`);
  }
  return text;
}
