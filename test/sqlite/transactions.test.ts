import { create } from "@bufbuild/protobuf";
import { Code } from "@connectrpc/connect";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { QuerySchema } from "../../gen/ts/dbx/v1/query_pb.js";
import { ChangeType } from "../../gen/ts/dbx/v1/stream_pb.js";
import { IsolationLevel } from "../../gen/ts/dbx/v1/transaction_pb.js";
import type { Item, TypedValue } from "../../gen/ts/dbx/v1/value_pb.js";
import { ErrorInfoSchema } from "../../gen/ts/google/rpc/error_details_pb.js";
import type { BackendTransaction, OperationContext, WatchEvent } from "../../src/backends/backend.js";
import { Capability } from "../../src/backends/capabilities.js";
import { expectError, record, v } from "../support/values.js";
import { waitFor } from "../support/wait-for.js";
import { ctx, openSqlite, type SqliteFixture } from "./sqlite-fixture.js";

const T = { namespace: "", collection: "t" };

describe("SQLite interactive transactions", () => {
  let f: SqliteFixture;
  const begin = (options: { readOnly?: boolean; signal?: AbortSignal } = {}): Promise<BackendTransaction> =>
    f.backend.beginTransaction!(
      ctx(undefined, options.signal),
      { namespace: "", readOnly: options.readOnly ?? false, isolationLevel: IsolationLevel.UNSPECIFIED, deferrable: false },
    );
  const put = (c: OperationContext, key: TypedValue, item: Item, collection = "t") =>
    f.backend.put(c, { target: { namespace: "", collection }, key, record: item, ttlMs: undefined });
  const get = (c: OperationContext, key: TypedValue) => f.backend.get(c, { target: T, key, fields: [] });
  const count = (c: OperationContext, collection = "t") => f.backend.count(c, { target: { namespace: "", collection }, filter: undefined });
  const xs = async (c: OperationContext) => {
    const rows = await f.sql.query(c, { namespace: "", statement: { source: { sql: "SELECT x FROM t ORDER BY id" }, params: [] }, maxRows: 100, maxBytes: Infinity });
    return rows.rows.map((r) => r[0].kind.value);
  };

  beforeEach(async () => {
    f = await openSqlite({ busyTimeoutMs: 200 });
    await f.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, x TEXT)");
  });
  afterEach(() => f.close());

  it("commits what ran in it", async () => {
    const tx = await begin();
    await put(ctx(tx), v.int(1), record({ x: v.str("a") }));
    expect(await get(ctx(tx), v.int(1))).toBeDefined();
    await tx.commit();
    expect(await get(ctx(), v.int(1))).toBeDefined();
    expect(f.backend.stats().open_transaction).toBe("false");
  });

  it("streams through the transaction, seeing its own writes", async () => {
    const tx = await begin();
    await put(ctx(tx), v.int(1), record({ x: v.str("uncommitted") }));
    const seen: unknown[] = [];
    for await (const batch of f.backend.findStream(ctx(tx), { target: T, query: create(QuerySchema, {}), batchSize: 10, maxBatchBytes: Infinity })) {
      seen.push(...batch.map((r) => r.fields.x.kind.value));
    }
    expect(seen).toEqual(["uncommitted"]);
    await tx.rollback();
  });

  it("rolls back, DDL included", async () => {
    const tx = await begin();
    await put(ctx(tx), v.int(1), record({ x: v.str("a") }));
    await f.sql.createTable(ctx(tx), {
      target: { namespace: "", collection: "made_in_tx" },
      columns: [{ name: "a", type: 1, notNull: false }],
      primaryKey: [],
      ifNotExists: false,
    });
    await put(ctx(tx), v.int(1), record({ a: v.int(1) }), "made_in_tx");
    await tx.rollback();
    expect(await get(ctx(), v.int(1))).toBeUndefined();
    await expectError(count(ctx(), "made_in_tx"), Code.NotFound, { reason: "ERROR_REASON_UNKNOWN_COLLECTION" });
  });

  it("keeps other callers out until it ends: they wait, then run", async () => {
    const tx = await begin();
    await put(ctx(tx), v.int(1), record({ x: v.str("in tx") }));
    let outsiderDone = false;
    const outsider = put(ctx(), v.int(2), record({ x: v.str("outside") })).then(() => (outsiderDone = true));
    await waitFor(() => f.backend.stats().waiting_calls === "1", { what: "the outsider to queue behind the transaction" });
    expect(outsiderDone).toBe(false);
    // The outsider's write is not part of the transaction: rolling back keeps it.
    await tx.rollback();
    await outsider;
    expect(await get(ctx(), v.int(1))).toBeUndefined();
    expect(await get(ctx(), v.int(2))).toBeDefined();
  });

  it("fails a waiting call when its deadline passes, without hanging", async () => {
    const tx = await begin();
    await expectError(count(ctx(undefined, AbortSignal.timeout(30))), Code.DeadlineExceeded, { reason: "ERROR_REASON_DEADLINE_EXCEEDED" });
    const cancel = new AbortController();
    const waiting = count(ctx(undefined, cancel.signal));
    cancel.abort();
    await expectError(waiting, Code.Canceled);
    await tx.commit();
    expect(await count(ctx())).toBe(0n);
  });

  it("makes a second Begin wait, then answer ABORTED past the busy timeout", async () => {
    const tx = await begin();
    const busy = await expectError(begin(), Code.Aborted, { reason: "ERROR_REASON_TRANSACTION_ABORTED" });
    expect(busy.findDetails(ErrorInfoSchema)[0]?.metadata).toEqual({ backend: "main" });
    const second = begin();
    await tx.commit();
    await (await second).rollback();
  });

  it("refuses writes in a read-only transaction", async () => {
    const tx = await begin({ readOnly: true });
    expect(await count(ctx(tx))).toBe(0n);
    await expectError(put(ctx(tx), v.int(1), record({})), Code.InvalidArgument, { reason: "ERROR_REASON_STATEMENT_FAILED", message: /readonly/ });
    await tx.commit();
    // query_only is off again afterwards.
    await put(ctx(), v.int(1), record({}));
  });

  it("refuses calls carrying a transaction that has ended", async () => {
    const tx = await begin();
    await tx.commit();
    await expectError(count(ctx(tx)), Code.FailedPrecondition, { reason: "ERROR_REASON_TRANSACTION_NOT_FOUND" });
  });

  it("makes an atomic batch a savepoint: a failing batch leaves the transaction's own writes", async () => {
    const tx = await begin();
    await put(ctx(tx), v.int(1), record({ x: v.str("kept") }));
    await expectError(
      f.backend.batchWrite(ctx(tx), {
        writes: [
          { kind: "put", target: T, key: v.int(2), record: record({}) },
          { kind: "insert", target: T, key: v.int(1), record: record({}) },
        ],
        requireAtomic: true,
      }),
      Code.AlreadyExists,
    );
    await tx.commit();
    expect(await count(ctx())).toBe(1n);
  });

  it("refuses plain-SQL BEGIN, COMMIT, SAVEPOINT and friends", async () => {
    const exec = (c: OperationContext, sql: string) => f.sql.exec(c, { namespace: "", statement: { source: { sql }, params: [] } });
    for (const sql of ["BEGIN", "  -- c\n commit", "/* x */ ROLLBACK", "savepoint s", "END TRANSACTION", "release s"]) {
      await expectError(exec(ctx(), sql), Code.InvalidArgument, { message: /TransactionService/ });
    }
    const tx = await begin();
    await expectError(exec(ctx(tx), "COMMIT"), Code.InvalidArgument);
    await tx.rollback();
  });

  it("declares savepoints and SERIALIZABLE, the one isolation level SQLite has", () => {
    const caps = f.backend.capabilities;
    expect(caps.has(Capability.TransactionSavepoints)).toBe(true);
    expect(caps.has(Capability.TransactionIsolationSerializable)).toBe(true);
    for (const other of [
      Capability.TransactionIsolationReadUncommitted,
      Capability.TransactionIsolationReadCommitted,
      Capability.TransactionIsolationRepeatableRead,
      Capability.TransactionDeferrable,
    ]) {
      expect(caps.has(other)).toBe(false);
    }
  });

  it("rolls back to a savepoint and releases one, keeping the work before it", async () => {
    const tx = await begin();
    await put(ctx(tx), v.int(1), record({ x: v.str("before") }));
    await tx.createSavepoint!("s1");
    await put(ctx(tx), v.int(2), record({ x: v.str("after s1") }));
    await tx.createSavepoint!("s2");
    await put(ctx(tx), v.int(3), record({ x: v.str("after s2") }));
    await tx.rollbackToSavepoint!("S1");
    expect(await xs(ctx(tx))).toEqual(["before"]);
    // s1 stays after a rollback to it; s2 is gone.
    await expectError(tx.rollbackToSavepoint!("s2"), Code.NotFound, { reason: "ERROR_REASON_NOT_FOUND", message: /no savepoint named "s2"/ });
    await put(ctx(tx), v.int(4), record({ x: v.str("again") }));
    await tx.releaseSavepoint!("s1");
    await expectError(tx.releaseSavepoint!("s1"), Code.NotFound);
    await expectError(tx.rollbackToSavepoint!("never"), Code.NotFound);
    await tx.commit();
    expect(await xs(ctx())).toEqual(["before", "again"]);
  });

  it("publishes only what a rollback to a savepoint kept", async () => {
    const watcher = new AbortController();
    const events = f.backend.watch!(ctx(undefined, watcher.signal), { target: T, resumeToken: "", includeBefore: false })[Symbol.asyncIterator]();
    expect((await events.next()).value).toEqual({ type: "ready" });
    const tx = await begin();
    await put(ctx(tx), v.int(1), record({ x: v.str("kept") }));
    await tx.createSavepoint!("s");
    await put(ctx(tx), v.int(2), record({ x: v.str("undone") }));
    await tx.rollbackToSavepoint!("s");
    await put(ctx(tx), v.int(3), record({ x: v.str("kept too") }));
    await tx.commit();
    const keys: unknown[] = [];
    while (keys.length < 2) {
      const next = (await events.next()).value as WatchEvent;
      if (next.type === "change") keys.push([next.change.type, next.change.key?.kind.value]);
    }
    expect(keys).toEqual([
      [ChangeType.INSERT, 1n],
      [ChangeType.INSERT, 3n],
    ]);
    watcher.abort();
  });
});
