import type { Collection, Document } from "mongodb";
import type { Query } from "../../../gen/ts/dbx/v1/query_pb.js";
import type { Item } from "../../../gen/ts/dbx/v1/value_pb.js";
import type { RecordPage } from "../backend.js";
import type { BatchGetCall, CountCall, FindCall, FindStreamCall, GetCall, KeyCall, ListCall } from "../backend-calls.js";
import type { OperationContext } from "../operation-context.js";
import { pageFingerprint } from "../page-fingerprint.js";
import { documentToRecord } from "./bson-values.js";
import { cursorBatches } from "./cursor-batches.js";
import { fieldPath } from "./field-path.js";
import { compileFilter } from "./filter-compiler.js";
import { documentReadOptions, pointReadOptions, readOptions } from "./operation-options.js";
import { findPage, sortWithId, type FindQuery } from "./find-page.js";
import { byId, idOf, idText } from "./record-id.js";

/** How the reads reach a collection: by the call's target, names checked. */
export type CollectionOf = (target: { namespace: string; collection: string }) => Collection;

/**
 * Reads of records: a document is a record, its `_id` the key (answered as
 * the `_id` field). Projections always keep `_id`. Pages in `_id` order page
 * by keyset (after the last `_id`); a custom sort pages by offset, with
 * `_id` breaking ties so that pages never overlap.
 */
export class MongoRecordReads {
  constructor(private readonly collectionOf: CollectionOf) {}

  async get(ctx: OperationContext, call: GetCall): Promise<Item | undefined> {
    const doc = await this.collectionOf(call.target).findOne(byId(idOf(call.key, "key")), { ...pointReadOptions(ctx), projection: projection(call.fields, "fields") });
    return doc ? documentToRecord(doc) : undefined;
  }

  async exists(ctx: OperationContext, call: KeyCall): Promise<boolean> {
    const doc = await this.collectionOf(call.target).findOne(byId(idOf(call.key, "key")), { ...pointReadOptions(ctx), projection: { _id: 1 } });
    return doc !== null;
  }

  /** One query for every key; answers in the keys' order. */
  async batchGet(ctx: OperationContext, call: BatchGetCall): Promise<(Item | undefined)[]> {
    const ids = call.keys.map((key, i) => idOf(key, `keys[${i}]`));
    const docs = await this.collectionOf(call.target)
      .find(byId({ $in: ids }), { ...pointReadOptions(ctx), projection: projection(call.fields, "fields") })
      .toArray();
    const found = new Map(docs.map((doc) => [idText(doc._id), doc]));
    return ids.map((id) => {
      const doc = found.get(idText(id));
      return doc ? documentToRecord(doc) : undefined;
    });
  }

  count(ctx: OperationContext, call: CountCall): Promise<bigint> {
    return this.collectionOf(call.target)
      .countDocuments(compileFilter(call.filter, "filter"), readOptions(ctx))
      .then(BigInt);
  }

  list(ctx: OperationContext, call: ListCall): Promise<RecordPage> {
    const fingerprint = pageFingerprint({ operation: "list", namespace: call.target.namespace, collection: call.target.collection, fields: call.fields });
    const query: FindQuery = { filter: {}, sort: [], projection: projection(call.fields, "fields"), skip: 0n, limit: 0n };
    return this.#page(ctx, call.target, query, call.pageSize, call.pageToken, fingerprint);
  }

  find(ctx: OperationContext, call: FindCall): Promise<RecordPage> {
    const { query } = call;
    const fingerprint = pageFingerprint({ operation: "find", namespace: call.target.namespace, collection: call.target.collection, query });
    const compiled: FindQuery = {
      filter: compileFilter(query.filter, "query.filter"),
      sort: sortOf(query.sort),
      projection: projection(query.fields, "query.fields"),
      skip: query.offset,
      limit: query.limit,
    };
    return this.#page(ctx, call.target, compiled, call.pageSize, call.pageToken, fingerprint);
  }

  /**
   * Every matching record, `batchSize` at a time, through one cursor: the
   * driver fetches the next batch only when this one is taken (backpressure),
   * and the cursor is closed however the stream ends.
   */
  findStream(ctx: OperationContext, call: FindStreamCall): AsyncIterable<Item[]> {
    const { query } = call;
    const cursor = this.collectionOf(call.target)
      .find(compileFilter(query.filter, "query.filter"), { ...documentReadOptions(ctx), projection: projection(query.fields, "query.fields"), sort: sortWithId(sortOf(query.sort)) })
      .skip(Number(query.offset))
      .batchSize(call.batchSize);
    if (query.limit > 0n) cursor.limit(Number(query.limit));
    return cursorBatches(cursor, call.batchSize, call.maxBatchBytes, documentToRecord);
  }

  async #page(
    ctx: OperationContext,
    target: { namespace: string; collection: string },
    query: FindQuery,
    pageSize: number,
    pageToken: string,
    fingerprint: string,
  ): Promise<RecordPage> {
    const { documents, nextPageToken } = await findPage(ctx, this.collectionOf(target), query, { size: pageSize, token: pageToken, fingerprint });
    return { records: documents.map(documentToRecord), nextPageToken };
  }
}
/** The universal sort as `[path, direction]` pairs (find-page.ts adds `_id` last). */
function sortOf(sort: Query["sort"]): [string, 1 | -1][] {
  return sort.map((s, i) => [fieldPath(s.field, `query.sort[${i}].field`), s.descending ? -1 : 1]);
}

/** Only these fields (and `_id`, the key); undefined: every field. */
function projection(fields: readonly string[], path: string): Document | undefined {
  if (fields.length === 0) return undefined;
  const spec: Document = { _id: 1 };
  fields.forEach((f, i) => (spec[fieldPath(f, `${path}[${i}]`)] = 1));
  return spec;
}

