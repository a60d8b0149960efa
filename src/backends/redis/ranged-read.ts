import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import { dbxError, invalidField } from "../../errors/dbx-error.js";
import { byteChunks, type ByteChunk, type ByteRange } from "../byte-range.js";
import type { RedisClient } from "./connections.js";
import { printable } from "./record-codec.js";
import { RecordScript } from "./record-scripts.js";

/**
 * KEYS[1] record; ARGV[1] field; ARGV[2], ARGV[3] first and last byte of the
 * field's stored value (1-based, inclusive). Answers nil without the record,
 * {0} without the field, else {stored length, the bytes}: only the slice
 * crosses the network.
 */
const FIELD_SLICE = new RecordScript(`
if redis.call('HEXISTS', KEYS[1], '') == 0 then return false end
local v = redis.call('HGET', KEYS[1], ARGV[1])
if not v then return {0} end
return {string.len(v), string.sub(v, tonumber(ARGV[2]), tonumber(ARGV[3]))}
`);

/** dbx.v1.Value's field tags of string_value (5) and bytes_value (6), length-delimited. */
const STRING_TAG = (5 << 3) | 2;
const BYTES_TAG = (6 << 3) | 2;
/** A tag byte and the longest varint length a value of Redis's size needs. */
const HEADER_MAX = 11;

/**
 * DataService.ReadBytes on the Redis record model: a record field holds the
 * protobuf encoding of its dbx.v1.Value, a tag and a length before the
 * string's or bytes' own bytes. The first read learns that header; each
 * chunk is then one script that slices the field inside Redis.
 */
export async function* readRedisBytes(
  client: RedisClient,
  key: Buffer,
  field: string,
  range: ByteRange,
  options: { signal: AbortSignal; replyTimeoutMs: number },
): AsyncGenerator<ByteChunk> {
  const slice = async (from: number, size: number): Promise<{ stored: number; bytes: Buffer } | undefined> => {
    const reply = await FIELD_SLICE.run(client, key, [field, from + 1, from + size], options.replyTimeoutMs);
    if (reply === null) throw dbxError(ErrorReason.NOT_FOUND, `no record with key ${printable(key)}`, { key: printable(key) });
    const [stored, bytes] = reply as [bigint, Buffer?];
    return stored === 0n || !bytes ? undefined : { stored: Number(stored), bytes };
  };
  const head = await slice(0, HEADER_MAX);
  if (!head) throw invalidField("field", `the record has no field "${field}"`);
  const header = decodeHeader(head.bytes, field);
  yield* byteChunks(
    range,
    header.size,
    async (offset, size) => (await slice(header.start + offset, size))?.bytes ?? Buffer.alloc(0),
    options.signal,
  );
}

/** Where a string's or bytes' data starts in its encoded Value, and its size. */
function decodeHeader(head: Buffer, field: string): { start: number; size: number } {
  if (head[0] !== STRING_TAG && head[0] !== BYTES_TAG) throw invalidField("field", `"${field}" of this record is not bytes or a string`);
  let size = 0;
  for (let i = 1, shift = 1; i < head.length; i++, shift *= 128) {
    size += (head[i] & 0x7f) * shift;
    if ((head[i] & 0x80) === 0) return { start: i + 1, size };
  }
  throw invalidField("field", `"${field}" of this record is not a DBX-encoded value`);
}
