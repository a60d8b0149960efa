import type { DescService } from "@bufbuild/protobuf";
import { authConfigured, type AuthConfig } from "../config/auth-schema.js";
import type { CallMiddleware } from "../pipeline/call-pipeline.js";
import { accessControlMiddleware } from "./access-control.js";
import type { ApiKeyStore } from "./api-keys/index.js";
import { AuditLog } from "./audit-log.js";
import { Authenticator } from "./authenticator.js";
import { jwtVerifierOptions } from "./jwt-config.js";
import { createTokenVerifier } from "./jwt/index.js";
import { operationGroups } from "./operation-groups.js";
import { Permissions } from "./permissions.js";

/** Authentication and authorization as the configuration sets them up. */
export interface AccessControl {
  /** The call pipeline's part: identity, then the first half of authorization. */
  readonly middleware: CallMiddleware;
  /** The roles, for the call resolver's half of authorization. */
  readonly permissions: Permissions;
  readonly audit: AuditLog | undefined;
}

/** Access control for `auth`; undefined where no authentication is configured (every call is served, on loopback only). */
export function createAccessControl(auth: AuthConfig, services: readonly DescService[], apiKeys: ApiKeyStore | undefined): AccessControl | undefined {
  if (!authConfigured(auth)) return undefined;
  const permissions = new Permissions(auth.roles);
  const audit = auth.audit ? AuditLog.toFile(auth.audit.file) : undefined;
  const authenticator = new Authenticator({
    anonymousRoles: auth.anonymousRole === undefined ? undefined : [auth.anonymousRole],
    tokens: auth.jwt && createTokenVerifier(jwtVerifierOptions(auth.jwt)),
    apiKeys,
  });
  return { middleware: accessControlMiddleware({ authenticator, permissions, groups: operationGroups(services), audit }), permissions, audit };
}
