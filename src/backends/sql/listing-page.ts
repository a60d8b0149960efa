import type { TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import { invalidField } from "../../errors/dbx-error.js";
import type { SqlPage } from "../facets/sql.js";
import { decodePageToken, encodePageToken } from "../page-token.js";

// SqlService listings (ListTables, ListIndexes) page by name: a token holds
// the last name answered, fingerprinted for its listing (page-token.ts).

/** The name a listing's page starts after ("" for the first page). */
export function afterName(pageToken: string, fingerprint: string): string {
  if (!pageToken) return "";
  const { position } = decodePageToken(pageToken, fingerprint);
  const last = "after" in position && position.after.length === 1 ? position.after[0].kind : undefined;
  if (last?.case === "stringValue") return last.value;
  throw invalidField("page_token", "not a page token of this listing");
}

/** One page of a listing read with one row more than `pageSize`, which tells whether there is a next page. */
export function namePage<T>(rows: T[], pageSize: number, fingerprint: string, nameOf: (item: T) => string): SqlPage<T> {
  if (rows.length <= pageSize) return { items: rows, nextPageToken: "" };
  const items = rows.slice(0, pageSize);
  const last: TypedValue = { $typeName: "dbx.v1.TypedValue", kind: { case: "stringValue", value: nameOf(items[items.length - 1]) } };
  return { items, nextPageToken: encodePageToken(fingerprint, { position: { after: [last] }, answered: 0n }) };
}
