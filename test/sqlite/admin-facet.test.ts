import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Code } from "@connectrpc/connect";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSqliteBackend } from "../../src/backends/sqlite/index.js";
import { expectError, record, v } from "../support/values.js";
import { ctx, openSqlite, type SqliteFixture } from "./sqlite-fixture.js";


async function collect(chunks: AsyncIterable<{ totalBytes?: bigint; data: Uint8Array }>) {
  const parts: Buffer[] = [];
  let total: bigint | undefined;
  let messages = 0;
  for await (const c of chunks) {
    if (messages === 0) total = c.totalBytes;
    else expect(c.totalBytes).toBeUndefined();
    parts.push(Buffer.from(c.data));
    messages++;
  }
  return { bytes: Buffer.concat(parts), total, messages };
}

describe.each([
  ["a database file", { memory: false }],
  ["an in-memory database", { memory: true }],
])("SqliteFacet on %s", (_, options) => {
  let f: SqliteFixture;
  beforeAll(async () => {
    f = await openSqlite(options);
    await f.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, x TEXT)");
    for (let i = 1; i <= 200; i++) await f.backend.put(ctx(), { target: { namespace: "", collection: "t" }, key: v.int(i), record: record({ x: v.str("x".repeat(100)) }), ttlMs: undefined });
  });
  afterAll(() => f.close());

  it("backs up to a file, refusing to overwrite unless asked", async () => {
    const path = join(f.dir, "backups/one.db");
    const written = await f.sqlite.backup(ctx(), { path: path, overwrite: false });
    expect(written.path).toBe(path);
    expect(written.sizeBytes).toBeGreaterThan(0n);
    const copy = new Database(path, { readonly: true });
    expect(copy.prepare("SELECT count(*) AS n FROM t").get()).toEqual({ n: 200 });
    copy.close();
    await expectError(f.sqlite.backup(ctx(), { path: path, overwrite: false }), Code.AlreadyExists);
    await f.sqlite.backup(ctx(), { path: path, overwrite: true });
  });

  it("streams a backup in chunks that form a database file", async () => {
    const { bytes, total, messages } = await collect(f.sqlite.backupStream(ctx(), { chunkSize: 4096 }));
    expect(BigInt(bytes.length)).toBe(total);
    expect(messages).toBe(Math.ceil(bytes.length / 4096));
    expect(bytes.subarray(0, 16).toString("latin1")).toBe("SQLite format 3\0");
    const file = join(f.dir, "streamed.db");
    await writeFile(file, bytes);
    const copy = new Database(file, { readonly: true });
    expect(copy.prepare("SELECT count(*) AS n FROM t").get()).toEqual({ n: 200 });
    copy.close();
  });

  it("restores from a backup, replacing everything", async () => {
    const path = join(f.dir, "restore-me.db");
    await f.sqlite.backup(ctx(), { path: path, overwrite: false });
    await f.backend.put(ctx(), { target: { namespace: "", collection: "t" }, key: v.int(999), record: record({ x: v.str("after backup") }), ttlMs: undefined });
    await f.exec("CREATE TABLE extra (a)");
    const prepared = await f.sql.prepare(ctx(), { namespace: "", sql: "SELECT count(*) FROM t" });
    const restored = await f.sqlite.restore(ctx(), { path: path });
    expect(restored.sizeBytes).toBeGreaterThan(0n);
    expect(await f.backend.count(ctx(), { target: { namespace: "", collection: "t" }, filter: undefined })).toBe(200n);
    await expectError(f.backend.count(ctx(), { target: { namespace: "", collection: "extra" }, filter: undefined }), Code.NotFound, { reason: "ERROR_REASON_UNKNOWN_COLLECTION" });
    // Prepared statements survive, compiled again on the restored database.
    const res = await f.sql.query(ctx(), { namespace: "", statement: { source: { statementId: prepared.statementId }, params: [] }, maxRows: 1, maxBytes: Infinity });
    expect(res.rows[0][0]).toEqual(v.int(200));
    await f.backend.put(ctx(), { target: { namespace: "", collection: "t" }, key: v.int(1000), record: record({ x: v.str("writable") }), ttlMs: undefined });
  });

  it("refuses to restore something that is not a SQLite database", async () => {
    const bogus = join(f.dir, "bogus.db");
    await writeFile(bogus, "this is not a database, just some text that is long enough".repeat(100));
    await expectError(f.sqlite.restore(ctx(), { path: bogus }), Code.InvalidArgument, { reason: "ERROR_REASON_INVALID_FIELD", message: /^path: / });
    await expectError(f.sqlite.restore(ctx(), { path: join(f.dir, "missing.db") }), Code.InvalidArgument, { message: /no file/ });
    expect(await f.backend.count(ctx(), { target: { namespace: "", collection: "t" }, filter: undefined })).toBe(201n);
  });

  it("reads and sets allow-listed pragmas", async () => {
    expect(await f.sqlite.getPragma(ctx(), { name: "foreign_keys" })).toEqual(v.int(1));
    expect(await f.sqlite.setPragma(ctx(), { name: "user_version", value: v.int(42) })).toEqual(v.int(42));
    expect(await f.sqlite.getPragma(ctx(), { name: "user_version" })).toEqual(v.int(42));
    expect(await f.sqlite.setPragma(ctx(), { name: "synchronous", value: v.str("normal") })).toEqual(v.str("normal"));
    expect(await f.sqlite.setPragma(ctx(), { name: "busy_timeout", value: v.int(1234) })).toEqual(v.int(1234));
    expect(await f.sqlite.setPragma(ctx(), { name: "foreign_keys", value: v.bool(false) })).toEqual(v.int(0));
    await f.sqlite.setPragma(ctx(), { name: "foreign_keys", value: v.bool(true) });
    const journal = await f.sqlite.getPragma(ctx(), { name: "journal_mode" });
    expect(journal).toEqual(v.str(options.memory ? "memory" : "wal"));
    expect((await f.sqlite.getPragma(ctx(), { name: "page_size" })).kind.case).toBe("intValue");
  });

  it.each([
    ["writable_schema", v.bool(true), /^name: .*not one of the pragmas/],
    ["page_count", v.int(1), /^name: .*read-only/],
    ["journal_mode", v.str("wal; DROP TABLE t"), /^value: /],
    ["synchronous", v.int(7), /^value: /],
    ["user_version", v.int(2n ** 40n), /^value: /],
    ["foreign_keys", v.str("yes"), /^value: /],
    ["__proto__", v.int(1), /^name: /],
  ] as const)("refuses pragma %s = %o", async (name, value, message) => {
    await expectError(f.sqlite.setPragma(ctx(), { name: name, value: value }), Code.InvalidArgument, { reason: "ERROR_REASON_INVALID_FIELD", message });
  });

  it("checks integrity", async () => {
    expect(await f.sqlite.integrityCheck(ctx(), { quick: false, maxProblems: 0 })).toEqual({ ok: true, problems: [] });
    expect(await f.sqlite.integrityCheck(ctx(), { quick: true, maxProblems: 10 })).toEqual({ ok: true, problems: [] });
  });

  it("vacuums in place and into a new file", async () => {
    await f.exec("DELETE FROM t WHERE id > 10");
    const inPlace = await f.sqlite.vacuum(ctx(), { intoPath: undefined });
    expect(inPlace.path).toBe("");
    const into = join(f.dir, "compact/copy.db");
    const written = await f.sqlite.vacuum(ctx(), { intoPath: into });
    expect(written.path).toBe(into);
    const copy = new Database(into, { readonly: true });
    expect(copy.prepare("SELECT count(*) AS n FROM t").get()).toEqual({ n: 10 });
    copy.close();
    await expectError(f.sqlite.vacuum(ctx(), { intoPath: into }), Code.AlreadyExists);
  });
});

