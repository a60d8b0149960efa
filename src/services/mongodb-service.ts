import { create } from "@bufbuild/protobuf";
import type { ConnectError, HandlerContext, ServiceImpl } from "@connectrpc/connect";
import type { Document } from "mongodb";
import {
  BulkOperationStatus,
  BulkWriteResponseSchema,
  FullDocument,
  FullDocumentBeforeChange,
  MongoService,
  ReturnDocument,
  type BsonDocument,
  type BulkWriteOperation,
  type BulkWriteResponse,
  type DocumentEncoding,
} from "../../gen/ts/dbx/mongodb/v1/mongodb_pb.js";
import { ErrorReason } from "../../gen/ts/dbx/v1/errors_pb.js";
import type { Target } from "../../gen/ts/dbx/v1/target_pb.js";
import type { MongoBulkOperation, MongoBulkResult, MongoFindCall, MongoIndexOptions, MongoUpdateResult, MongoWatchCall } from "../backends/facets/mongodb.js";
import { dbxError, invalidField } from "../errors/dbx-error.js";
import { tooManyRows } from "../limits/too-many-rows.js";
import { decodeDocument, encodeDocument, idDocument, optionalDocument } from "./bson-documents.js";
import type { CollectionRule, ResolvedFacetCall } from "./call-resolver.js";
import { pageSize } from "./page-size.js";
import type { ServiceDeps } from "./service-deps.js";

const AGGREGATE_STREAM = `${MongoService.typeName}/${MongoService.method.aggregateStream.name}`;
/** GridFS's default bucket; a chunk is one document, below MongoDB's 16 MiB. */
const DEFAULT_BUCKET = "fs";
const MAX_CHUNK_BYTES = 15 * 1024 * 1024;
/** MongoDB's names of the change stream options. */
const FULL_DOCUMENT: Record<FullDocument, MongoWatchCall["fullDocument"]> = {
  [FullDocument.UNSPECIFIED]: undefined,
  [FullDocument.UPDATE_LOOKUP]: "updateLookup",
  [FullDocument.WHEN_AVAILABLE]: "whenAvailable",
  [FullDocument.REQUIRED]: "required",
};
const FULL_DOCUMENT_BEFORE_CHANGE: Record<FullDocumentBeforeChange, MongoWatchCall["fullDocumentBeforeChange"]> = {
  [FullDocumentBeforeChange.UNSPECIFIED]: undefined,
  [FullDocumentBeforeChange.WHEN_AVAILABLE]: "whenAvailable",
  [FullDocumentBeforeChange.REQUIRED]: "required",
};
/** MongoDB's own limit on the writes of one batch (maxWriteBatchSize). */
const MAX_BULK_OPERATIONS = 100_000;

/**
 * dbx.mongodb.v1.MongoService: MongoDB's own API, documents in BSON or
 * Extended JSON decoded here (bson-documents.ts) and answered in the
 * encoding each request asks for. Counts, skips and limits are checked
 * here; MongoDB checks filters, updates and pipelines itself, and the facet
 * refuses server-side JavaScript unless allowed. Other kinds of backend
 * answer FAILED_PRECONDITION naming their kind.
 */
