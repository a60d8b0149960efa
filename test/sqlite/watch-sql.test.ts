import { join } from "node:path";
import { Code } from "@connectrpc/connect";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ChangeType } from "../../gen/ts/dbx/v1/stream_pb.js";
import type { TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";
import { IsolationLevel } from "../../gen/ts/dbx/v1/transaction_pb.js";
import type { BackendTransaction, OperationContext, WatchEvent } from "../../src/backends/backend.js";
import { expectError, record, v } from "../support/values.js";
import { ctx, openSqlite, type SqliteFixture } from "./sqlite-fixture.js";

/** The events of a watch, read one at a time. */
function watcher(iterable: AsyncIterable<WatchEvent>) {
  const iterator = iterable[Symbol.asyncIterator]();
  return {
    iterator,
    async next(): Promise<WatchEvent> {
      const r = await iterator.next();
      if (r.done) throw new Error("watch ended");
      return r.value;
    },
  };
}

const change = (e: WatchEvent) =>
  e.type === "change"
    ? { type: e.change.type, collection: e.change.target?.collection, key: e.change.key?.kind.value, x: e.change.record?.fields.x?.kind.value }
    : e;

/** Whether `promise` settles within a short wait (it must not, when no event is due). */
async function settlesSoon(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  await new Promise((r) => setTimeout(r, 30));
  return settled;
}

describe("SQLite watch sees plain SQL", () => {
  let f: SqliteFixture;
  const statement = (text: string, ...params: TypedValue[]) => ({ source: { sql: text }, params });
  const sql = (text: string, ...params: TypedValue[]) => f.sql.exec(ctx(), { namespace: "", statement: statement(text, ...params) });
  const batch = (statements: ReturnType<typeof statement>[], atomic: boolean) =>
    f.sql.batch(ctx(), { namespace: "", statements, atomic, maxRows: 100, maxBytes: Infinity });
  const begin = (readOnly = false): Promise<BackendTransaction> =>
    f.backend.beginTransaction!(ctx(), { namespace: "", readOnly, isolationLevel: IsolationLevel.UNSPECIFIED, deferrable: false });
  const execute = (c: OperationContext, text: string, params: TypedValue[]) =>
    f.backend.execute!(c, { namespace: "", statement: text, params, maxRows: 100, maxBytes: Infinity });
  const target = (collection: string) => ({ namespace: "", collection });
  const watch = async (table: string, signal = new AbortController().signal) => {
    const w = watcher(f.backend.watch!(ctx(undefined, signal), { target: target(table), resumeToken: "", includeBefore: false }));
    expect(await w.next()).toEqual({ type: "ready" });
    return w;
  };
  const triggers = async () =>
    (await f.sql.query(ctx(), { namespace: "", statement: statement("SELECT name FROM temp.sqlite_master WHERE type = 'trigger' ORDER BY name"), maxRows: 100, maxBytes: Infinity })).rows.map(
      (r) => r[0].kind.value,
    );

  beforeEach(async () => {
    f = await openSqlite();
    await f.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, x TEXT)");
  });
  afterEach(() => f.close());

  it("sees INSERT, UPDATE and DELETE made through SqlService and QueryService.Execute", async () => {
    const w = await watch("t");
    await sql("INSERT INTO t (id, x) VALUES (?, ?)", v.int(1), v.str("a"));
    await execute(ctx(), "UPDATE t SET x = ? WHERE id = ?", [v.str("b"), v.int(1)]);
    const { statementId } = await f.sql.prepare(ctx(), { namespace: "", sql: "DELETE FROM t WHERE id = ?" });
    await f.sql.exec(ctx(), { namespace: "", statement: { source: { statementId }, params: [v.int(1)] } });
    expect(change(await w.next())).toEqual({ type: ChangeType.INSERT, collection: "t", key: 1n, x: "a" });
    expect(change(await w.next())).toEqual({ type: ChangeType.UPDATE, collection: "t", key: 1n, x: "b" });
    expect(change(await w.next())).toEqual({ type: ChangeType.DELETE, collection: "t", key: 1n, x: undefined });
    await w.iterator.return?.();
  });

  it("sends one event per row of a multi-row statement, and the statements of a batch", async () => {
    await f.exec("INSERT INTO t (id, x) VALUES (1, 'a'), (2, 'b'), (3, 'c')");
    const w = await watch("t");
    await sql("UPDATE t SET x = upper(x) WHERE id < 3");
    expect(change(await w.next())).toEqual({ type: ChangeType.UPDATE, collection: "t", key: 1n, x: "A" });
    expect(change(await w.next())).toEqual({ type: ChangeType.UPDATE, collection: "t", key: 2n, x: "B" });
    // A non-atomic batch that fails keeps, and publishes, the statements before the failing one.
    await expectError(batch([statement("DELETE FROM t WHERE id = 3"), statement("INSERT INTO t (id) VALUES (1)")], false), Code.AlreadyExists);
    expect(change(await w.next())).toEqual({ type: ChangeType.DELETE, collection: "t", key: 3n, x: undefined });
    await batch([statement("INSERT INTO t (id, x) VALUES (9, 'z')"), statement("INSERT INTO t (id) VALUES (1)")], true).catch(() => undefined);
    await sql("INSERT INTO t (id, x) VALUES (10, 'after')");
    expect(change(await w.next())).toEqual({ type: ChangeType.INSERT, collection: "t", key: 10n, x: "after" });
    await w.iterator.return?.();
  });

  it("publishes plain SQL of an interactive transaction at commit, and none on rollback", async () => {
    const w = await watch("t");
    const rolledBack = await begin();
    await f.sql.exec(ctx(rolledBack), { namespace: "", statement: statement("INSERT INTO t (id, x) VALUES (1, 'never')") });
    await rolledBack.rollback();
    const tx = await begin();
    await f.sql.exec(ctx(tx), { namespace: "", statement: statement("INSERT INTO t (id, x) VALUES (2, 'committed')") });
    await execute(ctx(tx), "UPDATE t SET x = 'twice' WHERE id = 2", []);
    const pending = w.next();
    expect(await settlesSoon(pending)).toBe(false);
    await tx.commit();
    expect(change(await pending)).toEqual({ type: ChangeType.INSERT, collection: "t", key: 2n, x: "committed" });
    expect(change(await w.next())).toEqual({ type: ChangeType.UPDATE, collection: "t", key: 2n, x: "twice" });
    await w.iterator.return?.();
  });

  it("sends exactly one event per data-service write", async () => {
    const w = await watch("T");
    await f.backend.put(ctx(), { target: target("t"), key: v.int(1), record: record({ x: v.str("a") }), ttlMs: undefined });
    await f.backend.put(ctx(), { target: target("t"), key: v.int(1), record: record({ x: v.str("b") }), ttlMs: undefined });
    await f.backend.update(ctx(), {
      target: target("t"),
      key: v.int(1),
      updates: [{ $typeName: "dbx.v1.FieldUpdate", field: "x", operation: { case: "set", value: v.str("c") } }],
      ttlMs: undefined,
      upsert: false,
    });
    await f.backend.delete(ctx(), { target: target("t"), key: v.int(1) });
    await sql("INSERT INTO t (id, x) VALUES (99, 'marker')");
    const seen = [];
    for (let i = 0; i < 5; i++) seen.push(change(await w.next()));
    expect(seen).toEqual([
      { type: ChangeType.INSERT, collection: "t", key: 1n, x: "a" },
      { type: ChangeType.UPDATE, collection: "t", key: 1n, x: "b" },
      { type: ChangeType.UPDATE, collection: "t", key: 1n, x: "c" },
      { type: ChangeType.DELETE, collection: "t", key: 1n, x: undefined },
      { type: ChangeType.INSERT, collection: "t", key: 99n, x: "marker" },
    ]);
    await w.iterator.return?.();
  });

  it("reports a key change as DELETE then INSERT, and keys tables without a primary key by rowid", async () => {
    await f.exec("CREATE TABLE s (code TEXT PRIMARY KEY, x TEXT)");
    await f.exec("CREATE TABLE n (x TEXT)");
    const ws = await watch("s");
    const wn = await watch("n");
    await sql("INSERT INTO s VALUES ('007', 'a')");
    await sql("UPDATE s SET code = '008' WHERE code = '007'");
    expect(change(await ws.next())).toEqual({ type: ChangeType.INSERT, collection: "s", key: "007", x: "a" });
    expect(change(await ws.next())).toEqual({ type: ChangeType.DELETE, collection: "s", key: "007", x: undefined });
    expect(change(await ws.next())).toEqual({ type: ChangeType.INSERT, collection: "s", key: "008", x: "a" });
    await sql("INSERT INTO n VALUES ('r')");
    expect(change(await wn.next())).toEqual({ type: ChangeType.INSERT, collection: "n", key: 1n, x: "r" });
    await ws.iterator.return?.();
    await wn.iterator.return?.();
  });

  it("drops the triggers when the last watcher leaves", async () => {
    const a = new AbortController();
    const b = new AbortController();
    await watch("t", a.signal);
    await watch("t", b.signal);
    expect(await triggers()).toEqual(["dbx_watch_delete_t", "dbx_watch_insert_t", "dbx_watch_update_t"]);
    a.abort();
    expect(await triggers()).toHaveLength(3);
    b.abort();
    expect(await triggers()).toEqual([]);
    expect(f.backend.stats().watchers).toBe("0");
  });

  it("keeps watching a table dropped and created again in one unit of work", async () => {
    const w = await watch("t");
    await batch([statement("DROP TABLE t"), statement("CREATE TABLE t (id INTEGER PRIMARY KEY, x TEXT)")], true);
    await sql("INSERT INTO t (id, x) VALUES (5, 'again')");
    expect(change(await w.next())).toEqual({ type: ChangeType.INSERT, collection: "t", key: 5n, x: "again" });
    await w.iterator.return?.();
  });

  it("keeps watching after Restore, which sends no events itself", async () => {
    const w = await watch("t");
    const path = join(f.dir, "copy.db");
    await f.sqlite.backup(ctx(), { path, overwrite: false });
    await sql("INSERT INTO t (id, x) VALUES (1, 'before')");
    expect(change(await w.next())).toMatchObject({ key: 1n, x: "before" });
    await f.sqlite.restore(ctx(), { path });
    await sql("INSERT INTO t (id, x) VALUES (2, 'after')");
    expect(change(await w.next())).toEqual({ type: ChangeType.INSERT, collection: "t", key: 2n, x: "after" });
    await w.iterator.return?.();
  });

  it("starts watching while a transaction is open, read-only or rolled back", async () => {
    const ro = await begin(true);
    const w1 = await watch("t");
    await ro.commit();
    const tx = await begin();
    const a = new AbortController();
    const w2 = await watch("t", a.signal);
    await w1.iterator.return?.();
    await tx.rollback();
    await sql("INSERT INTO t (id, x) VALUES (1, 'seen')");
    expect(change(await w2.next())).toEqual({ type: ChangeType.INSERT, collection: "t", key: 1n, x: "seen" });
    a.abort();
    expect(await triggers()).toEqual([]);
  });

  it("answers UNIMPLEMENTED for a virtual table", async () => {
    await f.exec("CREATE VIRTUAL TABLE docs USING fts5(body)");
    await expectError(
      (async () => {
        for await (const _ of f.backend.watch!(ctx(), { target: target("docs"), resumeToken: "", includeBefore: false })) break;
      })(),
      Code.Unimplemented,
      { message: /virtual table/ },
    );
    expect(await triggers()).toEqual([]);
  });
});
