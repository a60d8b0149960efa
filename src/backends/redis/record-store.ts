import type { FieldUpdate } from "../../../gen/ts/dbx/v1/data_pb.js";
import type { Item, TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import { transactionAborted } from "../../errors/dbx-error.js";
import type { RedisArg } from "../facets/redis.js";
import type { RedisClient } from "./connections.js";
import { applyFieldUpdates, fieldsRead } from "./field-updates.js";
import { KeyQueue } from "./key-queue.js";
import { decodeHash, decodeProjection, decodeValue, encodeChanges, encodeFields, notARecord, printable, VERSION_FIELD } from "./record-codec.js";
import { recordScripts } from "./record-scripts.js";
import { send } from "./replies.js";

/**
 * Record reads and writes outside transactions, on the shared connection:
 * reads are single commands (auto-pipelined with everything else), writes
 * are the atomic scripts of record-scripts.ts.
 */
export class RecordStore {
  readonly #readModifyWrite = new KeyQueue();

  constructor(
    /** The backend's name, for errors. */
    private readonly backend: string,
    private readonly client: RedisClient,
    /** commandTimeoutMs */
    private readonly replyTimeoutMs: number,
  ) {}

  async get(key: Buffer, fields: readonly string[]): Promise<Item | undefined> {
    if (fields.length === 0) return decodeHash(await send(this.client, "HGETALL", [key], this.replyTimeoutMs), key)?.record;
    return decodeProjection(await send(this.client, "HMGET", [key, VERSION_FIELD, ...fields], this.replyTimeoutMs), key, fields)?.record;
  }

  /** Concurrent reads, which auto-pipelining sends in one round trip. */
  getMany(keys: readonly Buffer[], fields: readonly string[] = []): Promise<(Item | undefined)[]> {
    return Promise.all(keys.map((k) => this.get(k, fields)));
  }

  async put(key: Buffer, record: Item, ttlMs: number | undefined): Promise<boolean> {
    return (await recordScripts.put.run(this.client, key, [ttlArg(ttlMs), ...encodeFields(record)], this.replyTimeoutMs)) === 1n;
  }

  /** False when the key exists (nothing written). */
  async insert(key: Buffer, record: Item, ttlMs: number | undefined): Promise<boolean> {
    return (await recordScripts.insert.run(this.client, key, [ttlArg(ttlMs), ...encodeFields(record)], this.replyTimeoutMs)) === 1n;
  }

  /**
   * Applies field updates atomically: set and unset in one script; the other
   * operators read the fields they need, compute, and write with a script
   * that checks those fields still hold what was read (else read again).
   * Such updates of one record queue behind each other in this process, so
   * that they do not make each other compute again: only writers elsewhere
   * (other DBX processes, transactions, other clients) can.
   * Undefined when there is no record and no upsert.
   */
  update(key: Buffer, call: RecordUpdate): Promise<{ record: Item; created: boolean } | undefined> {
    const reads = fieldsRead(call.updates);
    if (reads.length === 0) return this.#update(key, call, reads);
    return this.#readModifyWrite.run(key.toString("latin1"), () => this.#update(key, call, reads));
  }

  async #update(key: Buffer, call: RecordUpdate, reads: readonly string[]): Promise<{ record: Item; created: boolean } | undefined> {
    for (let attempt = 1; ; attempt++) {
      let seen: RedisArg[] = ["", 0];
      let current: Record<string, TypedValue> = {};
      if (reads.length) {
        const values = (await send(this.client, "HMGET", [key, VERSION_FIELD, ...reads], this.replyTimeoutMs)) as (Buffer | null)[];
        const existed = values[0] !== null;
        if (!existed && !call.upsert) return undefined;
        current = {};
        reads.forEach((field, i) => {
          const raw = values[i + 1];
          if (raw) current[field] = decodeValue(raw, key, field);
        });
        seen = [existed ? "1" : "0", reads.length, ...reads.flatMap((field, i) => [field, values[i + 1] ?? ""])];
      }
      const changes = applyFieldUpdates(current, call.updates, call.path);
      const args = [ttlArg(call.ttlMs), call.upsert ? "1" : "0", ...seen, ...encodeChanges(changes)];
      const reply = await recordScripts.update.run(this.client, key, args, this.replyTimeoutMs);
      if (reply === -1n) throw notARecord(key);
      if (reply === null) return undefined;
      if (reply !== 0n) {
        const [created, hash] = reply as [bigint, Buffer[]];
        return { record: decodeHash(hash, key)!.record, created: created === 1n };
      }
      if (attempt >= UPDATE_ATTEMPTS) throw contended(this.backend, key, reads);
    }
  }

  async delete(key: Buffer): Promise<boolean> {
    return (await send(this.client, "DEL", [key], this.replyTimeoutMs)) === 1n;
  }

  /** PEXPIRETIME answers -2 for a missing key and -1 for one without a TTL: one command tells both. */
  async exists(key: Buffer): Promise<{ exists: boolean; expireTime?: Date }> {
    const ms = (await send(this.client, "PEXPIRETIME", [key], this.replyTimeoutMs)) as bigint;
    if (ms === -2n) return { exists: false };
    return { exists: true, expireTime: ms === -1n ? undefined : new Date(Number(ms)) };
  }
}

/** An update of one record as the store applies it. */
export interface RecordUpdate {
  readonly updates: readonly FieldUpdate[];
  readonly ttlMs: number | undefined;
  readonly upsert: boolean;
  /** The request path of `updates`, for errors ("updates", "operations[2].update.updates"). */
  readonly path: string;
}

/**
 * How often an update that reads fields computes again when they changed
 * before it could write: each retry means another writer got through.
 */
const UPDATE_ATTEMPTS = 16;

function contended(backend: string, key: Buffer, fields: readonly string[]): Error {
  return transactionAborted(
    backend,
    `fields ${fields.map((f) => JSON.stringify(f)).join(", ")} of record ${printable(key)} changed ${UPDATE_ATTEMPTS} times while this update computed from them; retry it`,
    { key: printable(key) },
  );
}

function ttlArg(ttlMs: number | undefined): string {
  return ttlMs === undefined ? "" : String(Math.max(1, Math.round(ttlMs)));
}
