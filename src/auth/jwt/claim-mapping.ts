import type { JWTPayload } from "jose";
import { unauthenticated } from "../../errors/dbx-error.js";

/** Who a token's claims say the caller is. */
export interface TokenIdentity {
  readonly subject: string;
  readonly roles: readonly string[];
}

export interface ClaimMappingOptions {
  readonly subjectClaim: string;
  /** The path of claim names to the roles; one name for a top-level claim. */
  readonly rolePath: readonly string[];
  readonly defaultRole: string | undefined;
}

/**
 * Reads the subject and the roles from verified claims. A token without a
 * role (claim absent, null, "" or []) gets the default role, and is
 * refused when there is none: a caller the configuration gave no role could
 * do nothing anyway, and refusing says why at once.
 */
export class ClaimMapping {
  readonly #subjectClaim: string;
  readonly #rolePath: readonly string[];
  readonly #rolePathText: string;
  readonly #defaultRoles: readonly string[] | undefined;

  constructor(options: ClaimMappingOptions) {
    this.#subjectClaim = options.subjectClaim;
    this.#rolePath = options.rolePath;
    this.#rolePathText = options.rolePath.map((name) => JSON.stringify(name)).join(" > ");
    this.#defaultRoles = options.defaultRole === undefined ? undefined : Object.freeze([options.defaultRole]);
  }

  identityOf(claims: JWTPayload): TokenIdentity {
    const subject = claims[this.#subjectClaim];
    if (typeof subject !== "string" || subject === "") {
      throw unauthenticated(`the token has no "${this.#subjectClaim}" claim naming its subject (a non-empty string)`, "bearer");
    }
    return { subject, roles: this.#rolesOf(claims) };
  }

  #rolesOf(claims: JWTPayload): readonly string[] {
    const value = this.#roleClaim(claims);
    const roles = typeof value === "string" ? [value] : value;
    if (roles === undefined || roles.length === 0) {
      if (this.#defaultRoles !== undefined) return this.#defaultRoles;
      throw unauthenticated(`the token has no role: its claim ${this.#rolePathText} is absent or empty and no default role is configured`, "bearer");
    }
    return Object.freeze(roles);
  }

  /** The role claim's value: undefined when absent; a refusal when it is neither a string nor a list of strings. */
  #roleClaim(claims: JWTPayload): string | string[] | undefined {
    let value: unknown = claims;
    for (const name of this.#rolePath) {
      // Own properties only: a path segment such as "__proto__" or "constructor" finds nothing.
      if (typeof value !== "object" || value === null || Array.isArray(value) || !Object.hasOwn(value, name)) return undefined;
      value = (value as Record<string, unknown>)[name];
    }
    if (value === undefined || value === null || value === "") return undefined;
    if (typeof value === "string") return value;
    if (Array.isArray(value) && value.every((role): role is string => typeof role === "string" && role !== "")) return [...value];
    throw unauthenticated(`the token's role claim ${this.#rolePathText} is neither a role name nor a list of role names`, "bearer");
  }
}
