import { create } from "@bufbuild/protobuf";
import { Code } from "@connectrpc/connect";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WriteOperationSchema } from "../../gen/ts/dbx/v1/data_pb.js";
import { QuerySchema } from "../../gen/ts/dbx/v1/query_pb.js";
import { ErrorInfoSchema } from "../../gen/ts/google/rpc/error_details_pb.js";
import type { BackendTransaction } from "../../src/backends/backend.js";
import { expectError, record, v } from "../support/values.js";
import { waitFor } from "../support/wait-for.js";
import { ctx, openSqlite, type SqliteFixture } from "./sqlite-fixture.js";

type Begin = (options: { readOnly: boolean; signal?: AbortSignal }) => Promise<BackendTransaction>;

describe("SQLite interactive transactions", () => {
  let f: SqliteFixture;
  let begin: Begin;
  beforeEach(async () => {
    f = await openSqlite({ busyTimeoutMs: 200 });
    begin = f.backend.beginTransaction!.bind(f.backend) as Begin;
    await f.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, x TEXT)");
  });
  afterEach(() => f.close());

  it("commits what ran in it", async () => {
    const tx = await begin({ readOnly: false });
    await f.backend.put(ctx(tx), "t", v.int(1), record({ x: v.str("a") }));
    expect(await f.backend.get(ctx(tx), "t", v.int(1), [])).toBeDefined();
    await tx.commit();
    expect(await f.backend.get(ctx(), "t", v.int(1), [])).toBeDefined();
    expect(f.backend.stats().open_transaction).toBe("false");
  });

  it("streams through the transaction, seeing its own writes", async () => {
    const tx = await begin({ readOnly: false });
    await f.backend.put(ctx(tx), "t", v.int(1), record({ x: v.str("uncommitted") }));
    const seen: unknown[] = [];
    for await (const batch of f.backend.findStream(ctx(tx), "t", create(QuerySchema, {}), 10)) seen.push(...batch.map((r) => r.fields.x.kind.value));
    expect(seen).toEqual(["uncommitted"]);
    await tx.rollback();
  });

  it("rolls back, DDL included", async () => {
    const tx = await begin({ readOnly: false });
    await f.backend.put(ctx(tx), "t", v.int(1), record({ x: v.str("a") }));
    await f.sql.createTable(ctx(tx), { name: "made_in_tx", columns: [{ name: "a", type: 1, notNull: false }], primaryKey: [], ifNotExists: false });
    await f.backend.put(ctx(tx), "made_in_tx", v.int(1), record({ a: v.int(1) }));
    await tx.rollback();
    expect(await f.backend.get(ctx(), "t", v.int(1), [])).toBeUndefined();
    await expectError(f.backend.count(ctx(), "made_in_tx"), Code.NotFound, { reason: "ERROR_REASON_UNKNOWN_COLLECTION" });
  });

  it("keeps other callers out until it ends: they wait, then run", async () => {
    const tx = await begin({ readOnly: false });
    await f.backend.put(ctx(tx), "t", v.int(1), record({ x: v.str("in tx") }));
    let outsiderDone = false;
    const outsider = f.backend.put(ctx(), "t", v.int(2), record({ x: v.str("outside") })).then(() => (outsiderDone = true));
    await waitFor(() => f.backend.stats().waiting_calls === "1", { what: "the outsider to queue behind the transaction" });
    expect(outsiderDone).toBe(false);
    // The outsider's write is not part of the transaction: rolling back keeps it.
    await tx.rollback();
    await outsider;
    expect(await f.backend.get(ctx(), "t", v.int(1), [])).toBeUndefined();
    expect(await f.backend.get(ctx(), "t", v.int(2), [])).toBeDefined();
  });

  it("fails a waiting call when its deadline passes, without hanging", async () => {
    const tx = await begin({ readOnly: false });
    await expectError(f.backend.count({ signal: AbortSignal.timeout(30) }, "t"), Code.DeadlineExceeded, { reason: "ERROR_REASON_DEADLINE_EXCEEDED" });
    const cancel = new AbortController();
    const waiting = f.backend.count({ signal: cancel.signal }, "t");
    cancel.abort();
    await expectError(waiting, Code.Canceled);
    await tx.commit();
    expect(await f.backend.count(ctx(), "t")).toBe(0n);
  });

  it("makes a second Begin wait, then answer ABORTED past the busy timeout", async () => {
    const tx = await begin({ readOnly: false });
    const busy = await expectError(begin({ readOnly: false }), Code.Aborted, { reason: "ERROR_REASON_TRANSACTION_ABORTED" });
    expect(busy.findDetails(ErrorInfoSchema)[0]?.metadata).toEqual({ backend: "main" });
    const second = begin({ readOnly: false });
    await tx.commit();
    await (await second).rollback();
  });

  it("refuses writes in a read-only transaction", async () => {
    const tx = await begin({ readOnly: true });
    expect(await f.backend.count(ctx(tx), "t")).toBe(0n);
    await expectError(f.backend.put(ctx(tx), "t", v.int(1), record({})), Code.InvalidArgument, { reason: "ERROR_REASON_STATEMENT_FAILED", message: /readonly/ });
    await tx.commit();
    // query_only is off again afterwards.
    await f.backend.put(ctx(), "t", v.int(1), record({}));
  });

  it("refuses calls carrying a transaction that has ended", async () => {
    const tx = await begin({ readOnly: false });
    await tx.commit();
    await expectError(f.backend.count(ctx(tx), "t"), Code.FailedPrecondition, { reason: "ERROR_REASON_TRANSACTION_NOT_FOUND" });
  });

  it("makes an atomic batch a savepoint: a failing batch leaves the transaction's own writes", async () => {
    const tx = await begin({ readOnly: false });
    await f.backend.put(ctx(tx), "t", v.int(1), record({ x: v.str("kept") }));
    await expectError(
      f.backend.batchWrite(
        ctx(tx),
        [
          create(WriteOperationSchema, { collection: "t", key: v.int(2), operation: { case: "put", value: record({}) } }),
          create(WriteOperationSchema, { collection: "t", key: v.int(1), operation: { case: "insert", value: record({}) } }),
        ],
        true,
      ),
      Code.AlreadyExists,
    );
    await tx.commit();
    expect(await f.backend.count(ctx(), "t")).toBe(1n);
  });

  it("refuses plain-SQL BEGIN, COMMIT and friends", async () => {
    for (const sql of ["BEGIN", "  -- c\n commit", "/* x */ ROLLBACK", "savepoint s", "END TRANSACTION", "release s"]) {
      await expectError(f.sql.exec(ctx(), { source: { sql }, params: [] }), Code.InvalidArgument, { message: /TransactionService/ });
    }
    const tx = await begin({ readOnly: false });
    await expectError(f.sql.exec(ctx(tx), { source: { sql: "COMMIT" }, params: [] }), Code.InvalidArgument);
    await tx.rollback();
  });
});
