import type { HandlerContext, ServiceImpl } from "@connectrpc/connect";
import type { Document } from "mongodb";
import { MongoService, ReturnDocument, type BsonDocument } from "../../gen/ts/dbx/mongodb/v1/mongodb_pb.js";
import type { Target } from "../../gen/ts/dbx/v1/target_pb.js";
import type { MongoFindCall, MongoIndexOptions, MongoUpdateResult } from "../backends/facets/mongodb.js";
import { invalidField } from "../errors/dbx-error.js";
import { tooManyRows } from "../limits/too-many-rows.js";
import { decodeDocument, encodeDocument, idDocument, optionalDocument } from "./bson-documents.js";
import type { CollectionRule, ResolvedFacetCall } from "./call-resolver.js";
import { pageSize } from "./page-size.js";
import type { ServiceDeps } from "./service-deps.js";

const AGGREGATE_STREAM = `${MongoService.typeName}/${MongoService.method.aggregateStream.name}`;

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

/** The hint and collation most requests carry. */
function indexOptions(req: { hint?: BsonDocument; collation?: BsonDocument }): MongoIndexOptions {
  return { hint: optionalDocument(req.hint, "hint"), collation: optionalDocument(req.collation, "collation") };
}

/** A skip or limit: not negative, and within what a JavaScript number holds exactly. */
function count(value: bigint, field: string): number {
  if (value < 0n) throw invalidField(field, "must not be negative");
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw invalidField(field, `must be at most ${Number.MAX_SAFE_INTEGER}`);
  return Number(value);
}

/** The filter and change of UpdateOne and UpdateMany. */
function updateOf(req: {
  filter?: BsonDocument;
  change: { case: "update"; value: BsonDocument } | { case: "pipeline"; value: { stages: BsonDocument[] } } | { case: undefined; value?: undefined };
  upsert: boolean;
  arrayFilters: BsonDocument[];
}): { filter: Document; update: Document | Document[]; upsert: boolean; arrayFilters: Document[] } {
  const filter = decodeDocument(req.filter, "filter");
  let update: Document | Document[];
  switch (req.change.case) {
    case "update":
      update = decodeDocument(req.change.value, "update");
      if (Object.keys(update).length === 0) throw invalidField("update", "an update needs at least one operator ($set, $inc, ...)");
      break;
    case "pipeline":
      if (req.change.value.stages.length === 0) throw invalidField("pipeline.stages", "at least one stage is required");
      update = req.change.value.stages.map((stage, i) => decodeDocument(stage, `pipeline.stages[${i}]`));
      break;
    default:
      throw invalidField("update", "an update (operators) or a pipeline is required");
  }
  return { filter, update, upsert: req.upsert, arrayFilters: req.arrayFilters.map((f, i) => decodeDocument(f, `array_filters[${i}]`)) };
}

/** A replacement document: no update operators (MongoDB would refuse them less clearly). */
function replacementOf(document: BsonDocument | undefined): Document {
  const replacement = decodeDocument(document, "replacement");
  const operator = Object.keys(replacement).find((key) => key.startsWith("$"));
  if (operator) throw invalidField("replacement", `a replacement is a whole document; ${operator} is an update operator (use UpdateOne)`);
  return replacement;
}

function updateResponse(result: MongoUpdateResult, encoding: Parameters<typeof idDocument>[1]) {
  return {
    matchedCount: result.matchedCount,
    modifiedCount: result.modifiedCount,
    upsertedId: result.upsertedId === undefined ? undefined : idDocument(result.upsertedId, encoding),
  };
}
