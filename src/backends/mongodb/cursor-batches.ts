import { BSON, type AbstractCursor, type Document } from "mongodb";

/**
 * A cursor's documents in batches of `batchSize` at most, a batch ending
 * early after the document that takes it past `maxBatchBytes` of BSON. The
 * driver fetches the next server batch only when this one is taken
 * (backpressure), and the cursor is closed however the iteration ends
 * (done, error, the consumer leaving).
 */
export async function* cursorBatches<T>(cursor: AbstractCursor<Document>, batchSize: number, maxBatchBytes: number, map: (doc: Document) => T): AsyncIterable<T[]> {
  try {
    let batch: T[] = [];
    let bytes = 0;
    for await (const doc of cursor) {
      batch.push(map(doc));
      bytes += BSON.calculateObjectSize(doc);
      if (batch.length >= batchSize || bytes > maxBatchBytes) {
        yield batch;
        batch = [];
        bytes = 0;
      }
    }
    if (batch.length > 0) yield batch;
  } finally {
    await cursor.close();
  }
}
