import pg from "pg";

/** In the error a guarded statement raises when its row is missing; a literal no parameter can produce. */
const MISSING_ROW = "dbx: no record with that key";

/**
 * A statement that fails (22P02, naming MISSING_ROW) when `sql` (an UPDATE
 * ... RETURNING or a SELECT of one row by key) touches no row, and answers
 * that row otherwise: a batch's Update can then run in a pipeline, where a
 * missing record must abort the transaction before its COMMIT, already
 * sent. The check is a one-time filter on a one-row relation, so it runs
 * whether or not the row exists; the CTE runs once.
 */
export function rowRequired(sql: string): string {
  return (
    `WITH dbx_row AS (${sql}) SELECT dbx_row.* FROM ` +
    `(SELECT 1 WHERE CAST(CASE WHEN (SELECT count(*) FROM dbx_row) = 0 THEN '${MISSING_ROW}' ELSE '1' END AS int) = 1) AS dbx_guard ` +
    `LEFT JOIN dbx_row ON true`
  );
}

/** Whether `err` (or its cause) is what rowRequired raises for a missing row. */
export function isMissingRow(err: unknown): boolean {
  const cause = err instanceof Error && !(err instanceof pg.DatabaseError) ? err.cause : err;
  return cause instanceof pg.DatabaseError && cause.code === "22P02" && cause.message.includes(MISSING_ROW);
}
