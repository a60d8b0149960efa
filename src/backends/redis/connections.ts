import { Cluster, Redis, type ClusterOptions, type RedisOptions as IoRedisOptions } from "ioredis";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import { dbxError } from "../../errors/dbx-error.js";
import { untilAborted } from "./abortable.js";
import type { RedisSettings } from "./options.js";
import { ConnectTimeoutError, type ConnectionTrouble } from "./redis-errors.js";
import { withinReplyTimeout } from "./reply-timeout.js";

/** A standalone/Sentinel connection or a cluster client; both run commands the same way. */
export type RedisClient = Redis | Cluster;

/** How the shared, exclusive and subscriber connections differ. */
interface ClientOverrides {
  enableAutoPipelining: boolean;
  enableOfflineQueue?: boolean;
  lazyConnect?: boolean;
}

/** How often a cluster client reads the slot map again. */
const CLUSTER_REFRESH_MS = 5_000;

/** Reconnect quickly and keep trying: DBX recovers on its own when Redis is back. */
const retryStrategy = (times: number): number => Math.min(50 * 2 ** Math.min(times, 5), 1_000);

/**
 * The connections of one backend:
 * - `shared`: every plain command, auto-pipelined (standalone and Sentinel), failing fast while Redis is
 *   down (no offline queue, no resend of unanswered commands);
 * - exclusive connections, pooled, for blocking commands, WATCH and MULTI, at most maxExclusiveConnections
 *   leased at once (each is a Redis client and an fd: unbounded, concurrent blocking calls would reach Redis's
 *   maxclients, which then refuses every client, or the process's fd limit);
 * - subscriber connections, created by the pub/sub hub.
 *
 * No connection has ioredis's commandTimeout: every wait for a reply is bounded by `send` (replies.ts)
 * from the moment DBX issues the command, `replyTimeoutMs` or a blocking command's own wait on top.
 */
export class RedisConnections implements ConnectionTrouble {
  readonly shared: RedisClient;
  /** How long DBX waits for any reply (commandTimeoutMs). */
  readonly replyTimeoutMs: number;
  readonly #settings: RedisSettings;
  readonly #idle: RedisClient[] = [];
  #leased = 0;
  #created = 0;
  #closed = false;
  #lastError: Error | undefined;

  constructor(
    private readonly backend: string,
    settings: RedisSettings,
  ) {
    this.#settings = settings;
    this.replyTimeoutMs = settings.options.commandTimeoutMs;
    this.shared = this.#create({ enableAutoPipelining: true });
  }

  get mode(): RedisSettings["topology"]["mode"] {
    return this.#settings.topology.mode;
  }

