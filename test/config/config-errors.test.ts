import { describe, expect, it } from "vitest";
import { createRegistry } from "../../src/backends/adapters.js";
import { ConfigError } from "../../src/config/config-error.js";
import { loadConfig, validate, type ConfigFlags } from "../../src/config/load.js";

/** The message of the ConfigError that starting DBX with `flags` (and no environment) answers. */
function refusal(flags: ConfigFlags): string {
  try {
    createRegistry(loadConfig(flags, {}));
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).message;
  }
  throw new Error(`expected ${JSON.stringify(flags)} to be refused`);
}

describe("configuration errors say what is wrong and how to fix it", () => {
  it("a backend name that is not lowercase: the rule and the pattern, not zod's words", () => {
    const message = refusal({ backend: ["Cache=redis://localhost:6379"] });
    expect(message).toBe(
      "backends.Cache: a backend name is lowercase: 1 to 63 letters a-z, digits, '_' and '-', starting with a letter (pattern ^[a-z][a-z0-9_-]{0,62}$)",
    );
  });

  it("the same rule for the default backend's name", () => {
    expect(refusal({ defaultBackend: "Main" })).toMatch(/^defaultBackend: a backend name is lowercase: .*\(pattern \^\[a-z\]\[a-z0-9_-\]\{0,62\}\$\)$/m);
  });

  it.each([
    ["redis://localhost:6379", "Redis"],
    ["sqlite::memory:", "SQLite"],
    ["postgres://localhost/app", "PostgreSQL"],
  ])("an unknown adapter option (%s) is named as backends.<name>.<option>", (url, _) => {
    const config = loadConfig({ backend: [`cache=${url}`] }, {});
    Object.assign(config.backends.cache, { bogus: 1, keyPrefx: "a:" });
    let message = "";
    try {
      createRegistry(config);
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      message = (err as ConfigError).message;
    }
    expect(message.split("\n").sort()).toEqual(["backends.cache.bogus: unknown option", "backends.cache.keyPrefx: unknown option"]);
  });

  it("an unknown setting is named by its path", () => {
    let message = "";
    try {
      validate({ server: { prot: 1 }, transactions: { maxOpn: 2 } });
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      message = (err as ConfigError).message;
    }
    expect(message.split("\n")).toEqual(expect.arrayContaining(["server.prot: unknown setting", "transactions.maxOpn: unknown setting"]));
  });

  it("an unsupported URL scheme lists every scheme accepted, rediss: included", () => {
    const message = refusal({ backend: ["cache=mysql://localhost:3306"] });
    expect(message).toMatch(/^backends\.cache\.url: unsupported scheme "mysql"; expected one of /);
    for (const scheme of ["sqlite:", "redis:", "rediss:", "postgres:", "postgresql:", "mongodb:", "mongodb+srv:"]) expect(message).toContain(scheme);
  });

  it("rediss: is accepted", () => {
    expect(() => createRegistry(loadConfig({ backend: ["cache=rediss://localhost:6380"] }, {}))).not.toThrow();
  });

  it("mongodb: and mongodb+srv: are accepted, several hosts too, and the password never shows in the display URL", () => {
    const registry = createRegistry(loadConfig({ backend: ["docs=mongodb://app:s3cret@db1.internal:27017,db2.internal:27017/app?replicaSet=rs0"], defaultBackend: "docs" }, {}));
    expect(registry.get("docs").displayUrl).toBe("mongodb://app@db1.internal:27017,db2.internal:27017/app?replicaSet=rs0");
    expect(() => createRegistry(loadConfig({ backend: ["docs=mongodb+srv://cluster0.example.com/app"] }, {}))).not.toThrow();
    expect(refusal({ backend: ["docs=mongodb://localhost/bad.name"] })).toMatch(/^backends\.docs\.url: the database name cannot contain "\."/);
  });

  it("postgres: and postgresql: are accepted, and the password never shows in the display URL", () => {
    const registry = createRegistry(loadConfig({ backend: ["pg=postgresql://app:s3cret@db.internal:5432/app"], defaultBackend: "pg" }, {}));
    expect(registry.get("pg").displayUrl).toBe("postgresql://app@db.internal:5432/app");
    expect(() => createRegistry(loadConfig({ backend: ["pg=postgres://localhost/app"], defaultBackend: "pg" }, {}))).not.toThrow();
  });

  it("a bad PostgreSQL option is named as backends.<name>.<option>", () => {
    const refused = (options: Record<string, unknown>): string => {
      const config = loadConfig({ backend: ["pg=postgres://localhost/app"], defaultBackend: "pg" }, {});
      Object.assign(config.backends.pg, options);
      try {
        createRegistry(config);
      } catch (err) {
        expect(err).toBeInstanceOf(ConfigError);
        return (err as ConfigError).message;
      }
      throw new Error(`expected ${JSON.stringify(options)} to be refused`);
    };
    expect(refused({ poolSize: 0 })).toMatch(/^backends\.pg\.poolSize: /);
    expect(refused({ statementTimeoutMs: -1 })).toMatch(/^backends\.pg\.statementTimeoutMs: /);
    expect(refused({ sessionContext: { allowedRoles: ["web user; DROP"] } })).toMatch(/^backends\.pg\.sessionContext\.allowedRoles\.0: /);
    expect(refused({ tls: { caFile: "/no/such/ca.pem" } })).toMatch(/^backends\.pg\.tls\.caFile: cannot read \/no\/such\/ca\.pem/);
  });
});
