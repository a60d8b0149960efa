import { ConnectError } from "@connectrpc/connect";
import { Cluster } from "ioredis";
import { RedisService } from "../../../gen/ts/dbx/redis/v1/redis_service_pb.js";
import { BackendKind } from "../../../gen/ts/dbx/v1/admin_pb.js";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import type { Filter } from "../../../gen/ts/dbx/v1/filter_pb.js";
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
  ServerDescription,
  SubscriptionEvent,
  WatchEvent,
  WriteOutcome,
} from "../backend.js";
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
  WriteCall,
} from "../backend-calls.js";
import type { ByteChunk } from "../byte-range.js";
import { Capability } from "../capabilities.js";
import { ANY_KEY, type KeyScope } from "../key-scope.js";
import { untilAborted } from "./abortable.js";
import { CommandMetrics } from "./command-metrics.js";
import { checkCommand, type CommandPolicy } from "./command-policy.js";
import { RedisConnections } from "./connections.js";
import { KeyScanner } from "./key-scanner.js";
import { KeyspaceWatch, type NotificationSource } from "./keyspace-watch.js";
import { checkRedisNamespace } from "./namespace.js";
import { commandArgs, replyValue } from "./native-command.js";
import { OptimisticTransaction } from "./optimistic-transaction.js";
import { parseRedisSettings, type RedisSettings } from "./options.js";
import { readRedisBytes } from "./ranged-read.js";
import { printable, project } from "./record-codec.js";
import { collectionPrefix, recordCollection, recordKey } from "./record-key.js";
import { matches } from "./record-filter.js";
import { tooManyRows } from "../../limits/too-many-rows.js";
import { pageFingerprint } from "../page-fingerprint.js";
import { countRecords, recordPage, scanCollection, type PageQuery } from "./record-pages.js";
import { RecordStore, type RecordUpdate } from "./record-store.js";
import { createRedisFacet } from "./redis-facet.js";
import { abortError, toDbxError } from "./redis-errors.js";
import { send } from "./replies.js";
import { serverAddress } from "./server-address.js";
import { redisCapabilities } from "./capability-set.js";
import { probeServer, UNPROBED } from "./server-probe.js";
import { SubscriberHub } from "./subscriber-hub.js";
import type { CallAbort } from "../operation-context.js";

/** How often an atomic batch is retried when a key it read changed before EXEC. */
const ATOMIC_BATCH_ATTEMPTS = 5;

/** Creates a Redis backend (standalone, Sentinel or Cluster) from `redis://` or `rediss://` configuration. */
export function createRedisBackend(name: string, config: BackendConfig): Backend {
  return new RedisBackend(name, parseRedisSettings(name, config));
}

class RedisBackend implements Backend {
  readonly kind = BackendKind.REDIS;
  readonly services = [RedisService.typeName];
  readonly displayUrl: string;
  /** Settled by `open`, from the server's version. */
  capabilities: ReadonlySet<Capability>;
  readonly #clustered: boolean;
  readonly #maxBulkRecords: number;
  readonly facets: BackendFacets;

  readonly #connections: RedisConnections;
  readonly #store: RecordStore;
  readonly #scanner: KeyScanner;
  readonly #hub: SubscriberHub;
  readonly #keyspaceHubs = new Map<string, SubscriberHub>();
  readonly #keyspace: KeyspaceWatch;
  readonly #metrics = new CommandMetrics();
  readonly #policy: CommandPolicy;
  #server: ServerDescription = UNPROBED;

