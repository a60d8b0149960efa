import type { ByteRange } from "../backends/byte-range.js";
import { invalidField } from "../errors/dbx-error.js";

/** Room in a message for everything but the chunk's bytes: offset, sizes, framing. */
const CHUNK_MESSAGE_OVERHEAD = 1024;

/**
 * The largest chunk whose message fits in `maxResponseBytes` in every
 * format: base64 in JSON makes 3 bytes 4.
 */
export function maxChunkSize(maxResponseBytes: number): number {
  return Math.floor((maxResponseBytes - CHUNK_MESSAGE_OVERHEAD) / 4) * 3;
}

/** The checked range of a ranged read request; a chunk size of 0 or past the limit becomes the largest that fits. */
export function byteRangeOf(
  req: { offset: bigint; length?: bigint; chunkSize: number },
  maxResponseBytes: number,
): ByteRange {
  if (req.offset < 0n) throw invalidField("offset", "must not be negative");
  if (req.length !== undefined && req.length < 0n) throw invalidField("length", "must not be negative");
  if (req.chunkSize < 0) throw invalidField("chunk_size", "must not be negative");
  const largest = maxChunkSize(maxResponseBytes);
  return {
    offset: safeNumber(req.offset),
    length: req.length === undefined ? undefined : safeNumber(req.length),
    chunkSize: req.chunkSize === 0 ? largest : Math.min(req.chunkSize, largest),
  };
}

/** Offsets past 2^53 are past any value a backend holds: reading there reads nothing. */
function safeNumber(n: bigint): number {
  return n > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(n);
}
