import { BSON, type Collection, type Document, type FindCursor, type Sort } from "mongodb";
import type { Query } from "../../../gen/ts/dbx/v1/query_pb.js";
import type { Item } from "../../../gen/ts/dbx/v1/value_pb.js";
import type { RecordPage } from "../backend.js";
import type { BatchGetCall, CountCall, FindCall, FindStreamCall, GetCall, KeyCall, ListCall } from "../backend-calls.js";
import type { OperationContext } from "../operation-context.js";
import { pageFingerprint } from "../page-fingerprint.js";
import { decodePageToken, encodePageToken, type PagePosition } from "../page-token.js";
import { documentToRecord, toBson } from "./bson-values.js";
import { fieldPath } from "./field-path.js";
import { compileFilter } from "./filter-compiler.js";
import { documentReadOptions, readOptions } from "./operation-options.js";
import { byId, ID_FIELD, idOf, idText, keyOf } from "./record-id.js";

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
    const doc = await this.collectionOf(call.target).findOne(byId(idOf(call.key, "key")), { ...documentReadOptions(ctx), projection: projection(call.fields, "fields") });
    return doc ? documentToRecord(doc) : undefined;
  }

  async exists(ctx: OperationContext, call: KeyCall): Promise<boolean> {
    const doc = await this.collectionOf(call.target).findOne(byId(idOf(call.key, "key")), { ...readOptions(ctx), projection: { _id: 1 } });
    return doc !== null;
  }

  /** One query for every key; answers in the keys' order. */
  async batchGet(ctx: OperationContext, call: BatchGetCall): Promise<(Item | undefined)[]> {
    const ids = call.keys.map((key, i) => idOf(key, `keys[${i}]`));
    const docs = await this.collectionOf(call.target)
      .find(byId({ $in: ids }), { ...documentReadOptions(ctx), projection: projection(call.fields, "fields") })
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
    return this.#page(ctx, call.target, {}, [], projection(call.fields, "fields"), { offset: 0n, limit: 0n }, call.pageSize, call.pageToken, fingerprint);
  }

  find(ctx: OperationContext, call: FindCall): Promise<RecordPage> {
    const { query } = call;
    const fingerprint = pageFingerprint({ operation: "find", namespace: call.target.namespace, collection: call.target.collection, query });
    return this.#page(
      ctx,
      call.target,
      compileFilter(query.filter, "query.filter"),
      query.sort,
      projection(query.fields, "query.fields"),
      { offset: query.offset, limit: query.limit },
      call.pageSize,
      call.pageToken,
      fingerprint,
    );
  }

  /**
   * Every matching record, `batchSize` at a time, through one cursor: the
   * driver fetches the next batch only when this one is taken (backpressure),
   * and the cursor is closed however the stream ends.
   */
  async *findStream(ctx: OperationContext, call: FindStreamCall): AsyncIterable<Item[]> {
    const { query } = call;
    const cursor = this.#cursor(ctx, call.target, compileFilter(query.filter, "query.filter"), query.sort, projection(query.fields, "query.fields"))
      .skip(Number(query.offset))
      .batchSize(call.batchSize);
    if (query.limit > 0n) cursor.limit(Number(query.limit));
    try {
      let batch: Item[] = [];
      let bytes = 0;
      for await (const doc of cursor) {
        batch.push(documentToRecord(doc));
        bytes += BSON.calculateObjectSize(doc);
        if (batch.length >= call.batchSize || bytes > call.maxBatchBytes) {
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

  async #page(
    ctx: OperationContext,
    target: { namespace: string; collection: string },
    filter: Document,
    sort: Query["sort"],
    fields: Document | undefined,
    bounds: { offset: bigint; limit: bigint },
    pageSize: number,
    pageToken: string,
    fingerprint: string,
  ): Promise<RecordPage> {
    const token = pageToken ? decodePageToken(pageToken, fingerprint) : undefined;
    const answered = token?.answered ?? 0n;
    let size = BigInt(pageSize);
    if (bounds.limit > 0n) size = min(size, bounds.limit - answered);
    if (size <= 0n) return { records: [], nextPageToken: "" };
    const byId = sort.length === 0;
    let position: PagePosition = token?.position ?? (byId ? { after: [] } : { skip: bounds.offset });
    let query = filter;
    let skip = 0n;
    if ("after" in position) {
      if (position.after.length === 1) query = { $and: [filter, { _id: { $gt: toBson(position.after[0], "page_token") } }] };
      else if (bounds.offset > 0n && !token) skip = bounds.offset;
    } else {
      skip = position.skip;
    }
    const docs = await this.#cursor(ctx, target, query, sort, fields)
      .skip(Number(skip))
      .limit(Number(size) + 1)
      .toArray();
    const more = BigInt(docs.length) > size;
    const page = more ? docs.slice(0, Number(size)) : docs;
    const records = page.map(documentToRecord);
    const nowAnswered = answered + BigInt(records.length);
    if (!more || (bounds.limit > 0n && nowAnswered >= bounds.limit)) return { records, nextPageToken: "" };
    position = byId ? { after: [keyOf(page[page.length - 1]._id)] } : { skip: skip + BigInt(records.length) };
    return { records, nextPageToken: encodePageToken(fingerprint, { position, answered: nowAnswered }) };
  }

  #cursor(ctx: OperationContext, target: { namespace: string; collection: string }, filter: Document, sort: Query["sort"], fields: Document | undefined): FindCursor<Document> {
    return this.collectionOf(target).find(filter, { ...documentReadOptions(ctx), projection: fields, sort: sortOf(sort) });
  }
}

/** The sort as MongoDB's, `_id` last to break ties (pages by offset must never overlap). */
function sortOf(sort: Query["sort"]): Sort {
  const spec: [string, 1 | -1][] = sort.map((s, i) => [fieldPath(s.field, `query.sort[${i}].field`), s.descending ? -1 : 1]);
  if (!spec.some(([field]) => field === ID_FIELD)) spec.push([ID_FIELD, 1]);
  return spec;
}

/** Only these fields (and `_id`, the key); undefined: every field. */
function projection(fields: readonly string[], path: string): Document | undefined {
  if (fields.length === 0) return undefined;
  const spec: Document = { _id: 1 };
  fields.forEach((f, i) => (spec[fieldPath(f, `${path}[${i}]`)] = 1));
  return spec;
}

function min(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}
