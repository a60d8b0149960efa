import { isUtf8 } from "node:buffer";
import type { KeyScope } from "../backends/key-scope.js";
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
export const BUILT_IN_ADMIN: RoleConfig = { rules: [{ allow: ["*"], backends: ["*"], collections: ["*"], keys: ["*"] }] };

/** Why a resolved call is refused: the key (as text; `*` for keys DBX cannot know) when key rules refused it. */
export interface Refusal {
  readonly key?: string;
}

const REFUSED: Refusal = {};

/**
 * A key as key patterns see it: its UTF-8 text; undefined for a key that is
 * not valid UTF-8, which only `*` matches.
 */
function keyText(key: Uint8Array): string | undefined {
  return isUtf8(key) ? Buffer.from(key.buffer, key.byteOffset, key.byteLength).toString("utf8") : undefined;
}

/** A key as a refusal names it: its text, or `0x` and its bytes in hex when it is not UTF-8. */
function keyLabel(key: Uint8Array): string {
  return keyText(key) ?? `0x${Buffer.from(key.buffer, key.byteOffset, key.byteLength).toString("hex")}`;
}

/** A rule with its patterns compiled. */
class Rule {
  readonly allow: boolean;
  readonly #groups: ReadonlySet<string>;
  readonly #backends: readonly NamePattern[];
  readonly #collections: readonly NamePattern[];
  readonly #methods: readonly NamePattern[] | undefined;
  /** The key patterns; undefined when the rule is for every key. */
  readonly keys: readonly NamePattern[] | undefined;
  /** Applies whatever the backend, collection and keys: it can decide a call before the call resolves them. */
  readonly unscoped: boolean;

  constructor(config: RuleConfig) {
    this.allow = "allow" in config;
    this.#groups = new Set("allow" in config ? config.allow : config.deny);
    this.#backends = config.backends.map((p) => new NamePattern(p));
    this.#collections = config.collections.map((p) => new NamePattern(p));
    this.#methods = config.methods?.map((p) => new NamePattern(p));
    this.keys = config.keys.includes("*") ? undefined : config.keys.map((p) => new NamePattern(p));
    this.unscoped = config.backends.every((p) => p === "*") && config.collections.every((p) => p === "*") && this.keys === undefined;
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

  /** Whether a key pattern of the rule matches `text` (a key's text; undefined for one that is not UTF-8). */
  matchesKey(text: string | undefined): boolean {
    return text !== undefined && this.keys!.some((k) => k.matches(text));
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
  /** Whether some rule has key patterns: only then are the keys of a call worked out. */
  readonly keyScoped: boolean;

  constructor(roles: Readonly<Record<string, RoleConfig>>) {
    const all = { admin: BUILT_IN_ADMIN, ...roles };
    this.#roles = new Map(Object.entries(all).map(([name, role]) => [name, role.rules.map((r) => new Rule(r))]));
    this.keyScoped = [...this.#roles.values()].some((rules) => rules.some((r) => r.keys !== undefined));
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

  /** Whether the roles may do what a resolved call asks, on its backend, collection and keys. */
  allows(roles: readonly string[], request: PermissionRequest, backend: string, collection: string, keys?: KeyScope): boolean {
    return this.refusal(roles, request, backend, collection, keys) === undefined;
  }

  /**
   * Undefined when the roles may do what a resolved call asks; otherwise why
   * not. `keys` are the Redis keys the call touches; undefined for a call on
   * another backend, which rules with `keys` patterns do not cover (they
   * neither allow nor deny it). Each key must be allowed by some rule and
   * denied by none; keys DBX cannot know are allowed only by rules for every
   * key and refused by any deny that covers the call.
   */
  refusal(roles: readonly string[], request: PermissionRequest, backend: string, collection: string, keys?: KeyScope): Refusal | undefined {
    let allowed = false;
    let keyAllows: Rule[] | undefined;
    for (const rule of this.#rulesOf(roles)) {
      if (!rule.covers(request, backend, collection)) continue;
      if (rule.keys === undefined) {
        if (!rule.allow) return REFUSED;
        allowed = true;
      } else if (keys !== undefined) {
        if (!rule.allow) {
          const denied = deniedKey(rule, keys);
          if (denied !== undefined) return { key: denied };
        } else (keyAllows ??= []).push(rule);
      }
    }
    if (allowed) return undefined;
    if (keys === undefined || keyAllows === undefined) return REFUSED;
    return keysAllowed(keyAllows, keys);
  }

  *#rulesOf(roles: readonly string[]): Iterable<Rule> {
    for (const role of roles) yield* this.#roles.get(role) ?? [];
  }
}

/** The key a deny rule with key patterns refuses in `keys`, if any (`*` for keys DBX cannot know). */
function deniedKey(rule: Rule, keys: KeyScope): string | undefined {
  switch (keys.kind) {
    case "any":
      return "*";
    case "prefix":
      return rule.keys!.some((k) => k.matchesSomeNameStartingWith(keys.prefix)) ? `${keys.prefix}*` : undefined;
    case "keys": {
      const denied = keys.keys.find((key) => rule.matchesKey(keyText(key)));
      return denied && keyLabel(denied);
    }
  }
}

/** Whether rules with key patterns allow every key of `keys` between them; undefined when they do. */
function keysAllowed(rules: readonly Rule[], keys: KeyScope): Refusal | undefined {
  switch (keys.kind) {
    case "any":
      return { key: "*" };
    case "prefix":
      return rules.some((r) => r.keys!.some((k) => k.matchesEveryNameStartingWith(keys.prefix))) ? undefined : { key: `${keys.prefix}*` };
    case "keys": {
      // A call that names no key is allowed by rules for every key only, as a call that names no collection is.
      if (keys.keys.length === 0) return REFUSED;
      const refused = keys.keys.find((key) => {
        const text = keyText(key);
        return !rules.some((r) => r.matchesKey(text));
      });
      return refused && { key: keyLabel(refused) };
    }
  }
}
