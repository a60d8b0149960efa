import { invalidField } from "../../errors/dbx-error.js";

/** The one schema of a SQLite backend, as SQLite names it. */
export const SQLITE_SCHEMA = "main";

/**
 * SQLite's namespace rule: a backend is one database file with one schema,
 * `main`, so a Target names it as "" or "main". Anything else is
 * INVALID_ARGUMENT naming `field` (attached databases are not addressable).
 */
export function checkSqliteNamespace(namespace: string, field = "target.namespace"): string {
  if (namespace !== "" && namespace !== SQLITE_SCHEMA) {
    throw invalidField(field, `SQLite backends have one schema, ${SQLITE_SCHEMA}; leave the namespace empty or name "${SQLITE_SCHEMA}"`);
  }
  return namespace;
}
