import type { Query } from "../../../gen/ts/dbx/v1/query_pb.js";
import type { RecordPage } from "../backend.js";
import { compileFilter } from "../sql/filter-compiler.js";
import { compileOrderBy } from "../sql/order-compiler.js";
import { decodePageToken, encodePageToken, pageFingerprint, type PageToken } from "../sql/page-token.js";
import { SqlBuilder } from "../sql/sql-builder.js";
import type { WorkScope } from "./executor.js";
import { sqliteDialect } from "./sqlite-dialect.js";
import { decodeRecord, projection, q, queryColumn, queryColumns, selectList } from "./table-access.js";
import type { ColumnMeta, TableMeta } from "./table-metadata.js";
import { decodeStorage, encodeParam } from "./value-codec.js";

/** A find compiled against a table: the statement, its parameters and the columns it answers. */
export interface CompiledFind {
  readonly sql: string;
  readonly params: unknown[];
  readonly columns: ColumnMeta[];
}

/** The select list, WHERE and ORDER BY of a query, before paging. */
function compileParts(table: TableMeta, query: Query) {
  const columns = projection(table, query.fields, "query.fields");
  const sql = new SqlBuilder(sqliteDialect);
  const resolver = queryColumns(table);
  const where = query.filter ? compileFilter(query.filter, "query.filter", resolver, sql) : "";
  const orderBy = query.sort.length
    ? compileOrderBy(query.sort, "query.sort", resolver, table.order.map(queryColumn))
    : table.order.map((c) => `${q(c.name)} ASC`).join(", ");
  return { columns, sql, where, orderBy };
}

/** The whole query, for streaming: its offset and limit applied, no paging. */
export function compileFind(table: TableMeta, query: Query): CompiledFind {
  const { columns, sql, where, orderBy } = compileParts(table, query);
  let text = `SELECT ${selectList(columns)} FROM ${q(table.name)}`;
  if (where) text += ` WHERE ${where}`;
  if (orderBy) text += ` ORDER BY ${orderBy}`;
  if (query.limit > 0n || query.offset > 0n) text += ` LIMIT ${sql.bind(query.limit > 0n ? query.limit : -1n)} OFFSET ${sql.bind(query.offset)}`;
  return { sql: text, params: sql.params, columns };
}

/**
 * One page of a find. Without a sort, records come in key order and pages
 * are keyset pages (the token holds the last key). With a sort, the token
 * holds how many records were answered (an OFFSET for the next page):
 * concurrent writes can shift such pages. Either token also counts what was
 * answered, to honour `query.limit` across pages.
 */
export function findPage(scope: WorkScope, table: TableMeta, collection: string, query: Query, pageSize: number, pageToken: string): RecordPage {
  const fingerprint = pageFingerprint(`find:${collection}`, query);
  const token: PageToken | undefined = pageToken ? decodePageToken(pageToken, fingerprint) : undefined;
  const answered = token?.answered ?? 0n;
  const remaining = query.limit > 0n ? query.limit - answered : undefined;
  const take = Math.max(1, pageSize || 100);
  const size = remaining !== undefined && remaining < BigInt(take) ? Number(remaining) : take;
  if (size <= 0) return { records: [], nextPageToken: "" };

  const { columns, sql, where, orderBy } = compileParts(table, query);
  const keyset = query.sort.length === 0 && table.order.length === 1;
  const conditions = where ? [where] : [];
  const key = table.order[0];
  if (keyset && token && "after" in token.position) {
    conditions.push(`${q(key.name)} > ${sql.bind(encodeParam(token.position.after, "page_token"))}`);
  }
  let text = `SELECT ${selectList(columns)} FROM ${q(table.name)}`;
  if (conditions.length) text += ` WHERE ${conditions.join(" AND ")}`;
  if (orderBy) text += ` ORDER BY ${orderBy}`;
  const offset = keyset ? (token ? 0n : query.offset) : query.offset + answered;
  text += ` LIMIT ${sql.bind(size + 1)} OFFSET ${sql.bind(offset)}`;

  const rows = scope.connection.statement(text).all(...sql.params) as unknown[][];
  const more = rows.length > size;
  const page = rows.slice(0, size);
  const nextAnswered = answered + BigInt(page.length);
  const last = page.at(-1);
  let nextPageToken = "";
  if (more && last && (query.limit === 0n || nextAnswered < query.limit)) {
    const position = keyset
      ? { after: decodeStorage(last[columns.findIndex((c) => c.name === key.name)]) }
      : { skip: query.offset + nextAnswered };
    nextPageToken = encodePageToken(fingerprint, { position, answered: nextAnswered });
  }
  return { records: page.map((row) => decodeRecord(columns, row)), nextPageToken };
}
