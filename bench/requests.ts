import { create, toBinary, toJsonString, type DescMessage, type DescMethodUnary, type MessageInitShape } from "@bufbuild/protobuf";
import { RedisService } from "../gen/ts/dbx/redis/v1/redis_service_pb.js";
import { DataService } from "../gen/ts/dbx/v1/data_pb.js";

/** One unary RPC with its request, encoded once for every wire format the load tools send. */
export interface UnaryCall {
  readonly method: DescMethodUnary;
  /** URL path: /package.Service/Method. */
  readonly path: string;
  /** Connect JSON body. */
  readonly json: string;
  /** Connect binary (application/proto) body. */
  readonly binary: Uint8Array;
  /** gRPC body: the 5-byte envelope (uncompressed, length) and the message. */
  readonly grpcFrame: Uint8Array;
}

export function unaryCall<I extends DescMessage, O extends DescMessage>(
  method: DescMethodUnary<I, O>,
  request: MessageInitShape<I>,
): UnaryCall {
  const message = create(method.input, request);
  const binary = toBinary(method.input, message);
  const grpcFrame = new Uint8Array(5 + binary.length);
  new DataView(grpcFrame.buffer).setUint32(1, binary.length);
  grpcFrame.set(binary, 5);
  return {
    method: method as unknown as DescMethodUnary,
    path: `/${method.parent.typeName}/${method.name}`,
    json: toJsonString(method.input, message),
    binary,
    grpcFrame,
  };
}

export const REDIS_KEY = "bench:key";
/** A short value, as in the Webdis comparison. */
export const REDIS_VALUE = "hello-dbx-bench";

/** "Redis GET": change here to measure another RPC (e.g. DataService.Get on a Redis backend). */
export const REDIS_GET = unaryCall(RedisService.method.get, { key: Buffer.from(REDIS_KEY) });
export const REDIS_SET = unaryCall(RedisService.method.set, { key: Buffer.from(REDIS_KEY), value: Buffer.from(REDIS_VALUE) });

/** The SQLite table point selects read, prefilled with POINT_ROWS rows. */
export const POINT_TABLE = "items";
export const POINT_ROWS = 10_000;
export const POINT_KEY = 4_242n;
export const POINT_GET = unaryCall(DataService.method.get, {
  target: { collection: POINT_TABLE },
  key: { kind: { case: "intValue", value: POINT_KEY } },
});

/** The table single-row inserts go to; each request carries a new key. */
export const INSERT_TABLE = "inserts";
/** An Insert whose key is a placeholder, for load tools that put a fresh key in each request. */
export const INSERT_KEY_PLACEHOLDER = 987_654_321_987n;
export const POINT_INSERT = unaryCall(DataService.method.insert, {
  target: { collection: INSERT_TABLE },
  key: { kind: { case: "intValue", value: INSERT_KEY_PLACEHOLDER } },
  record: { fields: { name: { kind: { case: "stringValue", value: "bench row" } } } },
});

/** The table the streaming benchmark reads, prefilled with STREAM_ROWS rows. */
export const STREAM_TABLE = "stream_rows";
