import type { Document } from "mongodb";
import type { CollectionRef } from "../backend-calls.js";
import type { OperationContext } from "../operation-context.js";

// The calls of dbx.mongodb.v1.MongoService as the MongoDB adapter takes them:
// documents decoded from BSON or Extended JSON by the service (every BSON type
// kept as its own class), sizes and counts checked.

/** Options most reads and writes take; undefined: MongoDB's default. */
export interface MongoIndexOptions {
  readonly hint: Document | undefined;
  readonly collation: Document | undefined;
}

export interface MongoFindCall extends MongoIndexOptions {
  readonly target: CollectionRef;
  readonly filter: Document;
  readonly projection: Document | undefined;
  readonly sort: Document | undefined;
  readonly skip: number;
  /** 0: no limit. */
  readonly limit: number;
}

export interface MongoFindPageCall extends MongoFindCall {
  /** Documents in this page at most (resolved against the server's row limit). */
  readonly pageSize: number;
  readonly pageToken: string;
}

export interface MongoStreamCall {
  /** Documents per batch at most. */
  readonly batchSize: number;
  /** A batch ends after the document that takes it past this many BSON bytes. */
  readonly maxBatchBytes: number;
}

export interface MongoUpdateCall extends MongoIndexOptions {
  readonly target: CollectionRef;
  readonly filter: Document;
  /** Update operators, or the stages of an update pipeline. */
  readonly update: Document | readonly Document[];
  readonly upsert: boolean;
  readonly arrayFilters: readonly Document[];
}

export interface MongoReplaceCall extends MongoIndexOptions {
  readonly target: CollectionRef;
  readonly filter: Document;
  readonly replacement: Document;
  readonly upsert: boolean;
}

export interface MongoDeleteCall extends MongoIndexOptions {
  readonly target: CollectionRef;
  readonly filter: Document;
}

export interface MongoAggregateCall extends MongoIndexOptions {
  /** An empty collection: a database aggregation. */
  readonly target: CollectionRef;
  readonly pipeline: readonly Document[];
  readonly allowDiskUse: boolean;
}

/** A find-and-modify: which document (the first of filter and sort), what to answer of it. */
export interface MongoFindAndModifyCall extends MongoIndexOptions {
  readonly target: CollectionRef;
  readonly filter: Document;
  readonly projection: Document | undefined;
  readonly sort: Document | undefined;
}

export interface MongoFindAndUpdateCall extends MongoFindAndModifyCall {
  /** Update operators, or the stages of an update pipeline. */
  readonly update: Document | readonly Document[];
  readonly upsert: boolean;
  readonly arrayFilters: readonly Document[];
  /** Answer the document after the change rather than before. */
  readonly returnAfter: boolean;
}

export interface MongoFindAndReplaceCall extends MongoFindAndModifyCall {
  readonly replacement: Document;
  readonly upsert: boolean;
  readonly returnAfter: boolean;
}

/** One operation of a bulk write, decoded. */
export type MongoBulkOperation =
  | { readonly kind: "insertOne"; readonly document: Document }
  | ({ readonly kind: "updateOne" | "updateMany" } & Omit<MongoUpdateCall, "target">)
  | ({ readonly kind: "replaceOne" } & Omit<MongoReplaceCall, "target">)
  | ({ readonly kind: "deleteOne" | "deleteMany" } & Omit<MongoDeleteCall, "target">);

/** What became of one operation of a bulk write. */
export type MongoBulkOutcome =
  | { readonly status: "succeeded"; readonly insertedId?: unknown; readonly upsertedId?: unknown }
  | { readonly status: "failed"; readonly code: number; readonly message: string }
  | { readonly status: "skipped" };

/** What a bulk write did, operation by operation; failures are outcomes here, not thrown. */
export interface MongoBulkResult {
  readonly insertedCount: bigint;
  readonly matchedCount: bigint;
  readonly modifiedCount: bigint;
  readonly deletedCount: bigint;
  readonly upsertedCount: bigint;
  readonly outcomes: readonly MongoBulkOutcome[];
}

/** A change stream of MongoService.WatchChanges. */
export interface MongoWatchCall {
  /** An empty collection: the whole database. */
  readonly target: CollectionRef;
  readonly pipeline: readonly Document[];
  /** MongoDB's `fullDocument`, `fullDocumentBeforeChange`: undefined for its default. */
  readonly fullDocument: "updateLookup" | "whenAvailable" | "required" | undefined;
  readonly fullDocumentBeforeChange: "whenAvailable" | "required" | undefined;
  /** Resume tokens as a change's `resume_token` carried them. */
  readonly resumeAfter: string | undefined;
  readonly startAfter: string | undefined;
}

/** One message of a change stream: `ready` once it is open, then MongoDB's change events. */
export type MongoChange = { readonly type: "ready" } | { readonly type: "change"; readonly change: Document; readonly resumeToken: string };

/** What an update or replace did. */
export interface MongoUpdateResult {
  readonly matchedCount: bigint;
  readonly modifiedCount: bigint;
  /** The `_id` an upsert inserted. */
  readonly upsertedId?: unknown;
}

