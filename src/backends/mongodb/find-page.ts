import type { Collection, Document, Sort } from "mongodb";
import type { OperationContext } from "../operation-context.js";
import { decodePageToken, encodePageToken, type PagePosition } from "../page-token.js";
import { toBson } from "./bson-values.js";
import { documentReadOptions } from "./operation-options.js";
import { keyOf } from "./record-id.js";

/** What a page of a find reads. */
export interface FindQuery {
  readonly filter: Document;
  /** `[field, 1 | -1]` pairs; empty: `_id` order, paged by `_id`. */
  readonly sort: readonly (readonly [string, 1 | -1])[];
  readonly projection: Document | undefined;
  readonly hint?: Document;
  readonly collation?: Document;
  /** Documents to skip before the first page. */
  readonly skip: bigint;
  /** Documents in all pages together; 0: no limit. */
  readonly limit: bigint;
}

/** Which page, of how many documents at most, under which fingerprint (page-fingerprint.ts). */
export interface PageRequest {
  readonly size: number;
  readonly token: string;
  readonly fingerprint: string;
}

/**
 * One page of a find. In `_id` order (no sort) pages go by keyset: the token
 * holds the last `_id`, and the next page asks for greater ones, so inserts
 * and deletes between pages never shift one. Any other sort pages by
 * position, with `_id` last in the sort so that ties never page twice.
 */
export async function findPage(ctx: OperationContext, collection: Collection, query: FindQuery, page: PageRequest): Promise<{ documents: Document[]; nextPageToken: string }> {
  const token = page.token ? decodePageToken(page.token, page.fingerprint) : undefined;
  const answered = token?.answered ?? 0n;
  let size = BigInt(page.size);
  if (query.limit > 0n && query.limit - answered < size) size = query.limit - answered;
  if (size <= 0n) return { documents: [], nextPageToken: "" };
  const byId = query.sort.length === 0;
  let position: PagePosition = token?.position ?? (byId ? { after: [] } : { skip: query.skip });
  let filter = query.filter;
  let skip = 0n;
  if ("after" in position) {
    if (position.after.length === 1) filter = { $and: [filter, { _id: { $gt: toBson(position.after[0], "page_token") } }] };
    else if (!token) skip = query.skip;
  } else {
    skip = position.skip;
  }
  const documents = await collection
    .find(filter, { ...documentReadOptions(ctx), projection: query.projection, sort: sortWithId(query.sort), hint: query.hint, collation: query.collation as never })
    .skip(Number(skip))
    .limit(Number(size) + 1)
    .toArray();
  const more = BigInt(documents.length) > size;
  if (more) documents.length = Number(size);
  const nowAnswered = answered + BigInt(documents.length);
  if (!more || (query.limit > 0n && nowAnswered >= query.limit)) return { documents, nextPageToken: "" };
  position = byId ? { after: [keyOf(documents[documents.length - 1]._id)] } : { skip: skip + BigInt(documents.length) };
  return { documents, nextPageToken: encodePageToken(page.fingerprint, { position, answered: nowAnswered }) };
}

/** The sort, `_id` last to break ties (pages by position must never overlap). */
export function sortWithId(sort: readonly (readonly [string, 1 | -1])[]): Sort {
  const spec = sort.map(([field, direction]) => [field, direction] as [string, 1 | -1]);
  if (!spec.some(([field]) => field === "_id")) spec.push(["_id", 1]);
  return spec;
}
