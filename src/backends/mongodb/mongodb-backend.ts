import { LRUCache } from "lru-cache";
import { MongoClient, type Collection } from "mongodb";
import { MongoService } from "../../../gen/ts/dbx/mongodb/v1/mongodb_pb.js";
import { BackendKind, TimestampPrecision } from "../../../gen/ts/dbx/v1/admin_pb.js";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import type { Item, TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import { dbxError } from "../../errors/dbx-error.js";
import type { Backend, BackendFacets, BackendTransaction, OperationContext, RecordPage, ServerDescription, WatchEvent, WriteOutcome } from "../backend.js";
import type {
  BatchGetCall,
  BatchWriteCall,
  BeginCall,
  CollectionRef,
  CountCall,
  DeleteManyCall,
  FindCall,
  FindStreamCall,
  GetCall,
  InsertCall,
  KeyCall,
  ListCall,
  PutCall,
  UpdateCall,
  UpdateManyCall,
  WatchCall,
} from "../backend-calls.js";
import { Capability } from "../capabilities.js";
import { watchCollection } from "./change-stream.js";
import { refuseFerretDbBsonGaps, refuseFerretDbGaps } from "./ferretdb-limits.js";
import { abortedCallError, mongodbError } from "./mongodb-errors.js";
import { checkCollectionName, checkMongoNamespace } from "./namespace.js";
import type { MongoSettings } from "./options.js";
import { MongoServiceFacet } from "./mongodb-facet.js";
import { MongoRecordReads } from "./record-reads.js";
import { MongoRecordWrites } from "./record-writes.js";
import { refuseServerJavaScript } from "./server-javascript.js";
import { probeServer, type MongoServer } from "./server-probe.js";
import { MongoTransaction } from "./transaction.js";

/**
 * What MongoDB offers through the universal contract on any server it runs
 * on. The pinned lists in test/conformance/backends.ts and
 * docs/capabilities.md change with it.
 */
const CAPABILITIES: readonly Capability[] = [
  Capability.DataBulkByFilter,
  Capability.DataGeneratedKeys,
  Capability.DataUpsert,
  Capability.DataUpdateNumeric,
  Capability.DataUpdateArrays,
  Capability.QuerySort,
  Capability.QueryArrayFilters,
  Capability.ValueObjectId,
  Capability.ValueDocument,
  Capability.ValueNative,
];

/** What a server that stores Decimal128 adds (every MongoDB; not FerretDB 1.x). */
const DECIMAL_CAPABILITIES: readonly Capability[] = [Capability.ValueDecimalSpecial];
/**
 * What a replica set or sharded cluster adds: multi-document transactions
 * (transaction.ts) and change streams (change-stream.ts).
 */
const REPLICATED_CAPABILITIES: readonly Capability[] = [
  Capability.DataAtomicBatch,
  Capability.TransactionAtomicBatch,
  Capability.TransactionInteractive,
  Capability.StreamWatch,
  Capability.StreamWatchResume,
  Capability.StreamWatchBeforeImage,
];

/** Snapshot reads and majority writes on the primary: a transaction reads one point in time and commits durably. */
const TRANSACTION_OPTIONS = { readConcern: { level: "snapshot" }, writeConcern: { w: "majority" }, readPreference: "primary" } as const;

/** `ctx` running in `transaction`: its own getters (the signal, built when read) kept. */
function inTransaction(ctx: OperationContext, transaction: MongoTransaction): OperationContext {
  return Object.create(ctx, { transaction: { value: transaction } }) as OperationContext;
}

/**
 * MongoDB behind DBX: databases as namespaces, collections as collections,
 * documents as records keyed by `_id`, values exact both ways
 * (bson-values.ts), filters and updates compiled to MongoDB's own
 * (filter-compiler.ts, update-compiler.ts). One MongoClient holds the pool.
 * docs/backends/mongodb.md describes the behaviour clients see.
 */
export class MongoBackend implements Backend {
  readonly kind = BackendKind.MONGODB;
  readonly services: readonly string[] = [MongoService.typeName];
  readonly facets: BackendFacets;
  readonly displayUrl: string;
  readonly #client: MongoClient;
  readonly #reads: MongoRecordReads;
  readonly #writes: MongoRecordWrites;
  /**
   * Collection handles by database and name: the driver builds a Db and a
   * Collection object with their options on every db()/collection() call
   * (about 10 µs). Bounded: names come from clients.
   */
  readonly #collections = new LRUCache<string, Collection>({ max: 1_000 });
  #server: MongoServer | undefined;
  #capabilities: ReadonlySet<Capability> = new Set(CAPABILITIES);

  constructor(
    readonly name: string,
    private readonly settings: MongoSettings,
  ) {
    this.displayUrl = settings.displayUrl;
    const { options } = settings;
    this.#client = new MongoClient(options.url, {
      maxPoolSize: options.maxPoolSize,
      connectTimeoutMS: options.connectTimeoutMs,
      serverSelectionTimeoutMS: options.serverSelectionTimeoutMs,
      waitQueueTimeoutMS: options.connectTimeoutMs,
      appName: "dbx",
    });
    const collectionOf = (target: CollectionRef) => this.#collection(target);
    this.#reads = new MongoRecordReads(collectionOf);
    this.#writes = new MongoRecordWrites(name, collectionOf);
    this.facets = {
      mongodb: new MongoServiceFacet({
        backend: name,
        collectionOf,
        databaseOf: (namespace) => this.#client.db(namespace || settings.defaultDatabase),
        run: (ctx, work) => this.#run(ctx, work),
        stream: (ctx, batches) => this.#stream(ctx, batches),
        // Known once open() has probed the server.
        changeStreams: () => this.#server?.transactions ?? false,
        refuse: (documents) => {
          if (!options.allowServerSideJavaScript) refuseServerJavaScript(documents, name);
          if (this.#server?.ferretdb !== undefined) refuseFerretDbBsonGaps(documents, name);
        },
      }),
    };
  }

  get capabilities(): ReadonlySet<Capability> {
    return this.#capabilities;
  }

  /** Connects and probes the server; UNAVAILABLE naming the URL when it cannot be reached. */
  async open(): Promise<void> {
    try {
      await this.#client.connect();
      this.#server = await probeServer(this.#client.db("admin"), AbortSignal.timeout(this.settings.options.connectTimeoutMs));
    } catch (err) {
      await this.#client.close().catch(() => {});
      throw dbxError(ErrorReason.BACKEND_UNAVAILABLE, `cannot connect to MongoDB ${this.displayUrl}: ${err instanceof Error ? err.message : String(err)}`, { backend: this.name }, err);
    }
    const decimals = this.#server.ferretdb === undefined;
    this.#capabilities = new Set([...CAPABILITIES, ...(decimals ? DECIMAL_CAPABILITIES : []), ...(this.#server.transactions ? REPLICATED_CAPABILITIES : [])]);
  }

  async close(): Promise<void> {
    await this.#client.close();
  }

  /** MongoDB dates hold milliseconds: finer timestamps are refused, not rounded. */
  describeServer(): ServerDescription {
    const server = this.#server;
    return {
      version: server ? (server.ferretdb ? `${server.version} (FerretDB ${server.ferretdb})` : server.version) : "",
      modules: [],
      timestampPrecision: TimestampPrecision.MILLISECONDS,
    };
  }

  checkNamespace(namespace: string, field: string): void {
    checkMongoNamespace(namespace, field);
  }

  async ping(ctx: OperationContext): Promise<void> {
    await this.#run(ctx, () => this.#client.db("admin").command({ ping: 1 }, { signal: ctx.signal }));
  }

  stats(): Record<string, string> {
    return {};
  }

  get(ctx: OperationContext, call: GetCall): Promise<Item | undefined> {
    return this.#run(ctx, () => this.#reads.get(ctx, call), call);
  }

  async exists(ctx: OperationContext, call: KeyCall): Promise<{ exists: boolean }> {
    return { exists: await this.#run(ctx, () => this.#reads.exists(ctx, call), call) };
  }

  batchGet(ctx: OperationContext, call: BatchGetCall): Promise<(Item | undefined)[]> {
    return this.#run(ctx, () => this.#reads.batchGet(ctx, call), call);
  }

  count(ctx: OperationContext, call: CountCall): Promise<bigint> {
    return this.#run(ctx, () => this.#reads.count(ctx, call), call);
  }

  list(ctx: OperationContext, call: ListCall): Promise<RecordPage> {
    return this.#run(ctx, () => this.#reads.list(ctx, call), call);
  }

  find(ctx: OperationContext, call: FindCall): Promise<RecordPage> {
    return this.#run(ctx, () => this.#reads.find(ctx, call), call);
  }

  findStream(ctx: OperationContext, call: FindStreamCall): AsyncIterable<Item[]> {
    this.#refuse(call);
    return this.#stream(ctx, this.#reads.findStream(ctx, call));
  }

  async put(ctx: OperationContext, call: PutCall): Promise<{ created: boolean }> {
    return { created: await this.#run(ctx, () => this.#writes.put(ctx, call), call) };
  }

  insert(ctx: OperationContext, call: InsertCall): Promise<{ key: TypedValue; record: Item }> {
    return this.#run(ctx, () => this.#writes.insert(ctx, call), call);
  }

  update(ctx: OperationContext, call: UpdateCall): Promise<{ record: Item; created: boolean } | undefined> {
    return this.#run(ctx, () => this.#writes.update(ctx, call), call);
  }

  delete(ctx: OperationContext, call: KeyCall): Promise<boolean> {
    return this.#run(ctx, () => this.#writes.delete(ctx, call), call);
  }

  updateMany(ctx: OperationContext, call: UpdateManyCall): Promise<bigint> {
    return this.#run(ctx, () => this.#writes.updateMany(ctx, call), call);
  }

  deleteMany(ctx: OperationContext, call: DeleteManyCall): Promise<bigint> {
    return this.#run(ctx, () => this.#writes.deleteMany(ctx, call), call);
  }

  /**
   * In order, stopping at the first failure. Atomic where MongoDB has
   * transactions: the writes join the call's transaction, or run in one of
   * their own (withTransaction, which runs them again on a transient
   * error); otherwise not atomic (see record-writes.ts).
   */
  async batchWrite(ctx: OperationContext, call: BatchWriteCall): Promise<{ atomic: boolean; results: WriteOutcome[] }> {
    if (!this.#server?.transactions) return { atomic: false, results: await this.#run(ctx, () => this.#writes.batchWrite(ctx, call, false), call) };
    if (ctx.transaction) return { atomic: true, results: await this.#run(ctx, () => this.#writes.batchWrite(ctx, call, true), call) };
    const results = await this.#run(
      ctx,
      () =>
        this.#client.withSession((session) =>
          session.withTransaction(() => this.#writes.batchWrite(inTransaction(ctx, new MongoTransaction(session, false, this.name)), call, true), TRANSACTION_OPTIONS),
        ),
      call,
    );
    return { atomic: true, results };
  }

  /** Capability `stream.watch` (replica sets): a change stream on the collection (change-stream.ts). */
  watch(ctx: OperationContext, call: WatchCall): AsyncIterable<WatchEvent> {
    return this.#stream(ctx, watchCollection(ctx, this.#collection(call.target), call));
  }

  /** Capability `transaction.interactive` (replica sets): a session in a transaction, which the calls naming it join. */
  async beginTransaction(ctx: OperationContext, call: BeginCall): Promise<BackendTransaction> {
    checkMongoNamespace(call.namespace, "target.namespace");
    const session = this.#client.startSession();
    session.startTransaction(TRANSACTION_OPTIONS);
    return new MongoTransaction(session, call.readOnly, this.name, this.#server?.transactionLifetimeMs);
  }

  #collection(target: CollectionRef): Collection {
    const database = target.namespace || this.settings.defaultDatabase;
    // NUL separates: no database name holds it (namespace.ts).
    const key = `${database}\0${target.collection}`;
    let collection = this.#collections.get(key);
    if (!collection) {
      collection = this.#client.db(database).collection(checkCollectionName(target.collection, "target.collection"));
      this.#collections.set(key, collection);
    }
    return collection;
  }

  /** A stream's batches, its failures mapped as #run maps them; the source is closed however the stream ends. */
  async *#stream<T>(ctx: OperationContext, source: AsyncIterable<T>): AsyncIterable<T> {
    const batches = source[Symbol.asyncIterator]();
    try {
      for (;;) {
        const next = await this.#run(ctx, () => batches.next());
        if (next.done) return;
        yield next.value;
      }
    } finally {
      await batches.return?.();
    }
  }

  /** FerretDB's refusals before anything is sent (ferretdb-limits.ts). */
  #refuse(call: unknown): void {
    if (this.#server?.ferretdb !== undefined) refuseFerretDbGaps(call, this.name);
  }

  /** Runs one operation; its failure as a DBX error, an aborted call as DEADLINE_EXCEEDED or CANCELED. */
  async #run<T>(ctx: OperationContext, work: () => Promise<T>, call?: unknown): Promise<T> {
    if (call !== undefined) this.#refuse(call);
    try {
      return await work();
    } catch (err) {
      if (ctx.abort.aborted) throw abortedCallError(ctx.abort, this.name);
      throw mongodbError(err, this.name);
    }
  }
}
