import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config/config-error.js";
import { DEFAULT_SQLITE_URL, loadConfig } from "../../src/config/load.js";
import { DEFAULT_PORT } from "../../src/config/schema.js";

describe("loadConfig", () => {
  it("defaults to SQLite under ./data on 127.0.0.1 and the documented port", () => {
    const config = loadConfig({}, {});
    expect(config.server.host).toBe("127.0.0.1");
    expect(config.server.port).toBe(DEFAULT_PORT);
    expect(config.defaultBackend).toBe("default");
    expect(config.backends).toEqual({ default: { url: DEFAULT_SQLITE_URL } });
  });

  it("keeps the embedded default beside added backends unless another default is chosen", () => {
    const added = loadConfig({ backend: ["cache=redis://localhost:6379"] }, {});
    expect(Object.keys(added.backends).sort()).toEqual(["cache", "default"]);
    const chosen = loadConfig({ backend: ["cache=redis://localhost:6379"], defaultBackend: "cache" }, {});
    expect(Object.keys(chosen.backends)).toEqual(["cache"]);
  });

  it("serves :memory: with --memory", () => {
    expect(loadConfig({ memory: true }, {}).backends.default.url).toBe("sqlite::memory:");
  });

  it("layers file < environment < flags", async () => {
    const dir = await mkdtemp(join(tmpdir(), "dbx-config-"));
    const file = join(dir, "dbx.yaml");
    await writeFile(
      file,
      "server:\n  host: 0.0.0.0\n  port: 1000\n  logLevel: warn\nbackends:\n  default:\n    url: \"sqlite::memory:\"\n  cache:\n    url: redis://localhost:6379\n    enableScripting: true\n",
    );
    const config = loadConfig(
      { config: file, port: "3000" },
      { DBX_PORT: "2000", DBX_HOST: "127.0.0.2", DBX_BACKEND_EXTRA_DB_URL: "sqlite::memory:" },
    );
    expect(config.server.port).toBe(3000);
    expect(config.server.host).toBe("127.0.0.2");
    expect(config.server.logLevel).toBe("warn");
    expect(Object.keys(config.backends).sort()).toEqual(["cache", "default", "extra-db"]);
    expect(config.backends.cache.enableScripting).toBe(true);
  });

  it("reads DBX_CONFIG and JSON files, expanding ${VAR}", async () => {
    const dir = await mkdtemp(join(tmpdir(), "dbx-config-"));
    const file = join(dir, "dbx.json");
    await writeFile(file, JSON.stringify({ backends: { default: { url: "redis://:${TEST_SECRET}@h:6379" } } }));
    process.env.TEST_SECRET = "s3cret";
    const config = loadConfig({}, { DBX_CONFIG: file });
    expect(config.backends.default.url).toBe("redis://:s3cret@h:6379");
  });

  it.each([
    [{ port: "99999" }, {}, /server\.port/],
    [{ port: "abc" }, {}, /server\.port/],
    [{ logLevel: "loud" }, {}, /server\.logLevel/],
    [{ backend: ["Bad Name=sqlite::memory:"] }, {}, /backends\.Bad Name/],
    [{ defaultBackend: "missing" }, {}, /defaultBackend: no backend named "missing"/],
    [{ backend: ["novalue"] }, {}, /--backend novalue: expected name=url/],
    [{ config: "/nonexistent/dbx.yaml" }, {}, /config file \/nonexistent\/dbx.yaml/],
  ] as const)("names the bad field: %j", (flags, env, message) => {
    expect(() => loadConfig(flags as never, env)).toThrow(ConfigError);
    expect(() => loadConfig(flags as never, env)).toThrow(message);
  });

  it("rejects unknown server settings by name", async () => {
    const dir = await mkdtemp(join(tmpdir(), "dbx-config-"));
    const file = join(dir, "dbx.yaml");
    await writeFile(file, "server:\n  prot: 1\n");
    expect(() => loadConfig({ config: file }, {})).toThrow(/server: Unrecognized key: "prot"|prot/);
  });
});
