import { create, fromBinary, toBinary } from "@bufbuild/protobuf";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import { ItemSchema, TypedValueSchema, type Item, type TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import { dbxError } from "../../errors/dbx-error.js";
import type { RedisArg, RedisReply } from "../facets/redis.js";
import type { FieldChanges } from "./field-updates.js";

/**
 * A record is a Redis hash. Each record field is a hash field of the same
 * name (UTF-8) whose value is the protobuf binary encoding of its
 * dbx.v1.TypedValue, so every kind round-trips exactly and nothing is
 * guessed: dates, times, intervals, ObjectIds, native values, decimal NaN
 * and infinities, timestamps to the nanosecond, and documents in their
 * field order.
 *
 * The hash field "" (empty name; record fields cannot have it) is the
 * record's version: 1 when created, incremented by every DBX write with
 * HINCRBY. It lets empty records exist, marks hashes written by DBX, and
 * tells Watch inserts (version 1) from updates.
 */
export const VERSION_FIELD = "";

/** A record read from Redis with its version. */
export interface StoredRecord {
  readonly record: Item;
  readonly version: bigint;
}

/** `[name, encoded value, ...]` for HSET. */
export function encodeFields(record: Item): Buffer[] {
  const out: Buffer[] = [];
  for (const [name, value] of Object.entries(record.fields)) {
    out.push(Buffer.from(name), Buffer.from(toBinary(TypedValueSchema, value)));
  }
  return out;
}

/** `[count of fields removed, their names..., name, encoded value, ...]` for the update script. */
export function encodeChanges(changes: FieldChanges): RedisArg[] {
  const out: RedisArg[] = [changes.unset.length, ...changes.unset];
  for (const [name, value] of Object.entries(changes.set)) out.push(Buffer.from(name), encodeValue(value));
  return out;
}

export function encodeValue(value: TypedValue): Buffer {
  return Buffer.from(toBinary(TypedValueSchema, value));
}

/**
 * Decodes an HGETALL reply. Undefined for a missing key; STATEMENT_FAILED
 * for a hash that DBX did not write (no version field or a value that is not
 * an encoded dbx.v1.Value): it is never passed off as a record.
 */
export function decodeHash(reply: RedisReply, keyForErrors: Buffer, fields: readonly string[] = []): StoredRecord | undefined {
  if (!Array.isArray(reply) || reply.length === 0) return undefined;
  let version: bigint | undefined;
  const record = create(ItemSchema);
  const wanted = fields.length ? new Set(fields) : undefined;
  for (let i = 0; i + 1 < reply.length; i += 2) {
    const name = (reply[i] as Buffer).toString("utf8");
    const raw = reply[i + 1] as Buffer;
    if (name === VERSION_FIELD) {
      version = /^\d+$/.test(raw.toString("latin1")) ? BigInt(raw.toString("latin1")) : undefined;
      continue;
    }
    if (wanted && !wanted.has(name)) continue;
    record.fields[name] = decodeValue(raw, keyForErrors, name);
  }
  if (version === undefined) throw notARecord(keyForErrors);
  return { record, version };
}

/** Decodes an `HMGET key "" f1 f2 ...` reply. */
export function decodeProjection(reply: RedisReply, keyForErrors: Buffer, fields: readonly string[]): StoredRecord | undefined {
  const values = reply as (Buffer | null)[];
  if (values[0] === null) return undefined;
  const versionText = values[0].toString("latin1");
  if (!/^\d+$/.test(versionText)) throw notARecord(keyForErrors);
  const record = create(ItemSchema);
  fields.forEach((name, i) => {
    const raw = values[i + 1];
    if (raw) record.fields[name] = decodeValue(raw, keyForErrors, name);
  });
  return { record, version: BigInt(versionText) };
}

/** One stored field value; STATEMENT_FAILED when DBX did not write it. */
export function decodeValue(raw: Buffer, key: Buffer, field: string): TypedValue {
  try {
    // A copy: decoded bytes fields would otherwise be Buffers sharing the reply's memory.
    const value = fromBinary(TypedValueSchema, new Uint8Array(raw));
    if (value.kind.case !== undefined) return value;
  } catch {
    // reported below
  }
  throw dbxError(
    ErrorReason.STATEMENT_FAILED,
    `field "${field}" of Redis key ${printable(key)} is not a DBX-encoded value; the key was not written by DBX`,
    { key: printable(key), field },
  );
}

export function notARecord(key: Buffer): Error {
  return dbxError(
    ErrorReason.STATEMENT_FAILED,
    `Redis key ${printable(key)} is a hash that DBX did not write (it has no "" version field)`,
    { key: printable(key) },
  );
}

/** A key for messages: UTF-8 when it is, hex otherwise. */
export function printable(key: Buffer): string {
  const text = key.toString("utf8");
  return Buffer.from(text).equals(key) ? JSON.stringify(text) : `0x${key.toString("hex")}`;
}

/** Keeps only `fields` of a record (all when empty). */
export function project(record: Item, fields: readonly string[]): Item {
  if (fields.length === 0) return record;
  const out = create(ItemSchema);
  for (const f of fields) if (Object.hasOwn(record.fields, f)) out.fields[f] = record.fields[f];
  return out;
}
