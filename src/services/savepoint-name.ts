import { invalidField } from "../errors/dbx-error.js";
import { quoteInput } from "../errors/quoted-input.js";

/** The longest savepoint name: PostgreSQL's identifier limit (NAMEDATALEN - 1). */
export const MAX_SAVEPOINT_NAME_LENGTH = 63;

/**
 * Checks a savepoint name as the contract defines it: ASCII letters, digits
 * and underscores, starting with a letter, at most 63 characters. Such a name
 * is a valid unquoted identifier in every SQL dialect DBX speaks, so adapters
 * can put it in a statement as is.
 */
export function checkSavepointName(name: string, field: string): string {
  if (!name) throw invalidField(field, "a savepoint name is required");
  if (name.length > MAX_SAVEPOINT_NAME_LENGTH) {
    throw invalidField(field, `a savepoint name has at most ${MAX_SAVEPOINT_NAME_LENGTH} characters, not ${name.length}`);
  }
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    if (!(letter || (i > 0 && ((c >= 0x30 && c <= 0x39) || c === 0x5f)))) {
      throw invalidField(field, `${quoteInput(name)} is not a savepoint name: letters, digits and underscores, starting with a letter`);
    }
  }
  return name;
}
