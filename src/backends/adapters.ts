import type { BackendConfig, Config } from "../config/schema.js";
import { ConfigError } from "../config/load.js";
import type { Backend } from "./backend.js";
import { BackendRegistry, type BackendEnvironment, type BackendFactory } from "./registry.js";
import { createRedisBackend } from "./redis/index.js";
import { createSqliteBackend } from "./sqlite/index.js";

/** URL scheme to adapter. The one place that knows every adapter. */
const factories: Readonly<Record<string, BackendFactory>> = {
  sqlite: createSqliteBackend,
  redis: createRedisBackend,
};

/** Creates the configured backends (not yet opened). */
export function createRegistry(config: Config): BackendRegistry {
  const environment = { processes: config.server.workers };
  const backends: Backend[] = Object.entries(config.backends).map(([name, backend]) => createBackend(name, backend, environment));
  return new BackendRegistry(backends, config.defaultBackend);
}

function createBackend(name: string, config: BackendConfig, environment: BackendEnvironment): Backend {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(config.url)?.[1]?.toLowerCase();
  const factory = scheme ? factories[scheme === "rediss" ? "redis" : scheme === "postgresql" ? "postgres" : scheme] : undefined;
  if (!factory) {
    throw new ConfigError(
      `backends.${name}.url: unsupported scheme "${scheme ?? ""}"; expected one of ${Object.keys(factories).map((s) => s + ":").join(", ")}`,
    );
  }
  return factory(name, config, environment);
}
