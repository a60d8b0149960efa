import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config/config-error.js";
import { createSqliteBackend } from "../../src/backends/sqlite/index.js";
import { parseSqliteSettings } from "../../src/backends/sqlite/options.js";

describe("SQLite backend options", () => {
  it.each([
    ["sqlite::memory:", { kind: "memory" }],
    ["sqlite:./data/dbx.sqlite", { kind: "file", path: resolve("data/dbx.sqlite") }],
    ["sqlite:/abs/path.db", { kind: "file", path: "/abs/path.db" }],
    ["sqlite:///abs/path.db", { kind: "file", path: "/abs/path.db" }],
  ])("reads %s", (url, location) => {
    expect(parseSqliteSettings("db", { url }).location).toEqual(location);
  });

  it("has defaults", () => {
    expect(parseSqliteSettings("db", { url: "sqlite::memory:" }).options).toMatchObject({
      readonly: false,
      journalMode: "WAL",
      busyTimeoutMs: 5000,
      statementCacheSize: 500,
    });
  });

  it.each([
    [{ url: "sqlite:" }, /^backends\.db\.url: a file path/],
    [{ url: "sqlite://relative/x.db" }, /^backends\.db\.url: .*absolute/],
    [{ url: "postgres://x" }, /^backends\.db\.url: /],
    [{ url: "sqlite::memory:", journalMode: "wal2" }, /^backends\.db\.journalMode: /],
    [{ url: "sqlite::memory:", busyTimeoutMs: -1 }, /^backends\.db\.busyTimeoutMs: /],
    [{ url: "sqlite::memory:", readonly: "yes" }, /^backends\.db\.readonly: /],
    [{ url: "sqlite::memory:", poolSize: 3 }, /^backends\.db\.\(options\): .*poolSize|backends\.db\..*poolSize/],
  ])("reports bad options by name: %o", (config, message) => {
    expect(() => parseSqliteSettings("db", config)).toThrow(ConfigError);
    expect(() => parseSqliteSettings("db", config)).toThrow(message);
  });

  it("creates the database file and its folder on open, in WAL mode", async () => {
    const dir = await mkdtemp(join(tmpdir(), "dbx-sqlite-open-"));
    try {
      const backend = createSqliteBackend("db", { url: `sqlite:${join(dir, "a/b/c.db")}` });
      await backend.open();
      expect((await stat(join(dir, "a/b/c.db"))).isFile()).toBe(true);
      expect(backend.stats().journal_mode).toBe("wal");
      await backend.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("answers UNAVAILABLE when a read-only database does not exist", async () => {
    const backend = createSqliteBackend("db", { url: "sqlite:/nonexistent/dir/x.db", readonly: true });
    await expect(backend.open()).rejects.toMatchObject({ code: 14 });
  });
});
