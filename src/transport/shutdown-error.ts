import type { ConnectError } from "@connectrpc/connect";
import { ErrorReason } from "../../gen/ts/dbx/v1/errors_pb.js";
import { dbxError } from "../errors/dbx-error.js";

/**
 * What calls still running when the shutdown grace period ends answer:
 * UNAVAILABLE, so that clients reconnect (to this server once it is back,
 * or another) and resume, e.g. a Watch from its last resume token.
 */
export function serverShuttingDown(): ConnectError {
  return dbxError(ErrorReason.SHUTTING_DOWN, "the server is shutting down: reconnect and resume");
}
