import { Code, ConnectError } from "@connectrpc/connect";
import { ErrorReason } from "../../gen/ts/dbx/v1/errors_pb.js";
import { asConnectError } from "./as-connect-error.js";
import { dbxError } from "./dbx-error.js";
import { unknownJsonFieldError, type JsonRequest } from "./unknown-json-field.js";

/** RESOURCE_EXHAUSTED (REQUEST_TOO_LARGE): the request message is larger than server.maxRequestBytes. */
export function requestTooLarge(limit: number, size?: number): ConnectError {
  const actual = size === undefined ? "" : ` (${size} bytes)`;
  return dbxError(ErrorReason.REQUEST_TOO_LARGE, `the request message${actual} is larger than server.maxRequestBytes (${limit} bytes)`, {
    limit: String(limit),
  });
}

/**
 * How connect-es (2.1.2, pinned) words the one request error that gRPC's and
 * Connect's specifications make INTERNAL: a compressed message without an
 * encoding.
 */
const COMPRESSED_WITHOUT_ENCODING = "received compressed envelope, but do not know how to decompress";

/**
 * The error for a request that failed while it was read or decoded, before
 * any DBX code ran: the client's doing. connect-es answers an undecodable
 * binary message (garbage, invalid UTF-8, nesting past the limit) or query
 * (bad base64 in a GET) with INTERNAL: INVALID_ARGUMENT here. An oversized
 * one gets a bare RESOURCE_EXHAUSTED: REQUEST_TOO_LARGE here, as
 * docs/errors.md lists it. A JSON request with a field its message does not
 * have answers INVALID_FIELD naming it (exactly when `request` carries the
 * JSON). Other protocol errors keep their code.
 */
export function asRequestError(err: unknown, maxRequestBytes: number, request?: JsonRequest): ConnectError {
  const error = asConnectError(err);
  if (error.code === Code.ResourceExhausted) return requestTooLarge(maxRequestBytes);
  if (error.code === Code.InvalidArgument) return unknownJsonFieldError(error, request) ?? error;
  if (error.code !== Code.Internal) return error;
  if (error.rawMessage.includes(COMPRESSED_WITHOUT_ENCODING)) {
    clientFaults.add(error);
    return error;
  }
  // connect-es says only "internal error" when what failed was not its own error (a base64 decoder's).
  const message = error.rawMessage === "internal error" ? "the request message could not be read" : error.rawMessage;
  return new ConnectError(message, Code.InvalidArgument, undefined, undefined, error.cause ?? error);
}

const clientFaults = new WeakSet<ConnectError>();

/**
 * Whether an error is the client's doing although its code is INTERNAL, as
 * the specifications require for a compressed message without an encoding:
 * logs need not treat it as DBX's failure.
 */
export function isClientFault(error: ConnectError): boolean {
  return clientFaults.has(error);
}
