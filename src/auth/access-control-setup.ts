import type { DescService } from "@bufbuild/protobuf";
import { authConfigured, type AuthConfig } from "../config/auth-schema.js";
import type { CallMiddleware } from "../pipeline/call-pipeline.js";
import type { Logger } from "pino";
import { accessControlMiddleware } from "./access-control.js";
import { BackendAdmission } from "./backend-admission.js";
import { ConcurrencyLimits } from "./concurrency/concurrency-limits.js";
import { CredentialWatch } from "./credential-watch.js";
import { NetworkPolicy } from "./network/network-policy.js";
import { RateLimits } from "./rate-limits/rate-limits.js";
import type { ApiKeyStore } from "./api-keys/index.js";
import { AuditLog } from "./audit-log.js";
import { Authenticator } from "./authenticator.js";
import { ClientCertificateIdentities } from "./client-certificate-identity.js";
import { jwtVerifierOptions } from "./jwt-config.js";
import { createTokenVerifier } from "./jwt/index.js";
import { operationGroups } from "./operation-groups.js";
import { Permissions } from "./permissions.js";
import { RowFilters } from "./row-filters/row-filters.js";

/** Authentication and authorization as the configuration sets them up. */
export interface AccessControl {
  /** The call pipeline's part: identity, then the first half of authorization. */
  readonly middleware: CallMiddleware;
  /** The roles, for the call resolver's half of authorization. */
  readonly permissions: Permissions;
  /** The backends' limits, which the call resolver applies once a call names its backend. */
  readonly admission: BackendAdmission;
  /** The roles' row filters, which the call resolver applies to every call's backend. */
  readonly rowFilters: RowFilters;
  /** Flushes the audit log and closes the rate limits' Redis connection. */
  close(): Promise<void>;
}

/** Access control for `auth`; undefined where no authentication is configured (every call is served, on loopback only). */
export function createAccessControl(auth: AuthConfig, services: readonly DescService[], apiKeys: ApiKeyStore | undefined, logger: Logger): AccessControl | undefined {
  if (!authConfigured(auth)) return undefined;
  const permissions = new Permissions(auth.roles);
  const network = new NetworkPolicy(auth.network);
  const audit = auth.audit ? AuditLog.toFile(auth.audit.file) : undefined;
  const authenticator = new Authenticator({
    anonymousRoles: auth.anonymousRole === undefined ? undefined : [auth.anonymousRole],
    tokens: auth.jwt && createTokenVerifier(jwtVerifierOptions(auth.jwt)),
    apiKeys,
    clientCertificates: auth.clientCertificates && new ClientCertificateIdentities(auth.clientCertificates),
  });
  const limits = auth.rateLimits && new RateLimits({ store: auth.rateLimits.store, perIdentity: auth.rateLimits.perIdentity, log: logger });
  const ofRoles = (roles: readonly string[]) => roles.map((r) => auth.roles[r]?.rateLimit).find((limit) => limit !== undefined);
  const middleware = accessControlMiddleware({
    authenticator,
    permissions,
    groups: operationGroups(services),
    audit,
    network: network.restricts ? network : undefined,
    rateLimits: limits && { limits, ofRoles },
    credentials: new CredentialWatch(apiKeys),
  });
  const concurrency = auth.concurrency && new ConcurrencyLimits({ perBackend: auth.concurrency.perBackend, perIdentity: auth.concurrency.perIdentity });
  return {
    middleware,
    permissions,
    admission: new BackendAdmission(auth.rateLimits?.perBackend ?? {}, concurrency),
    rowFilters: new RowFilters(auth.roles),
    async close() {
      audit?.flush();
      await limits?.close();
    },
  };
}
