import { Code, ConnectError } from "@connectrpc/connect";
import { ErrorReason } from "../../gen/ts/dbx/v1/errors_pb.js";
import { dbxError } from "../errors/dbx-error.js";
import type { CallAbort } from "./operation-context.js";

/**
 * The error of a call that ended because it was aborted (its CallAbort or
 * signal): DEADLINE_EXCEEDED (with `timedOut` as its message) when the
 * deadline passed, CANCELED when the client left.
 */
export function abortedCallError(abort: Pick<CallAbort, "reason">, backend: string, timedOut: string): ConnectError {
  const reason = abort.reason;
  const deadline = (reason instanceof ConnectError && reason.code === Code.DeadlineExceeded) || (reason instanceof Error && reason.name === "TimeoutError");
  if (deadline) return dbxError(ErrorReason.DEADLINE_EXCEEDED, timedOut, { backend });
  return new ConnectError("the call was cancelled", Code.Canceled);
}