export function createMongodbService(deps: ServiceDeps): ServiceImpl<typeof MongoService> {
  const resolve = (target: Target | undefined, handler: HandlerContext, collection: CollectionRule = "required"): ResolvedFacetCall<"mongodb"> =>
    deps.resolver.facet(target, handler, "mongodb", MongoService, { collection });
  /** A GridFS call: the bucket is the target's collection, `fs` when empty. */
  const resolveBucket = (target: Target | undefined, handler: HandlerContext) => {
    // Read field by field: the resolved call's context is built when first read.
    const { facet, ctx, target: resolved } = resolve(target, handler, "optional");
    return { facet, ctx, target: { ...resolved, collection: resolved.collection || DEFAULT_BUCKET } };
  };
  const maxRows = deps.limits.maxRowsPerResponse;
  const maxBatchBytes = deps.limits.maxResponseBytes;

  return {
    async insertOne(req, handler) {
      const { facet, ctx, target } = resolve(req.target, handler);
      const id = await facet.insertOne(ctx, target, decodeDocument(req.document, "document"));
      return { insertedId: idDocument(id, req.encoding) };
    },

    async insertMany(req, handler) {
      const { facet, ctx, target } = resolve(req.target, handler);
      if (req.documents.length === 0) throw invalidField("documents", "at least one document is required");
      const documents = req.documents.map((d, i) => decodeDocument(d, `documents[${i}]`));
      const ids = await facet.insertMany(ctx, target, documents, !req.unordered);
      return { insertedIds: ids.map((id) => idDocument(id, req.encoding)) };
    },

    async findOne(req, handler) {
      const { facet, ctx, target } = resolve(req.target, handler);
      const document = await facet.findOne(ctx, { target, ...findOf({ ...req, limit: 0n }) });
      return { document: document && encodeDocument(document, req.encoding) };
    },

    async find(req, handler) {
      const { facet, ctx, target } = resolve(req.target, handler);
      const page = await facet.find(ctx, {
        target,
        ...findOf(req),
        pageSize: pageSize(req.pageSize, "page_size", maxRows),
        pageToken: req.pageToken,
      });
      return { documents: page.documents.map((d) => encodeDocument(d, req.encoding)), nextPageToken: page.nextPageToken };
    },

    async *findStream(req, handler) {
      const { facet, ctx, target } = resolve(req.target, handler);
      const batches = facet.findStream(ctx, {
        target,
        ...findOf(req),
        batchSize: pageSize(req.batchSize, "batch_size", maxRows, 500),
        maxBatchBytes,
      });
      for await (const batch of batches) yield { documents: batch.map((d) => encodeDocument(d, req.encoding)) };
    },

    async countDocuments(req, handler) {
      const { facet, ctx, target } = resolve(req.target, handler);
      const filter = optionalDocument(req.filter, "filter") ?? {};
      return { count: await facet.countDocuments(ctx, { target, filter, skip: count(req.skip, "skip"), limit: count(req.limit, "limit") }) };
    },

    async estimatedDocumentCount(req, handler) {
      const { facet, ctx, target } = resolve(req.target, handler);
      return { count: await facet.estimatedDocumentCount(ctx, target) };
    },

    async distinct(req, handler) {
      const { facet, ctx, target } = resolve(req.target, handler);
      if (!req.key) throw invalidField("key", "the field whose values to answer is required");
      const values = await facet.distinct(ctx, { target, key: req.key, filter: optionalDocument(req.filter, "filter") ?? {}, collation: optionalDocument(req.collation, "collation") });
      return { values: encodeDocument({ values }, req.encoding) };
    },

    async findOneAndUpdate(req, handler) {
      const { facet, ctx, target } = resolve(req.target, handler);
      const document = await facet.findOneAndUpdate(ctx, {
        target,
        ...updateOf(req),
        projection: optionalDocument(req.projection, "projection"),
        sort: optionalDocument(req.sort, "sort"),
        returnAfter: req.returnDocument === ReturnDocument.AFTER,
        ...indexOptions(req),
      });
      return { document: document && encodeDocument(document, req.encoding) };
    },

    async findOneAndReplace(req, handler) {
      const { facet, ctx, target } = resolve(req.target, handler);
      const document = await facet.findOneAndReplace(ctx, {
        target,
        filter: decodeDocument(req.filter, "filter"),
        replacement: replacementOf(req.replacement),
        projection: optionalDocument(req.projection, "projection"),
        sort: optionalDocument(req.sort, "sort"),
        upsert: req.upsert,
        returnAfter: req.returnDocument === ReturnDocument.AFTER,
        ...indexOptions(req),
      });
      return { document: document && encodeDocument(document, req.encoding) };
    },

    async findOneAndDelete(req, handler) {
      const { facet, ctx, target } = resolve(req.target, handler);
      const document = await facet.findOneAndDelete(ctx, {
        target,
        filter: decodeDocument(req.filter, "filter"),
        projection: optionalDocument(req.projection, "projection"),
        sort: optionalDocument(req.sort, "sort"),
        ...indexOptions(req),
      });
      return { document: document && encodeDocument(document, req.encoding) };
    },

    async updateOne(req, handler) {
      const { facet, ctx, target } = resolve(req.target, handler);
      return updateResponse(await facet.updateOne(ctx, { target, ...updateOf(req), ...indexOptions(req) }), req.encoding);
    },

    async updateMany(req, handler) {
      const { facet, ctx, target } = resolve(req.target, handler);
      return updateResponse(await facet.updateMany(ctx, { target, ...updateOf(req), ...indexOptions(req) }), req.encoding);
    },

    async replaceOne(req, handler) {
      const { facet, ctx, target } = resolve(req.target, handler);
      const result = await facet.replaceOne(ctx, {
        target,
        filter: decodeDocument(req.filter, "filter"),
        replacement: replacementOf(req.replacement),
        upsert: req.upsert,
        ...indexOptions(req),
      });
      return updateResponse(result, req.encoding);
    },

    async deleteOne(req, handler) {
      const { facet, ctx, target } = resolve(req.target, handler);
      return { deletedCount: await facet.deleteOne(ctx, { target, filter: decodeDocument(req.filter, "filter"), ...indexOptions(req) }) };
    },

    async deleteMany(req, handler) {
      const { facet, ctx, target } = resolve(req.target, handler);
      return { deletedCount: await facet.deleteMany(ctx, { target, filter: decodeDocument(req.filter, "filter"), ...indexOptions(req) }) };
    },

    async bulkWrite(req, handler) {
      const { facet, ctx, target, backend } = resolve(req.target, handler);
      if (req.operations.length === 0) throw invalidField("operations", "at least one operation is required");
      if (req.operations.length > MAX_BULK_OPERATIONS) throw invalidField("operations", `at most ${MAX_BULK_OPERATIONS} operations per bulk write`);
      const operations = req.operations.map((op, i) => bulkOperation(op, `operations[${i}]`));
      const result = await facet.bulkWrite(ctx, target, operations, !req.unordered);
      const response = bulkWriteResponse(result, req.encoding);
      const failedAt = result.outcomes.findIndex((o) => o.status === "failed");
      if (failedAt >= 0) throw bulkWriteFailure(response, failedAt, backend.name);
      return response;
    },

    async listCollections(req, handler) {
      const { facet, ctx, target } = resolve(req.target, handler, "forbidden");
      const page = await facet.listCollections(ctx, target.namespace, optionalDocument(req.filter, "filter") ?? {}, pageSize(req.pageSize, "page_size", maxRows), req.pageToken);
      return { collections: page.collections.map((c) => encodeDocument(c, req.encoding)), nextPageToken: page.nextPageToken };
    },

    async createCollection(req, handler) {
      const { facet, ctx, target } = resolve(req.target, handler);
      await facet.createCollection(ctx, target, optionalDocument(req.options, "options") ?? {});
      return {};
    },

    async dropCollection(req, handler) {
      const { facet, ctx, target } = resolve(req.target, handler);
      return { dropped: await facet.dropCollection(ctx, target) };
    },

    async renameCollection(req, handler) {
      const { facet, ctx, target } = resolve(req.target, handler);
      if (!req.newName) throw invalidField("new_name", "the new name is required");
      await facet.renameCollection(ctx, target, req.newName, req.dropTarget);
      return {};
    },

    async getCollectionStats(req, handler) {
      const { facet, ctx, target } = resolve(req.target, handler);
      return { stats: encodeDocument(await facet.collectionStats(ctx, target), req.encoding) };
    },

    async createIndexes(req, handler) {
      const { facet, ctx, target } = resolve(req.target, handler);
      if (req.indexes.length === 0) throw invalidField("indexes", "at least one index is required");
      const indexes = req.indexes.map((index, i) => ({
        keys: decodeDocument(index.keys, `indexes[${i}].keys`),
        options: optionalDocument(index.options, `indexes[${i}].options`) ?? {},
      }));
      return { names: await facet.createIndexes(ctx, target, indexes) };
    },

    async listIndexes(req, handler) {
      const { facet, ctx, target } = resolve(req.target, handler);
      return { indexes: (await facet.listIndexes(ctx, target)).map((index) => encodeDocument(index, req.encoding)) };
    },

    async dropIndex(req, handler) {
      const { facet, ctx, target } = resolve(req.target, handler);
      if (!req.name) throw invalidField("name", "the index's name is required");
      await facet.dropIndex(ctx, target, req.name);
      return {};
    },

    async *watchChanges(req, handler) {
      const { facet, ctx, target } = resolve(req.target, handler, "optional");
      if (req.resumeAfter && req.startAfter) throw invalidField("start_after", "resume_after and start_after cannot both be set");
      const changes = facet.watchChanges(ctx, {
        target,
        pipeline: req.pipeline.map((stage, i) => decodeDocument(stage, `pipeline[${i}]`)),
        fullDocument: FULL_DOCUMENT[req.fullDocument],
        fullDocumentBeforeChange: FULL_DOCUMENT_BEFORE_CHANGE[req.fullDocumentBeforeChange],
        resumeAfter: req.resumeAfter || undefined,
        startAfter: req.startAfter || undefined,
      });
      for await (const event of changes) {
        yield event.type === "ready"
          ? { event: { case: "ready", value: {} } }
          : { event: { case: "change", value: encodeDocument(event.change, req.encoding) }, resumeToken: event.resumeToken };
      }
    },

    async startFileUpload(req, handler) {
      const { facet, ctx, target } = resolveBucket(req.target, handler);
      if (req.chunkSizeBytes < 0 || req.chunkSizeBytes > MAX_CHUNK_BYTES) throw invalidField("chunk_size_bytes", `must be 0 (the default) to ${MAX_CHUNK_BYTES}`);
      const metadata = optionalDocument(req.metadata, "metadata");
      return facet.startFileUpload(ctx, target, req.filename, metadata, req.chunkSizeBytes).then((u) => ({ uploadId: u.uploadId, chunkSizeBytes: u.chunkSize }));
    },

    async uploadFileChunk(req, handler) {
      const { facet, ctx, target } = resolveBucket(req.target, handler);
      const offset = count(req.offset, "offset");
      return { offset: BigInt(await facet.uploadFileChunk(ctx, target, uploadIdOf(req.uploadId), offset, req.data)) };
    },

    async getFileUpload(req, handler) {
      const { facet, ctx, target } = resolveBucket(req.target, handler);
      const upload = await facet.getFileUpload(ctx, target, uploadIdOf(req.uploadId));
      return { offset: BigInt(upload.offset), filename: upload.filename };
    },

    async finishFileUpload(req, handler) {
      const { facet, ctx, target } = resolveBucket(req.target, handler);
      const id = await facet.finishFileUpload(ctx, target, uploadIdOf(req.uploadId), count(req.length, "length"));
      return { fileId: idDocument(id, req.encoding) };
    },

    async abortFileUpload(req, handler) {
      const { facet, ctx, target } = resolveBucket(req.target, handler);
      await facet.abortFileUpload(ctx, target, uploadIdOf(req.uploadId));
      return {};
    },

    async *downloadFile(req, handler) {
      const { facet, ctx, target } = resolveBucket(req.target, handler);
      const bytes = facet.downloadFile(ctx, target, fileIdOf(req.fileId), count(req.offset, "offset"), count(req.length, "length"));
      for await (const data of bytes) yield { data };
    },

    async getFile(req, handler) {
      const { facet, ctx, target } = resolveBucket(req.target, handler);
      const file = await facet.getFile(ctx, target, fileIdOf(req.fileId));
      return { file: file && encodeDocument(file, req.encoding) };
    },

    async listFiles(req, handler) {
      const { facet, ctx, target } = resolveBucket(req.target, handler);
      const page = await facet.listFiles(ctx, target, optionalDocument(req.filter, "filter") ?? {}, pageSize(req.pageSize, "page_size", maxRows), req.pageToken);
      return { files: page.documents.map((f) => encodeDocument(f, req.encoding)), nextPageToken: page.nextPageToken };
    },

    async deleteFile(req, handler) {
      const { facet, ctx, target } = resolveBucket(req.target, handler);
      return { deleted: await facet.deleteFile(ctx, target, fileIdOf(req.fileId)) };
    },

    async aggregate(req, handler) {
      const { facet, ctx, target } = resolve(req.target, handler, "optional");
      const pipeline = req.pipeline.map((stage, i) => decodeDocument(stage, `pipeline[${i}]`));
      const documents = await facet.aggregate(ctx, { target, pipeline, allowDiskUse: req.allowDiskUse, ...indexOptions(req) }, maxRows);
      if (documents.length > maxRows) {
        throw tooManyRows({ what: "the pipeline's documents", limit: maxRows, setting: "server.maxRowsPerResponse", use: AGGREGATE_STREAM });
      }
      return { documents: documents.map((d) => encodeDocument(d, req.encoding)) };
    },

    async *aggregateStream(req, handler) {
      const { facet, ctx, target } = resolve(req.target, handler, "optional");
      const pipeline = req.pipeline.map((stage, i) => decodeDocument(stage, `pipeline[${i}]`));
      const batches = facet.aggregateStream(ctx, {
        target,
        pipeline,
        allowDiskUse: req.allowDiskUse,
        ...indexOptions(req),
        batchSize: pageSize(req.batchSize, "batch_size", maxRows, 500),
        maxBatchBytes,
      });
      for await (const batch of batches) yield { documents: batch.map((d) => encodeDocument(d, req.encoding)) };
    },
  };
}

