import { BSON, MongoBulkWriteError, type AnyBulkWriteOperation, type BulkWriteResult, type Collection, type Db, type Document } from "mongodb";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import { dbxError, unsupported } from "../../errors/dbx-error.js";
import type { CollectionRef } from "../backend-calls.js";
import type {
  MongoAggregateCall,
  MongoBulkOperation,
  MongoBulkOutcome,
  MongoBulkResult,
  MongoChange,
  MongoWatchCall,
  MongoDeleteCall,
  MongoFacet,
  MongoFindAndModifyCall,
  MongoFindAndReplaceCall,
  MongoFindAndUpdateCall,
  MongoFindCall,
  MongoFindPageCall,
  MongoReplaceCall,
  MongoStreamCall,
  MongoUpdateCall,
  MongoUpdateResult,
} from "../facets/mongodb.js";
import type { OperationContext } from "../operation-context.js";
import { pageFingerprint } from "../page-fingerprint.js";
import { decodePageToken, encodePageToken } from "../page-token.js";
import { EXACT_BSON, fromBson } from "./bson-values.js";
import { Capability } from "../capabilities.js";
import { watchChanges } from "./change-stream.js";
import { cursorBatches } from "./cursor-batches.js";
import { findPage } from "./find-page.js";
import { GridFsFiles } from "./gridfs.js";
import { checkCollectionName } from "./namespace.js";
import { documentReadOptions, readOptions, writeOptions } from "./operation-options.js";

/** Where the facet's calls reach MongoDB, and how their failures become DBX errors (mongodb-backend.ts). */
export interface MongoFacetDeps {
  readonly backend: string;
  readonly collectionOf: (target: CollectionRef) => Collection;
  readonly databaseOf: (namespace: string) => Db;
  /** Runs one operation, mapping its failure (mongodb-errors.ts). */
  readonly run: <T>(ctx: OperationContext, work: () => Promise<T>) => Promise<T>;
  /** Runs one stream, mapping its failure. */
  readonly stream: <T>(ctx: OperationContext, batches: AsyncIterable<T>) => AsyncIterable<T>;
  /**
   * Refuses what the call's filters, documents, updates or pipelines may
   * not carry, before anything is sent: server-side JavaScript the backend
   * does not allow, BSON types its server cannot take.
   */
  readonly refuse: (documents: readonly unknown[]) => void;
  /** Whether the server has change streams (a replica set or sharded cluster). */
  readonly changeStreams: () => boolean;
}

/**
 * dbx.mongodb.v1.MongoService on MongoDB: each call one driver operation,
 * documents passed as decoded (every BSON type its own class) and answered
 * as read (EXACT_BSON), so that nothing changes type on the way. Filters,
 * updates and pipelines are refused before they are sent when they hold
 * server-side JavaScript the configuration does not allow.
 */
export class MongoServiceFacet implements MongoFacet {
  readonly #files: GridFsFiles;

  constructor(private readonly deps: MongoFacetDeps) {
    this.#files = new GridFsFiles(deps.backend, deps.collectionOf, deps.databaseOf);
  }

  watchChanges(ctx: OperationContext, call: MongoWatchCall): AsyncIterable<MongoChange> {
    if (!this.deps.changeStreams()) throw unsupported(this.deps.backend, Capability.StreamWatch);
    this.#refuse(call.pipeline);
    const source = call.target.collection ? this.deps.collectionOf(call.target) : this.deps.databaseOf(call.target.namespace);
    return this.deps.stream(ctx, watchChanges(ctx, source, call));
  }

