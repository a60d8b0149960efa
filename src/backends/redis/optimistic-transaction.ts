import { create } from "@bufbuild/protobuf";
import type { ConnectError } from "@connectrpc/connect";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import { ItemSchema, type Item } from "../../../gen/ts/dbx/v1/value_pb.js";
import { dbxError, invalidField, transactionAborted } from "../../errors/dbx-error.js";
import type { BackendTransaction } from "../backend.js";
import type { RedisArg, RedisCommand } from "../facets/redis.js";
import type { RedisClient } from "./connections.js";
import { applyFieldUpdates } from "./field-updates.js";
import { decodeHash, encodeFields, printable, project, VERSION_FIELD } from "./record-codec.js";
import type { RecordUpdate } from "./record-store.js";
import { abortError, explainExecTimeout, isReplyError, toDbxError } from "./redis-errors.js";
import { send, toWireArgs } from "./replies.js";
import { withinReplyTimeout } from "./reply-timeout.js";

export interface OptimisticTransactionOptions {
  /** The transaction's own connection. */
  readonly client: RedisClient;
  readonly readOnly: boolean;
  readonly backend: string;
  /** commandTimeoutMs: how long each command waits for its reply. */
  readonly replyTimeoutMs: number;
  /** Hands the connection back when the transaction ends (reusable: its state is known and clean). */
  readonly finish: (client: RedisClient, reusable: boolean) => void;
}

/** What the transaction knows of a key: read under WATCH, then changed by its own queued writes. */
interface KeyState {
  /** The Redis type ("none" when missing). */
  type: string;
  record: Item | undefined;
  /** Milliseconds since the epoch; undefined without a TTL. */
  expireAt: number | undefined;
}

/**
 * An interactive transaction on Redis, optimistic: every key it reads is
 * WATCHed on a connection of its own, writes are queued (and their answers
 * computed from what was read), and Commit sends MULTI, the writes and EXEC.
 * If another client changed a watched key meanwhile, Redis discards the
 * whole transaction and Commit answers ABORTED (TRANSACTION_ABORTED): retry.
 *
 * Reads see the transaction's own writes. Scans (List, Find, Count) cannot
 * be watched, so they are refused inside a transaction. A read-only
 * transaction still commits with an empty MULTI/EXEC, which aborts when
 * anything it read changed, so its reads were one consistent state.
 *
 * Every wait for Redis is bounded by commandTimeoutMs. Once a reply has not
 * come in time the transaction is broken: later calls fail at once (rather
 * than each waiting behind the last), and Rollback drops the connection
 * without asking Redis. A call that ended (deadline, cancel) while its reads
 * were on the way queues nothing.
 */
export class OptimisticTransaction implements BackendTransaction {
  readonly #keys = new Map<string, KeyState>();
  readonly #queue: RedisCommand[] = [];
  readonly #client: RedisClient;
  readonly #readOnly: boolean;
  readonly #backend: string;
  readonly #replyTimeoutMs: number;
  readonly #finish: (client: RedisClient, reusable: boolean) => void;
  #lock: Promise<unknown> = Promise.resolve();
  #done = false;
  /** Why the connection can no longer be used, once a reply did not come. */
  #broken: Error | undefined;

  constructor(options: OptimisticTransactionOptions) {
    this.#client = options.client;
    this.#readOnly = options.readOnly;
    this.#backend = options.backend;
    this.#replyTimeoutMs = options.replyTimeoutMs;
    this.#finish = options.finish;
  }

