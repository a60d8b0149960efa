import { create, enumToJson, isEnumJson, enumFromJson, type DescMessage, type MessageInitShape } from "@bufbuild/protobuf";
import { Code, ConnectError } from "@connectrpc/connect";
import { ErrorReason, ErrorReasonSchema } from "../../gen/ts/dbx/v1/errors_pb.js";
import { BadRequestSchema, ErrorInfoSchema, RetryInfoSchema } from "../../gen/ts/google/rpc/error_details_pb.js";
import { capText, MAX_MESSAGE_CHARS } from "./quoted-input.js";

type OutgoingDetail = { desc: DescMessage; value: MessageInitShape<DescMessage> };

/** The ErrorInfo domain of every DBX error. */
export const ERROR_DOMAIN = "dbx.dev";

/** The status code that each reason answers with; docs/errors.md is this table. */
export const reasonCodes: Readonly<Record<ErrorReason, Code>> = {
  [ErrorReason.UNSPECIFIED]: Code.Unknown,
  [ErrorReason.INVALID_FIELD]: Code.InvalidArgument,
  [ErrorReason.UNKNOWN_BACKEND]: Code.NotFound,
  [ErrorReason.WRONG_BACKEND_KIND]: Code.FailedPrecondition,
  [ErrorReason.UNSUPPORTED]: Code.Unimplemented,
  [ErrorReason.UNKNOWN_COLLECTION]: Code.NotFound,
  [ErrorReason.NOT_FOUND]: Code.NotFound,
  [ErrorReason.ALREADY_EXISTS]: Code.AlreadyExists,
  [ErrorReason.CONSTRAINT_VIOLATION]: Code.FailedPrecondition,
  [ErrorReason.TRANSACTION_NOT_FOUND]: Code.FailedPrecondition,
  [ErrorReason.TRANSACTION_ABORTED]: Code.Aborted,
  [ErrorReason.BACKEND_UNAVAILABLE]: Code.Unavailable,
  [ErrorReason.DEADLINE_EXCEEDED]: Code.DeadlineExceeded,
  [ErrorReason.TOO_MANY_ROWS]: Code.ResourceExhausted,
  [ErrorReason.REQUEST_TOO_LARGE]: Code.ResourceExhausted,
  [ErrorReason.STATEMENT_FAILED]: Code.InvalidArgument,
  [ErrorReason.DISABLED]: Code.PermissionDenied,
  [ErrorReason.INTERNAL]: Code.Internal,
  [ErrorReason.TOO_MANY_TRANSACTIONS]: Code.ResourceExhausted,
  [ErrorReason.RESPONSE_TOO_LARGE]: Code.ResourceExhausted,
  [ErrorReason.SHUTTING_DOWN]: Code.Unavailable,
  [ErrorReason.PERMISSION_DENIED]: Code.PermissionDenied,
  [ErrorReason.UNAUTHENTICATED]: Code.Unauthenticated,
  [ErrorReason.RATE_LIMITED]: Code.ResourceExhausted,
};

/**
 * The ErrorInfo `reason` of a reason: the enum value's name as the contract
 * spells it ("ERROR_REASON_NOT_FOUND"), which every language's protobuf
 * library turns back into its enum (docs/errors.md shows how).
 */
export function reasonName(reason: ErrorReason): string {
  return enumToJson(ErrorReasonSchema, reason) as string;
}

/** The reason an ErrorInfo `reason` names; UNSPECIFIED for a name the contract does not have. */
export function reasonFromName(name: string | undefined): ErrorReason {
  return name !== undefined && isEnumJson(ErrorReasonSchema, name) ? enumFromJson(ErrorReasonSchema, name) : ErrorReason.UNSPECIFIED;
}

/**
 * Builds the ConnectError for a reason: the code from the table above and a
 * google.rpc.ErrorInfo detail with the reason's name (reasonName) and metadata.
 * INVALID_FIELD errors also carry a google.rpc.BadRequest naming the field.
 * The message and metadata values are cut to MAX_MESSAGE_CHARS: whatever
 * input a caller quoted, the error fits in a gRPC trailer.
 */
