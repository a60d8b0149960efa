import { statSync } from "node:fs";
import { SqlService } from "../../../gen/ts/dbx/sql/v1/sql_pb.js";
import { SqliteService } from "../../../gen/ts/dbx/sqlite/v1/sqlite_pb.js";
import { BackendKind, TimestampPrecision } from "../../../gen/ts/dbx/v1/admin_pb.js";
import { QueryService } from "../../../gen/ts/dbx/v1/query_pb.js";
import type { Item, TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
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
  PutCall,
  ReadBytesCall,
  UpdateCall,
  UpdateManyCall,
  WatchCall,
} from "../backend-calls.js";
import type {
  Backend,
  BackendFacets,
  BackendTransaction,
  NativeResult,
  OperationContext,
  RecordPage,
  ServerDescription,
  WatchEvent,
  WriteOutcome,
} from "../backend.js";
import type { ByteChunk } from "../byte-range.js";
import { Capability } from "../capabilities.js";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import { dbxError } from "../../errors/dbx-error.js";
import { withContext } from "../sql/error-context.js";
import { findStreamPlan } from "../sql/page-planners.js";
import { SqliteAdminFacet } from "./admin-facet.js";
import { ChangeBus } from "./change-bus.js";
import { ChangeCapture } from "./change-capture.js";
import { sqlitePlanContext } from "./column-codec.js";
import { SqliteConnection, compile } from "./connection.js";
import { SqliteExecutor } from "./executor.js";
import { checkSqliteNamespace } from "./namespace.js";
import type { SqliteSettings } from "./options.js";
import { ByteBudget } from "../../limits/byte-budget.js";
import { responseTooLarge } from "../../limits/response-too-large.js";
import { PreparedStatements } from "./prepared-statements.js";
import { readSqliteBytes } from "./ranged-read.js";
import { batchGetRecords, countRecords, findRecords, getRecord, listRecords, recordExists } from "./record-reads.js";
import {
  applyWrite,
  deleteMatching,
  deleteRecord,
  insertRecord,
  putRecord,
  updateMatching,
  updateRecord,
} from "./record-writes.js";
import { decodeRow, resultColumns } from "./result-columns.js";
import { streamRows } from "./row-stream.js";
import { SqliteSqlFacet } from "./sql-facet.js";
import { sweepStaleTempFiles, tempRemovalsSettled } from "./temp-files.js";
import { abortError, namedFileError } from "./sqlite-errors.js";
import { checkNativeStatement, namesFile, type NativeSqlPolicy } from "./native-statement.js";
import { firstKeyword } from "./statement-kind.js";
import { targetTable } from "./table-access.js";
import { TableMetadata } from "./table-metadata.js";
import { encodeParam } from "./value-codec.js";

const CAPABILITIES: readonly Capability[] = [
  Capability.DataAtomicBatch,
  Capability.DataRangedRead,
  Capability.DataGeneratedKeys,
  Capability.DataUpsert,
  Capability.DataUpdateNumeric,
  Capability.DataBulkByFilter,
  Capability.TransactionAtomicBatch,
  Capability.TransactionInteractive,
  Capability.TransactionSavepoints,
  // SQLite transactions are serializable; it has no weaker level to offer.
  Capability.TransactionIsolationSerializable,
  Capability.QueryNative,
  Capability.QuerySort,
  Capability.ValueDate,
  Capability.ValueTime,
  Capability.ValueDatetime,
];

const SERVICES = [SqlService.typeName, SqliteService.typeName] as const;

/** The RPC that `execute` answers, for its errors. */
const EXECUTE = `${QueryService.typeName}/${QueryService.method.execute.name}`;

/**
 * SQLite behind DBX: one synchronous better-sqlite3 connection per backend,
 * shared by every call under a connection lock (executor.ts), tables as
 * collections, values encoded by the columns' declared types
 * (value-codec.ts), an in-process change feed for Watch fed by TEMP
 * triggers (change-bus.ts, change-capture.ts).
 * docs/backends/sqlite.md describes the behaviour clients see.
 */
export class SqliteBackend implements Backend {
  readonly kind = BackendKind.SQLITE;
  readonly capabilities: ReadonlySet<Capability>;
  readonly services = SERVICES;
  readonly displayUrl: string;
  readonly facets: BackendFacets;

  readonly #connection: SqliteConnection;
  readonly #executor: SqliteExecutor;
  readonly #bus: ChangeBus;
  readonly #prepared: PreparedStatements;
  readonly #policy: NativeSqlPolicy;
  #version = "";

