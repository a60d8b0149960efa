import { statSync } from "node:fs";
import { BackendKind } from "../../../gen/ts/dbx/v1/admin_pb.js";
import type { WriteOperation } from "../../../gen/ts/dbx/v1/data_pb.js";
import type { Query } from "../../../gen/ts/dbx/v1/query_pb.js";
import type { Item, TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import type {
  Backend,
  BackendFacets,
  BackendTransaction,
  NativeResult,
  OperationContext,
  RecordPage,
  WatchEvent,
  WriteOutcome,
} from "../backend.js";
import type { ByteChunk, ByteRange } from "../byte-range.js";
import { Capability } from "../capabilities.js";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import { dbxError, invalidField } from "../../errors/dbx-error.js";
import { withContext } from "../sql/error-context.js";
import { SqliteAdminFacet } from "./admin-facet.js";
import { ChangeBus } from "./change-bus.js";
import { ChangeCapture } from "./change-capture.js";
import { SqliteConnection, compile } from "./connection.js";
import { SqliteExecutor } from "./executor.js";
import { compileFind, findPage } from "./find-query.js";
import type { SqliteSettings } from "./options.js";
import { ByteBudget } from "../../limits/byte-budget.js";
import { responseTooLarge } from "../../limits/response-too-large.js";
import { PreparedStatements } from "./prepared-statements.js";
import { readSqliteBytes } from "./ranged-read.js";
import { batchGetRecords, countRecords, getRecord, listRecords, recordExists } from "./record-reads.js";
import { deleteRecord, insertRecord, missingRecord, putRecord, updateRecord, type WritePaths } from "./record-writes.js";
import { decodeRow, resultColumns } from "./result-columns.js";
import { streamRows } from "./row-stream.js";
import { SqliteSqlFacet } from "./sql-facet.js";
import { sweepStaleTempFiles, tempRemovalsSettled } from "./temp-files.js";
import { abortError, namedFileError } from "./sqlite-errors.js";
import { checkNativeStatement, namesFile, type NativeSqlPolicy } from "./native-statement.js";
import { firstKeyword } from "./statement-kind.js";
import { decodeRecord, requireTable } from "./table-access.js";
import { TableMetadata } from "./table-metadata.js";
import { encodeParam } from "./value-codec.js";

const CAPABILITIES: readonly Capability[] = [
  Capability.DataAtomicBatch,
  Capability.TransactionAtomicBatch,
  Capability.TransactionInteractive,
  Capability.QueryNative,
  Capability.QuerySort,
  Capability.DataRangedRead,
];

const SERVICES = ["dbx.sql.v1.SqlService", "dbx.sqlite.v1.SqliteService"] as const;

/** The RPC that `execute` answers, for its errors. */
const EXECUTE = "dbx.v1.QueryService/Execute";

function writePaths(base: string): WritePaths {
  return { collection: "target.collection", key: "key", fields: `${base}.fields`, unset: "unset_fields" };
}

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

  constructor(
    readonly name: string,
    private readonly settings: SqliteSettings,
    features: { watch: boolean } = { watch: true },
  ) {
    this.capabilities = new Set(features.watch ? [...CAPABILITIES, Capability.StreamWatch] : CAPABILITIES);
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

  async ping(signal: AbortSignal): Promise<void> {
    await this.#executor.run({ signal }, (scope) => scope.connection.value("SELECT 1"));
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

  get(ctx: OperationContext, collection: string, key: TypedValue, fields: string[]): Promise<Item | undefined> {
    return this.#executor.run(ctx, (scope) => getRecord(scope, this.name, collection, key, fields));
  }

  put(ctx: OperationContext, collection: string, key: TypedValue, record: Item): Promise<boolean> {
    return this.#executor.run(ctx, (scope) => putRecord(scope, this.name, collection, key, record, writePaths("record")));
  }

  insert(ctx: OperationContext, collection: string, key: TypedValue, record: Item): Promise<void> {
    return this.#executor.run(ctx, (scope) => insertRecord(scope, this.name, collection, key, record, writePaths("record")));
  }

  update(ctx: OperationContext, collection: string, key: TypedValue, set: Item, unset: string[]): Promise<Item | undefined> {
    return this.#executor.run(ctx, (scope) => updateRecord(scope, this.name, collection, key, set, unset, writePaths("fields")));
  }

  delete(ctx: OperationContext, collection: string, key: TypedValue): Promise<boolean> {
    return this.#executor.run(ctx, (scope) => deleteRecord(scope, this.name, collection, key, writePaths("record")));
  }

  async exists(ctx: OperationContext, collection: string, key: TypedValue): Promise<{ exists: boolean }> {
    return { exists: await this.#executor.run(ctx, (scope) => recordExists(scope, this.name, collection, key)) };
  }

  batchGet(ctx: OperationContext, collection: string, keys: TypedValue[], fields: string[]): Promise<(Item | undefined)[]> {
    return this.#executor.run(ctx, (scope) => batchGetRecords(scope, this.name, collection, keys, fields));
  }

  /** Always atomic: one SQLite transaction (a savepoint inside an interactive one). */
  async batchWrite(ctx: OperationContext, operations: WriteOperation[]): Promise<{ atomic: boolean; results: WriteOutcome[] }> {
    const results = await this.#executor.run(ctx, (scope) =>
      scope.db.transaction(() =>
        operations.map((op, i): WriteOutcome => {
          const at = `operations[${i}]`;
          const paths: WritePaths = {
            collection: `${at}.collection`,
            key: `${at}.key`,
            fields: `${at}.${op.operation.case ?? "operation"}.fields`,
            unset: `${at}.unset_fields`,
          };
          const key = op.key as TypedValue;
          try {
            if (ctx.signal.aborted) throw abortError(ctx.signal, this.name);
            switch (op.operation.case) {
              case "put":
                return { affected: putRecord(scope, this.name, op.collection, key, op.operation.value, paths) };
              case "insert":
                insertRecord(scope, this.name, op.collection, key, op.operation.value, paths);
                return { affected: true };
              case "update":
                if (!updateRecord(scope, this.name, op.collection, key, op.operation.value, [], paths)) {
                  throw missingRecord(this.name, op.collection, at);
                }
                return { affected: true };
              case "delete":
                return { affected: deleteRecord(scope, this.name, op.collection, key, paths) };
              default:
                throw invalidField(`${at}.operation`, "one of put, insert, update or delete is required");
            }
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

  list(ctx: OperationContext, collection: string, pageSize: number, pageToken: string, fields: string[]): Promise<RecordPage> {
    return this.#executor.run(ctx, (scope) => listRecords(scope, this.name, collection, pageSize, pageToken, fields));
  }

  count(ctx: OperationContext, collection: string): Promise<bigint> {
    return this.#executor.run(ctx, (scope) => countRecords(scope, this.name, collection));
  }

  find(ctx: OperationContext, collection: string, query: Query, pageSize: number, pageToken: string): Promise<RecordPage> {
    return this.#executor.run(ctx, (scope) => {
      const table = requireTable(scope.metadata, collection, this.name);
      return findPage(scope, table, collection, query, pageSize, pageToken);
    });
  }

  async *findStream(ctx: OperationContext, collection: string, query: Query, batchSize: number, maxBatchBytes?: number): AsyncIterable<Item[]> {
    const compiled = await this.#executor.run(ctx, (scope) => compileFind(requireTable(scope.metadata, collection, this.name), query));
    for await (const batch of streamRows(
      this.#executor,
      ctx,
      (db) => ({ statement: compile(db, compiled.sql), params: compiled.params }),
      Math.max(1, batchSize),
      maxBatchBytes,
    )) {
      if (batch.rows.length) yield batch.rows.map((row) => decodeRecord(compiled.columns, row));
    }
  }

  readBytes(ctx: OperationContext, collection: string, key: TypedValue, field: string, range: ByteRange): AsyncIterable<ByteChunk> {
    return readSqliteBytes(this.#executor, ctx, collection, key, field, range);
  }

  /**
   * QueryService.Execute: SQL text with positional parameters. Reads at most
   * `maxRows + 1` rows when `maxRows` is given, so that the caller can answer
   * TOO_MANY_ROWS without an unbounded result in memory.
   */
  execute(ctx: OperationContext, statement: string, params: TypedValue[], options: { maxRows?: number; maxBytes?: number } = {}): Promise<NativeResult> {
    return this.#executor.run(ctx, (scope) => {
      const sql = checkNativeStatement(statement, "statement", this.#policy);
      const stmt = scope.connection.statement(sql);
      const bound = params.map((p, i) => encodeParam(p, `params[${i}]`));
      if (!stmt.reader) {
        try {
          return { columns: [], rows: [], rowsAffected: BigInt(stmt.run(...bound).changes) };
        } catch (err) {
          throw namesFile(firstKeyword(sql)) ? namedFileError(err, this.name) : err;
        }
      }
      const columns = resultColumns(stmt, scope.metadata);
      const cap = options.maxRows === undefined ? Infinity : options.maxRows + 1;
      const rows: TypedValue[][] = [];
      const bytes = new ByteBudget(options.maxBytes ?? Infinity);
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

  watch(signal: AbortSignal, collection: string): AsyncIterable<WatchEvent> {
    // Resolved now, so that an unknown table fails the call and events (which
    // carry the stored table name) match however the client spelled it.
    // Capturing starts here, synchronously, on the connection: a transaction
    // open now that rolls back undoes the triggers, and its end restores them.
    try {
      const table = requireTable(this.#executor.metadata, collection, this.name, "collection").name;
      return this.#bus.watch(signal, table);
    } catch (err) {
      throw this.#executor.mapError(err);
    }
  }

  /**
   * Begins an interactive transaction. It waits for the open one, if any,
   * at most `busyTimeoutMs` (then ABORTED: retry) or until `signal` aborts.
   */
  beginTransaction(options: { readOnly: boolean; signal?: AbortSignal }): Promise<BackendTransaction> {
    const timeout = AbortSignal.timeout(this.settings.options.busyTimeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    if (signal.aborted) return Promise.reject(abortError(signal, this.name));
    return this.#executor.begin(options.readOnly, signal);
  }
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
