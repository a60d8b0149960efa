import { describe, expect, it } from "vitest";
import { AuthConfigSchema, type RoleConfig } from "../../src/config/auth-schema.js";
import { NamePattern } from "../../src/auth/name-pattern.js";
import { Permissions, type PermissionRequest } from "../../src/auth/permissions.js";

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

describe("auth configuration is checked when it loads", () => {
  it.each([
    [{ required: true, anonymousRole: "reader", roles: { reader: {} }, jwt: { secret: "x".repeat(32) } }, "anonymousRole"],
    [{ required: true }, "required"],
    [{ jwt: {} }, "jwt"],
    [{ anonymousRole: "ghost" }, "anonymousRole"],
    [{ jwt: { secret: "short" } }, "jwt.secret"],
    [{ roles: { reader: { rules: [{ allow: ["read"], deny: ["write"] }] } } }, "roles.reader.rules.0"],
    [{ roles: { reader: { rules: [{ allow: ["reed"] }] } } }, "roles.reader.rules.0"],
  ])("%j is refused at %s", (auth, path) => {
    const result = AuthConfigSchema.safeParse(auth);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join("."))).toContainEqual(expect.stringContaining(path));
  });
});
