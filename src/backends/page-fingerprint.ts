import { createHash } from "node:crypto";
import { toBinary } from "@bufbuild/protobuf";
import { QuerySchema, type Query } from "../../gen/ts/dbx/v1/query_pb.js";

/** What a page token pages through. */
export interface PagedQuery {
  /** The operation: "list", "find". */
  readonly operation: string;
  readonly namespace: string;
  readonly collection: string;
  /** List's fields; a find's are in its query. */
  readonly fields?: readonly string[];
  /** Find's query: filter, sort, fields, offset and limit. */
  readonly query?: Query;
}

/**
 * The fingerprint every backend puts in its page tokens, so that a token
 * given with another collection, namespace, operation or query is refused
 * (INVALID_ARGUMENT page_token) rather than misread.
 */
export function pageFingerprint(paged: PagedQuery): string {
  const hash = createHash("sha256");
  for (const part of [paged.operation, paged.namespace, paged.collection, ...(paged.fields ?? [])]) hash.update(part).update("\0");
  if (paged.query) hash.update(toBinary(QuerySchema, paged.query));
  return hash.digest("base64url").slice(0, 16);
}
