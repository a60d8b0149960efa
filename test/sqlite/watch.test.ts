import { Code } from "@connectrpc/connect";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ChangeType } from "../../gen/ts/dbx/v1/stream_pb.js";
import { IsolationLevel } from "../../gen/ts/dbx/v1/transaction_pb.js";
import type { Item, TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";
import type { OperationContext, WatchEvent } from "../../src/backends/backend.js";
import type { WriteCall } from "../../src/backends/backend-calls.js";
import { Capability } from "../../src/backends/capabilities.js";
import { expectError, record, v } from "../support/values.js";
import { ctx, openSqlite, type SqliteFixture } from "./sqlite-fixture.js";

/** Collects events of a watch as they arrive. */
function collect(iterable: AsyncIterable<WatchEvent>) {
  const events: WatchEvent[] = [];
  const iterator = iterable[Symbol.asyncIterator]();
  return {
    events,
    iterator,
    async next(): Promise<WatchEvent> {
      const r = await iterator.next();
      if (r.done) throw new Error("watch ended");
      events.push(r.value);
      return r.value;
    },
  };
}

const change = (e: WatchEvent) => (e.type === "change" ? { type: e.change.type, key: e.change.key?.kind.value, x: e.change.record?.fields.x?.kind.value } : e);

const T = { namespace: "", collection: "t" };

describe("SQLite watch", () => {
  let f: SqliteFixture;
  const watch = (collection: string, signal = new AbortController().signal, namespace = "") =>
    collect(f.backend.watch!(ctx(undefined, signal), { target: { namespace, collection }, resumeToken: "", includeBefore: false }));
  const put = (c: OperationContext, key: TypedValue, item: Item) => f.backend.put(c, { target: T, key, record: item, ttlMs: undefined });
  const begin = () =>
    f.backend.beginTransaction!(ctx(), { namespace: "", readOnly: false, isolationLevel: IsolationLevel.UNSPECIFIED, deferrable: false });
  const exec = (sql: string) => f.sql.exec(ctx(), { namespace: "", statement: { source: { sql }, params: [] } });

  beforeEach(async () => {
    f = await openSqlite({ watchQueueSize: 3 });
    await f.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, x TEXT)");
  });
  afterEach(() => f.close());

  it("sends ready, then every committed change with the record after it", async () => {
    const abort = new AbortController();
    const w = watch("T", abort.signal);
    expect(await w.next()).toEqual({ type: "ready" });
    await put(ctx(), v.int(1), record({ x: v.str("a") }));
    await f.backend.update(ctx(), {
      target: T,
      key: v.int(1),
      updates: [{ $typeName: "dbx.v1.FieldUpdate", field: "x", operation: { case: "set", value: v.str("b") } }],
      ttlMs: undefined,
      upsert: false,
    });
    await f.backend.delete(ctx(), { target: T, key: v.int(1) });
    await f.backend.delete(ctx(), { target: T, key: v.int(1) }); // nothing deleted: no event
    expect(change(await w.next())).toEqual({ type: ChangeType.INSERT, key: 1n, x: "a" });
    expect(change(await w.next())).toEqual({ type: ChangeType.UPDATE, key: 1n, x: "b" });
    const del = await w.next();
    expect(change(del)).toEqual({ type: ChangeType.DELETE, key: 1n, x: undefined });
    expect(del.type === "change" && [del.change.target?.namespace, del.change.target?.collection]).toEqual(["", "t"]);
    abort.abort();
    expect((await w.iterator.next()).done).toBe(true);
    expect(f.backend.stats().watchers).toBe("0");
  });

  it("names the target as the watch did: namespace main or empty, the stored table name", async () => {
    const main = watch("t", undefined, "main");
    const plain = watch("T");
    await main.next();
    await plain.next();
    await put(ctx(), v.int(1), record({ x: v.str("a") }));
    const [a, b] = [await main.next(), await plain.next()];
    expect(a.type === "change" && [a.change.target?.namespace, a.change.target?.collection]).toEqual(["main", "t"]);
    expect(b.type === "change" && [b.change.target?.namespace, b.change.target?.collection]).toEqual(["", "t"]);
    await main.iterator.return?.();
    await plain.iterator.return?.();
    expect(() => watch("t", undefined, "temp")).toThrow(/target\.namespace/);
  });

  it("publishes a transaction's changes at commit, and none on rollback", async () => {
    const w = watch("t");
    await w.next();
    const rolledBack = await begin();
    await put(ctx(rolledBack), v.int(1), record({ x: v.str("never") }));
    await rolledBack.rollback();
    const tx = await begin();
    await put(ctx(tx), v.int(2), record({ x: v.str("committed") }));
    let early = false;
    const pending = w.next().then((e) => ((early = true), e));
    await new Promise((r) => setTimeout(r, 20));
    expect(early).toBe(false);
    await tx.commit();
    expect(change(await pending)).toEqual({ type: ChangeType.INSERT, key: 2n, x: "committed" });
    await w.iterator.return?.();
  });

  it("publishes the writes of an atomic batch, and none of a failed one", async () => {
    const w = watch("t");
    await w.next();
    const insert = (id: number): WriteCall => ({ kind: "insert", target: T, key: v.int(id), record: record({}) });
    await expectError(f.backend.batchWrite(ctx(), { writes: [insert(1), insert(1)], requireAtomic: true }), Code.AlreadyExists);
    await f.backend.batchWrite(ctx(), { writes: [insert(5), insert(6)], requireAtomic: true });
    expect(change(await w.next())).toMatchObject({ key: 5n });
    expect(change(await w.next())).toMatchObject({ key: 6n });
    await w.iterator.return?.();
  });

  it("ends a watcher that falls too far behind with RESOURCE_EXHAUSTED", async () => {
    const w = watch("t");
    await w.next();
    for (let i = 1; i <= 5; i++) await put(ctx(), v.int(i), record({}));
    await expectError(
      (async () => {
        for (;;) await w.next();
      })(),
      Code.ResourceExhausted,
      { message: /watcher has not read .* exceeds the limit of 3/ },
    );
    expect(f.backend.stats().watchers).toBe("0");
  });

  it("answers NOT_FOUND for an unknown table", async () => {
    await expectError(
      (async () => {
        for await (const _ of watch("nope").iterator as unknown as AsyncIterable<WatchEvent>) break;
      })(),
      Code.NotFound,
      { reason: "ERROR_REASON_UNKNOWN_COLLECTION" },
    );
  });

  it("sends DROP when the watched table is dropped, after the changes made before, and ends the watch", async () => {
    const w = watch("t");
    await w.next();
    await put(ctx(), v.int(1), record({ x: v.str("a") }));
    await f.sql.batch(ctx(), {
      namespace: "",
      statements: [
        { source: { sql: "DELETE FROM t" }, params: [] },
        { source: { sql: "DROP TABLE t" }, params: [] },
      ],
      atomic: true,
      maxRows: 10,
      maxBytes: Infinity,
    });
    expect(change(await w.next())).toMatchObject({ type: ChangeType.INSERT, key: 1n });
    expect(change(await w.next())).toMatchObject({ type: ChangeType.DELETE, key: 1n });
    const dropped = await w.next();
    expect(dropped.type === "change" && [dropped.change.type, dropped.change.target?.collection, dropped.change.key]).toEqual([
      ChangeType.DROP,
      "t",
      undefined,
    ]);
    expect((await w.iterator.next()).done).toBe(true);
    expect(f.backend.stats().watchers).toBe("0");
    // The table can come back and be watched again.
    await exec("CREATE TABLE t (id INTEGER PRIMARY KEY, x TEXT)");
    const again = watch("t");
    await again.next();
    await put(ctx(), v.int(2), record({}));
    expect(change(await again.next())).toMatchObject({ type: ChangeType.INSERT, key: 2n });
    await again.iterator.return?.();
  });

  it("sends RENAME naming the new table, and nothing for a drop that rolled back", async () => {
    const w = watch("t");
    await w.next();
    const tx = await begin();
    await f.sql.exec(ctx(tx), { namespace: "", statement: { source: { sql: "DROP TABLE t" }, params: [] } });
    await tx.rollback();
    await exec("ALTER TABLE t RENAME TO renamed");
    const renamed = await w.next();
    expect(renamed.type === "change" && [renamed.change.type, renamed.change.target?.collection, renamed.change.renamedTo?.collection]).toEqual([
      ChangeType.RENAME,
      "t",
      "renamed",
    ]);
    expect((await w.iterator.next()).done).toBe(true);
  });

  it("watches a table with a composite primary key: the key is a map of its key columns", async () => {
    await exec("CREATE TABLE pairs (tenant INTEGER, id TEXT, x BLOB, PRIMARY KEY (tenant, id))");
    const w = watch("pairs");
    await w.next();
    const seen: unknown[] = [];
    const read = async (events: number) => {
      for (let i = 0; i < events; i++) {
        const e = await w.next();
        if (e.type !== "change") continue;
        const key = e.change.key?.kind.case === "mapValue" ? e.change.key.kind.value.fields : {};
        const x = e.change.record?.fields.x?.kind.value;
        seen.push([ChangeType[e.change.type], key.tenant?.kind.value, key.id?.kind.value, x instanceof Uint8Array ? [...x] : x]);
      }
    };
    await exec("INSERT INTO pairs VALUES (7, 'a', x'00ff')");
    await read(1);
    await exec("UPDATE pairs SET x = x'01' WHERE tenant = 7");
    await read(1);
    await exec("UPDATE pairs SET id = 'b' WHERE tenant = 7");
    await read(2);
    await exec("DELETE FROM pairs");
    await read(1);
    expect(seen).toEqual([
      ["INSERT", 7n, "a", [0, 255]],
      ["UPDATE", 7n, "a", [1]],
      ["DELETE", 7n, "a", undefined],
      ["INSERT", 7n, "b", [1]],
      ["DELETE", 7n, "b", undefined],
    ]);
    await w.iterator.return?.();
  });

  it("answers UNIMPLEMENTED for a view", async () => {
    await exec("CREATE VIEW tv AS SELECT id FROM t");
    expect(() => watch("tv")).toThrow(/is a view/);
  });

  it("sends the row before each update and delete to watches that ask (include_before), and to no other", async () => {
    expect(f.backend.capabilities.has(Capability.StreamWatchBeforeImage)).toBe(true);
    await exec("CREATE TABLE b (id INTEGER PRIMARY KEY, x TEXT, y BLOB)");
    const target = { namespace: "", collection: "b" };
    const withBefore = collect(f.backend.watch!(ctx(), { target, resumeToken: "", includeBefore: true }));
    const without = collect(f.backend.watch!(ctx(), { target, resumeToken: "", includeBefore: false }));
    await withBefore.next();
    await without.next();
    const image = (e: WatchEvent) => {
      if (e.type !== "change") return e;
      const before = e.change.before?.fields;
      return [ChangeType[e.change.type], before && [before.id?.kind.value, before.x?.kind.value, [...((before.y?.kind.value as Uint8Array) ?? [])]]];
    };
    const plain: unknown[] = [];
    const next = async () => {
      plain.push(image(await without.next()));
      return image(await withBefore.next());
    };
    await exec("INSERT INTO b VALUES (1, 'a', x'00')");
    expect(await next()).toEqual(["INSERT", undefined]);
    await exec("UPDATE b SET x = 'b', y = x'01'");
    expect(await next()).toEqual(["UPDATE", [1n, "a", [0]]]);
    await exec("UPDATE b SET id = 2");
    expect(await next()).toEqual(["DELETE", [1n, "b", [1]]]);
    expect(await next()).toEqual(["INSERT", undefined]);
    await exec("DELETE FROM b");
    expect(await next()).toEqual(["DELETE", [2n, "b", [1]]]);
    expect(plain).toEqual(["INSERT", "UPDATE", "DELETE", "INSERT", "DELETE"].map((type) => [type, undefined]));
    // While a watch asks for them, the triggers name every column: SQLite refuses to drop one.
    await expectError(exec("ALTER TABLE b DROP COLUMN y"), Code.InvalidArgument, { reason: "ERROR_REASON_STATEMENT_FAILED", message: /trigger/ });
    // The last watcher asking for them leaves: the triggers stop naming every column.
    await withBefore.iterator.return?.();
    await exec("ALTER TABLE b DROP COLUMN y");
    await exec("INSERT INTO b (id, x) VALUES (3, 'c')");
    expect(image(await without.next())).toEqual(["INSERT", undefined]);
    await without.iterator.return?.();
  });
});
