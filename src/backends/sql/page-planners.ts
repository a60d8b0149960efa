import type { Query } from "../../../gen/ts/dbx/v1/query_pb.js";
import type { Item, TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import { invalidField } from "../../errors/dbx-error.js";
import type { RecordPage } from "../backend.js";
import { compileFilter } from "./filter-compiler.js";
import { compileOrderBy } from "./order-compiler.js";
import { pageFingerprint } from "../page-fingerprint.js";
import { decodePageToken, encodePageToken, type PageToken } from "../page-token.js";
import { projection, rowDecoder, selectList } from "./projection.js";
import { queryColumn, queryColumns } from "./query-columns.js";
import { SqlBuilder } from "./sql-builder.js";
import type { PlanContext, SqlPlan, StreamPlan } from "./sql-plan.js";
import type { ColumnShape, TableShape } from "./table-shape.js";

const DEFAULT_PAGE_SIZE = 100;

/** The key columns' stored values of a row (key columns come first in every projection). */
function keyPosition<C extends ColumnShape>(pc: PlanContext<C>, table: TableShape<C>, row: readonly unknown[]): TypedValue[] {
  return table.keyColumns.map((c, i) => pc.codec.marshalPosition(row[i], c));
}

/** `key > position` in key order: `"k" > ?`, or a row value `("a", "b") > (?, ?)` for composite keys. */
function afterPosition<C extends ColumnShape>(pc: PlanContext<C>, table: TableShape<C>, after: readonly TypedValue[], sql: SqlBuilder): string {
  const keys = table.keyColumns;
  if (after.length !== keys.length) throw invalidField("page_token", "not a page token of this server");
  const raws = keys.map((c, i) => pc.codec.unmarshalPosition(after[i], c, "page_token"));
  if (keys.length === 1) return `${sql.id(keys[0].name)} > ${sql.bind(raws[0])}`;
  return `(${keys.map((c) => sql.id(c.name)).join(", ")}) > (${raws.map((r) => sql.bind(r)).join(", ")})`;
}

function keyOrder(table: TableShape, sql: SqlBuilder): string {
  return table.keyColumns.map((c) => `${sql.id(c.name)} ASC`).join(", ");
}

/**
 * A page of records in key order, by keyset: the token holds the last key,
 * so inserts and deletes between pages never shift them (composite keys
 * compare as row values, column by column). A table without key columns
 * pages by position.
 */
export function listPlan<C extends ColumnShape>(
  pc: PlanContext<C>,
  table: TableShape<C>,
  call: { readonly pageSize: number; readonly pageToken: string; readonly fields: readonly string[] },
): SqlPlan<RecordPage> {
  const columns = projection(table, call.fields, "fields");
  const fingerprint = pageFingerprint({ operation: "list", namespace: table.namespace, collection: table.name, fields: call.fields });
  const token = call.pageToken ? decodePageToken(call.pageToken, fingerprint) : undefined;
  const size = Math.max(1, call.pageSize || DEFAULT_PAGE_SIZE);
  const keyset = table.keyColumns.length > 0;
  const sql = new SqlBuilder(pc.dialect);

  let text = `SELECT ${selectList(pc.dialect, columns)} FROM ${pc.dialect.table(table.namespace, table.name)}`;
  let skip = 0n;
  if (token && "after" in token.position && keyset) text += ` WHERE ${afterPosition(pc, table, token.position.after, sql)}`;
  else if (token && "skip" in token.position && !keyset) skip = token.position.skip;
  else if (token) throw invalidField("page_token", "not a page token of this server");
  if (keyset) text += ` ORDER BY ${keyOrder(table, sql)}`;
  text += pc.dialect.limitOffset(sql.bind(size + 1), skip ? sql.bind(skip) : undefined);

  const decode = rowDecoder(pc.codec, columns);
  return {
    sql: text,
    params: sql.params,
    reads: "rows",
    decode: ({ rows }) => {
      const page = rows.slice(0, size);
      const last = page.at(-1);
      let nextPageToken = "";
      if (rows.length > size && last) {
        const position = keyset ? { after: keyPosition(pc, table, last) } : { skip: skip + BigInt(size) };
        nextPageToken = encodePageToken(fingerprint, { position, answered: 0n });
      }
      return { records: page.map(decode), nextPageToken };
    },
  };
}

/** The select list, WHERE and ORDER BY of a query, before paging. */
function queryParts<C extends ColumnShape>(pc: PlanContext<C>, table: TableShape<C>, query: Query) {
  const columns = projection(table, query.fields, "query.fields");
  const sql = new SqlBuilder(pc.dialect);
  const resolver = queryColumns(pc.dialect, pc.codec, table);
  const where = query.filter ? compileFilter(query.filter, "query.filter", resolver, sql) : "";
  const orderBy = query.sort.length
    ? compileOrderBy(query.sort, "query.sort", resolver, table.keyColumns.map((c) => queryColumn(pc.dialect, pc.codec, c)))
    : keyOrder(table, sql);
  const from = `SELECT ${selectList(pc.dialect, columns)} FROM ${pc.dialect.table(table.namespace, table.name)}`;
  return { columns, sql, where, orderBy, from };
}

/** The whole query, for streaming: its offset and limit applied, no paging. */
export function findStreamPlan<C extends ColumnShape>(pc: PlanContext<C>, table: TableShape<C>, query: Query): StreamPlan<Item> {
  const { columns, sql, where, orderBy, from } = queryParts(pc, table, query);
  let text = from;
  if (where) text += ` WHERE ${where}`;
  if (orderBy) text += ` ORDER BY ${orderBy}`;
  if (query.limit > 0n || query.offset > 0n) {
    text += pc.dialect.limitOffset(query.limit > 0n ? sql.bind(query.limit) : undefined, query.offset > 0n ? sql.bind(query.offset) : undefined);
  }
  return { sql: text, params: sql.params, decodeRow: rowDecoder(pc.codec, columns) };
}

/**
 * One page of a find. Without a sort, records come in key order and pages
 * are keyset pages (the token holds the last key). With a sort, the token
 * holds how many records were answered (an OFFSET for the next page):
 * concurrent writes can shift such pages. Either token also counts what was
 * answered, to honour `query.limit` across pages. Tokens carry the
 * fingerprint of the table (as stored, however the request spelled it) and
 * the query: another query's token is INVALID_ARGUMENT `page_token`.
 */
export function findPagePlan<C extends ColumnShape>(
  pc: PlanContext<C>,
  table: TableShape<C>,
  call: { readonly query: Query; readonly pageSize: number; readonly pageToken: string },
): SqlPlan<RecordPage> {
  const { query } = call;
  const fingerprint = pageFingerprint({ operation: "find", namespace: table.namespace, collection: table.name, query });
  const token: PageToken | undefined = call.pageToken ? decodePageToken(call.pageToken, fingerprint) : undefined;
  const answered = token?.answered ?? 0n;
  const remaining = query.limit > 0n ? query.limit - answered : undefined;
  const take = Math.max(1, call.pageSize || DEFAULT_PAGE_SIZE);
  const size = remaining !== undefined && remaining < BigInt(take) ? Number(remaining) : take;

  const { columns, sql, where, orderBy, from } = queryParts(pc, table, query);
  const keyset = query.sort.length === 0 && table.keyColumns.length > 0;
  const conditions = where ? [where] : [];
  if (token && keyset !== ("after" in token.position)) throw invalidField("page_token", "not a page token of this server");
  if (token && "after" in token.position) conditions.push(afterPosition(pc, table, token.position.after, sql));
  let text = from;
  if (conditions.length) text += ` WHERE ${conditions.join(" AND ")}`;
  if (orderBy) text += ` ORDER BY ${orderBy}`;
  const offset = keyset ? (token ? 0n : query.offset) : query.offset + answered;
  text += pc.dialect.limitOffset(sql.bind(Math.max(size, 0) + 1), offset > 0n ? sql.bind(offset) : undefined);

  const decode = rowDecoder(pc.codec, columns);
  return {
    sql: text,
    params: sql.params,
    reads: "rows",
    decode: ({ rows }) => {
      if (size <= 0) return { records: [], nextPageToken: "" };
      const page = rows.slice(0, size);
      const nextAnswered = answered + BigInt(page.length);
      const last = page.at(-1);
      let nextPageToken = "";
      if (rows.length > size && last && (query.limit === 0n || nextAnswered < query.limit)) {
        const position = keyset ? { after: keyPosition(pc, table, last) } : { skip: query.offset + nextAnswered };
        nextPageToken = encodePageToken(fingerprint, { position, answered: nextAnswered });
      }
      return { records: page.map(decode), nextPageToken };
    },
  };
}
