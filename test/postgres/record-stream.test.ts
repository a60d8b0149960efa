import { create } from "@bufbuild/protobuf";
import { Code, ConnectError } from "@connectrpc/connect";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Operator } from "../../gen/ts/dbx/v1/filter_pb.js";
import { QuerySchema } from "../../gen/ts/dbx/v1/query_pb.js";
import type { Backend, OperationContext } from "../../src/backends/backend.js";
import { contextOf } from "../../src/backends/operation-context.js";
import { createPostgresBackend } from "../../src/backends/postgres/index.js";
import { createPostgresDatabase, type PostgresDatabase } from "../support/postgres-database.js";
import { record, v } from "../support/values.js";
import { waitFor } from "../support/wait-for.js";

const ROWS = 200_000;
const ctxWith = (signal: AbortSignal): OperationContext => contextOf({ signal });
const target = { namespace: "", collection: "big" };

describe("FindStream on PostgreSQL reads through a server-side cursor", () => {
  let db: PostgresDatabase;
  let backend: Backend;
  beforeAll(async () => {
    db = await createPostgresDatabase("stream");
    await db.query("CREATE TABLE big (id bigint PRIMARY KEY, label text)");
    await db.query(`INSERT INTO big SELECT g, md5(g::text) FROM generate_series(1, ${ROWS}) g`);
    backend = createPostgresBackend("pg", { url: db.url, applicationName: "dbx-stream-test" });
    await backend.open();
  });
  afterAll(async () => {
    await backend?.close();
    await db?.drop();
  });

  /** The DBX session running the stream's SELECT, as PostgreSQL reports it. */
  const streamSession = async () =>
    (await db.query<{ pid: number; state: string; query: string }>("SELECT pid, state, query FROM pg_stat_activity WHERE application_name = 'dbx-stream-test' AND query LIKE 'SELECT %big%'")).rows;

  it("streams every row in key order, one batch at a time", async () => {
    let count = 0;
    let inOrder = true;
    let largest = 0;
    for await (const batch of backend.findStream(ctxWith(new AbortController().signal), { target, query: create(QuerySchema, {}), batchSize: 5000, maxBatchBytes: 4 << 20 })) {
      largest = Math.max(largest, batch.length);
      for (const record of batch) inOrder &&= record.fields.id.kind.value === BigInt(++count);
    }
    expect(count).toBe(ROWS);
    expect(inOrder).toBe(true);
    expect(largest).toBe(5000);
    expect(backend.stats().pool_checked_out).toBe("0");
  });

  it("holds a suspended portal while the client waits, and closes it when the call is cancelled", async () => {
    const abort = new AbortController();
    const stream = backend.findStream(ctxWith(abort.signal), { target, query: create(QuerySchema, { filter: { kind: { case: "field", value: { field: "id", op: Operator.GT, value: v.int(0) } } } }), batchSize: 100, maxBatchBytes: 1 << 20 })[Symbol.asyncIterator]();
    const first = await stream.next();
    expect(first.value).toHaveLength(100);
    // The client has not asked for more: PostgreSQL has produced one batch and keeps the rest behind the portal.
    const [session] = await streamSession();
    expect(session).toMatchObject({ state: "active", query: expect.stringMatching(/^SELECT "id", "label" FROM "public"\."big"/) });
    expect(backend.stats().pool_checked_out).toBe("1");
    abort.abort();
    await stream.return?.(undefined);
    await waitFor(async () => backend.stats().pool_checked_out === "0");
    // The session is idle again (portal closed, implicit transaction ended) or gone (discarded).
    await waitFor(async () => (await db.query("SELECT 1 FROM pg_stat_activity WHERE pid = $1 AND state <> 'idle'", [session.pid])).rowCount === 0);
  });

  it("cancels a read still waiting in PostgreSQL when the call is cancelled, and gives the connection back", async () => {
    // Another client holds the table: the stream's first read waits for its lock.
    const locker = new pg.Client({ connectionString: db.url });
    await locker.connect();
    try {
      await locker.query("BEGIN; LOCK TABLE big IN ACCESS EXCLUSIVE MODE");
      const abort = new AbortController();
      const stream = backend.findStream(ctxWith(abort.signal), { target, query: create(QuerySchema, {}), batchSize: 100, maxBatchBytes: 1 << 20 })[Symbol.asyncIterator]();
      const first = stream.next().then(
        () => undefined,
        (err: unknown) => err,
      );
      const waiting = async () =>
        (await db.query("SELECT 1 FROM pg_stat_activity WHERE application_name = 'dbx-stream-test' AND wait_event_type = 'Lock'")).rowCount === 1;
      await waitFor(waiting);
      abort.abort();
      const err = await first;
      expect(err).toBeInstanceOf(ConnectError);
      expect((err as ConnectError).code).toBe(Code.Canceled);
      await waitFor(async () => !(await waiting()));
      await waitFor(async () => backend.stats().pool_checked_out === "0");
    } finally {
      await locker.end();
    }
  });

  it("reads inside an interactive transaction, on its connection, what the transaction wrote", async () => {
    const tx = await backend.beginTransaction!(ctxWith(new AbortController().signal), { namespace: "", readOnly: false, isolationLevel: 0, deferrable: false });
    const inTx: OperationContext = { ...ctxWith(new AbortController().signal), transaction: tx };
    await backend.put(inTx, { target, key: v.int(ROWS + 1), record: record({ label: v.str("uncommitted") }), ttlMs: undefined });
    const filter = create(QuerySchema, { filter: { kind: { case: "field", value: { field: "id", op: Operator.GT, value: v.int(ROWS) } } } });
    const seen = [];
    for await (const batch of backend.findStream(inTx, { target, query: filter, batchSize: 10, maxBatchBytes: 1 << 20 })) seen.push(...batch);
    expect(seen.map((r) => r.fields.label)).toEqual([v.str("uncommitted")]);
    await tx.rollback();
    const after = [];
    for await (const batch of backend.findStream(ctxWith(new AbortController().signal), { target, query: filter, batchSize: 10, maxBatchBytes: 1 << 20 })) after.push(...batch);
    expect(after).toEqual([]);
    expect(backend.stats().pool_checked_out).toBe("0");
  });

  it("runs under the stream's own deadline, not the statement_timeout an earlier call left on the connection", async () => {
    const one = createPostgresBackend("pg1", { url: db.url, poolSize: 1 });
    await one.open();
    try {
      // A call with little time left sets statement_timeout low on the only connection.
      await one.get({ ...ctxWith(new AbortController().signal), deadline: Date.now() + 30 }, { target, key: v.int(1), fields: [] });
      // Sorting every row on an unindexed column takes longer than that before the first batch.
      const sorted = create(QuerySchema, { sort: [{ field: "label", descending: true }] });
      let count = 0;
      for await (const batch of one.findStream(ctxWith(new AbortController().signal), { target, query: sorted, batchSize: 1000, maxBatchBytes: 1 << 20 })) {
        count += batch.length;
        if (count >= 1000) break;
      }
      expect(count).toBe(1000);
    } finally {
      await one.close();
    }
  });
});