/** What FindOne, Find and FindStream read: filter (absent: every document), projection, sort, skip, limit, hint, collation. */
function findOf(req: {
  filter?: BsonDocument;
  projection?: BsonDocument;
  sort?: BsonDocument;
  skip: bigint;
  limit: bigint;
  hint?: BsonDocument;
  collation?: BsonDocument;
}): Omit<MongoFindCall, "target"> {
  return {
    filter: optionalDocument(req.filter, "filter") ?? {},
    projection: optionalDocument(req.projection, "projection"),
    sort: optionalDocument(req.sort, "sort"),
    skip: count(req.skip, "skip"),
    limit: count(req.limit, "limit"),
    ...indexOptions(req),
  };
}

/** The hint and collation most requests carry; `at` prefixes their request paths (a bulk operation's). */
function indexOptions(req: { hint?: BsonDocument; collation?: BsonDocument }, at = ""): MongoIndexOptions {
  return { hint: optionalDocument(req.hint, join(at, "hint")), collation: optionalDocument(req.collation, join(at, "collation")) };
}

/** A request path inside `at` ("" at the top). */
function join(at: string, field: string): string {
  return at ? `${at}.${field}` : field;
}

/** A skip or limit: not negative, and within what a JavaScript number holds exactly. */
function count(value: bigint, field: string): number {
  if (value < 0n) throw invalidField(field, "must not be negative");
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw invalidField(field, `must be at most ${Number.MAX_SAFE_INTEGER}`);
  return Number(value);
}

