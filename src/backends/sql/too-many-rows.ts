import type { ConnectError } from "@connectrpc/connect";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import { dbxError } from "../../errors/dbx-error.js";

/** The streaming RPC that answers results of any size. */
export const STREAM_QUERY_METHOD = "dbx.sql.v1.SqlService/StreamQuery";

/** RESOURCE_EXHAUSTED for a unary SQL answer past the server's row limit. */
export function tooManyRows(limit: number): ConnectError {
  return dbxError(
    ErrorReason.TOO_MANY_ROWS,
    `the statement answers more than ${limit} rows, the limit of a unary call; use ${STREAM_QUERY_METHOD}`,
    { limit: String(limit), use: STREAM_QUERY_METHOD },
  );
}
