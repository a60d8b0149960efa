import type { Item } from "../../../gen/ts/dbx/v1/value_pb.js";
import type { RedisClient } from "./connections.js";
import { decodeHash, decodeProjection, encodeFields, VERSION_FIELD } from "./record-codec.js";
import { recordScripts } from "./record-scripts.js";
import { send } from "./replies.js";

/**
 * Record reads and writes outside transactions, on the shared connection:
 * reads are single commands (auto-pipelined with everything else), writes
 * are the atomic scripts of record-scripts.ts.
 */
export class RecordStore {
  constructor(
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

  async update(key: Buffer, set: Item, unset: readonly string[], ttlMs: number | undefined): Promise<Item | undefined> {
    const reply = await recordScripts.update.run(this.client, key, [ttlArg(ttlMs), unset.length, ...unset, ...encodeFields(set)], this.replyTimeoutMs);
    return decodeHash(reply, key)?.record;
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

function ttlArg(ttlMs: number | undefined): string {
  return ttlMs === undefined ? "" : String(Math.max(1, Math.round(ttlMs)));
}