/** The filter and change of an update (UpdateOne, UpdateMany, FindOneAndUpdate, a bulk update); `at` prefixes the paths. */
function updateOf(
  req: {
    filter?: BsonDocument;
    change: { case: "update"; value: BsonDocument } | { case: "pipeline"; value: { stages: BsonDocument[] } } | { case: undefined; value?: undefined };
    upsert: boolean;
    arrayFilters: BsonDocument[];
  },
  at = "",
): { filter: Document; update: Document | Document[]; upsert: boolean; arrayFilters: Document[] } {
  const filter = decodeDocument(req.filter, join(at, "filter"));
  let update: Document | Document[];
  switch (req.change.case) {
    case "update":
      update = decodeDocument(req.change.value, join(at, "update"));
      if (Object.keys(update).length === 0) throw invalidField(join(at, "update"), "an update needs at least one operator ($set, $inc, ...)");
      break;
    case "pipeline":
      if (req.change.value.stages.length === 0) throw invalidField(join(at, "pipeline.stages"), "at least one stage is required");
      update = req.change.value.stages.map((stage, i) => decodeDocument(stage, join(at, `pipeline.stages[${i}]`)));
      break;
    default:
      throw invalidField(join(at, "update"), "an update (operators) or a pipeline is required");
  }
  return { filter, update, upsert: req.upsert, arrayFilters: req.arrayFilters.map((f, i) => decodeDocument(f, join(at, `array_filters[${i}]`))) };
}