  get(key: Buffer, fields: readonly string[]): Promise<Item | undefined> {
    return this.#serial(async () => {
      const state = await this.#record(key, false);
      return state.record && project(state.record, fields);
    });
  }

  exists(key: Buffer): Promise<{ exists: boolean; expireTime?: Date }> {
    return this.#serial(async () => {
      const state = await this.#state(key);
      if (state.type === "none") return { exists: false };
      return { exists: true, expireTime: state.expireAt === undefined ? undefined : new Date(state.expireAt) };
    });
  }

  put(key: Buffer, record: Item, ttlMs: number | undefined, signal?: AbortSignal): Promise<boolean> {
    return this.#serial(async () => {
      this.#writable();
      const state = await this.#record(key, true);
      stillWanted(signal);
      const existed = state.record !== undefined;
      const gone = existed ? Object.keys(state.record!.fields).filter((f) => !(f in record.fields)) : [];
      if (gone.length) this.#enqueue("HDEL", key, ...gone);
      this.#write(key, record, ttlMs, existed);
      this.#keys.set(key.toString("latin1"), { type: "hash", record, expireAt: ttlMs === undefined ? undefined : Date.now() + ttlMs });
      return !existed;
    });
  }

  insert(key: Buffer, record: Item, ttlMs: number | undefined, signal?: AbortSignal): Promise<boolean> {
    return this.#serial(async () => {
      this.#writable();
      const state = await this.#state(key);
      stillWanted(signal);
      if (state.type !== "none") return false;
      this.#write(key, record, ttlMs, false);
      this.#keys.set(key.toString("latin1"), { type: "hash", record, expireAt: ttlMs === undefined ? undefined : Date.now() + ttlMs });
      return true;
    });
  }

  /** Undefined when there is no record and no upsert. */
  update(key: Buffer, call: RecordUpdate, signal?: AbortSignal): Promise<{ record: Item; created: boolean } | undefined> {
    return this.#serial(async () => {
      this.#writable();
      const state = await this.#record(key, true);
      stillWanted(signal);
      if (!state.record && !call.upsert) return undefined;
      const before = state.record?.fields ?? {};
      const changes = applyFieldUpdates(before, call.updates, call.path);
      const after = create(ItemSchema, { fields: { ...before } });
      for (const f of changes.unset) delete after.fields[f];
      Object.assign(after.fields, changes.set);
      if (state.record && changes.unset.length) this.#enqueue("HDEL", key, ...changes.unset);
      const pairs = encodeFields(create(ItemSchema, { fields: changes.set }));
      if (pairs.length) this.#enqueue("HSET", key, ...pairs);
      this.#enqueue("HINCRBY", key, VERSION_FIELD, 1);
      if (call.ttlMs !== undefined) this.#enqueue("PEXPIRE", key, call.ttlMs);
      const created = !state.record;
      state.type = "hash";
      state.record = after;
      if (call.ttlMs !== undefined) state.expireAt = Date.now() + call.ttlMs;
      return { record: after, created };
    });
  }

  delete(key: Buffer, signal?: AbortSignal): Promise<boolean> {
    return this.#serial(async () => {
      this.#writable();
      const state = await this.#state(key);
      stillWanted(signal);
      if (state.type === "none") return false;
      this.#enqueue("DEL", key);
      this.#keys.set(key.toString("latin1"), { type: "none", record: undefined, expireAt: undefined });
      return true;
    });
  }

  commit(): Promise<void> {
    return this.#serial(async () => {
      this.#end();
      if (this.#broken) {
        this.#finish(this.#client, false);
        throw this.#brokenError(this.#broken, "it was rolled back");
      }
      try {
        const multi = this.#client.multi();
        for (const c of this.#queue) multi.callBuffer(c.name, ...toWireArgs(c.args));
        const results = await withinReplyTimeout(multi.exec(), "EXEC", this.#replyTimeoutMs).catch((err: unknown) => {
          throw explainExecTimeout(err, this.#backend);
        });
        if (results === null) {
          throw transactionAborted(
            this.#backend,
            "a key the transaction read was changed by another client; Redis discarded the transaction, retry it",
          );
        }
        const failed = results.findIndex(([err]) => err);
        if (failed >= 0) {
          // Reads checked every key's type, so a failure here is unexpected; say exactly what happened.
          throw dbxError(
            ErrorReason.INTERNAL,
            `Redis applied the transaction except command ${failed + 1} (${this.#queue[failed].name}), which failed: ${results[failed][0]!.message}`,
          );
        }
        this.#finish(this.#client, true);
      } catch (err) {
        this.#finish(this.#client, false);
        throw toDbxError(err, this.#backend);
      }
    }, true);
  }

  /** Answers once the connection is handed back; a broken one is dropped without asking Redis. */
  rollback(): Promise<void> {
    return this.#serial(async () => {
      this.#end();
      if (this.#broken) {
        this.#finish(this.#client, false);
        return;
      }
      const reusable = await send(this.#client, "UNWATCH", [], this.#replyTimeoutMs).then(
        () => true,
        () => false,
      );
      this.#finish(this.#client, reusable);
    }, true);
  }

  #write(key: Buffer, record: Item, ttlMs: number | undefined, existed: boolean): void {
    const pairs = encodeFields(record);
    if (pairs.length) this.#enqueue("HSET", key, ...pairs);
    this.#enqueue("HINCRBY", key, VERSION_FIELD, 1);
    if (ttlMs !== undefined) this.#enqueue("PEXPIRE", key, ttlMs);
    else if (existed) this.#enqueue("PERSIST", key);
  }

  #enqueue(name: string, ...args: RedisArg[]): void {
    this.#queue.push({ name, args });
  }

  /** The state of a key that must be a record (hash) or missing. */
  async #record(key: Buffer, forWrite: boolean): Promise<KeyState> {
    const state = await this.#state(key);
    if (state.type !== "none" && state.type !== "hash") {
      throw dbxError(
        ErrorReason.STATEMENT_FAILED,
        `Redis key ${printable(key)} holds a ${state.type}, not a record${forWrite ? "; it was not changed" : ""}`,
        { key: printable(key) },
      );
    }
    return state;
  }

  async #state(key: Buffer): Promise<KeyState> {
    const id = key.toString("latin1");
    const known = this.#keys.get(id);
    if (known) return known;
    // Sent together on this connection, in order: the reads happen under the WATCH.
    const t = this.#replyTimeoutMs;
    const [, type, hash, expire] = await Promise.all([
      send(this.#client, "WATCH", [key], t),
      send(this.#client, "TYPE", [key], t),
      send(this.#client, "HGETALL", [key], t).catch((err: unknown) => {
        if (isReplyError(err)) return null;
        throw err;
      }),
      send(this.#client, "PEXPIRETIME", [key], t),
    ]).catch((err: unknown) => {
      if (!isReplyError(err)) this.#broken = err instanceof Error ? err : new Error(String(err));
      throw err;
    });
    const typeName = (type as Buffer).toString();
    const stored = typeName === "hash" ? decodeHash(hash, key) : undefined;
    const ms = Number(expire as bigint);
    const state: KeyState = { type: typeName, record: stored?.record, expireAt: ms > 0 ? ms : undefined };
    this.#keys.set(id, state);
    return state;
  }

  #writable(): void {
    if (this.#readOnly) throw invalidField("transaction_id", "the transaction is read-only");
  }

  #end(): void {
    if (this.#done) throw dbxError(ErrorReason.TRANSACTION_NOT_FOUND, "the transaction has ended");
    this.#done = true;
  }

  /**
   * Calls on one transaction run one after another: WATCH, reads and queueing must not interleave.
   * On a broken connection only the calls that end the transaction (`ending`) run.
   */
  #serial<T>(fn: () => Promise<T>, ending = false): Promise<T> {
    const run = this.#lock.then(() => {
      if (this.#done) throw dbxError(ErrorReason.TRANSACTION_NOT_FOUND, "the transaction has ended");
      if (this.#broken && !ending) throw this.#brokenError(this.#broken, "roll the transaction back");
      return fn();
    });
    this.#lock = run.catch(() => undefined);
    return run;
  }

  #brokenError(cause: Error, then: string): ConnectError {
    return dbxError(
      ErrorReason.BACKEND_UNAVAILABLE,
      `the transaction's Redis connection stopped answering (${cause.message}); ${then}`,
      { backend: this.#backend },
      cause,
    );
  }
}

/** Throws when the call that asked for a write has ended meanwhile, so that nothing it did not see is queued. */
function stillWanted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError(signal);
}
