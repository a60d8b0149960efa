import { enumFromJson, isEnumJson } from "@bufbuild/protobuf";
import { Code, ConnectError } from "@connectrpc/connect";
import { ErrorReason, ErrorReasonSchema } from "./gen/dbx/v1/errors_pb.js";
import { BadRequestSchema, ErrorInfoSchema, RetryInfoSchema } from "./gen/google/rpc/error_details_pb.js";

/** The ErrorInfo domain of every DBX error. */
export const DBX_ERROR_DOMAIN = "dbx.dev";

/**
 * An error answered by DBX (or by the transport on the way), with the
 * `google.rpc.ErrorInfo` and `google.rpc.BadRequest` details read out.
 *
 * It is a ConnectError, so `code`, `rawMessage`, `metadata` (the response
 * headers and trailers) and `findDetails()` work as usual. The ErrorInfo
 * metadata is `info` (`info.capability`, `info.backend`, ...). Its `name`
 * stays "ConnectError": Connect recognises its errors by that name.
 */
export class DbxError extends ConnectError {
  /** The reason, `ERROR_REASON_UNSPECIFIED` when the error has none or one newer than this SDK (see `reasonName`). */
  readonly reason: ErrorReason;
  /** The reason as the server wrote it ("ERROR_REASON_NOT_FOUND"), or "" without ErrorInfo. */
  readonly reasonName: string;
  /** The ErrorInfo domain: "dbx.dev" for DBX's own errors, "" without ErrorInfo. */
  readonly domain: string;
  /** The ErrorInfo metadata: `capability`, `field`, `backend`, `collection`, `native_code`, ... */
  readonly info: Readonly<Record<string, string>>;
  /** The request field at fault: the first BadRequest field violation, else ErrorInfo's `field`. */
  readonly field: string | undefined;
  /** How long to wait before trying again, from a `google.rpc.RetryInfo` detail (RATE_LIMITED carries one); undefined without. */
  readonly retryDelayMs: number | undefined;

  constructor(error: ConnectError) {
    super(error.rawMessage, error.code, error.metadata, undefined, error.cause);
    this.details = error.details;
    const errorInfo = error.findDetails(ErrorInfoSchema)[0];
    this.reasonName = errorInfo?.reason ?? "";
    this.reason = isEnumJson(ErrorReasonSchema, this.reasonName)
      ? enumFromJson(ErrorReasonSchema, this.reasonName)
      : ErrorReason.UNSPECIFIED;
    this.domain = errorInfo?.domain ?? "";
    this.info = { ...errorInfo?.metadata };
    this.field = error.findDetails(BadRequestSchema)[0]?.fieldViolations[0]?.field ?? this.info.field;
    const delay = error.findDetails(RetryInfoSchema)[0]?.retryDelay;
    this.retryDelayMs = delay && Number(delay.seconds) * 1000 + Math.ceil(delay.nanos / 1_000_000);
  }

  // ConnectError's instanceof accepts any error named "ConnectError", plain
  // ConnectErrors included; a DbxError is one only by its prototype chain.
  static override [Symbol.hasInstance](value: unknown): boolean {
    return Function.prototype[Symbol.hasInstance].call(this, value);
  }

  /** Any thrown value as a DbxError (a ConnectError keeps its code; anything else is UNKNOWN). */
  static override from(reason: unknown): DbxError {
    return reason instanceof DbxError ? reason : new DbxError(ConnectError.from(reason));
  }
}

/**
 * Whether trying the same call again may succeed: UNAVAILABLE, ABORTED, and
 * RESOURCE_EXHAUSTED only when the server had too many open transactions or
 * the caller was over its rate limit (RATE_LIMITED: wait `retryDelayMs`).
 * UNAUTHENTICATED and PERMISSION_DENIED never are.
 * Whether retrying is safe is a separate question: only for reads, or for
 * writes that are idempotent (Put) or inside a transaction being retried.
 */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof ConnectError)) return false;
  switch (error.code) {
    case Code.Unavailable:
    case Code.Aborted:
      return true;
    case Code.ResourceExhausted: {
      const reason = DbxError.from(error).reason;
      return reason === ErrorReason.TOO_MANY_TRANSACTIONS || reason === ErrorReason.RATE_LIMITED;
    }
    default:
      return false;
  }
}