/** A replacement document: no update operators (MongoDB would refuse them less clearly). */
function replacementOf(document: BsonDocument | undefined, field = "replacement"): Document {
  const replacement = decodeDocument(document, field);
  const operator = Object.keys(replacement).find((key) => key.startsWith("$"));
  if (operator) throw invalidField(field, `a replacement is a whole document; ${operator} is an update operator (use UpdateOne)`);
  return replacement;
}

function updateResponse(result: MongoUpdateResult, encoding: Parameters<typeof idDocument>[1]) {
  return {
    matchedCount: result.matchedCount,
    modifiedCount: result.modifiedCount,
    upsertedId: result.upsertedId === undefined ? undefined : idDocument(result.upsertedId, encoding),
  };
}

/** One operation of a bulk write, decoded; errors name its request path. */
function bulkOperation(op: BulkWriteOperation, at: string): MongoBulkOperation {
  const o = op.operation;
  switch (o.case) {
    case "insertOne":
      return { kind: "insertOne", document: decodeDocument(o.value.document, `${at}.insert_one.document`) };
    case "updateOne":
    case "updateMany": {
      const path = `${at}.${o.case === "updateOne" ? "update_one" : "update_many"}`;
      return { kind: o.case, ...updateOf(o.value, path), ...indexOptions(o.value, path) };
    }
    case "replaceOne":
      return {
        kind: "replaceOne",
        filter: decodeDocument(o.value.filter, `${at}.replace_one.filter`),
        replacement: replacementOf(o.value.replacement, `${at}.replace_one.replacement`),
        upsert: o.value.upsert,
        ...indexOptions(o.value, `${at}.replace_one`),
      };
    case "deleteOne":
    case "deleteMany": {
      const path = `${at}.${o.case === "deleteOne" ? "delete_one" : "delete_many"}`;
      return { kind: o.case, filter: decodeDocument(o.value.filter, `${path}.filter`), ...indexOptions(o.value, path) };
    }
    default:
      throw invalidField(at, "one of insert_one, update_one, update_many, replace_one, delete_one or delete_many is required");
  }
}

