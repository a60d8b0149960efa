import { Code } from "@connectrpc/connect";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AdminService } from "../../gen/ts/dbx/v1/admin_pb.js";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import { TransactionService } from "../../gen/ts/dbx/v1/transaction_pb.js";
import { startTestServer, type TestServer } from "../support/dbx-server.js";
import { writesThroughOutage } from "../support/outage-under-load.js";
import { startPostgresServer, type PostgresServer } from "../support/postgres-server.js";
import { record, rejection, v } from "../support/values.js";

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
    const tx = dbx.client(TransactionService, "grpc");
    let open: string[] = [];
    const acked = await writesThroughOutage(
      (protocol, id, writer) => dbx.client(DataService, protocol).insert({ target: { collection: "items" }, record: record({ id: v.int(id), writer: v.int(writer) }) }, { timeoutMs: 30_000 }),
      {
        name: "PostgreSQL",
        // Two interactive transactions open across the crash, each with a write in it.
        beforeKill: async () => {
          open = await Promise.all(
            [-1, -2].map(async (id) => {
              const { transactionId } = await tx.begin({});
              await dbx.client(DataService, "grpc").insert({ target: { collection: "items" }, record: record({ id: v.int(id), writer: v.int(0) }), transactionId });
              return transactionId;
            }),
          );
        },
        kill: () => postgres.kill(),
        // PostgreSQL rolled them back: a call in one is UNAVAILABLE, so is its Commit; Rollback succeeds.
        whileDown: async () => {
          const inTransaction = await rejection(dbx.client(DataService, "grpc").insert({ target: { collection: "items" }, record: record({ id: v.int(-3), writer: v.int(0) }), transactionId: open[0] }));
          expect(inTransaction.code).toBe(Code.Unavailable);
          expect((await rejection(tx.commit({ transactionId: open[0] }))).code).toBe(Code.Unavailable);
          await tx.rollback({ transactionId: open[1] });
        },
        restart: () => postgres.restart(),
      },
    );

    expect(Number((await query(postgres.url, "SELECT count(*)::int AS n FROM items WHERE id < 0")).rows[0].n)).toBe(0);
    const present = await query(postgres.url, "SELECT count(*)::int AS n FROM items WHERE id = ANY($1::int8[])", [acked]);
    expect(present.rows[0].n).toBe(acked.length);
    const stats = (await dbx.client(AdminService).getStats({ backend: "pg" })).details;
    expect(stats.pool_checked_out).toBe("0");
  });
});
