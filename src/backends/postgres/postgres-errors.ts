import { ConnectError } from "@connectrpc/connect";
import pg from "pg";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import { dbxError, transactionAborted } from "../../errors/dbx-error.js";
import { abortedCallError as callAborted } from "../aborted-call.js";
import type { CallAbort } from "../operation-context.js";
import { isSocketError } from "../socket-errors.js";

/**
 * SQLSTATE classes whose errors mean the server or the connection is gone or
 * refusing work for now: 08 connection exception, 53 insufficient resources,
 * 57P01-57P05 (shutdown, crash, cannot connect now, idle session timeout), 58
 * system error. Clients should retry (UNAVAILABLE).
 */
function unavailableState(state: string): boolean {
  return state.startsWith("08") || state.startsWith("53") || state.startsWith("58") || (state.startsWith("57P") && state !== "57P04");
}

/** What node-postgres says when a connection ended under a query, or could not be made in time. */
const LOST_CONNECTION = ["Connection terminated", "connection timeout", "timeout exceeded when trying to connect", "Client has encountered a connection error", "Client was closed", "Cannot use a pool after calling end"];

/** True when the error says the connection or server is gone (the client must be discarded). */
export function isConnectionLoss(err: unknown): boolean {
  if (err instanceof pg.DatabaseError) return err.code !== undefined && unavailableState(err.code);
  if (!(err instanceof Error)) return false;
  return isSocketError(err) || LOST_CONNECTION.some((text) => err.message.includes(text));
}

/** PostgreSQL's error fields, as ErrorInfo metadata (docs/errors.md): only those it sent. */
function serverFields(err: pg.DatabaseError, backend: string): Record<string, string> {
  const metadata: Record<string, string> = { backend, sql_state: err.code ?? "" };
  const fields = { constraint: err.constraint, schema: err.schema, table: err.table, column: err.column, data_type: err.dataType, detail: err.detail, hint: err.hint, position: err.position };
  for (const [key, value] of Object.entries(fields)) if (value) metadata[key] = value;
  return metadata;
}

/**
 * The one place PostgreSQL failures become DBX errors. ConnectErrors
 * (already mapped, or INVALID_ARGUMENT from validation) pass unchanged.
 *
 * - 23505 unique violation → ALREADY_EXISTS
 * - other class 23 (foreign key, check, not null, exclusion) → CONSTRAINT_VIOLATION
 * - 40001 serialization failure, 40P01 deadlock, 55P03 lock not available,
 *   25P02 statement in an aborted transaction → TRANSACTION_ABORTED (retry the transaction)
 * - 42501 insufficient privilege → PERMISSION_DENIED
 * - 57014 statement timeout → DEADLINE_EXCEEDED
 * - connection loss, classes 08/53/57P/58 → BACKEND_UNAVAILABLE
 * - anything else PostgreSQL refuses (syntax, unknown names, data exceptions) → STATEMENT_FAILED
 *
 * Metadata carries `sql_state` and what PostgreSQL named: constraint,
 * schema, table, column, data_type, detail, hint, position.
 */
export function postgresError(err: unknown, backend: string): ConnectError {
  if (err instanceof ConnectError) return err;
  if (err instanceof pg.DatabaseError && err.code) {
    const state = err.code;
    const metadata = serverFields(err, backend);
    if (state === "23505") return dbxError(ErrorReason.ALREADY_EXISTS, err.message, metadata, err);
    if (state.startsWith("23")) return dbxError(ErrorReason.CONSTRAINT_VIOLATION, err.message, metadata, err);
    if (state === "40001" || state === "40P01" || state === "55P03") {
      return transactionAborted(backend, `${err.message} (retry the transaction)`, { ...metadata, retryable: "true" }, err);
    }
    if (state === "25P02") {
      return transactionAborted(backend, "the transaction is aborted by an earlier error: roll it back (PostgreSQL ignores statements until then)", metadata, err);
    }
    if (state === "42501") return dbxError(ErrorReason.PERMISSION_DENIED, err.message, metadata, err);
    if (state === "57014") return dbxError(ErrorReason.DEADLINE_EXCEEDED, `PostgreSQL cancelled the statement: ${err.message}`, metadata, err);
    if (unavailableState(state)) return dbxError(ErrorReason.BACKEND_UNAVAILABLE, `PostgreSQL: ${err.message}`, metadata, err);
    if (state === "XX000" || state === "XX001" || state === "XX002") return dbxError(ErrorReason.INTERNAL, `PostgreSQL internal error: ${err.message}`, metadata, err);
    return dbxError(ErrorReason.STATEMENT_FAILED, err.message, metadata, err);
  }
  if (isConnectionLoss(err)) {
    return dbxError(ErrorReason.BACKEND_UNAVAILABLE, `PostgreSQL unreachable: ${(err as Error).message}`, { backend }, err);
  }
  // node-postgres refuses some statements itself before sending them (a wrong parameter count).
  if (err instanceof RangeError || err instanceof TypeError) {
    return dbxError(ErrorReason.STATEMENT_FAILED, err.message, { backend }, err);
  }
  return dbxError(ErrorReason.INTERNAL, "internal error", { backend }, err);
}

/** The error of a call that ended because its signal aborted; PostgreSQL has stopped its statement. */
export function abortedCallError(abort: Pick<CallAbort, "reason">, backend: string): ConnectError {
  return callAborted(abort, backend, "the deadline passed; PostgreSQL cancelled the statement");
}
