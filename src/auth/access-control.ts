import type { ConnectError } from "@connectrpc/connect";
import type { OperationGroup } from "../config/auth-schema.js";
import type { CallMiddleware } from "../pipeline/call-pipeline.js";
import type { Call } from "../pipeline/call.js";
import type { AuditLog } from "./audit-log.js";
import type { Authenticator } from "./authenticator.js";
import { SERVER_SCOPED, UNGUARDED_SERVICES } from "./operation-groups.js";
import { permissionDenied } from "./permission-denied.js";
import type { Permissions } from "./permissions.js";

export interface AccessControlOptions {
  readonly authenticator: Authenticator;
  readonly permissions: Permissions;
  /** The operation group of every served RPC (operation-groups.ts). */
  readonly groups: ReadonlyMap<string, OperationGroup>;
  readonly audit?: AuditLog;
}

/**
 * Authentication and the first half of authorization, for every call on
 * both transport paths, before its request is read: the caller's identity
 * from its credential (UNAUTHENTICATED otherwise), then its roles against
 * what the call does. A call on the server itself (API keys, the server's
 * info) is decided here; a call on a backend is refused here when no rule
 * allows its operation anywhere, and decided by the call resolver once it
 * knows the backend and collection (CallResolver.authorize). Health and
 * reflection are not guarded.
 */
export function accessControlMiddleware(options: AccessControlOptions): CallMiddleware {
  const { authenticator, permissions, groups, audit } = options;
  return {
    name: "access-control",
    async onStart(call: Call) {
      if (UNGUARDED_SERVICES.has(call.service)) return;
      const procedure = `${call.service}/${call.method}`;
      // Every served RPC has a group; an RPC without one is refused, never let through.
      const group = groups.get(procedure) ?? "admin";
      call.access = { procedure, group };
      call.identity = await authenticator.authenticate(call.requestHeader);
      const roles = call.identity.roles;
      if (SERVER_SCOPED.has(procedure)) {
        if (!permissions.allows(roles, call.access, "", "")) throw permissionDenied(call.identity, call.access);
      } else if (permissions.early(roles, call.access) === "denied") {
        throw permissionDenied(call.identity, call.access);
      }
    },
    onEnd(call: Call, error: ConnectError | undefined) {
      audit?.callEnded(call, error);
    },
  };
}
