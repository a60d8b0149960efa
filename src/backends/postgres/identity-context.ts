import type { ConnectError } from "@connectrpc/connect";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import { dbxError } from "../../errors/dbx-error.js";
import type { SqlSession } from "../facets/sql.js";
import type { CallerIdentity } from "../operation-context.js";
import type { PostgresOptions } from "./options.js";

export type IdentityContextOptions = NonNullable<PostgresOptions["identityContext"]>;

const NO_SETTINGS: Readonly<Record<string, string>> = Object.freeze({});

/**
 * The database role and settings of a caller, by
 * backends.<name>.identityContext, as PostgREST gives them to row-level
 * security: the role from a claim or from the caller's DBX role, settings
 * such as `request.jwt.claims` from the credential. The mapping is the
 * operator's and trusted; the values come from the credential, so a role
 * read from a claim must still be listed in sessionContext.allowedRoles.
 * A caller without a credential gets `anonymousRole` and no settings.
 */
export class IdentityContext {
  /** Resolved per identity object: a call asks twice (whether a session applies, then to apply it). */
  readonly #resolved = new WeakMap<CallerIdentity, SqlSession | ConnectError>();
  readonly #settingNames: ReadonlySet<string>;

  constructor(
    private readonly backend: string,
    private readonly options: IdentityContextOptions,
    /** sessionContext.allowedRoles: the roles a claim may name. */
    private readonly allowedRoles: readonly string[],
  ) {
    this.#settingNames = new Set(Object.keys(options.settings));
  }

  /** Whether the role is the identity's to give (role or anonymousRole configured): a call's session context may not change it. */
  get ownsRole(): boolean {
    return this.options.role !== undefined || this.options.anonymousRole !== undefined;
  }

  /** Whether `name` is a setting the identity gives: a call's session context may not change it. */
  ownsSetting(name: string): boolean {
    return this.#settingNames.has(name);
  }

  /** The caller's role ("" for DBX's own) and settings; PERMISSION_DENIED when the credential names no role the configuration accepts. */
  sessionOf(identity: CallerIdentity): SqlSession {
    let resolved = this.#resolved.get(identity);
    if (resolved === undefined) {
      try {
        resolved = this.#resolve(identity);
      } catch (err) {
        resolved = err as ConnectError;
      }
      this.#resolved.set(identity, resolved);
    }
    if (resolved instanceof Error) throw resolved;
    return resolved;
  }

  #resolve(identity: CallerIdentity): SqlSession {
    if (identity.via === "none" || identity.via === "anonymous") return { role: this.options.anonymousRole ?? "", settings: NO_SETTINGS };
    const settings: Record<string, string> = {};
    for (const [name, source] of Object.entries(this.options.settings)) settings[name] = settingValue(identity, source);
    return { role: this.#roleOf(identity), settings };
  }

  #roleOf(identity: CallerIdentity): string {
    const rule = this.options.role;
    if (rule === undefined) return "";
    if ("fromClaim" in rule) {
      const role = identity.claims?.[rule.fromClaim];
      if (typeof role !== "string" || role === "") {
        throw this.#denied(`the caller's credential has no "${rule.fromClaim}" claim naming a database role (identityContext.role.fromClaim)`, { claim: rule.fromClaim });
      }
      if (!this.allowedRoles.includes(role)) {
        throw this.#denied(`database role "${role}" of the caller's "${rule.fromClaim}" claim is not allowed: sessionContext.allowedRoles of the backend lists the roles a claim may name`, { role });
      }
      return role;
    }
    // The configuration's order decides for a caller with several DBX roles.
    for (const [dbxRole, role] of Object.entries(rule.fromDbxRoles)) if (identity.roles.includes(dbxRole)) return role;
    throw this.#denied(`none of the caller's roles (${identity.roles.join(", ") || "none"}) has a database role in identityContext.role.fromDbxRoles`, {});
  }

  #denied(message: string, metadata: Record<string, string>): ConnectError {
    return dbxError(ErrorReason.PERMISSION_DENIED, message, { backend: this.backend, ...metadata });
  }
}

/**
 * A setting's value by its source. A claim that is missing is "" (the
 * setting is still set, so nothing earlier in an interactive transaction
 * stands in for it); one that is not a string is its JSON. A caller without
 * claims (an API key) has `{"sub": <key id>, "roles": [...]}` as "claims".
 */
function settingValue(identity: CallerIdentity, source: string): string {
  switch (source) {
    case "claims":
      return JSON.stringify(identity.claims ?? { sub: identity.subject, roles: identity.roles });
    case "subject":
      return identity.subject;
    case "roles":
      return JSON.stringify(identity.roles);
    default: {
      const value = identity.claims?.[source.slice("claim:".length)];
      if (value === undefined || value === null) return "";
      return typeof value === "string" ? value : JSON.stringify(value);
    }
  }
}
