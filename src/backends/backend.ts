import type { BackendKind } from "../../gen/ts/dbx/v1/admin_pb.js";
import type { Query } from "../../gen/ts/dbx/v1/query_pb.js";
import type { ChangeEvent } from "../../gen/ts/dbx/v1/stream_pb.js";
import type { WriteOperation } from "../../gen/ts/dbx/v1/data_pb.js";
import type { Record as DbxRecord, Value } from "../../gen/ts/dbx/v1/value_pb.js";
import type { ByteChunk, ByteRange } from "./byte-range.js";
import type { Capability } from "./capabilities.js";
import type { RedisFacet } from "./facets/redis.js";
import type { SqlFacet } from "./facets/sql.js";
import type { SqliteFacet } from "./facets/sqlite.js";

/**
 * What every backend operation receives: the call's cancellation and, inside an
 * interactive transaction, the backend's own transaction handle.
 */
export interface OperationContext {
  /** Aborted when the client cancels, disconnects or its deadline passes. */
  readonly signal: AbortSignal;
  /** The handle returned by `beginTransaction`, when the call runs in one. */
  readonly transaction?: BackendTransaction;
}

/** An interactive transaction as a backend holds it. */
export interface BackendTransaction {
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

/** A page of records and the token of the next one ("" at the end). */
export interface RecordPage {
  records: DbxRecord[];
  nextPageToken: string;
}

/** One event of a watch: `ready` once in place, then the changes. */
export type WatchEvent = { type: "ready" } | { type: "change"; change: ChangeEvent };

/** One event of a subscription: `ready` once in place, then the messages. */
export type SubscriptionEvent =
  | { type: "ready" }
  | { type: "message"; channel: string; pattern: string; payload: Uint8Array };

/** The outcome of one write of a batch, in request order. */
export interface WriteOutcome {
  affected: boolean;
}

/**
 * A database behind DBX. Every backend answers the universal data operations;
 * the optional ones exist exactly when the backend declares the matching
 * capability, and backend-specific services reach the backend through its
 * facets (`sql`, `sqlite`, `redis`, `mongodb`), never through its class.
 *
 * Inputs arrive validated: collection names are non-empty, keys and values
 * have a kind. Adapters still validate identifiers before putting them in a
 * statement and always bind values as parameters.
 */
export interface Backend {
  readonly name: string;
  readonly kind: BackendKind;
  /** The URL with any password removed. */
  readonly displayUrl: string;
  readonly capabilities: ReadonlySet<Capability>;
  /** Backend-specific services this backend answers ("dbx.sql.v1.SqlService"). */
  readonly services: readonly string[];

  /** Opens connections; fails with UNAVAILABLE when the database cannot be reached. */
  open(): Promise<void>;
  /** Closes connections; in-flight calls have finished or been cancelled. */
  close(): Promise<void>;
  /** One round trip to the database. */
  ping(signal: AbortSignal): Promise<void>;
  /** Backend-specific gauges and counters for AdminService.GetStats. */
  stats(): Record<string, string>;

  get(ctx: OperationContext, collection: string, key: Value, fields: string[]): Promise<DbxRecord | undefined>;
  /** Creates or replaces; true when created. */
  put(ctx: OperationContext, collection: string, key: Value, record: DbxRecord, ttlMs?: number): Promise<boolean>;
  /** Creates; ALREADY_EXISTS when the key is taken. */
  insert(ctx: OperationContext, collection: string, key: Value, record: DbxRecord, ttlMs?: number): Promise<void>;
  /** Changes fields; undefined when there is no such record. */
  update(
    ctx: OperationContext,
    collection: string,
    key: Value,
    set: DbxRecord,
    unset: string[],
    ttlMs?: number,
  ): Promise<DbxRecord | undefined>;
  /** True when a record was deleted. */
  delete(ctx: OperationContext, collection: string, key: Value): Promise<boolean>;
  exists(ctx: OperationContext, collection: string, key: Value): Promise<{ exists: boolean; expireTime?: Date }>;
  batchGet(ctx: OperationContext, collection: string, keys: Value[], fields: string[]): Promise<(DbxRecord | undefined)[]>;
  /**
   * Applies the operations in order (each has its collection filled in).
   * Atomic when the backend has `data.atomic_batch` or `requireAtomic` is set
   * (the service refuses `requireAtomic` without the capability).
   */
  batchWrite(ctx: OperationContext, operations: WriteOperation[], requireAtomic: boolean): Promise<{ atomic: boolean; results: WriteOutcome[] }>;
  list(ctx: OperationContext, collection: string, pageSize: number, pageToken: string, fields: string[]): Promise<RecordPage>;
  count(ctx: OperationContext, collection: string): Promise<bigint>;
  find(ctx: OperationContext, collection: string, query: Query, pageSize: number, pageToken: string): Promise<RecordPage>;
  /**
   * Yields all matching records in batches; stops when `ctx.signal` aborts.
   * Where the adapter can count, a batch ends early after the record that
   * takes it past `maxBatchBytes` of values.
   */
  findStream(ctx: OperationContext, collection: string, query: Query, batchSize: number, maxBatchBytes?: number): AsyncIterable<DbxRecord[]>;

  /**
   * Capability `query.native`. With `maxRows`, reads at most maxRows + 1 rows
   * so that the caller can refuse an oversized answer without holding it;
   * with `maxBytes`, stops reading at the first row past that many bytes
   * (RESPONSE_TOO_LARGE).
   */
  execute?(ctx: OperationContext, statement: string, params: Value[], options?: { maxRows?: number; maxBytes?: number }): Promise<NativeResult>;
  /**
   * Capability `data.ranged_read`. Reads a bytes or string field (as UTF-8)
   * of one record in chunks: NOT_FOUND for a missing record, INVALID_ARGUMENT
   * for a field that is not bytes or a string.
   */
  readBytes?(ctx: OperationContext, collection: string, key: Value, field: string, range: ByteRange): AsyncIterable<ByteChunk>;
  /** Capability `stream.watch`. Yields `ready` first, then changes until `signal` aborts. */
  watch?(signal: AbortSignal, collection: string, resumeToken: string): AsyncIterable<WatchEvent>;
  /** Capability `stream.pubsub`. Yields `ready` first, then messages until `signal` aborts. */
  subscribe?(signal: AbortSignal, channels: string[], patterns: string[]): AsyncIterable<SubscriptionEvent>;
  /** Capability `stream.pubsub`. Answers the number of receivers. */
  publish?(channel: string, payload: Uint8Array): Promise<bigint>;
  /** Capability `transaction.interactive`. */
  /** `signal` ends a wait for the database (a lock, a connection) when the caller leaves. */
  beginTransaction?(options: { readOnly: boolean; signal?: AbortSignal }): Promise<BackendTransaction>;

  /** Facets for backend-specific services; each adapter sets its own. */
  readonly facets: BackendFacets;
}

/** The result of a native statement. */
export interface NativeResult {
  columns: string[];
  rows: Value[][];
  rowsAffected: bigint;
  /** The reply of a statement that answers no rows (a Redis reply). */
  result?: Value;
}

/**
 * What backend-specific services reach. An adapter fills the facets of the
 * services it answers; a service called on a backend without its facet
 * answers FAILED_PRECONDITION naming the backend and its kind.
 */
export interface BackendFacets {
  /** dbx.sql.v1.SqlService (SQLite, PostgreSQL). */
  readonly sql?: SqlFacet;
  /** dbx.sqlite.v1.SqliteService. */
  readonly sqlite?: SqliteFacet;
  /** dbx.redis.v1.RedisService. */
  readonly redis?: RedisFacet;
}