export function dbxError(
  reason: Exclude<ErrorReason, ReasonWithOwnBuilder>,
  fullMessage: string,
  fullMetadata: Record<string, string> = {},
  cause?: unknown,
): ConnectError {
  return buildError(reason, fullMessage, fullMetadata, cause);
}

/**
 * Reasons whose metadata is part of their contract build through their own
 * function below, so that no raise site can leave it out: the type of
 * dbxError's `reason` excludes them.
 */
type ReasonWithOwnBuilder = ErrorReason.TRANSACTION_ABORTED | ErrorReason.RATE_LIMITED;

/**
 * ABORTED (TRANSACTION_ABORTED): the backend gave up the transaction or the
 * write (a conflict, a lock); the client should retry. Always names the
 * backend (docs/errors.md).
 */
export function transactionAborted(backend: string, message: string, metadata: Record<string, string> = {}, cause?: unknown): ConnectError {
  return buildError(ErrorReason.TRANSACTION_ABORTED, message, { ...metadata, backend }, cause);
}

/**
 * RESOURCE_EXHAUSTED (RATE_LIMITED): the caller is over a rate limit. Always
 * carries a google.rpc.RetryInfo with the time until a call would pass, and
 * names the limit and its scope (docs/errors.md).
 */
export function rateLimited(message: string, limit: { callsPerSecond: number; scope: string }, retryAfterMs: number): ConnectError {
  const delay = Math.max(0, Math.ceil(retryAfterMs));
  return buildError(ErrorReason.RATE_LIMITED, message, { limit: String(limit.callsPerSecond), scope: limit.scope }, undefined, [
    {
      desc: RetryInfoSchema,
      value: create(RetryInfoSchema, { retryDelay: { seconds: BigInt(Math.floor(delay / 1000)), nanos: (delay % 1000) * 1_000_000 } }),
    },
  ]);
}

/**
 * UNAUTHENTICATED: no credential where one is required, or one DBX does not
 * accept. The message says why without echoing the credential; `scheme`
 * names the kind sent (`bearer`, `api_key`), empty when none was.
 */
export function unauthenticated(message: string, scheme: "bearer" | "api_key" | "client_certificate" | "" = ""): ConnectError {
  return dbxError(ErrorReason.UNAUTHENTICATED, message, scheme ? { scheme } : {});
}

function buildError(
  reason: ErrorReason,
  fullMessage: string,
  fullMetadata: Record<string, string> = {},
  cause?: unknown,
  extraDetails: readonly OutgoingDetail[] = [],
): ConnectError {
  const message = capText(fullMessage, MAX_MESSAGE_CHARS);
  const metadata = Object.fromEntries(Object.entries(fullMetadata).map(([k, v]) => [k, capText(v, MAX_MESSAGE_CHARS)]));
  const details: OutgoingDetail[] = [
    {
      desc: ErrorInfoSchema,
      value: create(ErrorInfoSchema, { reason: reasonName(reason), domain: ERROR_DOMAIN, metadata }),
    },
  ];
  if (reason === ErrorReason.INVALID_FIELD && metadata.field) {
    details.push({
      desc: BadRequestSchema,
      value: create(BadRequestSchema, {
        fieldViolations: [{ field: metadata.field, description: message }],
      }),
    });
  }
  details.push(...extraDetails);
  return new ConnectError(message, reasonCodes[reason], undefined, details, cause);
}

/** INVALID_ARGUMENT naming the request field at fault (a dotted path such as `target.collection`). */
export function invalidField(field: string, message: string): ConnectError {
  return dbxError(ErrorReason.INVALID_FIELD, `${field}: ${message}`, { field });
}

/** UNIMPLEMENTED naming the capability the backend lacks. */
export function unsupported(backend: string, capability: string): ConnectError {
  return dbxError(
    ErrorReason.UNSUPPORTED,
    `backend "${backend}" does not support ${capability}`,
    { backend, capability },
  );
}

/** The ErrorInfo reason of an error that DBX built, for tests and logs. */
export function reasonOf(err: ConnectError): string | undefined {
  for (const d of err.findDetails(ErrorInfoSchema)) {
    if (d.domain === ERROR_DOMAIN) return d.reason;
  }
  return undefined;
}
