import { invalidField } from "../../errors/dbx-error.js";

/** The longest identifier accepted, PostgreSQL's limit, so that names stay portable. */
export const MAX_IDENTIFIER_LENGTH = 63;

const NEW_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
// C0 controls and DEL never belong in a name; everything else is quoted.
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * Checks the name of a table, column or index that DBX is asked to create:
 * ASCII letters, digits and '_', not starting with a digit, at most 63
 * characters, so that it needs no quoting in any client. INVALID_ARGUMENT
 * naming `field` otherwise.
 */
export function checkNewIdentifier(name: string, field: string): string {
  if (!name) throw invalidField(field, "a name is required");
  if (name.length > MAX_IDENTIFIER_LENGTH) {
    throw invalidField(field, `names are at most ${MAX_IDENTIFIER_LENGTH} characters`);
  }
  if (!NEW_IDENTIFIER.test(name)) {
    throw invalidField(field, `"${name}" is not a valid name: use letters, digits and '_', not starting with a digit`);
  }
  return name;
}

/**
 * Checks a name that refers to an existing table, column or index. Existing
 * objects may have any name the database allowed (they may come from plain
 * SQL), so only empty names and control characters are refused; the name is
 * always quoted, never spliced.
 */
export function checkIdentifier(name: string, field: string): string {
  if (!name) throw invalidField(field, "a name is required");
  if (CONTROL.test(name)) throw invalidField(field, "names must not contain control characters");
  return name;
}

/** Quotes an identifier the SQL-standard way: in double quotes, inner quotes doubled. */
export function quoteIdentifierAnsi(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
