import { invalidField } from "../../errors/dbx-error.js";
import { quoteInput } from "../../errors/quoted-input.js";

/** Characters MongoDB refuses in database names (on any platform it runs on). */
const DATABASE_FORBIDDEN = '/\\. "$*<>:|?\0';
/** MongoDB's limit on a database name, in bytes. */
const MAX_DATABASE_BYTES = 63;

/** Why `name` cannot be a MongoDB database, or undefined when it can. */
export function databaseNameProblem(name: string): string | undefined {
  if (Buffer.byteLength(name) > MAX_DATABASE_BYTES) return `name is longer than ${MAX_DATABASE_BYTES} bytes`;
  for (const c of name) if (DATABASE_FORBIDDEN.includes(c)) return `name cannot contain ${JSON.stringify(c)}`;
  return undefined;
}

/**
 * Target.namespace is the database ("" is the URL's); INVALID_ARGUMENT
 * naming `field` for a name MongoDB refuses.
 */
export function checkMongoNamespace(namespace: string, field: string): void {
  if (namespace === "") return;
  const problem = databaseNameProblem(namespace);
  if (problem) throw invalidField(field, `${quoteInput(namespace)}: a MongoDB database ${problem}`);
}

/**
 * A collection name MongoDB accepts for records: dots allowed
 * ("orders.2024"), but no `$`, no NUL, not empty and not a `system.`
 * collection (MongoDB's own). INVALID_ARGUMENT naming `field` otherwise.
 */
export function checkCollectionName(name: string, field: string): string {
  if (name.includes("$") || name.includes("\0")) throw invalidField(field, `${quoteInput(name)}: a MongoDB collection name cannot contain "$" or NUL`);
  if (name.startsWith("system.")) throw invalidField(field, `${quoteInput(name)}: system.* collections are MongoDB's own`);
  if (name.startsWith(".") || name.endsWith(".")) throw invalidField(field, `${quoteInput(name)}: a MongoDB collection name cannot start or end with "."`);
  return name;
}
