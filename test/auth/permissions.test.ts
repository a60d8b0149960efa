import { describe, expect, it } from "vitest";
import { AuthConfigSchema, type RoleConfig } from "../../src/config/auth-schema.js";
import { NamePattern } from "../../src/auth/name-pattern.js";
import { Permissions, type PermissionRequest } from "../../src/auth/permissions.js";
import { ANY_KEY, NO_KEY, type KeyScope } from "../../src/backends/key-scope.js";

const roles = (config: Record<string, unknown>): Record<string, RoleConfig> => AuthConfigSchema.parse({ roles: config }).roles;
const get: PermissionRequest = { procedure: "dbx.v1.DataService/Get", group: "read" };
const put: PermissionRequest = { procedure: "dbx.v1.DataService/Put", group: "write" };
const sql: PermissionRequest = { procedure: "dbx.sql.v1.SqlService/Query", group: "native-query" };

describe("name patterns match by scanning, `*` as any run of characters", () => {
  it.each([
    ["*", "anything", true],
    ["*", "", true],
    ["orders", "orders", true],
    ["orders", "orders2", false],
    ["audit_*", "audit_2024", true],
    ["audit_*", "audit_", true],
    ["audit_*", "xaudit_1", false],
    ["*_archive", "orders_archive", true],
    ["*_archive", "orders_archived", false],
    ["a*b*c", "abc", true],
    ["a*b*c", "aXbYc", true],
    ["a*b*c", "acb", false],
    ["ab*ba", "aba", false],
    ["dbx.redis.v1.RedisService/*", "dbx.redis.v1.RedisService/Get", true],
  ])("%s against %s: %s", (pattern, name, expected) => {
    expect(new NamePattern(pattern).matches(name)).toBe(expected);
  });

  it("stays linear on a hostile pattern and name", () => {
    const pattern = new NamePattern(`${"a*".repeat(30)}b`);
    const started = performance.now();
    expect(pattern.matches("a".repeat(50_000))).toBe(false);
    // Generous: a backtracking matcher would not finish at all.
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe("permissions: rules of every role count together, deny wins", () => {
  const permissions = new Permissions(
    roles({
      reader: { rules: [{ allow: ["read", "stream"] }] },
      writer: { rules: [{ allow: ["read", "write"], collections: ["orders", "items_*"] }, { deny: ["write"], collections: ["items_locked"] }] },
      analyst: { rules: [{ allow: ["native-query"], backends: ["warehouse"] }, { allow: ["read"] }] },
      nobody: { rules: [{ allow: ["*"] }, { deny: ["*"] }] },
      main_only: { rules: [{ allow: ["read"], backends: ["main"] }] },
      getter: { rules: [{ allow: ["*"], methods: ["dbx.v1.DataService/Get"] }] },
    }),
  );

  it("the built-in admin may do everything, unless the configuration defines admin", () => {
    expect(permissions.allows(["admin"], sql, "any", "")).toBe(true);
    const own = new Permissions(roles({ admin: { rules: [{ allow: ["read"] }] } }));
    expect(own.allows(["admin"], put, "main", "orders")).toBe(false);
  });

  it("allows what a rule allows, and nothing for an unknown role or none", () => {
    expect(permissions.allows(["reader"], get, "main", "orders")).toBe(true);
    expect(permissions.allows(["reader"], put, "main", "orders")).toBe(false);
    expect(permissions.allows(["ghost"], get, "main", "orders")).toBe(false);
    expect(permissions.allows([], get, "main", "orders")).toBe(false);
  });

  it("scopes by collection pattern, and a deny for a collection wins over the allow", () => {
    expect(permissions.allows(["writer"], put, "main", "orders")).toBe(true);
    expect(permissions.allows(["writer"], put, "main", "items_2024")).toBe(true);
    expect(permissions.allows(["writer"], put, "main", "items_locked")).toBe(false);
    expect(permissions.allows(["writer"], put, "main", "customers")).toBe(false);
  });

  it("a call naming no collection is covered only by rules for every collection", () => {
    expect(permissions.allows(["writer"], put, "main", "")).toBe(false);
    expect(permissions.allows(["reader"], get, "main", "")).toBe(true);
  });

  it("scopes by backend and by method", () => {
    expect(permissions.allows(["analyst"], sql, "warehouse", "")).toBe(true);
    expect(permissions.allows(["analyst"], sql, "main", "")).toBe(false);
    expect(permissions.allows(["main_only"], get, "main", "x")).toBe(true);
    expect(permissions.allows(["main_only"], get, "other", "x")).toBe(false);
    expect(permissions.allows(["getter"], get, "main", "x")).toBe(true);
    expect(permissions.allows(["getter"], { procedure: "dbx.v1.DataService/Exists", group: "read" }, "main", "x")).toBe(false);
  });

  it("roles add up; a deny in any of them wins", () => {
    expect(permissions.allows(["reader", "writer"], put, "main", "orders")).toBe(true);
    expect(permissions.allows(["writer", "nobody"], get, "main", "orders")).toBe(false);
  });

  it("early: refused before the backend is known when no rule allows the operation anywhere, or a deny covers everywhere", () => {
    expect(permissions.early(["reader"], put)).toBe("denied");
    expect(permissions.early(["writer"], put)).toBe("undecided");
    expect(permissions.early(["nobody"], get)).toBe("denied");
    expect(permissions.early(["analyst"], sql)).toBe("undecided");
    expect(permissions.early([], get)).toBe("denied");
  });
});

describe("name patterns against every name with a prefix (a Redis collection's keys)", () => {
  it.each([
    ["*", "session:", true, true],
    ["session:*", "session:", true, true],
    ["sess*", "session:", true, true],
    ["*:*", "session:", true, true],
    ["session:a*", "session:", false, true],
    ["session:*:x", "session:", false, true],
    ["session:abc", "session:", false, true],
    ["sess", "session:", false, false],
    ["cache:*", "session:", false, false],
    ["*x", "session:", false, true],
    ["s*n:*", "session:", true, true],
  ])("%s against every name starting with %s: all %s, some %s", (pattern, prefix, every, some) => {
    expect(new NamePattern(pattern).matchesEveryNameStartingWith(prefix)).toBe(every);
    expect(new NamePattern(pattern).matchesSomeNameStartingWith(prefix)).toBe(some);
  });
});

describe("key rules: every Redis key a call touches is allowed by some rule and denied by none", () => {
  const redisGet: PermissionRequest = { procedure: "dbx.redis.v1.RedisService/Get", group: "read" };
  const redisSet: PermissionRequest = { procedure: "dbx.redis.v1.RedisService/Set", group: "write" };
  const keys = (...names: (string | Uint8Array)[]): KeyScope => ({ kind: "keys", keys: names.map((n) => (typeof n === "string" ? new TextEncoder().encode(n) : n)) });
  const prefix = (p: string): KeyScope => ({ kind: "prefix", prefix: p });
  const permissions = new Permissions(
    roles({
      sessions: { rules: [{ allow: ["read", "write"], keys: ["session:*"] }] },
      cache_reader: { rules: [{ allow: ["read"], keys: ["cache:*"] }] },
      no_secrets: { rules: [{ allow: ["*"] }, { deny: ["*"], keys: ["secret:*"] }] },
      reader: { rules: [{ allow: ["read"] }] },
      latin: { rules: [{ allow: ["read"], keys: ["clé:*"] }] },
    }),
  );

  it("allows keys its patterns match, and names the first key it refuses", () => {
    expect(permissions.refusal(["sessions"], redisGet, "cache", "", keys("session:1"))).toBeUndefined();
    expect(permissions.refusal(["sessions"], redisSet, "cache", "", keys("session:1", "session:2"))).toBeUndefined();
    expect(permissions.refusal(["sessions"], redisGet, "cache", "", keys("session:1", "cache:2", "other"))).toEqual({ key: "cache:2" });
    expect(permissions.refusal(["cache_reader"], redisSet, "cache", "", keys("cache:1"))).toEqual({});
  });

  it("keys of one call may be allowed by different rules and roles", () => {
    expect(permissions.refusal(["sessions", "cache_reader"], redisGet, "cache", "", keys("session:1", "cache:2"))).toBeUndefined();
    expect(permissions.refusal(["sessions", "cache_reader"], redisSet, "cache", "", keys("session:1", "cache:2"))).toEqual({ key: "cache:2" });
  });

  it("a deny for some keys wins over an allow for every key", () => {
    expect(permissions.refusal(["no_secrets"], redisSet, "cache", "", keys("public:1"))).toBeUndefined();
    expect(permissions.refusal(["no_secrets"], redisSet, "cache", "", keys("public:1", "secret:2"))).toEqual({ key: "secret:2" });
    expect(permissions.refusal(["no_secrets", "reader"], redisGet, "cache", "", keys("secret:2"))).toEqual({ key: "secret:2" });
  });

  it("keys DBX cannot know are allowed only by rules for every key, and refused by any deny for some keys", () => {
    expect(permissions.refusal(["sessions"], redisGet, "cache", "", ANY_KEY)).toEqual({ key: "*" });
    expect(permissions.refusal(["reader"], redisGet, "cache", "", ANY_KEY)).toBeUndefined();
    expect(permissions.refusal(["no_secrets"], redisSet, "cache", "", ANY_KEY)).toEqual({ key: "*" });
  });

  it("a call that names no key is allowed only by rules for every key, and no deny for some keys refuses it", () => {
    expect(permissions.refusal(["sessions"], redisGet, "cache", "", NO_KEY)).toEqual({});
    expect(permissions.refusal(["no_secrets"], redisGet, "cache", "", NO_KEY)).toBeUndefined();
  });

  it("a collection's keys (a universal call on Redis) are allowed when a pattern covers all of them", () => {
    expect(permissions.refusal(["sessions"], get, "cache", "session", prefix("session:"))).toBeUndefined();
    expect(permissions.refusal(["sessions"], get, "cache", "sessions", prefix("sessions:"))).toEqual({ key: "sessions:*" });
    expect(permissions.refusal(["no_secrets"], put, "cache", "secret", prefix("secret:"))).toEqual({ key: "secret:*" });
    expect(permissions.refusal(["no_secrets"], put, "cache", "public", prefix("public:"))).toBeUndefined();
  });

  it("rules with key patterns neither allow nor deny calls on other backends", () => {
    expect(permissions.allows(["sessions"], get, "main", "session")).toBe(false);
    expect(permissions.allows(["no_secrets"], put, "main", "secret")).toBe(true);
  });

  it("matches a key's UTF-8 text; a key that is not UTF-8 only matches `*`, and is named in hex", () => {
    expect(permissions.refusal(["latin"], redisGet, "cache", "", keys("clé:1"))).toBeUndefined();
    const notUtf8 = new Uint8Array([0x63, 0x6c, 0xe9, 0x3a, 0x31]); // "clé:1" in latin1
    expect(permissions.refusal(["latin"], redisGet, "cache", "", keys(notUtf8))).toEqual({ key: "0x636ce93a31" });
    expect(permissions.refusal(["reader"], redisGet, "cache", "", keys(notUtf8))).toBeUndefined();
    expect(permissions.refusal(["no_secrets"], redisGet, "cache", "", keys(notUtf8))).toBeUndefined();
  });

  it("early: a deny for some keys does not refuse before the keys are known", () => {
    expect(permissions.early(["no_secrets"], redisSet)).toBe("undecided");
    expect(permissions.early(["cache_reader"], redisSet)).toBe("denied");
  });

  it("is only worked out where some rule has key patterns", () => {
    expect(permissions.keyScoped).toBe(true);
    expect(new Permissions(roles({ reader: { rules: [{ allow: ["read"], keys: ["*"] }] } })).keyScoped).toBe(false);
  });
});

describe("auth configuration is checked when it loads", () => {
  it.each([
    [{ required: true, anonymousRole: "reader", roles: { reader: {} }, jwt: { secret: "x".repeat(32) } }, "anonymousRole"],
    [{ required: true }, "required"],
    [{ jwt: {} }, "jwt"],
    [{ anonymousRole: "ghost" }, "anonymousRole"],
    [{ jwt: { secret: "short" } }, "jwt.secret"],
    [{ roles: { reader: { rules: [{ allow: ["read"], deny: ["write"] }] } } }, "roles.reader.rules.0"],
    [{ roles: { reader: { rules: [{ allow: ["reed"] }] } } }, "roles.reader.rules.0"],
    [{ roles: { reader: { rules: [{ allow: ["read"], keys: [] }] } } }, "roles.reader.rules.0"],
    [{ roles: { reader: { rules: [{ allow: ["read"], keys: [""] }] } } }, "roles.reader.rules.0"],
  ])("%j is refused at %s", (auth, path) => {
    const result = AuthConfigSchema.safeParse(auth);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join("."))).toContainEqual(expect.stringContaining(path));
  });
});