  /** Connects the shared client; rejects when Redis cannot be reached in time. */
  async open(): Promise<void> {
    await withTimeout(this.shared.connect(), this.#settings.options.connectTimeoutMs);
  }

  /** The last error a connection reported, while the shared connection is down. */
  get lastConnectionError(): Error | undefined {
    return this.shared.status === "ready" ? undefined : this.#lastError;
  }

  /**
   * An exclusive connection; hand it back with `release` (or `discard` if its state is unknown).
   * Waits at most connectTimeoutMs, or until `signal` aborts: a connection that arrives after
   * that goes back to the pool.
   */
  async acquire(signal?: AbortSignal): Promise<RedisClient> {
    if (this.#closed) throw new Error("Connection is closed.");
    const limit = this.#settings.options.maxExclusiveConnections;
    if (this.#leased >= limit) {
      throw dbxError(
        ErrorReason.BACKEND_UNAVAILABLE,
        `Redis backend "${this.backend}" has all ${limit} dedicated connections in use (maxExclusiveConnections: blocking commands, streams, Multi and transactions); retry later`,
        { backend: this.backend, setting: "maxExclusiveConnections", limit: String(limit) },
      );
    }
    this.#leased++;
    const idle = this.#idle.pop();
    if (idle && idle.status === "ready") return idle;
    if (idle) idle.disconnect();
    const connecting = this.#connectExclusive();
    return untilAborted(connecting, signal, () => void connecting.then((c) => this.release(c), () => undefined));
  }

  release(client: RedisClient): void {
    this.#leased--;
    if (!this.#closed && client.status === "ready" && this.#idle.length < this.#settings.options.exclusivePoolSize) {
      this.#idle.push(client);
    } else {
      client.disconnect();
    }
  }

  /** Drops a leased connection whose state cannot be trusted (an interrupted blocking call). */
  discard(client: RedisClient): void {
    this.#leased--;
    client.disconnect();
  }

  /** A new connection for subscriptions: reconnects and resubscribes by itself. */
  subscriber(): RedisClient {
    return this.#create({ enableAutoPipelining: false, enableOfflineQueue: true, lazyConnect: false });
  }

  stats(): Record<string, string> {
    return {
      mode: this.mode,
      shared_status: this.shared.status,
      exclusive_idle: String(this.#idle.length),
      exclusive_leased: String(this.#leased),
      connections_created: String(this.#created),
      last_connection_error: this.#lastError?.message ?? "",
    };
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const c of this.#idle.splice(0)) c.disconnect();
    // A frozen server never answers QUIT: shutdown waits for it no longer than for any reply.
    await withinReplyTimeout(this.shared.quit(), "QUIT", this.replyTimeoutMs).catch(() => this.shared.disconnect());
  }

  async #connectExclusive(): Promise<RedisClient> {
    const client = this.#create({ enableAutoPipelining: false });
    try {
      await withTimeout(client.connect(), this.#settings.options.connectTimeoutMs);
    } catch (err) {
      this.#leased--;
      client.disconnect();
      throw err;
    }
    return client;
  }

  #create(overrides: ClientOverrides): RedisClient {
    this.#created++;
    const client = this.#construct(overrides);
    // Connection errors surface as failed commands (UNAVAILABLE); the event only feeds stats.
    client.on("error", (err: Error) => {
      this.#lastError = err;
    });
    return client;
  }

  #construct(overrides: ClientOverrides): RedisClient {
    const s = this.#settings;
    const common: IoRedisOptions = {
      username: s.username,
      password: s.password,
      tls: s.tls ? {} : undefined,
      keyPrefix: s.options.keyPrefix || undefined,
      // RESP2 replies have one shape on every server version; integers stay exact as strings.
      protocol: 2,
      stringNumbers: true,
      connectTimeout: s.options.connectTimeoutMs,
      maxRetriesPerRequest: 0,
      autoResendUnfulfilledCommands: false,
      connectionName: "dbx",
      lazyConnect: overrides.lazyConnect ?? true,
    };
    const offline = overrides.enableOfflineQueue ?? false;
    const t = s.topology;
    if (t.mode === "cluster") {
      const options: ClusterOptions = {
        redisOptions: { ...common, lazyConnect: undefined },
        lazyConnect: common.lazyConnect,
        enableOfflineQueue: offline,
        // ioredis 6 refuses an auto-pipeline whose keys span slots, which concurrent calls always do;
        // commands still share each node's connection without waiting for one another.
        enableAutoPipelining: false,
        clusterRetryStrategy: retryStrategy,
        keyPrefix: common.keyPrefix,
        slotsRefreshTimeout: s.options.connectTimeoutMs,
        // Besides on MOVED: a Watch learns of masters added by resharding without waiting for a command to hit one.
        slotsRefreshInterval: CLUSTER_REFRESH_MS,
      };
      return new Cluster(t.nodes, options);
    }
    const options: IoRedisOptions = {
      ...common,
      db: s.db,
      enableOfflineQueue: offline,
      enableAutoPipelining: overrides.enableAutoPipelining,
      retryStrategy,
    };
    if (t.mode === "sentinel") {
      return new Redis({
        ...options,
        name: t.name,
        sentinels: t.sentinels,
        sentinelPassword: t.sentinelPassword,
        sentinelRetryStrategy: retryStrategy,
        enableTLSForSentinelMode: s.tls,
      });
    }
    return new Redis({ ...options, host: t.host, port: t.port });
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ConnectTimeoutError(ms)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
