import type { BackendConfig } from "../../config/schema.js";
import { ConfigError } from "../../config/config-error.js";
import type { Backend } from "../backend.js";
import type { BackendEnvironment } from "../registry.js";
import { parseSqliteSettings } from "./options.js";
import { SqliteBackend } from "./sqlite-backend.js";

/**
 * Creates a SQLite backend from its configuration (not yet opened). Bad
 * options fail here with a ConfigError naming `backends.<name>.<option>`.
 */
export function createSqliteBackend(
  name: string,
  config: BackendConfig,
  environment: BackendEnvironment = { processes: 1 },
): Backend {
  const settings = parseSqliteSettings(name, config);
  if (environment.processes > 1 && settings.location.kind === "memory") {
    throw new ConfigError(
      `backends.${name}.url: an in-memory SQLite database would be a different database in each of the ${environment.processes} worker processes; use a file`,
    );
  }
  // The change feed is in-process: with several workers a watcher would miss
  // the writes of the others, so Watch is not offered (UNIMPLEMENTED) rather than incomplete.
  return new SqliteBackend(name, settings, { watch: environment.processes === 1 });
}
