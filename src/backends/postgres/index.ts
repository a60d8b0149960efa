import type { BackendConfig } from "../../config/schema.js";
import type { Backend } from "../backend.js";
import { parsePostgresSettings } from "./options.js";
import { PostgresBackend } from "./postgres-backend.js";

/**
 * Creates a PostgreSQL backend from its configuration (not yet opened). Bad
 * options fail here with a ConfigError naming `backends.<name>.<option>`.
 */
export function createPostgresBackend(name: string, config: BackendConfig): Backend {
  return new PostgresBackend(name, parsePostgresSettings(name, config));
}
