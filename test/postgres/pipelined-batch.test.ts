import { connect, createServer, type Server, type Socket } from "node:net";
import { Code } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SqlService } from "../../gen/ts/dbx/sql/v1/sql_pb.js";
import { DataService, type WriteOperation } from "../../gen/ts/dbx/v1/data_pb.js";
import { TransactionService } from "../../gen/ts/dbx/v1/transaction_pb.js";
import { startTestServer, type Protocol, type TestServer } from "../support/dbx-server.js";
import { createPostgresDatabase, type PostgresDatabase } from "../support/postgres-database.js";
import { errorMetadata, record, rejection, u, v, write } from "../support/values.js";
import { waitFor } from "../support/wait-for.js";

const APP = "dbx-pipelined-batch";

/**
 * A TCP proxy in front of PostgreSQL that counts round trips: a client
 * flight is what the client sends before the server answers anything; the
 * next bytes after an answer start the next. DBX runs in this process, so
 * what it writes in one go reaches the proxy before the proxy can forward
 * any answer.
 */
class RoundTripCounter {
  flights = 0;
  readonly #sockets = new Set<Socket>();
  readonly #server: Server;

  private constructor(server: Server) {
    this.#server = server;
  }

  static async start(targetPort: number): Promise<RoundTripCounter> {
    // Half-open kept: a CancelRequest's sender ends its side and waits for the server to close,
    // which tells it the cancel was delivered; closing early would let the cancel land later.
    const server = createServer({ allowHalfOpen: true });
    const counter = new RoundTripCounter(server);
    server.on("connection", (client) => {
      const upstream = connect(targetPort, "127.0.0.1");
      let answered = true;
      for (const socket of [client, upstream]) {
        counter.#sockets.add(socket);
        socket.on("close", () => counter.#sockets.delete(socket));
        socket.on("error", () => undefined);
      }
      client.on("end", () => upstream.end());
      client.on("close", () => upstream.destroy());
      upstream.on("close", () => client.destroy());
      client.on("data", (chunk: Buffer) => {
        if (answered) counter.flights++;
        answered = false;
        upstream.write(chunk);
      });
      upstream.on("data", (chunk: Buffer) => {
        answered = true;
        client.write(chunk);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return counter;
  }

  get port(): number {
    const address = this.#server.address();
    return typeof address === "object" && address ? address.port : 0;
  }

  /** Round trips `work` took. */
  async count(work: () => Promise<unknown>): Promise<number> {
    const before = this.flights;
    await work();
    return this.flights - before;
  }

  close(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy();
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }
}


/** An atomic batch of independent statements is one round trip to PostgreSQL, and stays all or nothing. */
describe("PostgreSQL atomic batches are pipelined", () => {
  let db: PostgresDatabase;
  let proxy: RoundTripCounter;
  let server: TestServer;
  let nextId = 0;

  const ids = (n: number) => Array.from({ length: n }, () => ++nextId);
  const itemCount = async (from: number, to: number) => Number((await db.query("SELECT count(*)::int AS n FROM items WHERE id BETWEEN $1 AND $2", [from, to])).rows[0].n);
  const sleeping = async () => Number((await db.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1 AND wait_event = 'PgSleep'", [APP])).rows[0].n);
  /** The one pooled connection's server process, once it is idle (outside any transaction). */
  const idleBackend = async () => {
    let pid = 0;
    await waitFor(
      async () => {
        const { rows } = await db.query("SELECT pid, state FROM pg_stat_activity WHERE application_name = $1", [APP]);
        pid = rows.length === 1 && rows[0].state === "idle" ? Number(rows[0].pid) : 0;
        return pid !== 0;
      },
      { timeoutMs: 5_000, what: "DBX's pooled connection idle" },
    );
    return pid;
  };
  /** A mixed batch of single-statement writes: puts (upserts), inserts and deletes of the given ids. */
  const mixed = (keys: number[]): WriteOperation[] =>
    keys.map((id, i) =>
      i % 5 === 4 ? write.delete(v.int(id)) : i % 2 === 0 ? write.put(v.int(id), record({ n: v.int(i) })) : write.insert(v.int(id), record({ n: v.int(i) })),
    );

  beforeAll(async () => {
    db = await createPostgresDatabase("pipeline");
    await db.query("CREATE TABLE items (id int PRIMARY KEY, n int NOT NULL)");
    // Inserting into slow_items sleeps in pg_sleep for as long as its `seconds` says.
    await db.query("CREATE TABLE slow_items (id int PRIMARY KEY, seconds float8 NOT NULL)");
    await db.query("CREATE FUNCTION slow_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(NEW.seconds); RETURN NEW; END $$");
    await db.query("CREATE TRIGGER slow BEFORE INSERT ON slow_items FOR EACH ROW EXECUTE FUNCTION slow_insert()");
    proxy = await RoundTripCounter.start(Number(new URL(db.url).port));
    const url = new URL(db.url);
    url.port = String(proxy.port);
    // One pooled connection: every call of a test runs on it, and it is the one checked to survive a failed batch.
    server = await startTestServer({ defaultBackend: "pg", backends: { pg: { url: url.toString(), poolSize: 1, applicationName: APP } } });
  });
  afterAll(async () => {
    await server?.close();
    await proxy?.close();
    await db?.drop();
  });

  describe.each(["connect", "grpc"] as Protocol[])("over %s", (protocol) => {
    const data = () => server.client(DataService, protocol);
    const batchWrite = (operations: WriteOperation[], options: { timeoutMs?: number; signal?: AbortSignal; transactionId?: string } = {}) =>
      data().batchWrite({ target: { collection: "items" }, operations, requireAtomic: true, transactionId: options.transactionId }, { timeoutMs: options.timeoutMs, signal: options.signal });

    it("a 50-operation atomic BatchWrite is one round trip (BEGIN + 50 + COMMIT were 52)", async () => {
      await batchWrite(mixed(ids(3))); // the table's shape read once, as every later call finds it cached
      const keys = ids(50);
      const trips = await proxy.count(async () => {
        const { results } = await batchWrite(mixed(keys));
        expect(results).toHaveLength(50);
        expect(results[1]).toMatchObject({ affected: true, key: v.int(keys[1]) });
        expect(results[4]).toMatchObject({ affected: false });
      });
      expect(trips).toBe(1);
      expect(await itemCount(keys[0], keys[49])).toBe(40);
    });

    it("a batch with Updates is one round trip too; an Update of a missing record fails it NOT_FOUND naming the operation, nothing applied", async () => {
      await batchWrite(mixed(ids(3))); // the table's shape read once, as every later call finds it cached
      const [a, b, missing, fresh] = ids(4);
      await db.query("INSERT INTO items (id, n) VALUES ($1, 1), ($2, 2)", [a, b]);
      const trips = await proxy.count(async () => {
        const { results } = await batchWrite([
          write.put(v.int(fresh), record({ n: v.int(9) })),
          write.update(v.int(a), [u.set("n", v.int(5))]),
          write.update(v.int(b), [u.increment("n", v.int(40))]),
          // Only the key set to itself: nothing changes, the record must still exist (a guarded SELECT).
          write.update(v.int(b), [u.set("id", v.int(b))]),
        ]);
        expect(results.map((r) => r.affected)).toEqual([true, true, true, true]);
      });
      expect(trips).toBe(1);
      const rows = await db.query("SELECT id, n FROM items WHERE id IN ($1, $2, $3) ORDER BY id", [a, b, fresh]);
      expect(rows.rows.map((r) => [r.id, r.n])).toEqual([[a, 5], [b, 42], [fresh, 9]]);

      const [other] = ids(1);
      const err = await rejection(batchWrite([write.put(v.int(other), record({ n: v.int(1) })), write.update(v.int(missing), [u.set("n", v.int(1))])]));
      expect(err.code).toBe(Code.NotFound);
      expect(err.rawMessage).toMatch(/^operations\[1\]: no record with that key/);
      expect(errorMetadata(err)).toMatchObject({ operation_index: "1" });
      expect(await itemCount(other, other)).toBe(0);

      await db.query("UPDATE items SET n = 2147483647 WHERE id = $1", [a]);
      const overflow = await rejection(batchWrite([write.update(v.int(b), [u.set("n", v.int(7))]), write.update(v.int(a), [u.increment("n", v.int(1))])]));
      expect(overflow.code).toBe(Code.InvalidArgument);
      expect(errorMetadata(overflow)).toMatchObject({ field: "operations[1].update.updates", operation_index: "1" });
      expect((await db.query("SELECT n FROM items WHERE id = $1", [b])).rows[0].n).toBe(42);
    });

    it("after a call left a short statement_timeout on the connection, BEGIN is not pipelined under it: the session's timeout is set back first", async () => {
      const [key] = ids(1);
      await db.query("INSERT INTO items (id, n) VALUES ($1, 0)", [key]);
      await data().get({ target: { collection: "items" }, key: v.int(key) }, { timeoutMs: 500 });
      const keys = ids(10);
      const trips = await proxy.count(() => batchWrite(mixed(keys), { timeoutMs: 500 }));
      expect(trips).toBe(2);
      expect(await itemCount(keys[0], keys[9])).toBe(8);
    });

    it("a 50-statement atomic SqlService Batch is one round trip", async () => {
      const sql = server.client(SqlService, protocol);
      const keys = ids(50);
      const statements = keys.map((id) => ({ source: { case: "sql" as const, value: "INSERT INTO items (id, n) VALUES ($1, $2)" }, params: [v.int(id), v.int(1)] }));
      await sql.batch({ statements: statements.slice(0, 1), atomic: true });
      const trips = await proxy.count(async () => {
        const { results } = await sql.batch({ statements: statements.slice(1), atomic: true });
        expect(results).toHaveLength(49);
      });
      // One pipelined round trip, and the session reset every caller's SQL gets before its connection is reused.
      expect(trips).toBeLessThanOrEqual(2);
      expect(await itemCount(keys[0], keys[49])).toBe(50);
    });

    it("an atomic SqlService Batch that answers rows (RETURNING, a query) is two round trips: its rows are checked before COMMIT (were 52)", async () => {
      const sql = server.client(SqlService, protocol);
      const keys = ids(49);
      const statements = [
        ...keys.map((id) => ({ source: { case: "sql" as const, value: "INSERT INTO items (id, n) VALUES ($1, $2) RETURNING id" }, params: [v.int(id), v.int(1)] })),
        { source: { case: "sql" as const, value: "SELECT count(*)::int AS n FROM items WHERE id BETWEEN $1 AND $2" }, params: [v.int(keys[0]), v.int(keys[48])] },
      ];
      await sql.batch({ statements: statements.slice(0, 1), atomic: true });
      let results: Awaited<ReturnType<typeof sql.batch>>["results"] = [];
      const trips = await proxy.count(async () => {
        ({ results } = await sql.batch({ statements: statements.slice(1), atomic: true }));
      });
      // The pipeline, COMMIT, and the session reset every caller's SQL gets before its connection is reused.
      expect(trips).toBeLessThanOrEqual(3);
      expect(results).toHaveLength(49);
      expect(results[0]).toMatchObject({ rowsAffected: 1n, columns: [{ name: "id" }], rows: [{ values: [v.int(keys[1])] }] });
      // The query at the end sees the batch's own inserts.
      expect(results[48].rows).toMatchObject([{ values: [v.int(49)] }]);
      expect(await itemCount(keys[0], keys[48])).toBe(49);
    });

    it("an atomic SqlService Batch whose rows pass server.maxRowsPerResponse answers TOO_MANY_ROWS and takes no effect", async () => {
      const tight = await startTestServer({ server: { maxRowsPerResponse: 5 }, defaultBackend: "pg", backends: { pg: { url: db.url, poolSize: 1 } } });
      try {
        const keys = ids(4);
        const insert = (id: number) => ({ source: { case: "sql" as const, value: "INSERT INTO items (id, n) VALUES ($1, 1) RETURNING id, n" }, params: [v.int(id)] });
        const err = await rejection(
          tight.client(SqlService, protocol).batch({
            atomic: true,
            statements: [...keys.map(insert), { source: { case: "sql" as const, value: "SELECT id FROM items WHERE id BETWEEN $1 AND $2" }, params: [v.int(keys[0]), v.int(keys[3])] }],
          }),
        );
        expect(err.code).toBe(Code.ResourceExhausted);
        expect(errorMetadata(err)).toMatchObject({ limit: "5" });
        expect(await itemCount(keys[0], keys[3])).toBe(0);
        // The connection was rolled back and serves the next batch.
        const { results } = await tight.client(SqlService, protocol).batch({ atomic: true, statements: keys.slice(0, 2).map(insert) });
        expect(results.map((r) => r.rows.length)).toEqual([1, 1]);
        expect(await itemCount(keys[0], keys[3])).toBe(2);
      } finally {
        await tight.close();
      }
    });

    it("an atomic SqlService Batch with RETURNING whose 3rd statement fails names it and takes no effect", async () => {
      const sql = server.client(SqlService, protocol);
      const keys = ids(5);
      await db.query("INSERT INTO items (id, n) VALUES ($1, 0)", [keys[2]]);
      const err = await rejection(
        sql.batch({
          atomic: true,
          statements: keys.map((id) => ({ source: { case: "sql" as const, value: "INSERT INTO items (id, n) VALUES ($1, 1) RETURNING id" }, params: [v.int(id)] })),
        }),
      );
      expect(err.code).toBe(Code.AlreadyExists);
      expect(err.rawMessage).toMatch(/^statements\[2\]: .*none of the batch's statements took effect/);
      expect(await itemCount(keys[0], keys[4])).toBe(1);
    });

    it("inside an interactive transaction, an atomic SqlService Batch with RETURNING runs under a savepoint in two round trips, and the transaction goes on", async () => {
      const tx = server.client(TransactionService, protocol);
      const sql = server.client(SqlService, protocol);
      const { transactionId } = await tx.begin({});
      const insert = (id: number) => ({ source: { case: "sql" as const, value: "INSERT INTO items (id, n) VALUES ($1, 1) RETURNING id" }, params: [v.int(id)] });
      const [warm, kept, failing] = [ids(1), ids(10), ids(10)];
      await sql.batch({ atomic: true, transactionId, statements: warm.map(insert) });
      const trips = await proxy.count(() => sql.batch({ atomic: true, transactionId, statements: kept.map(insert) }));
      expect(trips).toBe(2);
      await db.query("INSERT INTO items (id, n) VALUES ($1, 0)", [failing[6]]);
      const err = await rejection(sql.batch({ atomic: true, transactionId, statements: failing.map(insert) }));
      expect(errorMetadata(err).statement_index).toBe("6");
      await tx.commit({ transactionId });
      expect(await itemCount(kept[0], kept[9])).toBe(10);
      expect(await itemCount(failing[0], failing[9])).toBe(1);
    });

    /** A batch of inserts (into slow_items for a row with `seconds`) through one of the two APIs, and what its errors say. */
    interface Surface {
      readonly name: string;
      insert(rows: { id: number; seconds?: number }[], options?: { timeoutMs?: number; signal?: AbortSignal }): Promise<unknown>;
      readonly failed: (index: number) => { message: RegExp; metadata: Record<string, string> };
    }
    const surfaces: Surface[] = [
      {
        name: "DataService.BatchWrite",
        insert: (rows, options) =>
          batchWrite(
            rows.map((r) => (r.seconds === undefined ? write.insert(v.int(r.id), record({ n: v.int(1) })) : write.insert(v.int(r.id), record({ seconds: v.double(r.seconds) }), { collection: "slow_items" }))),
            options,
          ),
        failed: (i) => ({ message: new RegExp(`^operations\\[${i}\\]: .*no operation of the batch took effect`), metadata: { operation_index: String(i) } }),
      },
      {
        name: "SqlService.Batch",
        insert: (rows, options) =>
          server.client(SqlService, protocol).batch(
            {
              atomic: true,
              statements: rows.map((r) =>
                r.seconds === undefined
                  ? { source: { case: "sql" as const, value: "INSERT INTO items (id, n) VALUES ($1, 1)" }, params: [v.int(r.id)] }
                  : { source: { case: "sql" as const, value: "INSERT INTO slow_items (id, seconds) VALUES ($1, $2)" }, params: [v.int(r.id), v.double(r.seconds)] },
              ),
            },
            options,
          ),
        failed: (i) => ({ message: new RegExp(`^statements\\[${i}\\]: .*none of the batch's statements took effect`), metadata: { statement_index: String(i) } }),
      },
    ];
    const slowRows = (keys: number[], seconds: number) => keys.map((id, i) => (i === 20 ? { id, seconds } : { id }));
    const slowApplied = async (id: number) => Number((await db.query("SELECT count(*)::int AS n FROM slow_items WHERE id = $1", [id])).rows[0].n);

    /** After a stopped slow batch: nothing left running or applied, and the same connection serves the next batch. */
    const expectStoppedAndServing = async (surface: Surface, keys: number[], pid: number) => {
      await waitFor(async () => (await sleeping()) === 0, { timeoutMs: 3_000, what: "the statement stopped on the server" });
      expect(await idleBackend()).toBe(pid);
      expect(await itemCount(keys[0], keys[keys.length - 1])).toBe(0);
      expect(await slowApplied(keys[20])).toBe(0);
      const next = ids(5);
      await surface.insert(next.map((id) => ({ id })));
      expect(await itemCount(next[0], next[4])).toBe(5);
    };

    describe.each(surfaces)("$name", (surface) => {
      it("a failing 30th operation: its error names it, nothing is applied, the connection serves the next call", async () => {
        const keys = ids(50);
        await db.query("INSERT INTO items (id, n) VALUES ($1, 0)", [keys[30]]);
        const pid = await idleBackend();
        const err = await rejection(surface.insert(keys.map((id) => ({ id }))));
        expect(err.code).toBe(Code.AlreadyExists);
        const { message, metadata } = surface.failed(30);
        expect(err.rawMessage).toMatch(message);
        expect(errorMetadata(err)).toMatchObject(metadata);
        expect(await itemCount(keys[0], keys[49])).toBe(1);
        expect(await idleBackend()).toBe(pid);
        await db.query("DELETE FROM items WHERE id = $1", [keys[30]]);
        await surface.insert(keys.map((id) => ({ id })));
        expect(await itemCount(keys[0], keys[49])).toBe(50);
        expect(await idleBackend()).toBe(pid);
      });

      it("cancelled mid-batch: the running statement stops on the server, nothing is applied, the connection serves the next call", async () => {
        const keys = ids(40);
        const pid = await idleBackend();
        const abort = new AbortController();
        const call = rejection(surface.insert(slowRows(keys, 30), { signal: abort.signal }));
        await waitFor(async () => (await sleeping()) === 1, { timeoutMs: 5_000, what: "the batch's slow insert running" });
        abort.abort();
        expect((await call).code).toBe(Code.Canceled);
        await expectStoppedAndServing(surface, keys, pid);
      });

      it("the call's deadline is the pipeline's statement_timeout: DEADLINE_EXCEEDED, nothing applied, the connection serves the next call", async () => {
        const keys = ids(40);
        const pid = await idleBackend();
        const started = Date.now();
        const err = await rejection(surface.insert(slowRows(keys, 30), { timeoutMs: 400 }));
        expect(err.code).toBe(Code.DeadlineExceeded);
        expect(Date.now() - started).toBeLessThan(3_000);
        await expectStoppedAndServing(surface, keys, pid);
      });
    });

    it("with fewer prepared-statement slots than the batch has statements, the others run unprepared in the same round trip", async () => {
      const tight = await startTestServer({ defaultBackend: "pg", backends: { pg: { url: db.url, poolSize: 1, preparedStatementsPerConnection: 1 } } });
      try {
        const keys = ids(20);
        const { results } = await tight.client(DataService, protocol).batchWrite({ target: { collection: "items" }, operations: mixed(keys), requireAtomic: true });
        expect(results.map((r) => r.affected)).toEqual(keys.map((_, i) => i % 5 !== 4));
        expect(await itemCount(keys[0], keys[19])).toBe(16);
      } finally {
        await tight.close();
      }
    });

    it("inside an interactive transaction: one round trip under a savepoint; a failing batch is undone alone and the transaction goes on", async () => {
      const tx = server.client(TransactionService, protocol);
      const { transactionId } = await tx.begin({});
      const [before, failing, after] = [ids(1), ids(10), ids(10)];
      await batchWrite(mixed(before), { transactionId });
      const trips = await proxy.count(() => batchWrite(mixed(after), { transactionId }));
      expect(trips).toBe(1);
      await db.query("INSERT INTO items (id, n) VALUES ($1, 0)", [failing[7]]);
      const err = await rejection(batchWrite(failing.map((id) => write.insert(v.int(id), record({ n: v.int(1) }))), { transactionId }));
      expect(err.code).toBe(Code.AlreadyExists);
      expect(errorMetadata(err).operation_index).toBe("7");
      await tx.commit({ transactionId });
      expect(await itemCount(before[0], before[0])).toBe(1);
      expect(await itemCount(failing[0], failing[9])).toBe(1);
      expect(await itemCount(after[0], after[9])).toBe(8);
    });
  });
});
