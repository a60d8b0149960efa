/** The bytes a ranged read asks for, checked by the service. */
export interface ByteRange {
  /** The first byte, from 0. */
  readonly offset: number;
  /** How many bytes at most; undefined reads to the end. */
  readonly length: number | undefined;
  /** Bytes per chunk, at least 1. */
  readonly chunkSize: number;
}

/** One chunk of a ranged read. */
export interface ByteChunk {
  /** Where `data` starts within the value. */
  readonly offset: number;
  readonly data: Uint8Array;
  /** The size of the whole value. */
  readonly totalSize: number;
}

/**
 * The chunks of `range` within a value of `totalSize` bytes, each read by
 * `readAt(offset, size)`: the first chunk always (possibly empty, so that
 * the size is answered), then one per `chunkSize` bytes until the range or
 * the value ends, or `signal` aborts. Each chunk is one backend read, so
 * other calls run between them.
 */
export async function* byteChunks(
  range: ByteRange,
  totalSize: number,
  readAt: (offset: number, size: number) => Promise<Uint8Array>,
  signal: AbortSignal,
): AsyncGenerator<ByteChunk> {
  const end = range.length === undefined ? totalSize : Math.min(totalSize, range.offset + range.length);
  let offset = Math.min(range.offset, end);
  do {
    signal.throwIfAborted();
    const size = Math.min(range.chunkSize, end - offset);
    const data = size > 0 ? await readAt(offset, size) : new Uint8Array(0);
    yield { offset, data, totalSize };
    // A value that shrank while it was read ends the stream where it ends.
    if (data.byteLength < size) return;
    offset += size;
  } while (offset < end);
}
