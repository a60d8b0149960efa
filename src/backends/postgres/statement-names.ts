import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";

/** Distinct statement texts whose names are remembered (hashing is cheap, but not free per call). */
const REMEMBERED_TEXTS = 5_000;

const names = new LRUCache<string, string>({ max: REMEMBERED_TEXTS });

/**
 * The server-side prepared statement name of a SQL text: the same on every
 * connection, so a connection that prepared it once reuses it. A hash, so
 * that any text (any length, any characters) gives a valid identifier.
 */
export function statementName(sql: string): string {
  let name = names.get(sql);
  if (name === undefined) {
    name = `dbx_${createHash("sha256").update(sql).digest("base64url").slice(0, 32)}`;
    names.set(sql, name);
  }
  return name;
}
