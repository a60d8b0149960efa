import { Code, ConnectError } from "@connectrpc/connect";
import { ErrorReason } from "../../gen/ts/dbx/v1/errors_pb.js";
import { dbxError } from "./dbx-error.js";
import { capText, MAX_MESSAGE_CHARS } from "./quoted-input.js";

/**
 * The error a client sees for anything a handler threw. ConnectErrors pass as
 * they are (adapters map their database errors where they happen); anything
 * else is a bug in DBX and answers INTERNAL without leaking its message, which
 * stays in the cause for the log. Messages are cut as dbxError cuts them.
 */
export function asConnectError(err: unknown): ConnectError {
  if (err instanceof ConnectError) return withCappedMessage(err);
  // The client went away mid-call: not a failure of DBX.
  const code = (err as { code?: unknown } | undefined)?.code;
  if (code === "ERR_STREAM_PREMATURE_CLOSE" || code === "ECONNRESET") {
    return new ConnectError("the client closed the call", Code.Canceled, undefined, undefined, err);
  }
  if (err instanceof Error && err.name === "AbortError") {
    return new ConnectError("the call was cancelled", Code.Canceled, undefined, undefined, err);
  }
  if (err instanceof Error && err.name === "TimeoutError") {
    return dbxError(ErrorReason.DEADLINE_EXCEEDED, "the deadline passed", {}, err);
  }
  return dbxError(ErrorReason.INTERNAL, "internal error", {}, err);
}

/** connect-es's own errors quote input too (a JSON field's bad value): cut them like DBX's. */
function withCappedMessage(err: ConnectError): ConnectError {
  if (err.rawMessage.length <= MAX_MESSAGE_CHARS) return err;
  const capped = new ConnectError(capText(err.rawMessage, MAX_MESSAGE_CHARS), err.code, err.metadata, undefined, err.cause);
  capped.details = err.details;
  return capped;
}