  constructor(
    readonly name: string,
    settings: RedisSettings,
  ) {
    this.displayUrl = settings.displayUrl;
    this.#policy = settings.options;
    this.#connections = new RedisConnections(name, settings);
    this.#store = new RecordStore(this.name, this.#connections.shared, this.#connections.replyTimeoutMs);
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
    this.#clustered = settings.topology.mode === "cluster";
    this.#maxBulkRecords = settings.options.maxBulkRecords;
    this.capabilities = redisCapabilities({ clustered: this.#clustered, version: "" });
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

  checkNamespace(namespace: string, field: string): void {
    checkRedisNamespace(namespace, field);
  }

  /** A collection's records are the keys `<collection>:…`; a call naming none (a command line, Publish) may touch any key. */
  keyScope(collection: string): KeyScope {
    return collection === "" ? ANY_KEY : { kind: "prefix", prefix: collectionPrefix(collection).toString() };
  }

  describeServer(): ServerDescription {
    return this.#server;
  }

  async open(): Promise<void> {
    try {
      await this.#connections.open();
      this.#server = await probeServer(this.#connections.shared, this.#connections.replyTimeoutMs);
      this.capabilities = redisCapabilities({ clustered: this.#clustered, version: this.#server.version });
    } catch (err) {
      throw toDbxError(err, this.name, this.#connections);
    }
  }

  async close(): Promise<void> {
    this.#hub.close();
    for (const hub of this.#keyspaceHubs.values()) hub.close();
    await this.#connections.close();
  }

  async ping(ctx: OperationContext): Promise<void> {
    await this.#run(ctx.abort, () => send(this.#connections.shared, "PING", [], this.#connections.replyTimeoutMs));
  }

  stats(): Record<string, string> {
    return this.facets.redis!.stats();
  }

  async get(ctx: OperationContext, call: GetCall): Promise<Item | undefined> {
    const k = recordKey(recordCollection(call.target), call.key);
    const tx = this.#transaction(ctx);
    return this.#run(ctx.abort, () => (tx ? tx.get(k, call.fields) : this.#store.get(k, call.fields)));
  }

  async put(ctx: OperationContext, call: PutCall): Promise<{ created: boolean }> {
    const k = recordKey(recordCollection(call.target), call.key);
    const tx = this.#transaction(ctx);
    const created = await this.#run(ctx.abort, () => (tx ? tx.put(k, call.record, call.ttlMs, ctx.signal) : this.#store.put(k, call.record, call.ttlMs)));
    return { created };
  }

  async insert(ctx: OperationContext, call: InsertCall): Promise<{ key: TypedValue; record: Item }> {
    const collection = recordCollection(call.target);
    const key = requiredKey(call.key, "key");
    const k = recordKey(collection, key);
    const tx = this.#transaction(ctx);
    const created = await this.#run(ctx.abort, () => (tx ? tx.insert(k, call.record, call.ttlMs, ctx.signal) : this.#store.insert(k, call.record, call.ttlMs)));
    if (!created) throw alreadyExists(collection, k);
    return { key, record: call.record };
  }

  async update(ctx: OperationContext, call: UpdateCall): Promise<{ record: Item; created: boolean } | undefined> {
    const k = recordKey(recordCollection(call.target), call.key);
    const tx = this.#transaction(ctx);
    const update = { updates: call.updates, ttlMs: call.ttlMs, upsert: call.upsert, path: "updates" };
    return this.#run(ctx.abort, () => (tx ? tx.update(k, update, ctx.signal) : this.#store.update(k, update)));
  }

  async delete(ctx: OperationContext, call: KeyCall): Promise<boolean> {
    const k = recordKey(recordCollection(call.target), call.key);
    const tx = this.#transaction(ctx);
    return this.#run(ctx.abort, () => (tx ? tx.delete(k, ctx.signal) : this.#store.delete(k)));
  }

  async exists(ctx: OperationContext, call: KeyCall): Promise<{ exists: boolean; expireTime?: Date }> {
    const k = recordKey(recordCollection(call.target), call.key);
    const tx = this.#transaction(ctx);
    return this.#run(ctx.abort, () => (tx ? tx.exists(k) : this.#store.exists(k)));
  }

  async batchGet(ctx: OperationContext, call: BatchGetCall): Promise<(Item | undefined)[]> {
    const collection = recordCollection(call.target);
    const ks = call.keys.map((key, i) => recordKey(collection, key, `keys[${i}]`));
    const tx = this.#transaction(ctx);
    return this.#run(ctx.abort, async () => {
      if (!tx) return this.#store.getMany(ks, call.fields);
      const out: (Item | undefined)[] = [];
      for (const k of ks) out.push(await tx.get(k, call.fields));
      return out;
    });
  }

  async batchWrite(ctx: OperationContext, call: BatchWriteCall): Promise<{ atomic: boolean; results: WriteOutcome[] }> {
    const writes = call.writes.map(recordWrite);
    const tx = this.#transaction(ctx);
    if (tx) {
      // Inside an interactive transaction the writes join it and commit with it.
      return { atomic: true, results: await this.#run(ctx.abort, () => applyWrites(tx, writes, ctx.signal)) };
    }
    if (!this.capabilities.has(Capability.DataAtomicBatch)) {
      if (call.requireAtomic) throw unsupported(this.name, Capability.DataAtomicBatch);
      return { atomic: false, results: await this.#run(ctx.abort, () => this.#writeInOrder(writes, ctx.signal)) };
    }
    return { atomic: true, results: await this.#run(ctx.abort, () => this.#writeAtomically(writes, ctx.signal)) };
  }

  async list(ctx: OperationContext, call: ListCall): Promise<RecordPage> {
    const collection = recordCollection(call.target);
    const fingerprint = pageFingerprint({ operation: "list", namespace: "", collection, fields: call.fields });
    return this.#page(ctx, collection, { offset: 0, limit: 0, fingerprint }, call.fields, call.pageSize, call.pageToken);
  }

  async count(ctx: OperationContext, call: CountCall): Promise<bigint> {
    const collection = recordCollection(call.target);
    this.#refuseScanInTransaction(ctx);
    const read = (keys: Buffer[]) => this.#store.getMany(keys);
    return this.#run(ctx.abort, () => countRecords(this.#scanner, collection, read, call.filter, ctx.signal));
  }

  async find(ctx: OperationContext, call: FindCall): Promise<RecordPage> {
    const collection = recordCollection(call.target);
    return this.#page(ctx, collection, pageQuery(this.name, collection, call.query), call.query.fields, call.pageSize, call.pageToken);
  }

  async *findStream(ctx: OperationContext, call: FindStreamCall): AsyncIterable<Item[]> {
    const collection = recordCollection(call.target);
    const query = pageQuery(this.name, collection, call.query);
    let token = "";
    do {
      const page = await this.#page(ctx, collection, query, call.query.fields, call.batchSize, token);
      if (page.records.length) yield page.records;
      token = page.nextPageToken;
    } while (token !== "" && !ctx.abort.aborted);
  }

  /** Capability `data.bulk_by_filter`; see #changeMatching for what is atomic. */
  async updateMany(ctx: OperationContext, call: UpdateManyCall): Promise<bigint> {
    const collection = recordCollection(call.target);
    const update: RecordUpdate = { updates: call.updates, ttlMs: undefined, upsert: false, path: "updates" };
    return this.#changeMatching(ctx, collection, call.filter, async (writer, key) => (await writer.update(key, update, ctx.signal)) !== undefined);
  }

  /** Capability `data.bulk_by_filter`; see #changeMatching for what is atomic. */
  async deleteMany(ctx: OperationContext, call: DeleteManyCall): Promise<bigint> {
    const collection = recordCollection(call.target);
    return this.#changeMatching(ctx, collection, call.filter, (writer, key) => writer.delete(key, ctx.signal));
  }

  readBytes(ctx: OperationContext, call: ReadBytesCall): AsyncIterable<ByteChunk> {
    const k = recordKey(recordCollection(call.target), call.key);
    if (ctx.transaction) throw invalidField("transaction_id", "ReadBytes reads outside transactions on Redis");
    const options = { signal: ctx.signal, replyTimeoutMs: this.#connections.replyTimeoutMs };
    return this.#runEach(readRedisBytes(this.#connections.shared, k, call.field, call.range, options));
  }

  /** The chunks of a ranged read, with failures mapped to DBX errors. */
  async *#runEach<T>(items: AsyncIterable<T>): AsyncIterable<T> {
    try {
      yield* items;
    } catch (err) {
      throw toDbxError(err, this.name, this.#connections);
    }
  }

  /** A Redis reply is one value, not rows: `rowsAffected` is left unset. */
  async execute(ctx: OperationContext, call: ExecuteCall): Promise<NativeResult> {
    checkRedisNamespace(call.namespace);
    const args = commandArgs(call.params);
    const command = checkCommand(call.statement.trim(), args, this.#policy, "statement");
    if (ctx.transaction) throw invalidField("transaction_id", "Redis commands cannot join a transaction; use RedisService.Multi");
    const reply = await this.#run(ctx.abort, () => send(this.#connections.shared, command, args, this.#connections.replyTimeoutMs));
    return { columns: [], rows: [], rowsAffected: undefined, result: replyValue(reply) };
  }

  async *watch(ctx: OperationContext, call: WatchCall): AsyncIterable<WatchEvent> {
    const collection = recordCollection(call.target);
    if (call.resumeToken) throw unsupported(this.name, Capability.StreamWatchResume);
    if (call.includeBefore) throw unsupported(this.name, Capability.StreamWatchBeforeImage);
    yield* this.#keyspace.watch(ctx.signal, collection);
  }

  async *subscribe(ctx: OperationContext, call: SubscribeCall): AsyncIterable<SubscriptionEvent> {
    checkRedisNamespace(call.namespace);
    const events = this.facets.redis!.subscribe(
      ctx.signal,
      call.channels.map((c) => Buffer.from(c)),
      call.patterns.map((p) => Buffer.from(p)),
    );
    for await (const e of events) {
      if (e.type === "ready") yield e;
      else yield { type: "message", channel: e.channel.toString(), pattern: e.pattern?.toString() ?? "", payload: e.payload };
    }
  }

  /**
   * Undefined: PUBLISH counts the connections that received the message, and
   * one DBX subscriber connection carries every Subscribe stream of the
   * backend, so the count says nothing about subscribers.
   */
  async publish(ctx: OperationContext, call: PublishCall): Promise<undefined> {
    checkRedisNamespace(call.namespace);
    await this.#run(ctx.abort, () => send(this.#connections.shared, "PUBLISH", [call.channel, call.payload], this.#connections.replyTimeoutMs));
    return undefined;
  }

  /** Waits for a connection at most connectTimeoutMs, or until the call ends. */
  async beginTransaction(ctx: OperationContext, call: BeginCall): Promise<OptimisticTransaction> {
    checkRedisNamespace(call.namespace);
    return this.#begin(call.readOnly, ctx.signal);
  }

  async #begin(readOnly: boolean, signal: AbortSignal): Promise<OptimisticTransaction> {
    if (!this.capabilities.has(Capability.TransactionInteractive)) throw unsupported(this.name, Capability.TransactionInteractive);
    const client = await this.#connections.acquire(signal).catch((err: unknown) => {
      throw toDbxError(err, this.name, this.#connections);
    });
    return new OptimisticTransaction({
      client,
      readOnly,
      backend: this.name,
      replyTimeoutMs: this.#connections.replyTimeoutMs,
      finish: (c, reusable) => (reusable ? this.#connections.release(c) : this.#connections.discard(c)),
    });
  }

  /** Runs backend work: counted, stopped waiting when the call ends, failures mapped to DBX errors. */
  async #run<T>(abort: CallAbort, fn: () => Promise<T>): Promise<T> {
    const work = this.#metrics.measure(fn);
    try {
      return await untilAborted(work, abort);
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
        `backend "${this.name}" cannot scan a collection (List, Find, Count, UpdateMany, DeleteMany) inside a transaction: Redis WATCH covers keys, not scans`,
        { backend: this.name, capability: "transaction.interactive" },
      );
    }
  }

  #page(ctx: OperationContext, collection: string, query: PageQuery, fields: readonly string[], pageSize: number, pageToken: string): Promise<RecordPage> {
    this.#refuseScanInTransaction(ctx);
    const read = async (keys: Buffer[]): Promise<(Item | undefined)[]> => {
      const records = await this.#store.getMany(keys);
      return records.map((r) => r && project(r, fields));
    };
    // The filter is tested on whole records; the projection applies after it.
    const readForFilter = query.filter ? (keys: Buffer[]) => this.#store.getMany(keys) : read;
    return this.#run(ctx.abort, async () => {
      const page = await recordPage(this.#scanner, collection, readForFilter, query, pageSize, pageToken, ctx.signal);
      if (query.filter) page.records = page.records.map((r) => project(r, fields));
      return page;
    });
  }

  /** A transaction per attempt; once the call has ended, nothing more is written or committed. */
  #writeAtomically(operations: RecordWrite[], signal: AbortSignal): Promise<WriteOutcome[]> {
    return this.#atomically(signal, (tx) => applyWrites(tx, operations, signal));
  }

  /**
   * Runs `work` in an optimistic transaction and commits it, again from the
   * start when a key it read changed before EXEC (at most ATOMIC_BATCH_ATTEMPTS times).
   */
  async #atomically<T>(signal: AbortSignal, work: (tx: OptimisticTransaction) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const tx = await this.#begin(false, signal);
      let results: T;
      try {
        results = await work(tx);
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

  /**
   * The writes of UpdateMany and DeleteMany: `change` applied to every
   * record of the collection that matches `filter`, answering how many it
   * changed. On a single server, in one optimistic transaction: every record
   * read is WATCHed, so the changes commit together and each from the state
   * its record has at EXEC, or the whole call starts again. Records created
   * while the scan runs, behind where it has got to, are not seen, as if
   * they came after the call. On Redis Cluster (no atomic batches), record
   * after record, each change atomic on its own record.
   */
  #changeMatching(ctx: OperationContext, collection: string, filter: Filter, change: (writer: RecordWriter, key: Buffer) => Promise<boolean>): Promise<bigint> {
    this.#refuseScanInTransaction(ctx);
    const limit = this.#maxBulkRecords;
    // The matching keys first, so that a call past the limit is refused before it changes anything.
    const each = async (read: (key: Buffer) => Promise<Item | undefined>, writer: RecordWriter): Promise<bigint> => {
      const matching: Buffer[] = [];
      for await (const keys of scanCollection(this.#scanner, collection, ctx.signal)) {
        for (const key of keys) {
          const record = await read(key);
          if (!record || !matches(record, filter)) continue;
          if (matching.length === limit) {
            throw tooManyRows({ what: "the records one UpdateMany or DeleteMany would change", limit, setting: "maxBulkRecords" });
          }
          matching.push(key);
        }
      }
      let changed = 0n;
      for (const key of matching) if (await change(writer, key)) changed++;
      return changed;
    };
    return this.#run(ctx.abort, () => {
      if (!this.capabilities.has(Capability.DataAtomicBatch)) return each((key) => this.#store.get(key, []), this.#store);
      return this.#atomically(ctx.signal, (tx) => each((key) => tx.get(key, []), tx));
    });
  }

  /** Without atomic batches (Redis Cluster): one write after another, stopping at the first failure or when the call ends. */
  async #writeInOrder(operations: RecordWrite[], signal: AbortSignal): Promise<WriteOutcome[]> {
    const results: WriteOutcome[] = [];
    for (const [i, op] of operations.entries()) {
      if (signal.aborted) throw abortError(signal);
      try {
        results.push(await applyWrite(this.#store, op, i));
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
  update(key: Buffer, update: RecordUpdate, signal?: AbortSignal): Promise<{ record: Item; created: boolean } | undefined>;
  delete(key: Buffer, signal?: AbortSignal): Promise<boolean>;
}

/** One write of a batch with its Redis key worked out (and checked) before anything is written. */
interface RecordWrite {
  readonly call: WriteCall;
  readonly collection: string;
  readonly key: TypedValue;
  readonly redisKey: Buffer;
}

function recordWrite(call: WriteCall, i: number): RecordWrite {
  const collection = recordCollection(call.target, `operations[${i}].target`);
  const key = requiredKey(call.key, `operations[${i}].key`);
  return { call, collection, key, redisKey: recordKey(collection, key, `operations[${i}].key`) };
}

async function applyWrites(writer: RecordWriter, writes: RecordWrite[], signal?: AbortSignal): Promise<WriteOutcome[]> {
  const results: WriteOutcome[] = [];
  for (const [i, write] of writes.entries()) {
    try {
      results.push(await applyWrite(writer, write, i, signal));
    } catch (err) {
      throw err instanceof ConnectError ? prefixed(err, `operations[${i}]: `) : err;
    }
  }
  return results;
}

async function applyWrite(writer: RecordWriter, write: RecordWrite, i: number, signal?: AbortSignal): Promise<WriteOutcome> {
  const { call, collection, redisKey } = write;
  switch (call.kind) {
    case "put":
      return { affected: await writer.put(redisKey, call.record, undefined, signal) };
    case "insert":
      if (!(await writer.insert(redisKey, call.record, undefined, signal))) throw alreadyExists(collection, redisKey);
      return { affected: true, key: write.key };
    case "update": {
      const update = { updates: call.updates, ttlMs: undefined, upsert: false, path: `operations[${i}].update.updates` };
      if (!(await writer.update(redisKey, update, signal))) {
        throw dbxError(ErrorReason.NOT_FOUND, `no record with key ${printable(redisKey)} to update`, { collection });
      }
      return { affected: true };
    }
    case "delete":
      return { affected: await writer.delete(redisKey, signal) };
  }
}

/** Redis does not generate keys: Insert names its key. */
function requiredKey(key: TypedValue | undefined, field: string): TypedValue {
  if (!key) throw invalidField(field, "a key is required: Redis does not generate keys");
  return key;
}

function alreadyExists(collection: string, key: Buffer): Error {
  return dbxError(ErrorReason.ALREADY_EXISTS, `a record with key ${printable(key)} exists`, { collection });
}

/** Redis does not sort: the service refuses a sort without `query.sort`, and this backend never has it. */
function pageQuery(backend: string, collection: string, query: Query): PageQuery {
  if (query.sort.length) throw unsupported(backend, Capability.QuerySort);
  return { filter: query.filter, offset: Number(query.offset), limit: Number(query.limit), fingerprint: pageFingerprint({ operation: "find", namespace: "", collection, query }) };
}

/** The same error with context before its message (code and details kept). */
function prefixed(err: ConnectError, prefix: string): ConnectError {
  const e = new ConnectError(prefix + err.rawMessage, err.code, err.metadata, undefined, err.cause);
  e.details = err.details;
  return e;
}
