import { SqlService } from "../../../gen/ts/dbx/sql/v1/sql_pb.js";
import { PostgresService } from "../../../gen/ts/dbx/postgres/v1/postgres_pb.js";
import { BackendKind, TimestampPrecision } from "../../../gen/ts/dbx/v1/admin_pb.js";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import { dbxError } from "../../errors/dbx-error.js";
import type { Item, TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import type {
  ExecuteCall,
  BatchGetCall,
  BatchWriteCall,
  BeginCall,
  CountCall,
  DeleteManyCall,
  FindCall,
  FindStreamCall,
  GetCall,
  InsertCall,
  KeyCall,
  ListCall,
  PutCall,
  ReadBytesCall,
  WatchCall,
  UpdateCall,
  UpdateManyCall,
} from "../backend-calls.js";
import { IsolationLevel } from "../../../gen/ts/dbx/v1/transaction_pb.js";
import type { Backend, BackendFacets, BackendTransaction, NativeResult, OperationContext, RecordPage, ServerDescription, WatchEvent, WriteOutcome } from "../backend.js";
import type { ByteChunk } from "../byte-range.js";
import { Capability } from "../capabilities.js";
import { postgresChangeFeed, type PostgresChangeFeed } from "./change-feed.js";
import { PostgresPool } from "./connection-pool.js";
import { PostgresServiceFacet } from "./postgres-facet.js";
import { CallSessions } from "./call-session.js";
import { PostgresExecutor } from "./executor.js";
import { PostgresIntrospector } from "./introspector.js";
import { checkPostgresNamespace } from "./namespace.js";
import type { PostgresSettings } from "./options.js";
import { readPostgresBytes } from "./ranged-read.js";
import { PostgresRecordReads } from "./record-reads.js";
import { streamRecords } from "./record-stream.js";
import { PostgresRecordWrites } from "./record-writes.js";
import { executeNative } from "./native-execute.js";
import { PostgresSqlFacet } from "./sql-facet.js";
import { PostgresTables } from "./table-access.js";
import { PgTypeRegistry } from "./type-registry.js";
import { contextOf } from "../operation-context.js";

/**
 * What PostgreSQL offers through the universal contract. The pinned list in
 * test/conformance/backends.ts and docs/capabilities.md change with it.
 */
const CAPABILITIES: readonly Capability[] = [
  Capability.DataAtomicBatch,
  Capability.DataRangedRead,
  Capability.DataGeneratedKeys,
  Capability.DataUpsert,
  Capability.DataUpdateNumeric,
  Capability.DataUpdateArrays,
  Capability.DataBulkByFilter,
  Capability.TransactionAtomicBatch,
  Capability.TransactionInteractive,
  Capability.TransactionSavepoints,
  Capability.TransactionDeferrable,
  Capability.TransactionIsolationReadCommitted,
  Capability.TransactionIsolationRepeatableRead,
  Capability.TransactionIsolationSerializable,
  Capability.QueryNative,
  Capability.QuerySort,
  Capability.QueryArrayFilters,
  Capability.StreamWatch,
  Capability.StreamWatchBeforeImage,
  Capability.SqlParamTypes,
  Capability.SqlSessionContext,
  Capability.ValueDate,
  Capability.ValueTime,
  Capability.ValueDatetime,
  Capability.ValueInterval,
  Capability.ValueDecimalSpecial,
  Capability.ValueNative,
];

const WATCH_CAPABILITIES: ReadonlySet<Capability> = new Set([Capability.StreamWatch, Capability.StreamWatchBeforeImage]);

const SERVICES = [SqlService.typeName, PostgresService.typeName] as const;

/**
 * PostgreSQL behind DBX: a pool of connections (connection-pool.ts), tables
 * as collections, values exact both ways by type (value-codec.ts), records
 * read and written through the shared SQL plan layer (src/backends/sql/)
 * spelled by the PostgreSQL dialect. docs/backends/postgres.md describes the
 * behaviour clients see.
 */
export class PostgresBackend implements Backend {
  readonly kind = BackendKind.POSTGRES;
  readonly capabilities: ReadonlySet<Capability>;
  readonly services: readonly string[] = SERVICES;
  readonly displayUrl: string;
  readonly facets: BackendFacets;
  readonly #sql: PostgresSqlFacet;
  readonly #postgres: PostgresServiceFacet;

  protected readonly pool: PostgresPool;
  protected readonly executor: PostgresExecutor;
  /** PostgreSQL types by OID (enums, domains, arrays, ...), read from pg_type once. */
  readonly types = new PgTypeRegistry();
  /** Table shapes, cached; DDL through DBX calls introspector.invalidate(). */
  readonly introspector = new PostgresIntrospector(this.types);
  protected readonly tables: PostgresTables;
  readonly #reads: PostgresRecordReads;
  readonly #writes: PostgresRecordWrites;
  readonly #changes: PostgresChangeFeed;
  #server: ServerDescription = { version: "", modules: [], timestampPrecision: TimestampPrecision.MICROSECONDS };

  constructor(
    readonly name: string,
    protected readonly settings: PostgresSettings,
  ) {
    this.displayUrl = settings.displayUrl;
    this.pool = new PostgresPool(name, settings);
    this.executor = new PostgresExecutor(this.pool, name, new CallSessions(name, settings.options));
    // The change feed reads changes as DBX, not as the caller: with identityContext, row-level security could not hide rows from a watcher.
    const watchable = !this.executor.sessions.followIdentity;
    this.capabilities = new Set(watchable ? CAPABILITIES : CAPABILITIES.filter((c) => !WATCH_CAPABILITIES.has(c)));
    this.tables = new PostgresTables(this.introspector, name);
    this.#reads = new PostgresRecordReads(this.tables);
    this.#writes = new PostgresRecordWrites(this.executor, this.tables);
    // SQL the caller wrote may change the session: its connections are reset before reuse.
    const callerSql = this.executor.forCallerSql();
    this.#sql = new PostgresSqlFacet({ executor: callerSql, types: this.types, settings, schemaChanged: () => this.introspector.invalidate() });
    this.#postgres = new PostgresServiceFacet(name, this.executor, this.types, settings.options.listenQueueSize, () => this.pool.connectDedicated());
    this.facets = { sql: this.#sql, postgres: this.#postgres };
    this.#changes = postgresChangeFeed(name, this.pool, this.executor, this.tables, settings.options);
  }

  /** Connects once to probe the server; UNAVAILABLE naming the URL when it cannot be reached. */
  async open(): Promise<void> {
    const ctx = probeContext(this.settings.options.connectTimeoutMs);
    try {
      const result = await this.pool.withConnection(ctx, (c) =>
        c.control(ctx, "SELECT current_setting('server_version'), coalesce((SELECT string_agg(extname || ' ' || extversion, ',' ORDER BY extname) FROM pg_extension), '')"),
      );
      const [version, extensions] = result.rows[0] as [string, string];
      this.#server = { version, modules: extensions ? extensions.split(",") : [], timestampPrecision: TimestampPrecision.MICROSECONDS };
    } catch (err) {
      throw dbxError(ErrorReason.BACKEND_UNAVAILABLE, `cannot connect to PostgreSQL ${this.displayUrl}: ${err instanceof Error ? err.message : String(err)}`, { backend: this.name }, err);
    }
  }

  async close(): Promise<void> {
    await this.#postgres.close();
    await this.#changes.close();
    await this.pool.close();
  }

  checkNamespace(namespace: string, field: string): void {
    checkPostgresNamespace(namespace, field);
  }

  /** PostgreSQL stores timestamps and times to the microsecond; finer values are refused, not rounded. */
  describeServer(): ServerDescription {
    return this.#server;
  }

  /**
   * Changes captured by triggers into a log table, read by one LISTENing
   * connection (change-feed.ts). That feed reads the log as DBX, not as the
   * caller, so row-level security would not hide a row's changes: with
   * identityContext, the backend does not offer stream.watch.
   */
  watch(ctx: OperationContext, call: WatchCall): AsyncIterable<WatchEvent> {
    return this.#changes.watch(ctx, call);
  }

  /** QueryService.Execute: one statement of native SQL (native-execute.ts). */
  execute(ctx: OperationContext, call: ExecuteCall): Promise<NativeResult> {
    return executeNative(this.#sql, ctx, call);
  }

  async ping(ctx: OperationContext): Promise<void> {
    await this.executor.run(ctx, (c) => c.query(ctx, "SELECT 1", []));
  }

  stats(): Record<string, string> {
    return { ...this.pool.stats(), ...this.#postgres.stats() };
  }

  get(ctx: OperationContext, call: GetCall): Promise<Item | undefined> {
    return this.executor.run(ctx, (c) => this.#reads.get(ctx, c, call));
  }

  async exists(ctx: OperationContext, call: KeyCall): Promise<{ exists: boolean }> {
    return { exists: await this.executor.run(ctx, (c) => this.#reads.exists(ctx, c, call)) };
  }

  batchGet(ctx: OperationContext, call: BatchGetCall): Promise<(Item | undefined)[]> {
    return this.executor.run(ctx, (c) => this.#reads.batchGet(ctx, c, call));
  }

  count(ctx: OperationContext, call: CountCall): Promise<bigint> {
    return this.executor.run(ctx, (c) => this.#reads.count(ctx, c, call));
  }

  list(ctx: OperationContext, call: ListCall): Promise<RecordPage> {
    return this.executor.run(ctx, (c) => this.#reads.list(ctx, c, call));
  }

  find(ctx: OperationContext, call: FindCall): Promise<RecordPage> {
    return this.executor.run(ctx, (c) => this.#reads.find(ctx, c, call));
  }

  /** Through a server-side cursor, one batch in memory at a time (record-stream.ts). */
  findStream(ctx: OperationContext, call: FindStreamCall): AsyncIterable<Item[]> {
    return streamRecords(this.executor, this.tables, ctx, call);
  }

  readBytes(ctx: OperationContext, call: ReadBytesCall): AsyncIterable<ByteChunk> {
    return readPostgresBytes(this.executor, this.tables, ctx, call);
  }

  async put(ctx: OperationContext, call: PutCall): Promise<{ created: boolean }> {
    return { created: await this.#writes.put(ctx, call) };
  }

  insert(ctx: OperationContext, call: InsertCall): Promise<{ key: TypedValue; record: Item }> {
    return this.#writes.insert(ctx, call);
  }

  update(ctx: OperationContext, call: UpdateCall): Promise<{ record: Item; created: boolean } | undefined> {
    return this.#writes.update(ctx, call);
  }

  delete(ctx: OperationContext, call: KeyCall): Promise<boolean> {
    return this.#writes.delete(ctx, call);
  }

  updateMany(ctx: OperationContext, call: UpdateManyCall): Promise<bigint> {
    return this.#writes.updateMany(ctx, call);
  }

  deleteMany(ctx: OperationContext, call: DeleteManyCall): Promise<bigint> {
    return this.#writes.deleteMany(ctx, call);
  }

  /** Always atomic: one transaction (a savepoint inside an interactive one). */
  async batchWrite(ctx: OperationContext, call: BatchWriteCall): Promise<{ atomic: boolean; results: WriteOutcome[] }> {
    return { atomic: true, results: await this.#writes.batchWrite(ctx, call) };
  }

  /** Begins on a pooled connection that stays pinned to the transaction until it ends. */
  async beginTransaction(ctx: OperationContext, call: BeginCall): Promise<BackendTransaction> {
    checkPostgresNamespace(call.namespace, "target.namespace");
    // A namespace that names no schema is refused as on every other call.
    if (call.namespace) await this.executor.run(ctx, (c) => this.tables.requireSchema(ctx, c, call.namespace, "target.namespace"));
    return this.executor.begin(ctx, beginStatement(call), call.readOnly);
  }
}

const ISOLATION: Readonly<Partial<Record<IsolationLevel, string>>> = {
  [IsolationLevel.READ_COMMITTED]: "ISOLATION LEVEL READ COMMITTED",
  [IsolationLevel.REPEATABLE_READ]: "ISOLATION LEVEL REPEATABLE READ",
  [IsolationLevel.SERIALIZABLE]: "ISOLATION LEVEL SERIALIZABLE",
};

/** BEGIN with the call's isolation level, access mode and DEFERRABLE (which only serializable read-only uses). */
function beginStatement(call: BeginCall): string {
  const parts = ["BEGIN"];
  const isolation = ISOLATION[call.isolationLevel];
  if (isolation) parts.push(isolation);
  parts.push(call.readOnly ? "READ ONLY" : "READ WRITE");
  if (call.deferrable) parts.push("DEFERRABLE");
  return parts.join(" ");
}

function probeContext(timeoutMs: number): OperationContext {
  return contextOf({ signal: AbortSignal.timeout(timeoutMs), deadline: Date.now() + timeoutMs, requestId: "open" });
}
