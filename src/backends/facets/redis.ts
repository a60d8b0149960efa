import type { ConnectError } from "@connectrpc/connect";

/**
 * A Redis reply as DBX passes it on: bulk and simple strings as bytes
 * (binary-safe), integers as bigint (exact past 2^53), arrays, and nil as
 * null. Replies are RESP2-shaped, the same for every server version.
 */
export type RedisReply = null | bigint | Buffer | RedisReply[];

/** The reply of one master to a command run on every master. */
export interface MasterReply {
  /** "host:port", as DBX reaches the server. */
  readonly address: string;
  readonly reply: RedisReply;
}

/** A command argument: bytes are sent as they are, strings as UTF-8, numbers in decimal. */
export type RedisArg = Buffer | Uint8Array | string | number | bigint;

/** One command of a pipeline or transaction. */
export interface RedisCommand {
  /** The command name ("SET", "HGETALL"), case-insensitive. */
  readonly name: string;
  readonly args: readonly RedisArg[];
}

/** The outcome of one command of a pipeline or transaction. */
export type RedisOutcome = { readonly reply: RedisReply } | { readonly error: ConnectError };

/** A connection used by one call alone: blocking commands and stream reads. */
export interface RedisLease {
  /**
   * Runs a command on the leased connection. Blocking commands wait until
   * Redis answers or the lease's signal aborts (the connection is then
   * dropped, which unblocks nothing else).
   */
  call(name: string, args: readonly RedisArg[]): Promise<RedisReply>;
  /** Gives the connection back (or drops it if a call was interrupted). */
  release(): void;
}

/** One event of a Redis subscription. */
export type RedisPubSubEvent =
  | { readonly type: "ready" }
  | { readonly type: "message"; readonly channel: Buffer; readonly pattern?: Buffer; readonly payload: Buffer };

/** One page of SCAN. */
export interface RedisScanPage {
  /** The cursor of the next page; "0" when the scan is complete. */
  readonly cursor: string;
  /** Keys with the backend's key prefix removed. */
  readonly keys: Buffer[];
}

/**
 * What dbx.redis.v1.RedisService reaches on a Redis backend. The adapter
 * enforces the command policy (scripting and dangerous commands) in every
 * method that runs a command, applies the key prefix, and maps failures to
 * DBX errors (UNAVAILABLE while Redis is down).
 */
export interface RedisFacet {
  /** Whether EVAL, EVALSHA and SCRIPT LOAD are enabled for clients. */
  readonly scriptingEnabled: boolean;
  /** Whether FLUSHDB, FLUSHALL, CONFIG SET and similar commands are enabled. */
  readonly dangerousCommandsEnabled: boolean;
  /** "standalone", "sentinel" or "cluster". */
  readonly mode: "standalone" | "sentinel" | "cluster";

  /**
   * Runs one command on the shared, auto-pipelined connection; stops waiting
   * when `signal` aborts (without one, the reply or commandTimeoutMs ends it).
   */
  call(signal: AbortSignal | undefined, name: string, args: readonly RedisArg[]): Promise<RedisReply>;
  /**
   * Runs one command on every master of a cluster, in address order, or once
   * on a standalone server (INFO, DBSIZE, FLUSHDB, CONFIG SET).
   */
  callEveryMaster(signal: AbortSignal, name: string, args: readonly RedisArg[]): Promise<MasterReply[]>;
  /** Sends commands in one round trip; each has its own outcome. */
  pipeline(signal: AbortSignal, commands: readonly RedisCommand[]): Promise<RedisOutcome[]>;
  /**
   * MULTI/EXEC on a dedicated connection, after WATCH of `watch` when given.
   * Undefined when a watched key changed and Redis discarded the transaction.
   */
  transaction(signal: AbortSignal, commands: readonly RedisCommand[], watch: readonly RedisArg[]): Promise<RedisOutcome[] | undefined>;
  /** A dedicated connection for blocking commands, dropped when `signal` aborts. */
  lease(signal: AbortSignal): Promise<RedisLease>;
  /** One SCAN step over the whole keyspace (every master of a cluster). */
  scan(signal: AbortSignal, cursor: string, options: { match?: Buffer; count?: number; type?: string }): Promise<RedisScanPage>;
  /** Subscribes through the backend's shared subscriber connection; `ready` first. */
  subscribe(signal: AbortSignal, channels: readonly Buffer[], patterns: readonly Buffer[]): AsyncIterable<RedisPubSubEvent>;
  /** Removes the backend's key prefix from a key that Redis answered with. */
  unprefixKey(key: Buffer): Buffer;
  /** Pool and latency figures for the service's Stats. */
  stats(): Record<string, string>;
}
