import type { DescService } from "@bufbuild/protobuf";
import type { ConnectError } from "@connectrpc/connect";
import { RedisService } from "../../gen/ts/dbx/redis/v1/redis_service_pb.js";
import { SqlService } from "../../gen/ts/dbx/sql/v1/sql_pb.js";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import { QueryService } from "../../gen/ts/dbx/v1/query_pb.js";
import { ErrorReason } from "../../gen/ts/dbx/v1/errors_pb.js";
import { dbxError } from "../errors/dbx-error.js";

/** "service/method" of an RPC, as procedures and `use` metadata name it. */
function rpc<S extends DescService>(service: S, method: keyof S["method"] & string): string {
  return `${service.typeName}/${service.method[method].name}`;
}

const READ_BYTES = rpc(DataService, "readBytes");
const FIND_STREAM = rpc(QueryService, "findStream");
const STREAM_QUERY = rpc(SqlService, "streamQuery");
const GET_RANGE_STREAM = rpc(RedisService, "getRangeStream");

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
  [rpc(DataService, "get"), LARGE_VALUE],
  [rpc(DataService, "update"), LARGE_VALUE],
  [rpc(DataService, "batchGet"), MANY_RECORDS],
  [rpc(DataService, "list"), MANY_RECORDS],
  [rpc(QueryService, "find"), MANY_RECORDS],
  [rpc(QueryService, "findStream"), LARGE_VALUE],
  [rpc(QueryService, "execute"), MANY_ROWS],
  [rpc(SqlService, "query"), MANY_ROWS],
  [rpc(SqlService, "batch"), MANY_ROWS],
  [rpc(SqlService, "streamQuery"), LARGE_VALUE],
  [rpc(RedisService, "get"), REDIS_VALUE],
  [rpc(RedisService, "getDel"), REDIS_VALUE],
  [rpc(RedisService, "getEx"), REDIS_VALUE],
  [rpc(RedisService, "getRange"), REDIS_VALUE],
  [rpc(RedisService, "set"), REDIS_VALUE],
  [rpc(RedisService, "mGet"), REDIS_VALUE],
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
