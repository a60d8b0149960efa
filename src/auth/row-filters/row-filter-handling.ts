/**
 * What each RPC of the universal services does under row filters, by
 * `package.Service/Method`:
 *
 * - `filtered`: the caller's filter is ANDed into the call (reads, and
 *   writes by key or by filter);
 * - `checked`: the call writes records it names, each checked against the
 *   filter before it is written (RowFilteredBackend);
 * - `refused`: the call cannot be held to a filter (a native statement, a
 *   watch, a replace of a record that may be another's): PERMISSION_DENIED on
 *   a filtered collection, and where it names no collection on a backend
 *   where the caller has any filter;
 * - `no-rows`: the call reads or writes no records (a transaction's
 *   boundaries, pub/sub messages, the backend's own state).
 *
 * Backend-specific services (dbx.sql.v1, dbx.redis.v1, dbx.mongodb.v1, ...)
 * are not listed: their statements, commands and documents bypass the
 * universal Filter, so they are refused on any backend where the caller has
 * a row filter. So is any RPC missing here: a new RPC is refused under row
 * filters until it is classified (test/auth/row-filters.test.ts fails
 * until then).
 */
export type RowFilterHandling = "filtered" | "checked" | "refused" | "no-rows";

export const ROW_FILTER_HANDLING: Readonly<Record<string, RowFilterHandling>> = {
  "dbx.v1.DataService/Get": "filtered",
  // A replace cannot tell, atomically, whether the record it replaces is the caller's: Insert and Update can.
  "dbx.v1.DataService/Put": "refused",
  "dbx.v1.DataService/Insert": "checked",
  "dbx.v1.DataService/Update": "filtered",
  "dbx.v1.DataService/Delete": "filtered",
  "dbx.v1.DataService/Exists": "filtered",
  "dbx.v1.DataService/BatchGet": "filtered",
  "dbx.v1.DataService/BatchWrite": "checked",
  "dbx.v1.DataService/List": "filtered",
  "dbx.v1.DataService/UpdateMany": "filtered",
  "dbx.v1.DataService/DeleteMany": "filtered",
  "dbx.v1.DataService/Count": "filtered",
  // Chunks of one field, read apart from the check of the record they belong to.
  "dbx.v1.DataService/ReadBytes": "refused",

  "dbx.v1.QueryService/Find": "filtered",
  "dbx.v1.QueryService/FindStream": "filtered",
  "dbx.v1.QueryService/Execute": "refused",

  // Change events are not filtered by the backends: a watch would see every record's changes.
  "dbx.v1.StreamService/Watch": "refused",
  "dbx.v1.StreamService/Subscribe": "no-rows",
  "dbx.v1.StreamService/Publish": "no-rows",

  "dbx.v1.TransactionService/AtomicBatch": "checked",
  "dbx.v1.TransactionService/Begin": "no-rows",
  "dbx.v1.TransactionService/Commit": "no-rows",
  "dbx.v1.TransactionService/Rollback": "no-rows",
  "dbx.v1.TransactionService/CreateSavepoint": "no-rows",
  "dbx.v1.TransactionService/RollbackToSavepoint": "no-rows",
  "dbx.v1.TransactionService/ReleaseSavepoint": "no-rows",

  "dbx.v1.AdminService/ListBackends": "no-rows",
  "dbx.v1.AdminService/GetCapabilities": "no-rows",
  "dbx.v1.AdminService/Ping": "no-rows",
  "dbx.v1.AdminService/GetHealth": "no-rows",
  "dbx.v1.AdminService/GetStats": "no-rows",
  "dbx.v1.AdminService/GetServerInfo": "no-rows",

  "dbx.v1.ApiKeyService/CreateApiKey": "no-rows",
  "dbx.v1.ApiKeyService/ListApiKeys": "no-rows",
  "dbx.v1.ApiKeyService/RevokeApiKey": "no-rows",
  "dbx.v1.ApiKeyService/RotateApiKey": "no-rows",
};

/** How an RPC is handled under row filters: unlisted ones are refused. */
export function rowFilterHandling(procedure: string): RowFilterHandling | "refused-on-backend" {
  return ROW_FILTER_HANDLING[procedure] ?? "refused-on-backend";
}
