import type { BackendKind, TimestampPrecision } from "../../gen/ts/dbx/v1/admin_pb.js";
import type { ChangeEvent } from "../../gen/ts/dbx/v1/stream_pb.js";
import type { Item, TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";
import type {
  BatchGetCall,
  BatchWriteCall,
  BeginCall,
  CountCall,
  DeleteManyCall,
  ExecuteCall,
  FindCall,
  FindStreamCall,
  GetCall,
  InsertCall,
  KeyCall,
  ListCall,
  PublishCall,
  PutCall,
  ReadBytesCall,
  SubscribeCall,
  UpdateCall,
  UpdateManyCall,
  WatchCall,
} from "./backend-calls.js";
import type { BackendTransaction } from "./backend-transaction.js";
import type { ByteChunk } from "./byte-range.js";
import type { OperationContext } from "./operation-context.js";
import type { Capability } from "./capabilities.js";
import type { KeyScope } from "./key-scope.js";
import type { MongoFacet } from "./facets/mongodb.js";
import type { PostgresFacet } from "./facets/postgres.js";
import type { RedisFacet } from "./facets/redis.js";
import type { SqlFacet } from "./facets/sql.js";
import type { SqliteFacet } from "./facets/sqlite.js";

export type { OperationContext, CallerIdentity } from "./operation-context.js";
export type { BackendTransaction } from "./backend-transaction.js";

/** A page of records and the token of the next one ("" at the end). */
export interface RecordPage {
  records: Item[];
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
  /** Put: created. Delete: existed. Insert and update: true. */
  affected: boolean;
  /** Insert: the key of the new record. */
  key?: TypedValue;
}

/** What a backend reports about the server it is connected to, probed when it opens. */
export interface ServerDescription {
  /** The server's version as it reports it; "" before open. */
  readonly version: string;
  /** Loaded modules or extensions. */
  readonly modules: readonly string[];
  /** The finest timestamp precision stored; finer writes are refused. */
  readonly timestampPrecision: TimestampPrecision;
}

/**
 * A database behind DBX. Every backend answers the universal data operations;
 * the optional ones exist exactly when the backend declares the matching
 * capability, and backend-specific services reach the backend through its
 * facets (`sql`, `sqlite`, `redis`, `mongodb`), never through its class.
 *
 * Every operation takes the call's context first and one request object
 * (src/backends/backend-calls.ts). Requests arrive validated: collection
 * names are non-empty, keys and values have a kind, defaults are applied.
 * Adapters still validate identifiers before putting them in a statement and
 * always bind values as parameters.
 */
export interface Backend {
  readonly name: string;
  readonly kind: BackendKind;
  /** The URL with any password removed. */
  readonly displayUrl: string;
  /** What it can do; final once `open` has probed the server. */
  readonly capabilities: ReadonlySet<Capability>;
  /** Backend-specific services this backend answers ("dbx.sql.v1.SqlService"). */
  readonly services: readonly string[];
  /** Version, modules and precision of the connected server. */
  describeServer(): ServerDescription;
  /**
   * The backend's namespace rule (which Target.namespace values name
   * something): INVALID_ARGUMENT naming `field` otherwise. The CallResolver
   * applies it to every call.
   */
  checkNamespace(namespace: string, field: string): void;
  /**
   * The keys a universal call on `collection` ("" when it names none) may
   * touch, for authorization rules with key patterns; only backends whose
   * data are keys (Redis) have it.
   */
  keyScope?(collection: string): KeyScope;

  /** Opens connections and probes the server; fails with UNAVAILABLE when it cannot be reached. */
  open(): Promise<void>;
  /** Closes connections; in-flight calls have finished or been cancelled. */
  close(): Promise<void>;
  /** One round trip to the database. */
  ping(ctx: OperationContext): Promise<void>;
  /** Backend-specific gauges and counters for AdminService.GetStats. */
  stats(): Record<string, string>;

  get(ctx: OperationContext, call: GetCall): Promise<Item | undefined>;
  /** Creates or replaces. */
  put(ctx: OperationContext, call: PutCall): Promise<{ created: boolean }>;
  /** Creates; ALREADY_EXISTS when the key is taken. Answers the key and the record as stored. */
  insert(ctx: OperationContext, call: InsertCall): Promise<{ key: TypedValue; record: Item }>;
  /** Applies the updates; undefined when there is no such record and no upsert. */
  update(ctx: OperationContext, call: UpdateCall): Promise<{ record: Item; created: boolean } | undefined>;
  /** True when a record was deleted. */
  delete(ctx: OperationContext, call: KeyCall): Promise<boolean>;
  exists(ctx: OperationContext, call: KeyCall): Promise<{ exists: boolean; expireTime?: Date }>;
  batchGet(ctx: OperationContext, call: BatchGetCall): Promise<(Item | undefined)[]>;
  /** Atomic when the backend has `data.atomic_batch` or `requireAtomic` is set. */
  batchWrite(ctx: OperationContext, call: BatchWriteCall): Promise<{ atomic: boolean; results: WriteOutcome[] }>;
  list(ctx: OperationContext, call: ListCall): Promise<RecordPage>;
  count(ctx: OperationContext, call: CountCall): Promise<bigint>;
  find(ctx: OperationContext, call: FindCall): Promise<RecordPage>;
  /** Yields all matching records in batches; stops when `ctx.signal` aborts. */
  findStream(ctx: OperationContext, call: FindStreamCall): AsyncIterable<Item[]>;
  /** Capability `data.bulk_by_filter`. Answers how many records changed. */
  updateMany?(ctx: OperationContext, call: UpdateManyCall): Promise<bigint>;
  /** Capability `data.bulk_by_filter`. Answers how many records were deleted. */
  deleteMany?(ctx: OperationContext, call: DeleteManyCall): Promise<bigint>;

  /** Capability `query.native`. */
  execute?(ctx: OperationContext, call: ExecuteCall): Promise<NativeResult>;
  /**
   * Capability `data.ranged_read`. NOT_FOUND for a missing record,
   * INVALID_ARGUMENT for a field that is not bytes or a string.
   */
  readBytes?(ctx: OperationContext, call: ReadBytesCall): AsyncIterable<ByteChunk>;
  /** Capability `stream.watch`. Yields `ready` first, then changes until `ctx.signal` aborts. */
  watch?(ctx: OperationContext, call: WatchCall): AsyncIterable<WatchEvent>;
  /** Capability `stream.pubsub`. Yields `ready` first, then messages until `ctx.signal` aborts. */
  subscribe?(ctx: OperationContext, call: SubscribeCall): AsyncIterable<SubscriptionEvent>;
  /** Capability `stream.pubsub`. The number of subscribers reached, undefined when the backend cannot tell. */
  publish?(ctx: OperationContext, call: PublishCall): Promise<bigint | undefined>;
  /**
   * Capability `transaction.interactive`. `ctx.signal` ends a wait for the
   * database (a lock, a connection) when the caller leaves.
   */
  beginTransaction?(ctx: OperationContext, call: BeginCall): Promise<BackendTransaction>;

  /** Facets for backend-specific services; each adapter sets its own. */
  readonly facets: BackendFacets;
}

/** The result of a native statement. */
export interface NativeResult {
  columns: string[];
  rows: TypedValue[][];
  /** Undefined when the backend does not tell. */
  rowsAffected: bigint | undefined;
  /** The reply of a statement that answers no rows (a Redis reply). */
  result?: TypedValue;
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
  /** dbx.postgres.v1.PostgresService. */
  readonly postgres?: PostgresFacet;
  /** dbx.mongodb.v1.MongoService. */
  readonly mongodb?: MongoFacet;
}
