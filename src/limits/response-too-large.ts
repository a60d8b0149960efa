import type { ConnectError } from "@connectrpc/connect";
import { ErrorReason } from "../../gen/ts/dbx/v1/errors_pb.js";
import { dbxError } from "../errors/dbx-error.js";

const READ_BYTES = "dbx.v1.DataService/ReadBytes";
const FIND_STREAM = "dbx.v1.QueryService/FindStream";
const STREAM_QUERY = "dbx.sql.v1.SqlService/StreamQuery";
const GET_RANGE_STREAM = "dbx.redis.v1.RedisService/GetRangeStream";

/** What a client reads instead of an answer that is too large: the RPC for `use`, and advice. */
interface WayOut {
  readonly use: string;
  readonly advice: string;
}

const LARGE_VALUE: WayOut = { use: READ_BYTES, advice: `read large values in chunks with ${READ_BYTES}` };
const MANY_RECORDS: WayOut = { use: FIND_STREAM, advice: `stream many records with ${FIND_STREAM}, large values with ${READ_BYTES}` };
const MANY_ROWS: WayOut = {
  use: STREAM_QUERY,
  advice: `stream many rows with ${STREAM_QUERY}, read one large value in chunks with ${READ_BYTES}`,
};
const REDIS_VALUE: WayOut = { use: GET_RANGE_STREAM, advice: `read large values in chunks with ${GET_RANGE_STREAM}` };

/** The way out of a too-large answer, per RPC ("service/method"). */
const WAYS_OUT: ReadonlyMap<string, WayOut> = new Map([
  ["dbx.v1.DataService/Get", LARGE_VALUE],
  ["dbx.v1.DataService/Update", LARGE_VALUE],
  ["dbx.v1.DataService/BatchGet", MANY_RECORDS],
  ["dbx.v1.DataService/List", MANY_RECORDS],
  ["dbx.v1.QueryService/Find", MANY_RECORDS],
  ["dbx.v1.QueryService/FindStream", LARGE_VALUE],
  ["dbx.v1.QueryService/Execute", MANY_ROWS],
  ["dbx.sql.v1.SqlService/Query", MANY_ROWS],
  ["dbx.sql.v1.SqlService/Batch", MANY_ROWS],
  ["dbx.sql.v1.SqlService/StreamQuery", LARGE_VALUE],
  ["dbx.redis.v1.RedisService/Get", REDIS_VALUE],
  ["dbx.redis.v1.RedisService/GetDel", REDIS_VALUE],
  ["dbx.redis.v1.RedisService/GetEx", REDIS_VALUE],
  ["dbx.redis.v1.RedisService/GetRange", REDIS_VALUE],
  ["dbx.redis.v1.RedisService/Set", REDIS_VALUE],
  ["dbx.redis.v1.RedisService/MGet", REDIS_VALUE],
]);

const NARROWER: WayOut = { use: "a narrower request", advice: "ask for less per call (fewer keys, a smaller range, a smaller page)" };

/**
 * RESOURCE_EXHAUSTED (RESPONSE_TOO_LARGE) for an answer, or one message of
 * a stream, larger than `limit` bytes; it names the RPC that reads the same
 * data in pieces.
 */
export function responseTooLarge(procedure: string, limit: number): ConnectError {
  const way = WAYS_OUT.get(procedure) ?? NARROWER;
  return dbxError(
    ErrorReason.RESPONSE_TOO_LARGE,
    `the answer of ${procedure} would be larger than ${limit} bytes, the most one message may carry (server.maxResponseBytes); ${way.advice}`,
    { limit: String(limit), use: way.use },
  );
}
