import { Code, ConnectError } from "@connectrpc/connect";
import { ErrorReason } from "../../gen/ts/dbx/v1/errors_pb.js";
import { asConnectError } from "./as-connect-error.js";
import { dbxError } from "./dbx-error.js";

/** RESOURCE_EXHAUSTED (REQUEST_TOO_LARGE): the request message is larger than server.maxRequestBytes. */
export function requestTooLarge(limit: number, size?: number): ConnectError {
  const actual = size === undefined ? "" : ` (${size} bytes)`;
  return dbxError(ErrorReason.REQUEST_TOO_LARGE, `the request message${actual} is larger than server.maxRequestBytes (${limit} bytes)`, {
    limit: String(limit),
  });
}

/** How connect-es (2.1.2, pinned) words a binary request message that does not decode. */
const UNDECODABLE_BINARY = "parse binary: ";

/**
 * The error for a request that failed while it was read or decoded, before
 * any DBX code ran. connect-es answers an undecodable binary message
 * (garbage, invalid UTF-8, nesting past the limit) with INTERNAL and an
 * oversized one with a bare RESOURCE_EXHAUSTED; both are the client's doing:
 * INVALID_ARGUMENT, and REQUEST_TOO_LARGE as docs/errors.md lists it. Other
 * protocol errors keep the code the protocols specify (a compressed message
 * without an encoding is INTERNAL in gRPC's and Connect's specifications).
 */
export function asRequestError(err: unknown, maxRequestBytes: number): ConnectError {
  const error = asConnectError(err);
  if (error.code === Code.Internal && error.rawMessage.startsWith(UNDECODABLE_BINARY)) {
    return new ConnectError(error.rawMessage, Code.InvalidArgument, error.metadata, undefined, error.cause ?? error);
  }
  if (error.code === Code.ResourceExhausted) return requestTooLarge(maxRequestBytes);
  return error;
}
