import type { BackendConfig } from "../../config/schema.js";
import type { Backend } from "../backend.js";
import { parseSqliteSettings } from "./options.js";
import { SqliteBackend } from "./sqlite-backend.js";

/**
 * Creates a SQLite backend from its configuration (not yet opened). Bad
 * options fail here with a ConfigError naming `backends.<name>.<option>`.
 */
export function createSqliteBackend(name: string, config: BackendConfig): Backend {
  return new SqliteBackend(name, parseSqliteSettings(name, config));
}
