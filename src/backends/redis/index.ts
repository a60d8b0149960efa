import { ConnectError } from "@connectrpc/connect";
import { Cluster } from "ioredis";
import { BackendKind } from "../../../gen/ts/dbx/v1/admin_pb.js";
import type { WriteOperation } from "../../../gen/ts/dbx/v1/data_pb.js";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import type { Query } from "../../../gen/ts/dbx/v1/query_pb.js";
import type { Item, TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import type { BackendConfig } from "../../config/schema.js";
import { dbxError, invalidField, reasonName, reasonOf, unsupported } from "../../errors/dbx-error.js";
import type {
  Backend,
  BackendFacets,
  NativeResult,
  OperationContext,
  RecordPage,
  SubscriptionEvent,
  WatchEvent,
  WriteOutcome,
} from "../backend.js";
import type { ByteChunk, ByteRange } from "../byte-range.js";
import { Capability } from "../capabilities.js";
import { untilAborted } from "./abortable.js";
import { CommandMetrics } from "./command-metrics.js";
import { checkCommand, type CommandPolicy } from "./command-policy.js";
import { RedisConnections } from "./connections.js";
import { KeyScanner } from "./key-scanner.js";
import { KeyspaceWatch, type NotificationSource } from "./keyspace-watch.js";
import { commandArgs, replyValue } from "./native-command.js";
import { OptimisticTransaction } from "./optimistic-transaction.js";
import { parseRedisSettings, type RedisSettings } from "./options.js";
import { readRedisBytes } from "./ranged-read.js";
import { printable, project } from "./record-codec.js";
import { checkFilter } from "./record-filter.js";
import { checkCollection, recordKey } from "./record-key.js";
import { countRecords, recordPage, type PageQuery } from "./record-pages.js";
import { RecordStore } from "./record-store.js";
import { createRedisFacet } from "./redis-facet.js";
import { abortError, toDbxError } from "./redis-errors.js";
import { send } from "./replies.js";
import { serverAddress } from "./server-address.js";
import { SubscriberHub } from "./subscriber-hub.js";

/** The service a Redis backend answers besides the universal ones. */
export const REDIS_SERVICE = "dbx.redis.v1.RedisService";

/** How often an atomic batch is retried when a key it read changed before EXEC. */
const ATOMIC_BATCH_ATTEMPTS = 5;

/** Creates a Redis backend (standalone, Sentinel or Cluster) from `redis://` or `rediss://` configuration. */
export function createRedisBackend(name: string, config: BackendConfig): Backend {
  return new RedisBackend(name, parseRedisSettings(name, config));
}

class RedisBackend implements Backend {
  readonly kind = BackendKind.REDIS;
  readonly services = [REDIS_SERVICE];
  readonly displayUrl: string;
  readonly capabilities: ReadonlySet<Capability>;
  readonly facets: BackendFacets;

  readonly #connections: RedisConnections;
  readonly #store: RecordStore;
  readonly #scanner: KeyScanner;
  readonly #hub: SubscriberHub;
  readonly #keyspaceHubs = new Map<string, SubscriberHub>();
  readonly #keyspace: KeyspaceWatch;
  readonly #metrics = new CommandMetrics();
  readonly #policy: CommandPolicy;

  constructor(
    readonly name: string,
    settings: RedisSettings,
  ) {
    this.displayUrl = settings.displayUrl;
    this.#policy = settings.options;
    this.#connections = new RedisConnections(name, settings);
    this.#store = new RecordStore(this.#connections.shared, this.#connections.replyTimeoutMs);
    this.#scanner = new KeyScanner(this.#connections, settings.options.keyPrefix);
    this.#hub = new SubscriberHub(name, () => this.#connections.subscriber(), this.#connections.replyTimeoutMs);
    this.#keyspace = new KeyspaceWatch({
      backend: name,
      db: settings.db,
      keyPrefix: settings.options.keyPrefix,
      mayConfigure: settings.options.enableKeyspaceNotifications,
      reader: this.#connections.shared,
      replyTimeoutMs: this.#connections.replyTimeoutMs,
      hubs: () => this.#notificationSources(),
    });
    const shared = this.#connections.shared;
    // ioredis refreshes its slot map on MOVED replies and every few seconds.
    if (shared instanceof Cluster) shared.on("refresh", () => this.#keyspace.followSources());
    const clustered = settings.topology.mode === "cluster";
    this.capabilities = new Set<Capability>([
      Capability.DataTtl,
      Capability.StreamWatch,
      Capability.StreamPubSub,
      Capability.QueryNative,
      Capability.DataRangedRead,
      // MULTI and WATCH span one hash slot; records of a collection spread over all of them.
      ...(clustered ? [] : [Capability.DataAtomicBatch, Capability.TransactionAtomicBatch, Capability.TransactionInteractive]),
    ]);
    this.facets = {
      redis: createRedisFacet({
        backend: name,
        connections: this.#connections,
        scanner: this.#scanner,
        hub: this.#hub,
        policy: this.#policy,
        metrics: this.#metrics,
      }),
    };
  }

  async open(): Promise<void> {
    await this.#connections.open().catch((err: unknown) => {
      throw toDbxError(err, this.name, this.#connections);
    });
  }

  async close(): Promise<void> {
    this.#hub.close();
    for (const hub of this.#keyspaceHubs.values()) hub.close();
    await this.#connections.close();
  }

  async ping(signal: AbortSignal): Promise<void> {
    await this.#run(signal, () => send(this.#connections.shared, "PING", [], this.#connections.replyTimeoutMs));
  }

  stats(): Record<string, string> {
    return this.facets.redis!.stats();
  }

  async get(ctx: OperationContext, collection: string, key: TypedValue, fields: string[]): Promise<Item | undefined> {
    const k = recordKey(checkCollection(collection), key);
    const tx = this.#transaction(ctx);
    return this.#run(ctx.signal, () => (tx ? tx.get(k, fields) : this.#store.get(k, fields)));
  }

  async put(ctx: OperationContext, collection: string, key: TypedValue, record: Item, ttlMs?: number): Promise<boolean> {
    const k = recordKey(checkCollection(collection), key);
    const tx = this.#transaction(ctx);
    return this.#run(ctx.signal, () => (tx ? tx.put(k, record, ttlMs, ctx.signal) : this.#store.put(k, record, ttlMs)));
  }

  async insert(ctx: OperationContext, collection: string, key: TypedValue, record: Item, ttlMs?: number): Promise<void> {
    const k = recordKey(checkCollection(collection), key);
    const tx = this.#transaction(ctx);
    const created = await this.#run(ctx.signal, () => (tx ? tx.insert(k, record, ttlMs, ctx.signal) : this.#store.insert(k, record, ttlMs)));
    if (!created) throw alreadyExists(collection, k);
  }

  async update(ctx: OperationContext, collection: string, key: TypedValue, set: Item, unset: string[], ttlMs?: number): Promise<Item | undefined> {
    const k = recordKey(checkCollection(collection), key);
    const tx = this.#transaction(ctx);
    return this.#run(ctx.signal, () => (tx ? tx.update(k, set, unset, ttlMs, ctx.signal) : this.#store.update(k, set, unset, ttlMs)));
  }

  async delete(ctx: OperationContext, collection: string, key: TypedValue): Promise<boolean> {
    const k = recordKey(checkCollection(collection), key);
    const tx = this.#transaction(ctx);
    return this.#run(ctx.signal, () => (tx ? tx.delete(k, ctx.signal) : this.#store.delete(k)));
  }

  async exists(ctx: OperationContext, collection: string, key: TypedValue): Promise<{ exists: boolean; expireTime?: Date }> {
    const k = recordKey(checkCollection(collection), key);
    const tx = this.#transaction(ctx);
    return this.#run(ctx.signal, () => (tx ? tx.exists(k) : this.#store.exists(k)));
  }

  async batchGet(ctx: OperationContext, collection: string, keys: TypedValue[], fields: string[]): Promise<(Item | undefined)[]> {
    const ks = keys.map((key) => recordKey(checkCollection(collection), key));
    const tx = this.#transaction(ctx);
    return this.#run(ctx.signal, async () => {
      if (!tx) return this.#store.getMany(ks, fields);
      const out: (Item | undefined)[] = [];
      for (const k of ks) out.push(await tx.get(k, fields));
      return out;
    });
  }

  async batchWrite(ctx: OperationContext, operations: WriteOperation[], requireAtomic: boolean): Promise<{ atomic: boolean; results: WriteOutcome[] }> {
    operations.forEach((op, i) => checkCollection(op.collection, `operations[${i}].collection`));
    const tx = this.#transaction(ctx);
    if (tx) {
      // Inside an interactive transaction the writes join it and commit with it.
      return { atomic: true, results: await this.#run(ctx.signal, () => applyWrites(tx, operations, ctx.signal)) };
    }
    if (!this.capabilities.has(Capability.DataAtomicBatch)) {
      if (requireAtomic) throw unsupported(this.name, Capability.DataAtomicBatch);
      return { atomic: false, results: await this.#run(ctx.signal, () => this.#writeInOrder(operations, ctx.signal)) };
    }
    return { atomic: true, results: await this.#run(ctx.signal, () => this.#writeAtomically(operations, ctx.signal)) };
  }

  async list(ctx: OperationContext, collection: string, pageSize: number, pageToken: string, fields: string[]): Promise<RecordPage> {
    return this.#page(ctx, collection, { offset: 0, limit: 0 }, fields, pageSize, pageToken);
  }

  async count(ctx: OperationContext, collection: string): Promise<bigint> {
    checkCollection(collection);
    this.#refuseScanInTransaction(ctx);
    return this.#run(ctx.signal, () => countRecords(this.#scanner, collection, ctx.signal));
  }

  async find(ctx: OperationContext, collection: string, query: Query, pageSize: number, pageToken: string): Promise<RecordPage> {
    return this.#page(ctx, collection, pageQuery(this.name, query), query.fields, pageSize, pageToken);
  }

  async *findStream(ctx: OperationContext, collection: string, query: Query, batchSize: number): AsyncIterable<Item[]> {
    let token = "";
    do {
      const page = await this.#page(ctx, collection, pageQuery(this.name, query), query.fields, batchSize, token);
      if (page.records.length) yield page.records;
      token = page.nextPageToken;
    } while (token !== "" && !ctx.signal.aborted);
  }

  readBytes(ctx: OperationContext, collection: string, key: TypedValue, field: string, range: ByteRange): AsyncIterable<ByteChunk> {
    const k = recordKey(checkCollection(collection), key);
    if (ctx.transaction) throw invalidField("target.transaction_id", "ReadBytes reads outside transactions on Redis");
    const options = { signal: ctx.signal, replyTimeoutMs: this.#connections.replyTimeoutMs };
    return this.#runEach(readRedisBytes(this.#connections.shared, k, field, range, options));
  }

  /** The chunks of a ranged read, with failures mapped to DBX errors. */
  async *#runEach<T>(items: AsyncIterable<T>): AsyncIterable<T> {
    try {
      yield* items;
    } catch (err) {
      throw toDbxError(err, this.name, this.#connections);
    }
  }

  async execute(ctx: OperationContext, statement: string, params: TypedValue[]): Promise<NativeResult> {
    const args = commandArgs(params);
    const command = checkCommand(statement.trim(), args, this.#policy, "statement");
    if (ctx.transaction) throw invalidField("target.transaction_id", "Redis commands cannot join a transaction; use RedisService.Multi");
    const reply = await this.#run(ctx.signal, () => send(this.#connections.shared, command, args, this.#connections.replyTimeoutMs));
    return { columns: [], rows: [], rowsAffected: 0n, result: replyValue(reply) };
  }

  async *watch(signal: AbortSignal, collection: string, resumeToken: string): AsyncIterable<WatchEvent> {
    checkCollection(collection, "collection");
    if (resumeToken) throw unsupported(this.name, Capability.StreamWatchResume);
    yield* this.#keyspace.watch(signal, collection);
  }

  async *subscribe(signal: AbortSignal, channels: string[], patterns: string[]): AsyncIterable<SubscriptionEvent> {
    const events = this.facets.redis!.subscribe(
      signal,
      channels.map((c) => Buffer.from(c)),
      patterns.map((p) => Buffer.from(p)),
    );
    for await (const e of events) {
      if (e.type === "ready") yield e;
      else yield { type: "message", channel: e.channel.toString(), pattern: e.pattern?.toString() ?? "", payload: e.payload };
    }
  }

  async publish(channel: string, payload: Uint8Array): Promise<bigint> {
    return (await this.#run(undefined, () => send(this.#connections.shared, "PUBLISH", [channel, payload], this.#connections.replyTimeoutMs))) as bigint;
  }

  /** Waits for a connection at most connectTimeoutMs, or until `signal` aborts. */
  async beginTransaction(options: { readOnly: boolean; signal?: AbortSignal }): Promise<OptimisticTransaction> {
    if (!this.capabilities.has(Capability.TransactionInteractive)) throw unsupported(this.name, Capability.TransactionInteractive);
    const client = await this.#connections.acquire(options.signal).catch((err: unknown) => {
      throw toDbxError(err, this.name, this.#connections);
    });
    return new OptimisticTransaction({
      client,
      readOnly: options.readOnly,
      backend: this.name,
      replyTimeoutMs: this.#connections.replyTimeoutMs,
      finish: (c, reusable) => (reusable ? this.#connections.release(c) : this.#connections.discard(c)),
    });
  }

  /** Runs backend work: counted, stopped waiting when the call ends, failures mapped to DBX errors. */
  async #run<T>(signal: AbortSignal | undefined, fn: () => Promise<T>): Promise<T> {
    const work = this.#metrics.measure(fn);
    try {
      return await (signal ? untilAborted(work, signal) : work);
    } catch (err) {
      throw toDbxError(err, this.name, this.#connections);
    }
  }

  #transaction(ctx: OperationContext): OptimisticTransaction | undefined {
    if (!ctx.transaction) return undefined;
    if (ctx.transaction instanceof OptimisticTransaction) return ctx.transaction;
    throw dbxError(ErrorReason.TRANSACTION_NOT_FOUND, `the transaction does not belong to backend "${this.name}"`, { backend: this.name });
  }

  #refuseScanInTransaction(ctx: OperationContext): void {
    if (ctx.transaction) {
      throw dbxError(
        ErrorReason.UNSUPPORTED,
        `backend "${this.name}" cannot list or find inside a transaction: Redis WATCH covers keys, not scans`,
        { backend: this.name, capability: "transaction.interactive" },
      );
    }
  }

  #page(ctx: OperationContext, collection: string, query: PageQuery, fields: string[], pageSize: number, pageToken: string): Promise<RecordPage> {
    checkCollection(collection);
    this.#refuseScanInTransaction(ctx);
    checkFilter(query.filter, "query.filter");
    const read = async (keys: Buffer[]): Promise<(Item | undefined)[]> => {
      const records = await this.#store.getMany(keys);
      return records.map((r) => r && project(r, fields));
    };
    // The filter is tested on whole records; the projection applies after it.
    const readForFilter = query.filter ? (keys: Buffer[]) => this.#store.getMany(keys) : read;
    return this.#run(ctx.signal, async () => {
      const page = await recordPage(this.#scanner, collection, readForFilter, query, pageSize, pageToken, ctx.signal);
      if (query.filter) page.records = page.records.map((r) => project(r, fields));
      return page;
    });
  }

  /** A transaction per attempt; once the call has ended, nothing more is written or committed. */
  async #writeAtomically(operations: WriteOperation[], signal: AbortSignal): Promise<WriteOutcome[]> {
    for (let attempt = 1; ; attempt++) {
      const tx = await this.beginTransaction({ readOnly: false, signal });
      let results: WriteOutcome[];
      try {
        results = await applyWrites(tx, operations, signal);
        if (signal.aborted) throw abortError(signal);
      } catch (err) {
        await tx.rollback().catch(() => undefined);
        throw err;
      }
      try {
        await tx.commit();
        return results;
      } catch (err) {
        const aborted = err instanceof ConnectError && reasonOf(err) === reasonName(ErrorReason.TRANSACTION_ABORTED);
        if (!aborted || attempt >= ATOMIC_BATCH_ATTEMPTS) throw err;
      }
    }
  }

  /** Without atomic batches (Redis Cluster): one write after another, stopping at the first failure or when the call ends. */
  async #writeInOrder(operations: WriteOperation[], signal: AbortSignal): Promise<WriteOutcome[]> {
    const results: WriteOutcome[] = [];
    for (const [i, op] of operations.entries()) {
      if (signal.aborted) throw abortError(signal);
      try {
        results.push(await applyWrite(this.#store, op));
      } catch (err) {
        throw prefixed(toDbxError(err, this.name, this.#connections), `operations[${i}] failed after ${i} earlier writes were applied (batches on Redis Cluster are not atomic): `);
      }
    }
    return results;
  }

  /** Where keyspace notifications come from: the server, or every master of a cluster. */
  #notificationSources(): NotificationSource[] {
    const shared = this.#connections.shared;
    if (!(shared instanceof Cluster)) return [{ address: "", hub: this.#hub, server: shared }];
    return this.#scanner.masters(shared).map((node) => {
      const address = serverAddress(node);
      let hub = this.#keyspaceHubs.get(address);
      if (!hub) {
        hub = new SubscriberHub(this.name, () =>
          node.duplicate({ enableOfflineQueue: true, lazyConnect: false, enableAutoPipelining: false, keyPrefix: undefined }),
          this.#connections.replyTimeoutMs,
        );
        this.#keyspaceHubs.set(address, hub);
      }
      return { address, hub, server: node };
    });
  }
}

/**
 * What the writes of a batch are applied through: the record store, or a
 * transaction (which queues nothing for a call whose `signal` has aborted).
 */
interface RecordWriter {
  put(key: Buffer, record: Item, ttlMs: number | undefined, signal?: AbortSignal): Promise<boolean>;
  insert(key: Buffer, record: Item, ttlMs: number | undefined, signal?: AbortSignal): Promise<boolean>;
  update(key: Buffer, set: Item, unset: readonly string[], ttlMs: number | undefined, signal?: AbortSignal): Promise<Item | undefined>;
  delete(key: Buffer, signal?: AbortSignal): Promise<boolean>;
}

async function applyWrites(writer: RecordWriter, operations: WriteOperation[], signal?: AbortSignal): Promise<WriteOutcome[]> {
  const results: WriteOutcome[] = [];
  for (const [i, op] of operations.entries()) {
    try {
      results.push(await applyWrite(writer, op, signal));
    } catch (err) {
      throw err instanceof ConnectError ? prefixed(err, `operations[${i}]: `) : err;
    }
  }
  return results;
}

async function applyWrite(writer: RecordWriter, op: WriteOperation, signal?: AbortSignal): Promise<WriteOutcome> {
  if (!op.key) throw invalidField("key", "a key is required");
  const key = recordKey(op.collection, op.key);
  switch (op.operation.case) {
    case "put":
      return { affected: await writer.put(key, op.operation.value, undefined, signal) };
    case "insert":
      if (!(await writer.insert(key, op.operation.value, undefined, signal))) throw alreadyExists(op.collection, key);
      return { affected: true };
    case "update":
      if (!(await writer.update(key, op.operation.value, [], undefined, signal))) {
        throw dbxError(ErrorReason.NOT_FOUND, `no record with key ${printable(key)} to update`, { collection: op.collection });
      }
      return { affected: true };
    case "delete":
      return { affected: await writer.delete(key, signal) };
    default:
      throw invalidField("operation", "an operation (put, insert, update or delete) is required");
  }
}

function alreadyExists(collection: string, key: Buffer): Error {
  return dbxError(ErrorReason.ALREADY_EXISTS, `a record with key ${printable(key)} exists`, { collection });
}

/** Redis does not sort: the service refuses a sort without `query.sort`, and this backend never has it. */
function pageQuery(backend: string, query: Query): PageQuery {
  if (query.sort.length) throw unsupported(backend, Capability.QuerySort);
  return { filter: query.filter, offset: Number(query.offset), limit: Number(query.limit) };
}

/** The same error with context before its message (code and details kept). */
function prefixed(err: ConnectError, prefix: string): ConnectError {
  const e = new ConnectError(prefix + err.rawMessage, err.code, err.metadata, undefined, err.cause);
  e.details = err.details;
  return e;
}