/** dbx.mongodb.v1.MongoService on a MongoDB backend. */
export interface MongoFacet {
  /** Answers the document's `_id`, given or generated. */
  insertOne(ctx: OperationContext, target: CollectionRef, document: Document): Promise<unknown>;
  /** Answers the `_id`s in order; a failure says how many were inserted. */
  insertMany(ctx: OperationContext, target: CollectionRef, documents: readonly Document[], ordered: boolean): Promise<unknown[]>;
  findOne(ctx: OperationContext, call: MongoFindCall): Promise<Document | undefined>;
  find(ctx: OperationContext, call: MongoFindPageCall): Promise<{ documents: Document[]; nextPageToken: string }>;
  findStream(ctx: OperationContext, call: MongoFindCall & MongoStreamCall): AsyncIterable<Document[]>;
  countDocuments(ctx: OperationContext, call: Pick<MongoFindCall, "target" | "filter" | "skip" | "limit">): Promise<bigint>;
  estimatedDocumentCount(ctx: OperationContext, target: CollectionRef): Promise<bigint>;
  /** The distinct values of `key` (a path) among the matching documents. */
  distinct(ctx: OperationContext, call: { target: CollectionRef; key: string; filter: Document; collation: Document | undefined }): Promise<unknown[]>;
  /** Each answers the document (before or after), undefined when none matched. */
  findOneAndUpdate(ctx: OperationContext, call: MongoFindAndUpdateCall): Promise<Document | undefined>;
  findOneAndReplace(ctx: OperationContext, call: MongoFindAndReplaceCall): Promise<Document | undefined>;
  findOneAndDelete(ctx: OperationContext, call: MongoFindAndModifyCall): Promise<Document | undefined>;
  updateOne(ctx: OperationContext, call: MongoUpdateCall): Promise<MongoUpdateResult>;
  updateMany(ctx: OperationContext, call: MongoUpdateCall): Promise<MongoUpdateResult>;
  replaceOne(ctx: OperationContext, call: MongoReplaceCall): Promise<MongoUpdateResult>;
  deleteOne(ctx: OperationContext, call: MongoDeleteCall): Promise<bigint>;
  deleteMany(ctx: OperationContext, call: MongoDeleteCall): Promise<bigint>;
  /** A page of the database's collection descriptions, by name. */
  listCollections(ctx: OperationContext, namespace: string, filter: Document, pageSize: number, pageToken: string): Promise<{ collections: Document[]; nextPageToken: string }>;
  createCollection(ctx: OperationContext, target: CollectionRef, options: Document): Promise<void>;
  /** Whether the collection existed. */
  dropCollection(ctx: OperationContext, target: CollectionRef): Promise<boolean>;
  renameCollection(ctx: OperationContext, target: CollectionRef, newName: string, dropTarget: boolean): Promise<void>;
  collectionStats(ctx: OperationContext, target: CollectionRef): Promise<Document>;
  /** Answers the indexes' names in order. */
  createIndexes(ctx: OperationContext, target: CollectionRef, indexes: readonly { keys: Document; options: Document }[]): Promise<string[]>;
  listIndexes(ctx: OperationContext, target: CollectionRef): Promise<Document[]>;
  dropIndex(ctx: OperationContext, target: CollectionRef, name: string): Promise<void>;
  /** Capability `stream.watch`: the collection's or database's change stream. */
  watchChanges(ctx: OperationContext, call: MongoWatchCall): AsyncIterable<MongoChange>;
  /** GridFS (gridfs.ts): `bucket.collection` is the bucket's name. */
  startFileUpload(ctx: OperationContext, bucket: CollectionRef, filename: string, metadata: Document | undefined, chunkSize: number): Promise<{ uploadId: string; chunkSize: number }>;
  /** Answers the bytes received so far. */
  uploadFileChunk(ctx: OperationContext, bucket: CollectionRef, uploadId: string, offset: number, data: Uint8Array): Promise<number>;
  getFileUpload(ctx: OperationContext, bucket: CollectionRef, uploadId: string): Promise<{ offset: number; filename: string }>;
  /** Answers the file's `_id`. */
  finishFileUpload(ctx: OperationContext, bucket: CollectionRef, uploadId: string, length: number): Promise<unknown>;
  abortFileUpload(ctx: OperationContext, bucket: CollectionRef, uploadId: string): Promise<void>;
  downloadFile(ctx: OperationContext, bucket: CollectionRef, fileId: unknown, offset: number, length: number): AsyncIterable<Uint8Array>;
  getFile(ctx: OperationContext, bucket: CollectionRef, fileId: unknown): Promise<Document | undefined>;
  listFiles(ctx: OperationContext, bucket: CollectionRef, filter: Document, pageSize: number, pageToken: string): Promise<{ documents: Document[]; nextPageToken: string }>;
  deleteFile(ctx: OperationContext, bucket: CollectionRef, fileId: unknown): Promise<boolean>;
  /** Runs the operations; a failed operation is in the result (the service decides what the call answers). */
  bulkWrite(ctx: OperationContext, target: CollectionRef, operations: readonly MongoBulkOperation[], ordered: boolean): Promise<MongoBulkResult>;
  /** Reads at most `maxDocuments` + 1 documents, so the caller can refuse an oversized answer without holding it. */
  aggregate(ctx: OperationContext, call: MongoAggregateCall, maxDocuments: number): Promise<Document[]>;
  aggregateStream(ctx: OperationContext, call: MongoAggregateCall & MongoStreamCall): AsyncIterable<Document[]>;
}
