import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { parse as parseYaml } from "yaml";
import { ConfigError, parseConfig } from "./config-error.js";
import { ConfigSchema, type Config } from "./schema.js";

/** What the command line says; every field is optional and wins over the rest. */
export interface ConfigFlags {
  config?: string;
  host?: string;
  port?: string | number;
  workers?: string | number;
  memory?: boolean;
  logLevel?: string;
  tlsCert?: string;
  tlsKey?: string;
  /** PEM CAs of accepted client certificates (server.tls.clientCa). */
  tlsClientCa?: string;
  corsOrigin?: string[];
  /** Listen on a non-loopback address without authentication. */
  insecure?: boolean;
  /** Every call needs a credential (auth.required). */
  authRequired?: boolean;
  /** The API key store file (auth.apiKeys.storePath). */
  apiKeyStore?: string;
  /** `name=url` pairs. */
  backend?: string[];
  defaultBackend?: string;
}

/** The embedded default: one SQLite backend in a file under ./data. */
export const DEFAULT_SQLITE_URL = "sqlite:./data/dbx.sqlite";

/** Where API keys are kept when authentication is required and nothing else is configured: beside the embedded default. */
export const DEFAULT_API_KEY_STORE = "./data/dbx-keys.sqlite";

type Layer = Record<string, unknown>;

/**
 * Builds the configuration from, lowest precedence first: the built-in
 * default, the config file (YAML or JSON; `--config` or DBX_CONFIG), DBX_*
 * environment variables, then command-line flags. Validates the result.
 */
export function loadConfig(flags: ConfigFlags = {}, env: NodeJS.ProcessEnv = process.env): Config {
  const merged: Layer = {};
  const file = flags.config ?? env.DBX_CONFIG;
  if (file) deepMerge(merged, readConfigFile(file));
  deepMerge(merged, envLayer(env));
  deepMerge(merged, flagLayer(flags));
  // Backends added by file, environment or flags sit beside the embedded
  // default, unless one of them takes its name or another is made the default.
  const backends = (merged.backends ?? {}) as Layer;
  if (merged.defaultBackend === undefined && !("default" in backends)) {
    merged.backends = { default: { url: flags.memory ? "sqlite::memory:" : DEFAULT_SQLITE_URL }, ...backends };
  }
  // `--auth-required` alone is a working setup: API keys in the default store, made with `dbx keys create`.
  const auth = merged.auth as Layer | undefined;
  if (auth?.required === true && auth.jwt === undefined && auth.apiKeys === undefined) auth.apiKeys = { storePath: DEFAULT_API_KEY_STORE };
  return validate(merged);
}

/** Validates a raw configuration object. */
export function validate(raw: unknown): Config {
  return parseConfig(ConfigSchema, raw);
}

function readConfigFile(path: string): Layer {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new ConfigError(`config file ${path}: ${(err as Error).message}`);
  }
  try {
    const parsed: unknown = extname(path) === ".json" ? JSON.parse(text) : parseYaml(text);
    if (parsed === null || parsed === undefined) return {};
    if (typeof parsed !== "object" || Array.isArray(parsed)) {
      throw new Error("the top level must be a mapping");
    }
    return expandEnvReferences(parsed) as Layer;
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    throw new ConfigError(`config file ${path}: ${(err as Error).message}`);
  }
}

/** `${VAR}` inside config file strings is replaced from the environment, so secrets stay out of files. */
function expandEnvReferences(value: unknown): unknown {
  if (typeof value === "string") {
    return value.replace(/\$\{([A-Z0-9_]+)\}/g, (_, name: string) => {
      const v = process.env[name];
      if (v === undefined) throw new ConfigError(`environment variable ${name} is referenced but not set`);
      return v;
    });
  }
  if (Array.isArray(value)) return value.map(expandEnvReferences);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expandEnvReferences(v)]));
  }
  return value;
}

/**
 * DBX_HOST, DBX_PORT, DBX_WORKERS, DBX_LOG_LEVEL, DBX_TLS_CERT, DBX_TLS_KEY, DBX_TLS_CLIENT_CA,
 * DBX_CORS_ORIGINS (comma-separated), DBX_INSECURE (true or false), DBX_DEFAULT_BACKEND,
 * DBX_AUTH_REQUIRED (true or false), DBX_API_KEY_STORE, and
 * DBX_BACKEND_<NAME>_URL for each backend (NAME upper-case, '_' for '-').
 */
