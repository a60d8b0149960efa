import type { BackendConfig, Config } from "../config/schema.js";
import { ConfigError } from "../config/config-error.js";
import type { Backend } from "./backend.js";
import { BackendRegistry, type BackendEnvironment, type BackendFactory } from "./registry.js";
import { createMongoBackend } from "./mongodb/index.js";
import { createPostgresBackend } from "./postgres/index.js";
import { createRedisBackend } from "./redis/index.js";
import { createSqliteBackend } from "./sqlite/index.js";

/** URL scheme (with its colon) to adapter. The one place that knows every adapter. */
export const ADAPTERS_BY_SCHEME: Readonly<Record<string, BackendFactory>> = {
  "sqlite:": createSqliteBackend,
  "redis:": createRedisBackend,
  "rediss:": createRedisBackend,
  "postgres:": createPostgresBackend,
  "postgresql:": createPostgresBackend,
  "mongodb:": createMongoBackend,
  "mongodb+srv:": createMongoBackend,
};

/** Creates the configured backends (not yet opened). */
export function createRegistry(config: Config): BackendRegistry {
  const environment = { processes: config.server.workers };
  const backends: Backend[] = Object.entries(config.backends).map(([name, backend]) => createBackend(name, backend, environment));
  return new BackendRegistry(backends, config.defaultBackend);
}

function createBackend(name: string, config: BackendConfig, environment: BackendEnvironment): Backend {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(config.url)?.[1]?.toLowerCase();
  const factory = scheme === undefined ? undefined : ADAPTERS_BY_SCHEME[`${scheme}:`];
  if (!factory) {
    throw new ConfigError(
      `backends.${name}.url: unsupported scheme "${scheme ?? ""}"; expected one of ${Object.keys(ADAPTERS_BY_SCHEME).join(", ")}`,
    );
  }
  return factory(name, config, environment);
}
