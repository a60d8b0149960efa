import { create } from "@bufbuild/protobuf";
import { Code } from "@connectrpc/connect";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WriteOperationSchema } from "../../gen/ts/dbx/v1/data_pb.js";
import { ChangeType } from "../../gen/ts/dbx/v1/stream_pb.js";
import type { BackendTransaction, WatchEvent } from "../../src/backends/backend.js";
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

describe("SQLite watch", () => {
  let f: SqliteFixture;
  beforeEach(async () => {
    f = await openSqlite({ watchQueueSize: 3 });
    await f.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, x TEXT)");
  });
  afterEach(() => f.close());

  it("sends ready, then every committed change with the record after it", async () => {
    const abort = new AbortController();
    const w = collect(f.backend.watch!(abort.signal, "T", ""));
    expect(await w.next()).toEqual({ type: "ready" });
    await f.backend.put(ctx(), "t", v.int(1), record({ x: v.str("a") }));
    await f.backend.update(ctx(), "t", v.int(1), record({ x: v.str("b") }), []);
    await f.backend.delete(ctx(), "t", v.int(1));
    await f.backend.delete(ctx(), "t", v.int(1)); // nothing deleted: no event
    expect(change(await w.next())).toEqual({ type: ChangeType.INSERT, key: 1n, x: "a" });
    expect(change(await w.next())).toEqual({ type: ChangeType.UPDATE, key: 1n, x: "b" });
    const del = await w.next();
    expect(change(del)).toEqual({ type: ChangeType.DELETE, key: 1n, x: undefined });
    expect(del.type === "change" && del.change.collection).toBe("t");
    abort.abort();
    expect((await w.iterator.next()).done).toBe(true);
    expect(f.backend.stats().watchers).toBe("0");
  });

  it("publishes a transaction's changes at commit, and none on rollback", async () => {
    const w = collect(f.backend.watch!(new AbortController().signal, "t", ""));
    await w.next();
    const begin = f.backend.beginTransaction!.bind(f.backend) as (o: { readOnly: boolean }) => Promise<BackendTransaction>;
    const rolledBack = await begin({ readOnly: false });
    await f.backend.put(ctx(rolledBack), "t", v.int(1), record({ x: v.str("never") }));
    await rolledBack.rollback();
    const tx = await begin({ readOnly: false });
    await f.backend.put(ctx(tx), "t", v.int(2), record({ x: v.str("committed") }));
    let early = false;
    const pending = w.next().then((e) => ((early = true), e));
    await new Promise((r) => setTimeout(r, 20));
    expect(early).toBe(false);
    await tx.commit();
    expect(change(await pending)).toEqual({ type: ChangeType.INSERT, key: 2n, x: "committed" });
    await w.iterator.return?.();
  });

  it("publishes the writes of an atomic batch, and none of a failed one", async () => {
    const w = collect(f.backend.watch!(new AbortController().signal, "t", ""));
    await w.next();
    const put = (id: number) => create(WriteOperationSchema, { collection: "t", key: v.int(id), operation: { case: "insert", value: record({}) } });
    await expectError(f.backend.batchWrite(ctx(), [put(1), put(1)], true), Code.AlreadyExists);
    await f.backend.batchWrite(ctx(), [put(5), put(6)], true);
    expect(change(await w.next())).toMatchObject({ key: 5n });
    expect(change(await w.next())).toMatchObject({ key: 6n });
    await w.iterator.return?.();
  });

  it("ends a watcher that falls too far behind with RESOURCE_EXHAUSTED", async () => {
    const w = collect(f.backend.watch!(new AbortController().signal, "t", ""));
    await w.next();
    for (let i = 1; i <= 5; i++) await f.backend.put(ctx(), "t", v.int(i), record({}));
    await expectError(
      (async () => {
        for (;;) await w.next();
      })(),
      Code.ResourceExhausted,
      { message: /fell 3 changes behind/ },
    );
    expect(f.backend.stats().watchers).toBe("0");
  });

  it("answers NOT_FOUND for an unknown table", async () => {
    await expectError(
      (async () => {
        for await (const _ of f.backend.watch!(new AbortController().signal, "nope", "")) break;
      })(),
      Code.NotFound,
      { reason: "ERROR_REASON_UNKNOWN_COLLECTION" },
    );
  });
});
