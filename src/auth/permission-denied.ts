import type { ConnectError } from "@connectrpc/connect";
import { ErrorReason } from "../../gen/ts/dbx/v1/errors_pb.js";
import type { CallerIdentity } from "../backends/operation-context.js";
import { dbxError } from "../errors/dbx-error.js";
import { capText, MAX_QUOTED_CHARS, quoteInput } from "../errors/quoted-input.js";
import type { PermissionRequest } from "./permissions.js";

/**
 * PERMISSION_DENIED for a call the caller's roles do not allow: the message
 * names the roles, the operation group and where (with the refused Redis
 * key, when key rules refused it), so that an operator can find the rule to
 * change; it shows nothing of the request beyond that.
 */
export function permissionDenied(identity: CallerIdentity, request: PermissionRequest, backend?: string, collection?: string, key?: string): ConnectError {
  const roles = identity.roles.length === 0 ? "no role" : `role${identity.roles.length > 1 ? "s" : ""} ${identity.roles.map((r) => `"${r}"`).join(", ")}`;
  let where = backend === undefined ? "" : ` on backend "${backend}"${collection ? `, collection "${collection}"` : ""}`;
  // `*`: the call's keys cannot be known (a command line, a script, SCAN), so only rules for every key cover it.
  if (key !== undefined) where += key === "*" ? ", on keys DBX cannot know (only rules for every key allow it)" : `, key ${quoteInput(key)}`;
  const metadata: Record<string, string> = { group: request.group, procedure: request.procedure };
  if (backend !== undefined) metadata.backend = backend;
  if (collection) metadata.collection = collection;
  if (key !== undefined) metadata.key = capText(key, MAX_QUOTED_CHARS);
  return dbxError(ErrorReason.PERMISSION_DENIED, `${roles} may not call ${request.procedure} (operation group "${request.group}")${where}`, metadata);
}
