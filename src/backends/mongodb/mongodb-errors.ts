import { ConnectError } from "@connectrpc/connect";
import {
  MongoClientClosedError,
  MongoError,
  MongoNetworkError,
  MongoNotConnectedError,
  MongoOperationTimeoutError,
  MongoServerClosedError,
  MongoServerError,
  MongoServerSelectionError,
  MongoStalePrimaryError,
  MongoTopologyClosedError,
} from "mongodb";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import { dbxError, transactionAborted } from "../../errors/dbx-error.js";
import { abortedCallError as callAborted } from "../aborted-call.js";
import type { CallAbort } from "../operation-context.js";
import { isSocketError } from "../socket-errors.js";

/** Driver errors of a server that is gone or not reachable now (the pool's own classes are not exported; their names are stable). */
const UNAVAILABLE_CLASSES = [MongoNetworkError, MongoServerSelectionError, MongoTopologyClosedError, MongoServerClosedError, MongoNotConnectedError, MongoClientClosedError, MongoStalePrimaryError];
const UNAVAILABLE_NAMES = new Set(["MongoPoolClosedError", "MongoWaitQueueTimeoutError"]);
/** Server codes of a server shutting down, stepping down or cut off: retry elsewhere or later. */
const UNAVAILABLE_CODES = new Set([6, 7, 89, 91, 189, 9001, 10107, 11600, 11602, 13435, 13436]);

/** Codes of an operation stopped by its time limit. */
const TIMED_OUT = new Set([50, 262]); // MaxTimeMSExpired, ExceededTimeLimit
/** Codes of a transaction to retry whole. */
const RETRY_TRANSACTION = new Set([112, 251, 244]); // WriteConflict, NoSuchTransaction, TransactionTooOld

/**
 * The one place MongoDB failures become DBX errors. ConnectErrors pass
 * unchanged.
 *
 * - 11000 duplicate key, 48 namespace exists → ALREADY_EXISTS
 * - 26 namespace not found, 27 index not found → NOT_FOUND
 * - 121 document validation → CONSTRAINT_VIOLATION
 * - 13 unauthorized → PERMISSION_DENIED
 * - 50 MaxTimeMSExpired and the driver's operation timeout → DEADLINE_EXCEEDED
 * - write conflicts and the `TransientTransactionError` label → TRANSACTION_ABORTED (retry the transaction)
 * - network errors, no server selectable, a closed pool or client, a server
 *   shutting down or stepping down, Node's own socket errors the driver lets
 *   through → BACKEND_UNAVAILABLE
 * - any other server refusal (a malformed filter, an update MongoDB cannot
 *   apply, a path conflict) → STATEMENT_FAILED (INVALID_ARGUMENT) with MongoDB's message
 *
 * Metadata carries MongoDB's `native_code`, `code_name` and `error_labels`.
 */
export function mongodbError(err: unknown, backend: string): ConnectError {
  if (err instanceof ConnectError) return err;
  if (err instanceof MongoError && (UNAVAILABLE_CLASSES.some((c) => err instanceof c) || UNAVAILABLE_NAMES.has(err.name))) {
    return dbxError(ErrorReason.BACKEND_UNAVAILABLE, `MongoDB unreachable: ${err.message}`, { backend }, err);
  }
  if (err instanceof MongoOperationTimeoutError) return dbxError(ErrorReason.DEADLINE_EXCEEDED, `MongoDB: ${err.message}`, { backend }, err);
  if (err instanceof MongoServerError || (err instanceof MongoError && typeof err.code === "number")) {
    const code = Number(err.code);
    const metadata: Record<string, string> = { backend, native_code: String(code) };
    const codeName = (err as MongoServerError).codeName;
    if (codeName) metadata.code_name = codeName;
    const labels = err.errorLabels;
    if (labels.length > 0) metadata.error_labels = labels.join(",");
    if (code === 11000 || code === 48) return dbxError(ErrorReason.ALREADY_EXISTS, err.message, metadata, err);
    if (code === 26 || code === 27) return dbxError(ErrorReason.NOT_FOUND, err.message, metadata, err);
    if (UNAVAILABLE_CODES.has(code)) return dbxError(ErrorReason.BACKEND_UNAVAILABLE, `MongoDB: ${err.message}`, metadata, err);
    if (err.hasErrorLabel("TransientTransactionError") || RETRY_TRANSACTION.has(code)) {
      return transactionAborted(backend, `${err.message} (retry the transaction)`, { ...metadata, retryable: "true" }, err);
    }
    if (code === 121) return dbxError(ErrorReason.CONSTRAINT_VIOLATION, err.message, metadata, err);
    if (code === 13) return dbxError(ErrorReason.PERMISSION_DENIED, err.message, metadata, err);
    if (TIMED_OUT.has(code)) return dbxError(ErrorReason.DEADLINE_EXCEEDED, `MongoDB stopped the operation: ${err.message}`, metadata, err);
    return dbxError(ErrorReason.STATEMENT_FAILED, err.message, metadata, err);
  }
  if (isSocketError(err)) return dbxError(ErrorReason.BACKEND_UNAVAILABLE, `MongoDB unreachable: ${(err as Error).message}`, { backend }, err);
  return dbxError(ErrorReason.INTERNAL, "internal error", { backend }, err);
}

/** The error of a call that ended because its signal aborted. */
export function abortedCallError(abort: Pick<CallAbort, "reason">, backend: string): ConnectError {
  return callAborted(abort, backend, "the deadline passed; the MongoDB operation was stopped");
}
