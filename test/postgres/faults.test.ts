import { Code, ConnectError } from "@connectrpc/connect";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AdminService } from "../../gen/ts/dbx/v1/admin_pb.js";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import { TransactionService } from "../../gen/ts/dbx/v1/transaction_pb.js";
import { startTestServer, type Protocol, type TestServer } from "../support/dbx-server.js";
import { startPostgresServer, type PostgresServer } from "../support/postgres-server.js";
import { record, rejection, v } from "../support/values.js";
import { waitFor } from "../support/wait-for.js";

/** One Insert as a writer saw it. */
interface Attempt {
  readonly id: number;
  readonly startedAt: number;
  readonly endedAt: number;
  /** undefined: acknowledged. */
  readonly code: Code | undefined;
  readonly message: string;
}


async function query(url: string, sql: string, params: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}

describe("PostgreSQL killed under write load (kill -9 of the postmaster)", () => {
  let postgres: PostgresServer;
  let dbx: TestServer;

  beforeAll(async () => {
    // Durable commits: an acknowledged write must survive the crash (fsync stays off: the OS does not crash).
    postgres = await startPostgresServer({ settings: { synchronous_commit: "on" } });
    await query(postgres.url, "CREATE TABLE items (id int8 PRIMARY KEY, writer int NOT NULL)");
    dbx = await startTestServer({
      defaultBackend: "pg",
      backends: { pg: { url: postgres.url, poolSize: 10, connectTimeoutMs: 1_000, applicationName: "dbx-faults" } },
    });
  });
  afterAll(async () => {
    await dbx?.close();
    await postgres?.stop();
  });

  it("calls fail with UNAVAILABLE within 1 s, DBX serves again within 2 s of the restart, and every acknowledged write is there", async () => {
    const attempts: Attempt[] = [];
    let running = true;
    const writer = async (w: number): Promise<void> => {
      const protocol: Protocol = w % 2 === 0 ? "grpc" : "connect";
      const data = dbx.client(DataService, protocol);
      for (let seq = 0; running; seq++) {
        const id = w * 1_000_000 + seq;
        const startedAt = Date.now();
        try {
          await data.insert({ target: { collection: "items" }, record: record({ id: v.int(id), writer: v.int(w) }) }, { timeoutMs: 30_000 });
          attempts.push({ id, startedAt, endedAt: Date.now(), code: undefined, message: "" });
        } catch (err) {
          const e = ConnectError.from(err);
          attempts.push({ id, startedAt, endedAt: Date.now(), code: e.code, message: e.message });
        }
      }
    };
    const acknowledged = () => attempts.filter((a) => a.code === undefined);
    const writers = Promise.all(Array.from({ length: 8 }, (_, w) => writer(w + 1)));

    await waitFor(() => acknowledged().length >= 200, { timeoutMs: 30_000, what: "a steady write load" });
    // Two interactive transactions open across the crash, each with a write in it.
    const tx = dbx.client(TransactionService, "grpc");
    const open = await Promise.all(
      [-1, -2].map(async (id) => {
        const { transactionId } = await tx.begin({});
        await dbx.client(DataService, "grpc").insert({ target: { collection: "items" }, record: record({ id: v.int(id), writer: v.int(0) }), transactionId });
        return transactionId;
      }),
    );
    const killedAt = Date.now();
    await postgres.kill();
    // PostgreSQL rolled them back: a call in one is UNAVAILABLE, so is its Commit; Rollback succeeds.
    const inTransaction = await rejection(dbx.client(DataService, "grpc").insert({ target: { collection: "items" }, record: record({ id: v.int(-3), writer: v.int(0) }), transactionId: open[0] }));
    expect(inTransaction.code).toBe(Code.Unavailable);
    expect((await rejection(tx.commit({ transactionId: open[0] }))).code).toBe(Code.Unavailable);
    await tx.rollback({ transactionId: open[1] });
    await waitFor(() => attempts.filter((a) => a.startedAt > killedAt && a.code !== undefined).length >= 40, { timeoutMs: 10_000, what: "calls failing while PostgreSQL is down" });

    await postgres.restart();
    const upAt = Date.now();
    await waitFor(() => attempts.some((a) => a.startedAt >= upAt && a.code === undefined), { timeoutMs: 10_000, what: "a write acknowledged after the restart" });
    const servedAgainAt = Math.min(...attempts.filter((a) => a.startedAt >= upAt && a.code === undefined).map((a) => a.endedAt));
    await waitFor(() => attempts.filter((a) => a.startedAt > servedAgainAt && a.code === undefined).length >= 200, { timeoutMs: 30_000, what: "the write load after the restart" });
    running = false;
    await writers;

    const failures = attempts.filter((a) => a.code !== undefined);
    expect(failures.length).toBeGreaterThan(0);
    // Never INTERNAL, never anything but UNAVAILABLE: the client is told to retry.
    expect(failures.filter((a) => a.code !== Code.Unavailable).map((a) => `${Code[a.code!]}: ${a.message}`)).toEqual([]);
    // Never hanging: each failed within 1 s of the kill, or of its start when it started later.
    const slow = failures.filter((a) => a.endedAt - Math.max(a.startedAt, killedAt) > 1_000);
    expect(slow.map((a) => ({ id: a.id, ms: a.endedAt - Math.max(a.startedAt, killedAt) }))).toEqual([]);
    expect(failures.every((a) => a.endedAt >= killedAt)).toBe(true);
    // Serving again within 2 s of the restart, without restarting DBX.
    expect(servedAgainAt - upAt).toBeLessThan(2_000);
    // No connection the kill broke was handed out again: every call after the first success succeeded.
    expect(attempts.filter((a) => a.startedAt > servedAgainAt && a.code !== undefined).map((a) => a.message)).toEqual([]);

    expect(Number((await query(postgres.url, "SELECT count(*)::int AS n FROM items WHERE id < 0")).rows[0].n)).toBe(0);
    const acked = acknowledged().map((a) => a.id);
    const present = await query(postgres.url, "SELECT count(*)::int AS n FROM items WHERE id = ANY($1::int8[])", [acked]);
    expect(present.rows[0].n).toBe(acked.length);
    const stats = (await dbx.client(AdminService).getStats({ backend: "pg" })).details;
    expect(stats.pool_checked_out).toBe("0");
  });
});
