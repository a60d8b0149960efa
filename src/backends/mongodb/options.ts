import { ConnectionString } from "mongodb-connection-string-url";
import { z } from "zod";
import { durationMs } from "../../config/duration.js";
import { ConfigError, parseConfig } from "../../config/config-error.js";
import type { BackendConfig } from "../../config/schema.js";
import { databaseNameProblem } from "./namespace.js";

/**
 * The options of a MongoDB backend beside its `url`. docs/backends/mongodb.md
 * describes each one. Driver options (replicaSet, tls, authSource, ...) go in
 * the URL's query, as MongoDB documents them.
 */
export const MongoOptionsSchema = z.strictObject({
  url: z.string().regex(/^mongodb(\+srv)?:\/\//i, "a MongoDB URL starts with mongodb:// or mongodb+srv://"),
  /** Most connections the driver opens per server. */
  maxPoolSize: z.number().int().min(1).max(10_000).default(10),
  /** How long to wait for a server to answer when the backend opens, and for a free pooled connection (then UNAVAILABLE). */
  connectTimeoutMs: durationMs().default(5_000),
  /**
   * How long an operation waits for a usable server (then UNAVAILABLE): a
   * server that is down fails calls within this time instead of holding them.
   */
  serverSelectionTimeoutMs: durationMs().default(500),
  /** MongoService may send `$where`, `$function` and `$accumulator`, which run JavaScript inside MongoDB. */
  allowServerSideJavaScript: z.boolean().default(false),
});

export type MongoOptions = z.infer<typeof MongoOptionsSchema>;

/** Everything the adapter needs to connect. */
export interface MongoSettings {
  readonly options: MongoOptions;
  /** The database of Target.namespace "": the URL's path, else `test` as the driver's own default. */
  readonly defaultDatabase: string;
  /** The URL without its password. */
  readonly displayUrl: string;
}

/** Validates a backend's configuration; bad fields are reported as `backends.<name>.<option>`. */
export function parseMongoSettings(name: string, config: BackendConfig): MongoSettings {
  const options = parseConfig(MongoOptionsSchema, config, ["backends", name]);
  let url: ConnectionString;
  try {
    url = new ConnectionString(options.url);
  } catch (err) {
    throw new ConfigError(`backends.${name}.url: not a valid MongoDB URL (${err instanceof Error ? err.message : String(err)})`);
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, "")) || "test";
  const problem = databaseNameProblem(database);
  if (problem) throw new ConfigError(`backends.${name}.url: the database ${problem}`);
  const display = url.clone();
  if (display.password) display.password = "";
  return { options, defaultDatabase: database, displayUrl: display.toString() };
}