  startFileUpload(ctx: OperationContext, bucket: CollectionRef, filename: string, metadata: Document | undefined, chunkSize: number): Promise<{ uploadId: string; chunkSize: number }> {
    this.#refuse(metadata);
    return this.deps.run(ctx, () => this.#files.startUpload(ctx, bucket, filename, metadata, chunkSize));
  }

  uploadFileChunk(ctx: OperationContext, bucket: CollectionRef, uploadId: string, offset: number, data: Uint8Array): Promise<number> {
    return this.deps.run(ctx, () => this.#files.uploadChunk(ctx, bucket, uploadId, offset, data));
  }

  getFileUpload(ctx: OperationContext, bucket: CollectionRef, uploadId: string): Promise<{ offset: number; filename: string }> {
    return this.deps.run(ctx, () => this.#files.getUpload(ctx, bucket, uploadId));
  }

  finishFileUpload(ctx: OperationContext, bucket: CollectionRef, uploadId: string, length: number): Promise<unknown> {
    return this.deps.run(ctx, () => this.#files.finishUpload(ctx, bucket, uploadId, length));
  }

  abortFileUpload(ctx: OperationContext, bucket: CollectionRef, uploadId: string): Promise<void> {
    return this.deps.run(ctx, () => this.#files.abortUpload(ctx, bucket, uploadId));
  }

  downloadFile(ctx: OperationContext, bucket: CollectionRef, fileId: unknown, offset: number, length: number): AsyncIterable<Uint8Array> {
    return this.deps.stream(ctx, this.#files.download(ctx, bucket, fileId, offset, length));
  }

  getFile(ctx: OperationContext, bucket: CollectionRef, fileId: unknown): Promise<Document | undefined> {
    return this.deps.run(ctx, () => this.#files.getFile(ctx, bucket, fileId));
  }

  listFiles(ctx: OperationContext, bucket: CollectionRef, filter: Document, pageSize: number, pageToken: string): Promise<{ documents: Document[]; nextPageToken: string }> {
    this.#refuse(filter);
    return this.deps.run(ctx, () => this.#files.listFiles(ctx, bucket, filter, pageSize, pageToken));
  }

  deleteFile(ctx: OperationContext, bucket: CollectionRef, fileId: unknown): Promise<boolean> {
    return this.deps.run(ctx, () => this.#files.deleteFile(ctx, bucket, fileId));
  }

  insertOne(ctx: OperationContext, target: CollectionRef, document: Document): Promise<unknown> {
    this.#refuse(document);
    return this.deps.run(ctx, async () => (await this.deps.collectionOf(target).insertOne(document, writeOptions(ctx))).insertedId);
  }

  insertMany(ctx: OperationContext, target: CollectionRef, documents: readonly Document[], ordered: boolean): Promise<unknown[]> {
    this.#refuse(documents);
    return this.deps.run(ctx, async () => {
      try {
        const result = await this.deps.collectionOf(target).insertMany([...documents], { ordered, ...writeOptions(ctx) });
        return documents.map((_doc, i) => result.insertedIds[i]);
      } catch (err) {
        throw err instanceof MongoBulkWriteError ? partialInsert(err, this.deps.backend) : err;
      }
    });
  }

  findOne(ctx: OperationContext, call: MongoFindCall): Promise<Document | undefined> {
    this.#refuse(call.filter);
    return this.deps.run(ctx, async () => {
      const doc = await this.deps.collectionOf(call.target).findOne(call.filter, {
        ...documentReadOptions(ctx),
        projection: call.projection,
        sort: call.sort,
        skip: call.skip,
        hint: call.hint,
        collation: call.collation as never,
      });
      return doc ?? undefined;
    });
  }

  find(ctx: OperationContext, call: MongoFindPageCall): Promise<{ documents: Document[]; nextPageToken: string }> {
    this.#refuse(call.filter, call.sort, call.projection, call.hint);
    const text = (doc: Document | undefined) => (doc ? BSON.EJSON.stringify(doc, { relaxed: false }) : "");
    const fingerprint = pageFingerprint({
      operation: "mongodb.find",
      namespace: call.target.namespace,
      collection: call.target.collection,
      fields: [text(call.filter), text(call.sort), text(call.projection), text(call.hint), text(call.collation), String(call.skip), String(call.limit)],
    });
    const sort = call.sort ? Object.entries(call.sort).map(([field, direction]) => [field, direction as 1 | -1] as const) : [];
    return this.deps.run(ctx, () =>
      findPage(
        ctx,
        this.deps.collectionOf(call.target),
        { filter: call.filter, sort, projection: call.projection, hint: call.hint, collation: call.collation, skip: BigInt(call.skip), limit: BigInt(call.limit) },
        { size: call.pageSize, token: call.pageToken, fingerprint },
      ),
    );
  }

  findStream(ctx: OperationContext, call: MongoFindCall & MongoStreamCall): AsyncIterable<Document[]> {
    this.#refuse(call.filter);
    const cursor = this.deps.collectionOf(call.target).find(call.filter, {
      ...documentReadOptions(ctx),
      projection: call.projection,
      sort: call.sort,
      skip: call.skip,
      limit: call.limit,
      hint: call.hint,
      collation: call.collation as never,
      batchSize: call.batchSize,
    });
    return this.deps.stream(ctx, cursorBatches(cursor, call.batchSize, call.maxBatchBytes, (doc) => doc));
  }

  countDocuments(ctx: OperationContext, call: Pick<MongoFindCall, "target" | "filter" | "skip" | "limit">): Promise<bigint> {
    this.#refuse(call.filter);
    const options = { ...readOptions(ctx), ...(call.skip > 0 ? { skip: call.skip } : {}), ...(call.limit > 0 ? { limit: call.limit } : {}) };
    return this.deps.run(ctx, async () => BigInt(await this.deps.collectionOf(call.target).countDocuments(call.filter, options)));
  }

  estimatedDocumentCount(ctx: OperationContext, target: CollectionRef): Promise<bigint> {
    return this.deps.run(ctx, async () => BigInt(await this.deps.collectionOf(target).estimatedDocumentCount(readOptions(ctx))));
  }

  distinct(ctx: OperationContext, call: { target: CollectionRef; key: string; filter: Document; collation: Document | undefined }): Promise<unknown[]> {
    this.#refuse(call.filter);
    return this.deps.run(ctx, () =>
      this.deps.collectionOf(call.target).distinct(call.key, call.filter, { ...documentReadOptions(ctx), collation: call.collation as never }),
    );
  }

  findOneAndUpdate(ctx: OperationContext, call: MongoFindAndUpdateCall): Promise<Document | undefined> {
    this.#refuse(call.filter, call.update, call.arrayFilters);
    return this.deps.run(ctx, async () => {
      const doc = await this.deps.collectionOf(call.target).findOneAndUpdate(call.filter, call.update as Document, {
        ...this.#modifyOptions(ctx, call),
        upsert: call.upsert,
        returnDocument: call.returnAfter ? "after" : "before",
        arrayFilters: call.arrayFilters.length > 0 ? [...call.arrayFilters] : undefined,
      });
      return doc ?? undefined;
    });
  }

  findOneAndReplace(ctx: OperationContext, call: MongoFindAndReplaceCall): Promise<Document | undefined> {
    this.#refuse(call.filter, call.replacement);
    return this.deps.run(ctx, async () => {
      const doc = await this.deps.collectionOf(call.target).findOneAndReplace(call.filter, call.replacement, {
        ...this.#modifyOptions(ctx, call),
        upsert: call.upsert,
        returnDocument: call.returnAfter ? "after" : "before",
      });
      return doc ?? undefined;
    });
  }

  findOneAndDelete(ctx: OperationContext, call: MongoFindAndModifyCall): Promise<Document | undefined> {
    this.#refuse(call.filter);
    return this.deps.run(ctx, async () => (await this.deps.collectionOf(call.target).findOneAndDelete(call.filter, this.#modifyOptions(ctx, call))) ?? undefined);
  }

  updateOne(ctx: OperationContext, call: MongoUpdateCall): Promise<MongoUpdateResult> {
    this.#refuse(call.filter, call.update, call.arrayFilters);
    return this.deps.run(ctx, async () => updateResult(await this.deps.collectionOf(call.target).updateOne(call.filter, call.update as Document, this.#updateOptions(ctx, call))));
  }

  updateMany(ctx: OperationContext, call: MongoUpdateCall): Promise<MongoUpdateResult> {
    this.#refuse(call.filter, call.update, call.arrayFilters);
    return this.deps.run(ctx, async () => updateResult(await this.deps.collectionOf(call.target).updateMany(call.filter, call.update as Document, this.#updateOptions(ctx, call))));
  }

  replaceOne(ctx: OperationContext, call: MongoReplaceCall): Promise<MongoUpdateResult> {
    this.#refuse(call.filter, call.replacement);
    return this.deps.run(ctx, async () =>
      updateResult(
        await this.deps.collectionOf(call.target).replaceOne(call.filter, call.replacement, {
          upsert: call.upsert,
          hint: call.hint,
          collation: call.collation as never,
          ...writeOptions(ctx),
        }),
      ),
    );
  }

  deleteOne(ctx: OperationContext, call: MongoDeleteCall): Promise<bigint> {
    this.#refuse(call.filter);
    return this.deps.run(ctx, async () => BigInt((await this.deps.collectionOf(call.target).deleteOne(call.filter, this.#deleteOptions(ctx, call))).deletedCount));
  }

  deleteMany(ctx: OperationContext, call: MongoDeleteCall): Promise<bigint> {
    this.#refuse(call.filter);
    return this.deps.run(ctx, async () => BigInt((await this.deps.collectionOf(call.target).deleteMany(call.filter, this.#deleteOptions(ctx, call))).deletedCount));
  }

  bulkWrite(ctx: OperationContext, target: CollectionRef, operations: readonly MongoBulkOperation[], ordered: boolean): Promise<MongoBulkResult> {
    this.#refuse(operations);
    return this.deps.run(ctx, async () => {
      try {
        return bulkResult(await this.deps.collectionOf(target).bulkWrite(operations.map(driverOperation), { ordered, ...writeOptions(ctx) }), [], operations.length, ordered);
      } catch (err) {
        if (!(err instanceof MongoBulkWriteError)) throw err;
        const errors = Array.isArray(err.writeErrors) ? err.writeErrors : [err.writeErrors];
        return bulkResult(err.result, errors.map((e) => ({ index: e.index, code: e.code, message: e.errmsg ?? "" })), operations.length, ordered);
      }
    });
  }

  /**
   * Pages by name: MongoDB lists collections in no promised order, so the
   * matching descriptions are read (a database holds thousands at most),
   * sorted, and answered after the token's name.
   */
  listCollections(ctx: OperationContext, namespace: string, filter: Document, pageSize: number, pageToken: string): Promise<{ collections: Document[]; nextPageToken: string }> {
    this.#refuse(filter);
    const fingerprint = pageFingerprint({ operation: "mongodb.listCollections", namespace, collection: "", fields: [BSON.EJSON.stringify(filter, { relaxed: false })] });
    const after = pageToken ? decodePageToken(pageToken, fingerprint).position : undefined;
    const last = after && "after" in after && after.after[0]?.kind.case === "stringValue" ? after.after[0].kind.value : undefined;
    return this.deps.run(ctx, async () => {
      const all = await this.deps.databaseOf(namespace).listCollections(filter, { ...readOptions(ctx), ...EXACT_BSON }).toArray();
      const sorted = all.filter((c) => last === undefined || String(c.name) > last).sort((a, b) => (String(a.name) < String(b.name) ? -1 : 1));
      const collections = sorted.slice(0, pageSize);
      if (sorted.length <= pageSize) return { collections, nextPageToken: "" };
      const name = String(collections[collections.length - 1].name);
      return { collections, nextPageToken: encodePageToken(fingerprint, { position: { after: [fromBson(name)] }, answered: 0n }) };
    });
  }

  createCollection(ctx: OperationContext, target: CollectionRef, options: Document): Promise<void> {
    this.#refuse(options);
    return this.deps.run(ctx, async () => {
      await this.deps.databaseOf(target.namespace).createCollection(target.collection, { ...options, ...writeOptions(ctx) });
    });
  }

  dropCollection(ctx: OperationContext, target: CollectionRef): Promise<boolean> {
    return this.deps.run(ctx, async () => {
      const db = this.deps.databaseOf(target.namespace);
      const existed = (await db.listCollections({ name: target.collection }, { nameOnly: true, ...readOptions(ctx) }).toArray()).length > 0;
      if (existed) await db.dropCollection(target.collection, writeOptions(ctx));
      return existed;
    });
  }

  renameCollection(ctx: OperationContext, target: CollectionRef, newName: string, dropTarget: boolean): Promise<void> {
    checkCollectionName(newName, "new_name");
    return this.deps.run(ctx, async () => {
      await this.deps.collectionOf(target).rename(newName, { dropTarget, ...writeOptions(ctx) });
    });
  }

  collectionStats(ctx: OperationContext, target: CollectionRef): Promise<Document> {
    return this.deps.run(ctx, () => this.deps.databaseOf(target.namespace).command({ collStats: target.collection }, { ...readOptions(ctx), ...EXACT_BSON }));
  }

  createIndexes(ctx: OperationContext, target: CollectionRef, indexes: readonly { keys: Document; options: Document }[]): Promise<string[]> {
    this.#refuse(indexes);
    return this.deps.run(ctx, () => this.deps.collectionOf(target).createIndexes(indexes.map((index) => ({ ...index.options, key: index.keys })), writeOptions(ctx)));
  }

  listIndexes(ctx: OperationContext, target: CollectionRef): Promise<Document[]> {
    return this.deps.run(ctx, () => this.deps.collectionOf(target).listIndexes({ ...readOptions(ctx), ...EXACT_BSON }).toArray());
  }

  dropIndex(ctx: OperationContext, target: CollectionRef, name: string): Promise<void> {
    return this.deps.run(ctx, async () => {
      await this.deps.collectionOf(target).dropIndex(name, writeOptions(ctx));
    });
  }

  aggregate(ctx: OperationContext, call: MongoAggregateCall, maxDocuments: number): Promise<Document[]> {
    this.#refuse(call.pipeline);
    return this.deps.run(ctx, async () => {
      const cursor = this.#aggregateCursor(ctx, call, maxDocuments + 1);
      try {
        const documents: Document[] = [];
        for await (const doc of cursor) {
          documents.push(doc);
          if (documents.length > maxDocuments) break;
        }
        return documents;
      } finally {
        await cursor.close();
      }
    });
  }

  aggregateStream(ctx: OperationContext, call: MongoAggregateCall & MongoStreamCall): AsyncIterable<Document[]> {
    this.#refuse(call.pipeline);
    return this.deps.stream(ctx, cursorBatches(this.#aggregateCursor(ctx, call, call.batchSize), call.batchSize, call.maxBatchBytes, (doc) => doc));
  }

  /** A collection's aggregation, or the database's when the target names no collection. */
  #aggregateCursor(ctx: OperationContext, call: MongoAggregateCall, batchSize: number) {
    const options = { ...documentReadOptions(ctx), allowDiskUse: call.allowDiskUse || undefined, hint: call.hint, collation: call.collation as never, batchSize };
    const pipeline = [...call.pipeline];
    return call.target.collection
      ? this.deps.collectionOf(call.target).aggregate(pipeline, options)
      : this.deps.databaseOf(call.target.namespace).aggregate(pipeline, options);
  }

  #updateOptions(ctx: OperationContext, call: MongoUpdateCall) {
    return {
      upsert: call.upsert,
      arrayFilters: call.arrayFilters.length > 0 ? [...call.arrayFilters] : undefined,
      hint: call.hint,
      collation: call.collation as never,
      ...writeOptions(ctx),
    };
  }

  /** A find-and-modify's options; the document it answers keeps every BSON type. */
  #modifyOptions(ctx: OperationContext, call: MongoFindAndModifyCall) {
    return { ...EXACT_BSON, projection: call.projection, sort: call.sort, hint: call.hint, collation: call.collation as never, ...writeOptions(ctx) };
  }

  #deleteOptions(ctx: OperationContext, call: MongoDeleteCall) {
    return { hint: call.hint, collation: call.collation as never, ...writeOptions(ctx) };
  }

  #refuse(...documents: unknown[]): void {
    this.deps.refuse(documents);
  }
}

function updateResult(result: { matchedCount: number; modifiedCount: number; upsertedId: unknown }): MongoUpdateResult {
  return {
    matchedCount: BigInt(result.matchedCount),
    modifiedCount: BigInt(result.modifiedCount),
    ...(result.upsertedId !== null && result.upsertedId !== undefined ? { upsertedId: result.upsertedId } : {}),
  };
}

/**
 * An InsertMany that failed part-way: the first write error's code (an
 * `_id` taken is ALREADY_EXISTS), saying how many documents went in and
 * where it failed, so that nothing inserted passes unsaid.
 */
function partialInsert(err: MongoBulkWriteError, backend: string) {
  const errors = Array.isArray(err.writeErrors) ? err.writeErrors : [err.writeErrors];
  const first = errors[0];
  const inserted = err.insertedCount;
  const metadata = { backend, inserted_count: String(inserted), failed_index: String(first?.index ?? 0), native_code: String(first?.code ?? err.code ?? "") };
  const message = `documents[${first?.index ?? 0}]: ${first?.errmsg ?? err.message} (${inserted} of the documents were inserted)`;
  return dbxError(first?.code === 11000 ? ErrorReason.ALREADY_EXISTS : ErrorReason.STATEMENT_FAILED, message, metadata, err);
}

/** A bulk operation as the driver takes it. */
function driverOperation(op: MongoBulkOperation): AnyBulkWriteOperation {
  const index = { hint: op.kind === "insertOne" ? undefined : op.hint, collation: op.kind === "insertOne" ? undefined : (op.collation as never) };
  switch (op.kind) {
    case "insertOne":
      return { insertOne: { document: op.document } };
    case "updateOne":
    case "updateMany": {
      const update = { filter: op.filter, update: op.update as Document, upsert: op.upsert, arrayFilters: op.arrayFilters.length > 0 ? [...op.arrayFilters] : undefined, ...index };
      return op.kind === "updateOne" ? { updateOne: update } : { updateMany: update };
    }
    case "replaceOne":
      return { replaceOne: { filter: op.filter, replacement: op.replacement, upsert: op.upsert, ...index } };
    case "deleteOne":
      return { deleteOne: { filter: op.filter, ...index } };
    case "deleteMany":
      return { deleteMany: { filter: op.filter, ...index } };
  }
}

/**
 * Each operation's outcome from the driver's result and write errors: an
 * operation with an error failed; after the first failure of an ordered
 * bulk write the rest did not run; every other one succeeded.
 */
function bulkResult(result: BulkWriteResult, errors: readonly { index: number; code: number; message: string }[], count: number, ordered: boolean): MongoBulkResult {
  const failed = new Map(errors.map((e) => [e.index, e]));
  const firstFailure = errors.length > 0 ? Math.min(...errors.map((e) => e.index)) : Infinity;
  const outcomes: MongoBulkOutcome[] = [];
  for (let i = 0; i < count; i++) {
    const error = failed.get(i);
    if (error) outcomes.push({ status: "failed", code: error.code, message: error.message });
    else if (ordered && i > firstFailure) outcomes.push({ status: "skipped" });
    else outcomes.push({ status: "succeeded", insertedId: result.insertedIds[i], upsertedId: result.upsertedIds[i] });
  }
  return {
    insertedCount: BigInt(result.insertedCount),
    matchedCount: BigInt(result.matchedCount),
    modifiedCount: BigInt(result.modifiedCount),
    deletedCount: BigInt(result.deletedCount),
    upsertedCount: BigInt(result.upsertedCount),
    outcomes,
  };
}
