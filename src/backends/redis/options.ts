import { z } from "zod";
import { durationMs } from "../../config/duration.js";
import { ConfigError, parseConfig } from "../../config/config-error.js";
import type { BackendConfig } from "../../config/schema.js";

const hostPort = z.string().regex(/^[^\s:]+:\d{1,5}$/, 'expected "host:port"');

/**
 * The options of a Redis backend beside its `url`. docs/backends/redis.md
 * describes each one.
 */
export const RedisOptionsSchema = z.strictObject({
  url: z.string().regex(/^rediss?:\/\//i, "a Redis URL starts with redis:// or rediss://"),
  /** Redis Cluster seed nodes ("host:port"); the URL supplies password and TLS. */
  cluster: z
    .strictObject({
      nodes: z.array(hostPort).min(1, "at least one seed node"),
    })
    .optional(),
  /** Sentinel: the master's name and the sentinels ("host:port"). */
  sentinel: z
    .strictObject({
      name: z.string().min(1),
      sentinels: z.array(hostPort).min(1, "at least one sentinel"),
      password: z.string().optional(),
    })
    .optional(),
  /** EVAL, EVALSHA and SCRIPT LOAD for clients; DBX's own scripts run regardless. */
  enableScripting: z.boolean().default(false),
  /** FLUSHDB, FLUSHALL, CONFIG SET and the other commands of command-policy.ts. */
  allowDangerousCommands: z.boolean().default(false),
  /** Prepended to every key DBX reads or writes (records and the Redis service alike). */
  keyPrefix: z.string().default(""),
  /** Lets DBX add the flags Watch needs to `notify-keyspace-events` with CONFIG SET. */
  enableKeyspaceNotifications: z.boolean().default(true),
  /** A command that gets no reply within this time fails with UNAVAILABLE. */
  commandTimeoutMs: durationMs().default(5_000),
  /** Connections kept for blocking commands, WATCH and transactions when idle. */
  exclusivePoolSize: z.number().int().min(0).max(1_000).default(8),
  /** Most connections leased at once for blocking commands, streams, MULTI and transactions; past it UNAVAILABLE. */
  maxExclusiveConnections: z.number().int().min(1).max(10_000).default(256),
  /**
   * Most records one UpdateMany or DeleteMany changes: their keys (and, on one
   * server, their writes until EXEC) are held in memory. Past it the call
   * answers TOO_MANY_ROWS before changing anything.
   */
  maxBulkRecords: z.number().int().min(1).max(1_000_000).default(10_000),
  /** How long to wait for the first connection when the backend opens. */
  connectTimeoutMs: durationMs().default(5_000),
});

export type RedisOptions = z.infer<typeof RedisOptionsSchema>;

/** Where the backend connects, derived from its URL and options. */
export type RedisTopology =
  | { mode: "standalone"; host: string; port: number }
  | { mode: "cluster"; nodes: { host: string; port: number }[] }
  | { mode: "sentinel"; name: string; sentinels: { host: string; port: number }[]; sentinelPassword?: string };

/** Everything the adapter needs to open connections. */
export interface RedisSettings {
  readonly options: RedisOptions;
  readonly topology: RedisTopology;
  readonly username?: string;
  readonly password?: string;
  readonly db: number;
  readonly tls: boolean;
  /** The URL without its password. */
  readonly displayUrl: string;
}

/** Validates a backend's configuration; bad fields are reported as `backends.<name>.<option>`. */
export function parseRedisSettings(name: string, config: BackendConfig): RedisSettings {
  const options = parseConfig(RedisOptionsSchema, config, ["backends", name]);
  let url: URL;
  try {
    url = new URL(options.url);
  } catch {
    throw new ConfigError(`backends.${name}.url: not a valid URL`);
  }
  const dbText = url.pathname.replace(/^\//, "");
  const db = dbText === "" ? 0 : Number(dbText);
  if (!Number.isInteger(db) || db < 0) throw new ConfigError(`backends.${name}.url: the path must be a database number`);
  if (options.cluster && options.sentinel) {
    throw new ConfigError(`backends.${name}.sentinel: cluster and sentinel cannot both be set`);
  }
  if (options.cluster && db !== 0) throw new ConfigError(`backends.${name}.url: Redis Cluster has only database 0`);

  const topology: RedisTopology = options.cluster
    ? { mode: "cluster", nodes: options.cluster.nodes.map(parseHostPort) }
    : options.sentinel
      ? {
          mode: "sentinel",
          name: options.sentinel.name,
          sentinels: options.sentinel.sentinels.map(parseHostPort),
          sentinelPassword: options.sentinel.password,
        }
      : { mode: "standalone", host: url.hostname || "127.0.0.1", port: url.port ? Number(url.port) : 6379 };

  const displayUrl = new URL(url.href);
  if (displayUrl.password) displayUrl.password = "";
  return {
    options,
    topology,
    username: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    db,
    tls: url.protocol.toLowerCase() === "rediss:",
    displayUrl: displayUrl.href,
  };
}

function parseHostPort(text: string): { host: string; port: number } {
  const i = text.lastIndexOf(":");
  return { host: text.slice(0, i), port: Number(text.slice(i + 1)) };
}
