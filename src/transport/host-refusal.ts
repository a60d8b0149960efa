import type { ConnectError } from "@connectrpc/connect";
import { ErrorReason } from "../../gen/ts/dbx/v1/errors_pb.js";
import { dbxError } from "../errors/dbx-error.js";
import { quoteInput } from "../errors/quoted-input.js";

/** PERMISSION_DENIED for a request naming a host the server does not answer for (DNS rebinding). */
export function hostRefusal(authority: string | undefined): ConnectError {
  const host = authority === undefined ? "no host" : `host ${quoteInput(authority)}`;
  return dbxError(
    ErrorReason.DISABLED,
    `${host}: requests must name a loopback host or one in server.allowedHosts`,
    { setting: "server.allowedHosts" },
  );
}
