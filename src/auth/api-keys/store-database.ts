import { closeSync, mkdirSync, openSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";

/** The schema version this DBX writes (PRAGMA user_version). */
const SCHEMA_VERSION = 1;

/**
 * One row per key. Secrets are never stored: `secret_hash` is the SHA-256 of
 * the current one, `previous_hash` that of the one a rotation replaced, valid
 * until `previous_valid_until_ms`. `revoke_seq` numbers revocations in commit
 * order, so that other processes can ask for the ones they have not seen.
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS api_keys (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  secret_hash BLOB NOT NULL,
  previous_hash BLOB,
  previous_valid_until_ms INTEGER,
  created_ms INTEGER NOT NULL,
  rotated_ms INTEGER NOT NULL,
  expires_ms INTEGER,
  revoked_ms INTEGER,
  revoke_seq INTEGER UNIQUE,
  calls_per_second REAL,
  burst INTEGER
) STRICT`;

/**
 * Opens (creating when missing) the key store's SQLite file. A new file is
 * made with mode 0600 before SQLite opens it; SQLite gives its -wal and -shm
 * files the same mode. WAL lets the server read while `dbx keys` writes.
 */
export function openStoreDatabase(path: string): Database.Database {
  try {
    // Its folder too (./data beside the embedded database, for `--auth-required` alone), readable by its owner only.
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    closeSync(openSync(path, "wx", 0o600));
  } catch (err) {
    const error = err as NodeJS.ErrnoException;
    if (error.code !== "EEXIST") throw new Error(`cannot create the API key store ${path}: ${error.message}`, { cause: err });
  }
  const db = new Database(path, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    db.pragma("journal_mode = WAL");
    const version = db.pragma("user_version", { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      throw new Error(`the API key store ${path} was written by a newer DBX (schema ${version}, this one knows ${SCHEMA_VERSION})`);
    }
    if (version < SCHEMA_VERSION) {
      db.transaction(() => {
        db.exec(SCHEMA);
        db.pragma(`user_version = ${SCHEMA_VERSION}`);
      }).immediate();
    }
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