function envLayer(env: NodeJS.ProcessEnv): Layer {
  const server: Layer = {};
  if (env.DBX_HOST) server.host = env.DBX_HOST;
  if (env.DBX_PORT) server.port = env.DBX_PORT;
  if (env.DBX_WORKERS) server.workers = env.DBX_WORKERS;
  if (env.DBX_LOG_LEVEL) server.logLevel = env.DBX_LOG_LEVEL;
  const tls = definedOnly({ cert: env.DBX_TLS_CERT, key: env.DBX_TLS_KEY, clientCa: env.DBX_TLS_CLIENT_CA });
  if (Object.keys(tls).length) server.tls = tls;
  if (env.DBX_CORS_ORIGINS) server.cors = { origins: splitList(env.DBX_CORS_ORIGINS) };
  if (env.DBX_INSECURE) server.insecure = parseBoolean(env.DBX_INSECURE);
  const layer: Layer = {};
  if (Object.keys(server).length) layer.server = server;
  if (env.DBX_DEFAULT_BACKEND) layer.defaultBackend = env.DBX_DEFAULT_BACKEND;
  const auth: Layer = {};
  if (env.DBX_AUTH_REQUIRED) auth.required = parseBoolean(env.DBX_AUTH_REQUIRED);
  if (env.DBX_API_KEY_STORE) auth.apiKeys = { storePath: env.DBX_API_KEY_STORE };
  if (Object.keys(auth).length) layer.auth = auth;
  const backends: Layer = {};
  for (const [key, value] of Object.entries(env)) {
    const m = /^DBX_BACKEND_([A-Z0-9_]+)_URL$/.exec(key);
    if (m && value) backends[m[1].toLowerCase().replace(/_/g, "-")] = { url: value };
  }
  if (Object.keys(backends).length) layer.backends = backends;
  return layer;
}

function flagLayer(flags: ConfigFlags): Layer {
  const server: Layer = {};
  if (flags.host !== undefined) server.host = flags.host;
  if (flags.port !== undefined) server.port = flags.port;
  if (flags.workers !== undefined) server.workers = flags.workers;
  if (flags.logLevel !== undefined) server.logLevel = flags.logLevel;
  const tls = definedOnly({ cert: flags.tlsCert, key: flags.tlsKey, clientCa: flags.tlsClientCa });
  if (Object.keys(tls).length) server.tls = tls;
  if (flags.corsOrigin?.length) server.cors = { origins: flags.corsOrigin };
  if (flags.insecure) server.insecure = true;
  const layer: Layer = {};
  if (Object.keys(server).length) layer.server = server;
  if (flags.defaultBackend) layer.defaultBackend = flags.defaultBackend;
  const auth: Layer = {};
  if (flags.authRequired) auth.required = true;
  if (flags.apiKeyStore) auth.apiKeys = { storePath: flags.apiKeyStore };
  if (Object.keys(auth).length) layer.auth = auth;
  if (flags.backend?.length) {
    const backends: Layer = {};
    for (const pair of flags.backend) {
      const eq = pair.indexOf("=");
      if (eq <= 0) throw new ConfigError(`--backend ${pair}: expected name=url`);
      backends[pair.slice(0, eq)] = { url: pair.slice(eq + 1) };
    }
    layer.backends = backends;
  }
  if (flags.memory) layer.backends = { ...(layer.backends as Layer), default: { url: "sqlite::memory:" } };
  return layer;
}

/** "true"/"1" and "false"/"0"; anything else is left as it is for validation to name. */
function parseBoolean(value: string): boolean | string {
  const v = value.trim().toLowerCase();
  if (v === "true" || v === "1") return true;
  if (v === "false" || v === "0") return false;
  return value;
}

/** The fields set (and not empty): one TLS file from the environment leaves the file's others in place. */
function definedOnly(fields: Record<string, string | undefined>): Layer {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value));
}

function splitList(value: string): string[] {
  return value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

function deepMerge(target: Layer, source: Layer): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (isPlainObject(existing) && isPlainObject(value)) deepMerge(existing, value);
    else target[key] = value;
  }
}

function isPlainObject(v: unknown): v is Layer {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
