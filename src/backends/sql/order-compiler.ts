import type { SortField } from "../../../gen/ts/dbx/v1/filter_pb.js";
import type { QueryColumns, QueryColumn } from "./filter-compiler.js";

/**
 * Compiles sort fields to ORDER BY terms, then `tieBreakers` (the key, in
 * its stored order) so that the order is total and pages never repeat or
 * skip a record. Nulls
 * sort first ascending and last descending on every backend (SQLite's
 * default; PostgreSQL is told explicitly).
 */
export function compileOrderBy(
  sort: readonly SortField[],
  path: string,
  columns: QueryColumns,
  tieBreakers: readonly QueryColumn[],
): string {
  const terms = sort.map((s, i) => {
    const column = columns.column(s.field, `${path}[${i}].field`);
    return s.descending ? `${column.comparable} DESC NULLS LAST` : `${column.comparable} ASC NULLS FIRST`;
  });
  for (const key of tieBreakers) terms.push(`${key.sql} ASC`);
  return terms.join(", ");
}
