import { LRUCache } from "lru-cache";
import { createHash } from "node:crypto";
import { Binary, BSON, GridFSBucket, ObjectId, type Collection, type Db, type Document } from "mongodb";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import { dbxError, transactionAborted } from "../../errors/dbx-error.js";
import type { CollectionRef } from "../backend-calls.js";
import type { OperationContext } from "../operation-context.js";
import { pageFingerprint } from "../page-fingerprint.js";
import { EXACT_BSON } from "./bson-values.js";
import { findPage } from "./find-page.js";
import { readOptions, writeOptions } from "./operation-options.js";

/** GridFS's default chunk size (255 KiB): what other drivers write, and read best. */
const DEFAULT_CHUNK_SIZE = 255 * 1024;
/** An upload untouched this long is removed, chunks included, when the next upload of its bucket starts. */
const ABANDONED_AFTER_MS = 24 * 60 * 60 * 1000;

/** An upload in progress, as `<bucket>.uploads` holds it. */
interface UploadState {
  _id: ObjectId;
  /** The `_id` the file will have: its chunks are written under it as they come. */
  fileId: ObjectId;
  filename: string;
  metadata?: Document;
  chunkSize: number;
  /** Bytes received so far (written chunks plus the tail). */
  length: number;
  /** The next chunk's number. */
  n: number;
  /** Bytes received past the last full chunk, kept until a chunk fills or the upload finishes. */
  tail: Binary;
  updatedAt: Date;
}

/**
 * GridFS files in a bucket, uploaded in unary calls of any size (so that
 * browsers can upload) and resumable: the upload's state lives in MongoDB
 * (`<bucket>.uploads`), full chunks are written to `<bucket>.chunks` as they
 * arrive (at most one partial chunk is held, in the state), and finishing
 * writes the last chunk and the `<bucket>.files` document, as GridFS
 * drivers lay them out. Downloads, listing and deletes use the driver's
 * GridFS.
 */
export class GridFsFiles {
  /** Buckets whose indexes exist (bounded like the collection handles: names come from clients). */
  readonly #indexed = new LRUCache<string, true>({ max: 1_000 });

  constructor(
    private readonly backend: string,
    private readonly collectionOf: (target: CollectionRef) => Collection,
    private readonly databaseOf: (namespace: string) => Db,
  ) {}

  /** `requestedChunkSize` 0: GridFS's default. */
  async startUpload(ctx: OperationContext, bucket: CollectionRef, filename: string, metadata: Document | undefined, requestedChunkSize: number): Promise<{ uploadId: string; chunkSize: number }> {
    const chunkSize = requestedChunkSize || DEFAULT_CHUNK_SIZE;
    await this.#ensureIndexes(ctx, bucket);
    await this.#removeAbandoned(ctx, bucket);
    const state: UploadState = {
      _id: new ObjectId(),
      fileId: new ObjectId(),
      filename,
      ...(metadata ? { metadata } : {}),
      chunkSize,
      length: 0,
      n: 0,
      tail: new Binary(new Uint8Array(0)),
      updatedAt: new Date(),
    };
    await this.#uploads(bucket).insertOne(state, writeOptions(ctx));
    return { uploadId: state._id.toHexString(), chunkSize };
  }