function bulkWriteResponse(result: MongoBulkResult, encoding: DocumentEncoding): BulkWriteResponse {
  const STATUS = { succeeded: BulkOperationStatus.SUCCEEDED, failed: BulkOperationStatus.FAILED, skipped: BulkOperationStatus.SKIPPED } as const;
  return create(BulkWriteResponseSchema, {
    insertedCount: result.insertedCount,
    matchedCount: result.matchedCount,
    modifiedCount: result.modifiedCount,
    deletedCount: result.deletedCount,
    upsertedCount: result.upsertedCount,
    results: result.outcomes.map((o) => ({
      status: STATUS[o.status],
      insertedId: o.status === "succeeded" && o.insertedId !== undefined ? idDocument(o.insertedId, encoding) : undefined,
      upsertedId: o.status === "succeeded" && o.upsertedId !== undefined ? idDocument(o.upsertedId, encoding) : undefined,
      errorCode: o.status === "failed" ? o.code : 0,
      errorMessage: o.status === "failed" ? o.message : "",
    })),
  });
}

/**
 * The error of a bulk write with a failed operation: the first failure's
 * code and message, how many operations were applied, and the whole
 * response (every operation's outcome) in the error's details.
 */
function bulkWriteFailure(response: BulkWriteResponse, failedAt: number, backend: string): ConnectError {
  const first = response.results[failedAt];
  const applied = response.results.filter((r) => r.status === BulkOperationStatus.SUCCEEDED).length;
  const failed = response.results.filter((r) => r.status === BulkOperationStatus.FAILED).length;
  const error = dbxError(
    first.errorCode === 11000 ? ErrorReason.ALREADY_EXISTS : ErrorReason.STATEMENT_FAILED,
    `operations[${failedAt}]: ${first.errorMessage} (${failed} of ${response.results.length} operations failed, ${applied} were applied; the details list each outcome)`,
    { backend, failed_index: String(failedAt), applied_count: String(applied), native_code: String(first.errorCode) },
  );
  error.details.push({ desc: BulkWriteResponseSchema, value: response });
  return error;
}

/** An upload id as StartFileUpload answers it: 24 hexadecimal digits (an ObjectId). */
function uploadIdOf(id: string): string {
  if (!/^[0-9a-f]{24}$/.test(id)) throw invalidField("upload_id", "not an upload id of this server (StartFileUpload answers one)");
  return id;
}

/** A file's `_id` from `{"_id": <id>}`. */
function fileIdOf(document: BsonDocument | undefined): unknown {
  const decoded = decodeDocument(document, "file_id");
  if (!("_id" in decoded)) throw invalidField("file_id", 'a document {"_id": <the file\'s id>} is required');
  return decoded._id;
}