describe("SqliteFacet file confinement and read-only backends", () => {
  it("keeps server paths inside fileDirectory", async () => {
    const g = await openSqlite({ memory: true });
    const confined = await openSqlite({ memory: true, fileDirectory: join(g.dir, "files") });
    try {
      const inside = await confined.sqlite.backup(ctx(), { path: "nightly/a.db", overwrite: false });
      expect(inside.path).toBe(join(g.dir, "files/nightly/a.db"));
      for (const path of ["../escape.db", join(g.dir, "other.db"), "/etc/passwd"]) {
        await expectError(confined.sqlite.backup(ctx(), { path: path, overwrite: true }), Code.PermissionDenied, {
          reason: "ERROR_REASON_DISABLED",
          message: /^path: .*outside/,
        });
      }
      await expectError(confined.sqlite.vacuum(ctx(), { intoPath: "../x.db" }), Code.PermissionDenied, { message: /^into_path: / });
      await expectError(confined.sqlite.restore(ctx(), { path: "../x.db" }), Code.PermissionDenied);
    } finally {
      await confined.close();
      await g.close();
    }
  });

  it("answers PERMISSION_DENIED for writes to a read-only backend", async () => {
    const rw = await openSqlite();
    await rw.exec("CREATE TABLE t (id INTEGER PRIMARY KEY)");
    const path = join(rw.dir, "data/test.db");
    const backend = createSqliteBackend("ro", { url: `sqlite:${path}`, readonly: true });
    await backend.open();
    try {
      expect(await backend.count(ctx(), { target: { namespace: "", collection: "t" }, filter: undefined })).toBe(0n);
      await expectError(backend.put(ctx(), { target: { namespace: "", collection: "t" }, key: v.int(1), record: record({}), ttlMs: undefined }), Code.PermissionDenied, { reason: "ERROR_REASON_DISABLED", message: /read-only/ });
      await expectError(backend.facets.sqlite!.restore(ctx(), { path }), Code.PermissionDenied);
    } finally {
      await backend.close();
      await rw.close();
    }
  });
});