  /** Appends `data` at `offset` (the bytes received so far); answers the new length. */
  async uploadChunk(ctx: OperationContext, bucket: CollectionRef, uploadId: string, offset: number, data: Uint8Array): Promise<number> {
    const state = await this.#state(ctx, bucket, uploadId);
    if (offset !== state.length) {
      throw dbxError(ErrorReason.INVALID_FIELD, `offset: the upload has ${state.length} bytes; send the chunk that starts there`, { field: "offset", offset: String(state.length) });
    }
    const tail = state.tail.value();
    const bytes = Buffer.concat([tail, data]);
    let n = state.n;
    let start = 0;
    for (; bytes.length - start >= state.chunkSize; start += state.chunkSize, n++) {
      await this.#writeChunk(ctx, bucket, state.fileId, n, bytes.subarray(start, start + state.chunkSize));
    }
    const length = state.length + data.length;
    // Only if nobody moved the upload meanwhile: two calls at one offset cannot both append.
    const moved = await this.#uploads(bucket).updateOne(
      { _id: state._id, length: state.length },
      { $set: { length, n, tail: new Binary(bytes.subarray(start)), updatedAt: new Date() } },
      writeOptions(ctx),
    );
    if (moved.modifiedCount !== 1) {
      throw transactionAborted(this.backend, "another call appended to the upload at the same time; ask GetFileUpload where it stands", { upload_id: uploadId });
    }
    return length;
  }

  async getUpload(ctx: OperationContext, bucket: CollectionRef, uploadId: string): Promise<{ offset: number; filename: string }> {
    const state = await this.#state(ctx, bucket, uploadId);
    return { offset: state.length, filename: state.filename };
  }

  /** Writes the last chunk and the file's description; answers the file's `_id`. */
  async finishUpload(ctx: OperationContext, bucket: CollectionRef, uploadId: string, length: number): Promise<ObjectId> {
    const state = await this.#state(ctx, bucket, uploadId);
    if (length !== state.length) {
      throw dbxError(ErrorReason.INVALID_FIELD, `length: the upload has ${state.length} bytes, not ${length}; the upload stays open`, { field: "length", offset: String(state.length) });
    }
    const tail = state.tail.value();
    if (tail.length > 0) await this.#writeChunk(ctx, bucket, state.fileId, state.n, tail);
    await this.#files(bucket).insertOne(
      { _id: state.fileId, length: state.length, chunkSize: state.chunkSize, uploadDate: new Date(), filename: state.filename, ...(state.metadata ? { metadata: state.metadata } : {}) },
      writeOptions(ctx),
    );
    await this.#uploads(bucket).deleteOne({ _id: state._id }, writeOptions(ctx));
    return state.fileId;
  }

  async abortUpload(ctx: OperationContext, bucket: CollectionRef, uploadId: string): Promise<void> {
    const state = await this.#state(ctx, bucket, uploadId);
    await this.#chunks(bucket).deleteMany({ files_id: state.fileId }, writeOptions(ctx));
    await this.#uploads(bucket).deleteOne({ _id: state._id }, writeOptions(ctx));
  }

  /** The file's bytes from `offset`, `length` at most (0: to the end), chunk by chunk as the consumer reads. */
  async *download(ctx: OperationContext, bucket: CollectionRef, fileId: unknown, offset: number, length: number): AsyncIterable<Uint8Array> {
    const file = await this.getFile(ctx, bucket, fileId);
    if (!file) throw dbxError(ErrorReason.NOT_FOUND, `no file with that _id in bucket ${bucket.collection}`, { bucket: bucket.collection });
    const size = Number(file.length);
    const end = length > 0 ? Math.min(size, offset + length) : size;
    if (offset >= end) return;
    const stream = this.#bucket(bucket).openDownloadStream(fileId as ObjectId, { start: offset, end });
    try {
      for await (const chunk of stream) yield chunk as Uint8Array;
    } finally {
      stream.destroy();
    }
  }

  async getFile(ctx: OperationContext, bucket: CollectionRef, fileId: unknown): Promise<Document | undefined> {
    return (await this.#files(bucket).findOne({ _id: fileId } as Document, { ...readOptions(ctx), ...EXACT_BSON })) ?? undefined;
  }

  listFiles(ctx: OperationContext, bucket: CollectionRef, filter: Document, pageSize: number, pageToken: string): Promise<{ documents: Document[]; nextPageToken: string }> {
    const fingerprint = pageFingerprint({ operation: "mongodb.listFiles", namespace: bucket.namespace, collection: bucket.collection, fields: [BSON.EJSON.stringify(filter, { relaxed: false })] });
    return findPage(ctx, this.#files(bucket), { filter, sort: [], projection: undefined, skip: 0n, limit: 0n }, { size: pageSize, token: pageToken, fingerprint });
  }

  async deleteFile(ctx: OperationContext, bucket: CollectionRef, fileId: unknown): Promise<boolean> {
    const removed = await this.#files(bucket).deleteOne({ _id: fileId } as Document, writeOptions(ctx));
    await this.#chunks(bucket).deleteMany({ files_id: fileId } as Document, writeOptions(ctx));
    return removed.deletedCount === 1;
  }

  /**
   * Writes chunk `n` of a file under an `_id` derived from the file and `n`,
   * with upsert: a chunk written again (a retried call) replaces itself, and
   * the write finds it by `_id`, which every server indexes (FerretDB
   * indexes no other field).
   */
  async #writeChunk(ctx: OperationContext, bucket: CollectionRef, fileId: ObjectId, n: number, data: Uint8Array): Promise<void> {
    const _id = new ObjectId(createHash("sha256").update(fileId.id).update(String(n)).digest().subarray(0, 12));
    await this.#chunks(bucket).replaceOne({ _id }, { _id, files_id: fileId, n, data: new Binary(data) }, { upsert: true, ...writeOptions(ctx) });
  }

  async #state(ctx: OperationContext, bucket: CollectionRef, uploadId: string): Promise<UploadState> {
    const state = await this.#uploads(bucket).findOne({ _id: ObjectId.createFromHexString(uploadId) }, { ...readOptions(ctx), promoteBuffers: false });
    if (!state) throw dbxError(ErrorReason.NOT_FOUND, `no upload ${uploadId} in bucket ${bucket.collection} (finished, aborted, or abandoned for 24 hours)`, { upload_id: uploadId });
    return state;
  }

  /** GridFS's indexes, as drivers make them before a bucket's first upload (once per bucket and process). */
  async #ensureIndexes(ctx: OperationContext, bucket: CollectionRef): Promise<void> {
    const key = `${bucket.namespace}\0${bucket.collection}`;
    if (this.#indexed.has(key)) return;
    await this.#chunks(bucket).createIndex({ files_id: 1, n: 1 }, { unique: true, ...writeOptions(ctx) });
    await this.#files(bucket).createIndex({ filename: 1, uploadDate: 1 }, writeOptions(ctx));
    this.#indexed.set(key, true);
  }

  async #removeAbandoned(ctx: OperationContext, bucket: CollectionRef): Promise<void> {
    const uploads = this.#uploads(bucket);
    const abandoned = await uploads.find({ updatedAt: { $lt: new Date(Date.now() - ABANDONED_AFTER_MS) } }, { ...readOptions(ctx), projection: { fileId: 1 } }).limit(100).toArray();
    for (const upload of abandoned) {
      await this.#chunks(bucket).deleteMany({ files_id: upload.fileId }, writeOptions(ctx));
      await uploads.deleteOne({ _id: upload._id }, writeOptions(ctx));
    }
  }

  #bucket(bucket: CollectionRef): GridFSBucket {
    return new GridFSBucket(this.databaseOf(bucket.namespace), { bucketName: bucket.collection });
  }

  #uploads(bucket: CollectionRef): Collection<UploadState> {
    return this.collectionOf({ namespace: bucket.namespace, collection: `${bucket.collection}.uploads` }) as unknown as Collection<UploadState>;
  }

  #chunks(bucket: CollectionRef): Collection {
    return this.collectionOf({ namespace: bucket.namespace, collection: `${bucket.collection}.chunks` });
  }

  #files(bucket: CollectionRef): Collection {
    return this.collectionOf({ namespace: bucket.namespace, collection: `${bucket.collection}.files` });
  }
}
