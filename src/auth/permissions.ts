import type { OperationGroup, RoleConfig, RuleConfig } from "../config/auth-schema.js";
import { NamePattern } from "./name-pattern.js";

/** What a call asks to do, as far as it is known: the backend and collection once the call resolved them. */
export interface PermissionRequest {
  /** `package.Service/Method`. */
  readonly procedure: string;
  readonly group: OperationGroup;
  /** The backend the call resolved to; undefined before it did. */
  readonly backend?: string;
  /** The collection the call names; "" when it names none. Undefined before the call resolved. */
  readonly collection?: string;
}

/** The role every operation is allowed to, unless the configuration defines `admin` itself. */
export const BUILT_IN_ADMIN: RoleConfig = { rules: [{ allow: ["*"], backends: ["*"], collections: ["*"] }] };

/** A rule with its patterns compiled. */
class Rule {
  readonly allow: boolean;
  readonly #groups: ReadonlySet<string>;
  readonly #backends: readonly NamePattern[];
  readonly #collections: readonly NamePattern[];
  readonly #methods: readonly NamePattern[] | undefined;
  /** Applies whatever the backend and collection: it can decide a call before the call resolves them. */
  readonly unscoped: boolean;

  constructor(config: RuleConfig) {
    this.allow = "allow" in config;
    this.#groups = new Set("allow" in config ? config.allow : config.deny);
    this.#backends = config.backends.map((p) => new NamePattern(p));
    this.#collections = config.collections.map((p) => new NamePattern(p));
    this.#methods = config.methods?.map((p) => new NamePattern(p));
    this.unscoped = config.backends.every((p) => p === "*") && config.collections.every((p) => p === "*");
  }

  /** Whether the rule applies to the operation itself (group and method), whatever its scope. */
  coversOperation(request: PermissionRequest): boolean {
    if (!this.#groups.has("*") && !this.#groups.has(request.group)) return false;
    return this.#methods === undefined || this.#methods.some((m) => m.matches(request.procedure));
  }

  /**
   * Whether the rule applies to a resolved call. A call that names no
   * collection (a statement, a Redis command, Ping) is covered only by rules
   * for every collection: a rule for `orders` grants nothing beyond it.
   */
  covers(request: PermissionRequest, backend: string, collection: string): boolean {
    if (!this.coversOperation(request)) return false;
    if (!this.#backends.some((b) => b.matches(backend))) return false;
    if (collection === "") return this.#collections.some((c) => c.pattern === "*");
    return this.#collections.some((c) => c.matches(collection));
  }
}

/** The verdict before a call resolved its backend: refused already, or to be decided once it has. */
export type EarlyVerdict = "denied" | "undecided";

/**
 * The roles of the configuration, compiled: whether a set of roles may do
 * what a call asks. Rules of all the caller's roles count together; any
 * matching deny wins over every allow.
 */
export class Permissions {
  readonly #roles: ReadonlyMap<string, readonly Rule[]>;

  constructor(roles: Readonly<Record<string, RoleConfig>>) {
    const all = { admin: BUILT_IN_ADMIN, ...roles };
    this.#roles = new Map(Object.entries(all).map(([name, role]) => [name, role.rules.map((r) => new Rule(r))]));
  }

  /** Whether a role of this name is configured (or built in). */
  hasRole(name: string): boolean {
    return this.#roles.has(name);
  }

  /**
   * Decides what can be decided before the call names its backend: denied
   * when no rule of the roles allows the operation anywhere, or a deny for
   * every backend and collection covers it.
   */
  early(roles: readonly string[], request: PermissionRequest): EarlyVerdict {
    let allowed = false;
    for (const rule of this.#rulesOf(roles)) {
      if (!rule.coversOperation(request)) continue;
      if (!rule.allow && rule.unscoped) return "denied";
      if (rule.allow) allowed = true;
    }
    return allowed ? "undecided" : "denied";
  }

  /** Whether the roles may do what a resolved call asks, on its backend and collection. */
  allows(roles: readonly string[], request: PermissionRequest, backend: string, collection: string): boolean {
    let allowed = false;
    for (const rule of this.#rulesOf(roles)) {
      if (!rule.covers(request, backend, collection)) continue;
      if (!rule.allow) return false;
      allowed = true;
    }
    return allowed;
  }

  *#rulesOf(roles: readonly string[]): Iterable<Rule> {
    for (const role of roles) yield* this.#roles.get(role) ?? [];
  }
}
