import { checkIdentifier, MAX_IDENTIFIER_LENGTH } from "../sql/identifier.js";
import { invalidField } from "../../errors/dbx-error.js";

/**
 * PostgreSQL's namespace rule: a namespace is a schema; "" means the first
 * schema of the connection's search_path (usually `public`). Any name
 * PostgreSQL could have is accepted here and always quoted; a schema that
 * does not exist shows as an unknown table.
 */
export function checkPostgresNamespace(namespace: string, field = "target.namespace"): string {
  if (namespace === "") return namespace;
  if (namespace.length > MAX_IDENTIFIER_LENGTH) throw invalidField(field, `schema names are at most ${MAX_IDENTIFIER_LENGTH} characters`);
  return checkIdentifier(namespace, field);
}
