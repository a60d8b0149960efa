import type { ConnectError } from "@connectrpc/connect";
import { SqlService } from "../../gen/ts/dbx/sql/v1/sql_pb.js";
import { ErrorReason } from "../../gen/ts/dbx/v1/errors_pb.js";
import { QueryService } from "../../gen/ts/dbx/v1/query_pb.js";
import { dbxError } from "../errors/dbx-error.js";

/** Where the answer that was too long came from, and where to go instead. */
export interface TooManyRowsSite {
  /** What exceeded the limit, as the user sees it: "the statement", "BatchGet keys", "count". */
  readonly what: string;
  /** The limit that was passed. */
  readonly limit: number;
  /** The setting that sets the limit ("server.maxRowsPerResponse"). */
  readonly setting?: string;
  /** The RPC that answers any size ("dbx.sql.v1.SqlService/StreamQuery"); absent when there is none. */
  readonly use?: string;
  /** The request field at fault, when one is. */
  readonly field?: string;
}

/**
 * RESOURCE_EXHAUSTED (TOO_MANY_ROWS): the one builder of this error, so every
 * service words it alike and carries the same metadata (`limit`, and `use`,
 * `setting`, `field` when known).
 */
export function tooManyRows(site: TooManyRowsSite): ConnectError {
  const instead = site.use ? `; use ${site.use}` : "";
  const setting = site.setting ? ` (${site.setting})` : "";
  const metadata: Record<string, string> = { limit: String(site.limit) };
  if (site.use) metadata.use = site.use;
  if (site.setting) metadata.setting = site.setting;
  if (site.field) metadata.field = site.field;
  return dbxError(ErrorReason.TOO_MANY_ROWS, `${site.what} exceeds the limit of ${site.limit}${setting}${instead}`, metadata);
}

/** The RPCs that answer results of any size. */
export const STREAMING_ALTERNATIVE = {
  sql: `${SqlService.typeName}/${SqlService.method.streamQuery.name}`,
  find: `${QueryService.typeName}/${QueryService.method.findStream.name}`,
} as const;
