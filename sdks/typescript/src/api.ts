// Everything @dbx/client exports on every platform; node.ts and browser.ts
// add createDbxClient over their transports.
export { Code, ConnectError, type Interceptor } from "@connectrpc/connect";
export { Capabilities } from "./capabilities.js";
export { DbxClient, type DbxClientOptions } from "./client.js";
export { type CallOptions, Collection, type FindQuery, FindResults, type Page, type WatchEvent } from "./collection.js";
export { DBX_ERROR_DOMAIN, DbxError, isRetryable } from "./errors.js";
export { and, FieldCondition, not, or, where } from "./filter.js";
export type { Credentials } from "./interceptors/credentials.js";
export type { RetryOptions } from "./interceptors/retry.js";
export {
  defineRecord,
  field,
  type FieldType,
  type Infer,
  type RecordCodec,
  type RecordOf,
  RecordSchema,
} from "./record-schema.js";
export { type InTransaction, Transaction } from "./transaction.js";
export { fromItem, fromTypedValue, toItem, toTypedValue } from "./values/convert.js";
export type { DbxRecord, DbxValue } from "./values/dbx-value.js";
export { Decimal } from "./values/decimal.js";
export { Document } from "./values/document.js";
export { Instant } from "./values/instant.js";
export { Interval } from "./values/interval.js";
export { Json } from "./values/json.js";
export { LocalDate } from "./values/local-date.js";
export { LocalDateTime } from "./values/local-date-time.js";
export { LocalTime } from "./values/local-time.js";
export { Native } from "./values/native.js";
export { ObjectId } from "./values/object-id.js";
export { DbxValueError } from "./values/value-error.js";
// The contract's enums used with the helpers; everything else generated is
// under @dbx/client/gen/dbx/... (messages, schemas, services).
export { ErrorReason } from "./gen/dbx/v1/errors_pb.js";
export { ChangeType } from "./gen/dbx/v1/stream_pb.js";
export { IsolationLevel } from "./gen/dbx/v1/transaction_pb.js";
export { ColumnType } from "./gen/dbx/sql/v1/schema_pb.js";
export { BackendKind, TimestampPrecision } from "./gen/dbx/v1/admin_pb.js";