  constructor(
    readonly name: string,
    private readonly settings: SqliteSettings,
    features: { watch: boolean } = { watch: true },
  ) {
    this.capabilities = new Set(features.watch ? [...CAPABILITIES, Capability.StreamWatch, Capability.StreamWatchBeforeImage] : CAPABILITIES);
    this.displayUrl = settings.displayUrl;
    this.#connection = new SqliteConnection(name, settings);
    const metadata = new TableMetadata(this.#connection);
    // A read-only backend never writes; a read-only transaction cannot write until it ends.
    const capture = new ChangeCapture(
      this.#connection,
      metadata,
      name,
      () => !settings.options.readonly && this.#executor.transaction?.readOnly !== true,
    );
    this.#bus = new ChangeBus(settings.options.watchQueueSize, capture);
    this.#executor = new SqliteExecutor(this.#connection, metadata, this.#bus, capture, {
      backend: name,
      readonly: settings.options.readonly,
    });
    this.#prepared = new PreparedStatements(name, settings.options.maxPreparedStatements);
    this.#policy = {
      backend: name,
      allowConnectionStatements: settings.options.allowConnectionStatements,
      fileDirectory: settings.fileDirectory,
    };
    this.facets = {
      sql: new SqliteSqlFacet(this.#executor, this.#prepared, this.#policy),
      sqlite: new SqliteAdminFacet(this.#executor, settings),
    };
  }

  /**
   * Opens the database; UNAVAILABLE naming the URL when it cannot be opened.
   * Temporary files left by DBX processes that crashed are removed first.
   */
  async open(): Promise<void> {
    await sweepStaleTempFiles(this.settings.location.kind === "file" ? this.settings.location.path : undefined);
    try {
      this.#connection.open();
      this.#version = String(this.#connection.value("SELECT sqlite_version()"));
    } catch (err) {
      throw dbxError(
        ErrorReason.BACKEND_UNAVAILABLE,
        `cannot open SQLite database ${this.displayUrl}: ${err instanceof Error ? err.message : String(err)}`,
        { backend: this.name },
        err,
      );
    }
  }

  async close(): Promise<void> {
    this.#bus.close();
    this.#executor.transaction?.abandon();
    this.#connection.close();
    await tempRemovalsSettled();
  }

  checkNamespace(namespace: string, field: string): void {
    checkSqliteNamespace(namespace, field);
  }

  describeServer(): ServerDescription {
    // Timestamps are stored as RFC 3339 text with all nine digits.
    return { version: this.#version, modules: [], timestampPrecision: TimestampPrecision.NANOSECONDS };
  }

  async ping(ctx: OperationContext): Promise<void> {
    await this.#executor.run(ctx, (scope) => scope.connection.value("SELECT 1"));
  }

  stats(): Record<string, string> {
    const stats: Record<string, string> = {
      open: String(this.#connection.isOpen),
      cached_statements: String(this.#connection.cachedStatements),
      prepared_statements: String(this.#prepared.size),
      open_transaction: String(this.#executor.transaction !== undefined),
      waiting_calls: String(this.#executor.lock.waiting),
      watchers: String(this.#bus.watcherCount),
      open_readers: String(this.#connection.openReaders),
      connection_held: String(this.#executor.lock.held),
    };
    const location = this.settings.location;
    if (location.kind === "file") {
      stats.path = location.path;
      stats.wal_bytes = String(fileSize(`${location.path}-wal`));
    }
    if (!this.#connection.isOpen) return stats;
    const db = this.#connection.db;
    try {
      stats.page_count = String(db.pragma("page_count", { simple: true }));
      stats.page_size = String(db.pragma("page_size", { simple: true }));
      stats.freelist_count = String(db.pragma("freelist_count", { simple: true }));
      stats.journal_mode = String(db.pragma("journal_mode", { simple: true }));
    } catch {
      // A stream is iterating on the main connection (in-memory database):
      // better-sqlite3 runs nothing else on it until the stream ends.
    }
    return stats;
  }

  get(ctx: OperationContext, call: GetCall): Promise<Item | undefined> {
    return this.#executor.run(ctx, (scope) => getRecord(scope, this.name, call));
  }

  async put(ctx: OperationContext, call: PutCall): Promise<{ created: boolean }> {
    return { created: await this.#executor.run(ctx, (scope) => putRecord(scope, this.name, call)) };
  }

  insert(ctx: OperationContext, call: InsertCall): Promise<{ key: TypedValue; record: Item }> {
    return this.#executor.run(ctx, (scope) => insertRecord(scope, this.name, call));
  }

  update(ctx: OperationContext, call: UpdateCall): Promise<{ record: Item; created: boolean } | undefined> {
    return this.#executor.run(ctx, (scope) => updateRecord(scope, this.name, call));
  }

  delete(ctx: OperationContext, call: KeyCall): Promise<boolean> {
    return this.#executor.run(ctx, (scope) => deleteRecord(scope, this.name, call));
  }

  async exists(ctx: OperationContext, call: KeyCall): Promise<{ exists: boolean }> {
    return { exists: await this.#executor.run(ctx, (scope) => recordExists(scope, this.name, call)) };
  }

  batchGet(ctx: OperationContext, call: BatchGetCall): Promise<(Item | undefined)[]> {
    return this.#executor.run(ctx, (scope) => batchGetRecords(scope, this.name, call));
  }

  /** Always atomic: one SQLite transaction (a savepoint inside an interactive one). */
  async batchWrite(ctx: OperationContext, call: BatchWriteCall): Promise<{ atomic: boolean; results: WriteOutcome[] }> {
    const results = await this.#executor.run(ctx, (scope) =>
      scope.db.transaction(() =>
        call.writes.map((write, i): WriteOutcome => {
          const at = `operations[${i}]`;
          try {
            if (ctx.abort.aborted) throw abortError(ctx.abort, this.name);
            return applyWrite(scope, this.name, write, i);
          } catch (err) {
            const mapped = this.#executor.mapError(err);
            const message = mapped.rawMessage.startsWith(at) ? mapped.rawMessage : `${at}: ${mapped.rawMessage}`;
            throw withContext(mapped, `${message} (no operation of the batch took effect)`, { operation_index: String(i) });
          }
        }),
      )(),
    );
    return { atomic: true, results };
  }

  list(ctx: OperationContext, call: ListCall): Promise<RecordPage> {
    return this.#executor.run(ctx, (scope) => listRecords(scope, this.name, call));
  }

  count(ctx: OperationContext, call: CountCall): Promise<bigint> {
    return this.#executor.run(ctx, (scope) => countRecords(scope, this.name, call));
  }

  /** One UPDATE statement: atomic. */
  updateMany(ctx: OperationContext, call: UpdateManyCall): Promise<bigint> {
    return this.#executor.run(ctx, (scope) => updateMatching(scope, this.name, call));
  }

  /** One DELETE statement: atomic. */
  deleteMany(ctx: OperationContext, call: DeleteManyCall): Promise<bigint> {
    return this.#executor.run(ctx, (scope) => deleteMatching(scope, this.name, call));
  }

  find(ctx: OperationContext, call: FindCall): Promise<RecordPage> {
    return this.#executor.run(ctx, (scope) => findRecords(scope, this.name, call));
  }

  async *findStream(ctx: OperationContext, call: FindStreamCall): AsyncIterable<Item[]> {
    const plan = await this.#executor.run(ctx, (scope) =>
      findStreamPlan(sqlitePlanContext, targetTable(scope.metadata, call.target, this.name), call.query),
    );
    for await (const batch of streamRows(
      this.#executor,
      ctx,
      (db) => ({ statement: compile(db, plan.sql), params: plan.params }),
      Math.max(1, call.batchSize),
      call.maxBatchBytes,
    )) {
      if (batch.rows.length) yield batch.rows.map(plan.decodeRow);
    }
  }

  readBytes(ctx: OperationContext, call: ReadBytesCall): AsyncIterable<ByteChunk> {
    return readSqliteBytes(this.#executor, ctx, call);
  }

  /**
   * QueryService.Execute: SQL text with positional parameters. Reads at most
   * `maxRows + 1` rows, so that the caller can answer TOO_MANY_ROWS without
   * an unbounded result in memory.
   */
  execute(ctx: OperationContext, call: ExecuteCall): Promise<NativeResult> {
    checkSqliteNamespace(call.namespace);
    return this.#executor.run(ctx, (scope) => {
      const sql = checkNativeStatement(call.statement, "statement", this.#policy);
      const stmt = scope.connection.statement(sql);
      const bound = call.params.map((p, i) => encodeParam(p, `params[${i}]`));
      if (!stmt.reader) {
        try {
          return { columns: [], rows: [], rowsAffected: BigInt(stmt.run(...bound).changes) };
        } catch (err) {
          throw namesFile(firstKeyword(sql)) ? namedFileError(err, this.name) : err;
        }
      }
      const columns = resultColumns(stmt, scope.metadata);
      const cap = call.maxRows + 1;
      const rows: TypedValue[][] = [];
      const bytes = new ByteBudget(call.maxBytes);
      const iterator = stmt.iterate(...bound) as IterableIterator<unknown[]>;
      try {
        for (const row of iterator) {
          if (!bytes.add(row)) throw responseTooLarge(EXECUTE, bytes.maxBytes);
          rows.push(decodeRow(row, columns));
          if (rows.length >= cap) break;
        }
      } finally {
        iterator.return?.();
      }
      return { columns: columns.map((c) => c.name), rows, rowsAffected: 0n };
    });
  }

  watch(ctx: OperationContext, call: WatchCall): AsyncIterable<WatchEvent> {
    // Resolved now, so that an unknown table fails the call and events (which
    // carry the stored table name) match however the client spelled it.
    // Capturing starts here, synchronously, on the connection: a transaction
    // open now that rolls back undoes the triggers, and its end restores them.
    try {
      const table = targetTable(this.#executor.metadata, call.target, this.name).name;
      return this.#bus.watch(ctx.signal, table, call.target.namespace, call.includeBefore);
    } catch (err) {
      throw this.#executor.mapError(err);
    }
  }

  /**
   * Begins an interactive transaction. It waits for the open one, if any,
   * at most `busyTimeoutMs` (then ABORTED: retry) or until `signal` aborts.
   */
  beginTransaction(ctx: OperationContext, call: BeginCall): Promise<BackendTransaction> {
    checkSqliteNamespace(call.namespace);
    const signal = AbortSignal.any([ctx.signal, AbortSignal.timeout(this.settings.options.busyTimeoutMs)]);
    if (signal.aborted) return Promise.reject(abortError(signal, this.name));
    return this.#executor.begin(call.readOnly, signal);
  }
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
