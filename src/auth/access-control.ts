import type { ConnectError } from "@connectrpc/connect";
import type { OperationGroup } from "../config/auth-schema.js";
import type { CallMiddleware } from "../pipeline/call-pipeline.js";
import type { Call } from "../pipeline/call.js";
import type { AuditLog } from "./audit-log.js";
import { identityKey } from "./backend-admission.js";
import type { CredentialWatch } from "./credential-watch.js";
import type { NetworkPolicy } from "./network/network-policy.js";
import type { RateLimit } from "./rate-limits/rate-limit.js";
import { rateLimitHeaders } from "./rate-limits/rate-limit-state.js";
import type { RateLimits } from "./rate-limits/rate-limits.js";
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
  /** Client address lists (auth.network); skipped when it restricts nothing. */
  readonly network?: NetworkPolicy;
  /** Calls per identity (auth.rateLimits); the limit of the caller's API key or role replaces the default. */
  readonly rateLimits?: { readonly limits: RateLimits; readonly ofRoles: (roles: readonly string[]) => RateLimit | undefined };
  /** Ends streams whose credential expires or is revoked. */
  readonly credentials?: CredentialWatch;
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
  const { authenticator, permissions, groups, audit, network, rateLimits, credentials } = options;
  return {
    name: "access-control",
    async onStart(call: Call) {
      if (UNGUARDED_SERVICES.has(call.service)) return;
      const procedure = `${call.service}/${call.method}`;
      // Every served RPC has a group; an RPC without one is refused, never let through.
      const group = groups.get(procedure) ?? "admin";
      call.access = { procedure, group };
      const address = network?.restricts ? network.admit(call.remoteAddress, call.requestHeader("x-forwarded-for")) : undefined;
      call.identity = await authenticator.authenticate(call.requestHeader, call.clientCertificate);
      const identity = call.identity;
      if (SERVER_SCOPED.has(procedure)) {
        if (!permissions.allows(identity.roles, call.access, "", "")) throw permissionDenied(identity, call.access);
      } else if (permissions.early(identity.roles, call.access) === "denied") {
        throw permissionDenied(identity, call.access);
      }
      if (rateLimits) {
        // Anonymous callers share no subject: each client address is counted apart (behind a trusted proxy, the client's).
        const key = identity.via === "anonymous" && address ? `ip:${address.address}` : identityKey(call);
        const state = await rateLimits.limits.consume(key, identity.rateLimit ?? rateLimits.ofRoles(identity.roles));
        if (state) for (const [name, value] of rateLimitHeaders(state)) call.setResponseHeader(name, value);
      }
      if (call.streaming && credentials) call.credentialEnd = credentials.watch(identity);
    },
    onEnd(call: Call, error: ConnectError | undefined) {
      call.credentialEnd?.stop();
      call.backendSlot?.release();
      audit?.callEnded(call, error);
    },
  };
}
