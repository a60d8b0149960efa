import { Code } from "@connectrpc/connect";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CopyFormat, PostgresService } from "../../gen/ts/dbx/postgres/v1/postgres_pb.js";
import { PROTOCOLS, startTestServer, type TestServer } from "../support/dbx-server.js";
import { createPostgresDatabase, type PostgresDatabase } from "../support/postgres-database.js";
import { expectError, v } from "../support/values.js";

describe("PostgresService over every protocol", () => {
  let db: PostgresDatabase;
  let server: TestServer;
  let folder: string;

  beforeAll(async () => {
    db = await createPostgresDatabase("pgproto");
    await db.query("CREATE TABLE items (id int PRIMARY KEY, name text); CREATE FUNCTION twice(x int8) RETURNS int8 LANGUAGE sql AS 'SELECT x * 2'");
    folder = await mkdtemp(join(tmpdir(), "dbx-pgproto-"));
    server = await startTestServer({
      defaultBackend: "pg",
      backends: { pg: { url: db.url }, lite: { url: `sqlite:${join(folder, "lite.db")}` } },
    });
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it.each(PROTOCOLS)("listens, notifies, copies rows in and out and calls a function (%s)", async (protocol) => {
    const client = server.client(PostgresService, protocol);
    const abort = new AbortController();
    const events = client.listen({ channels: [`proto_${protocol}`] }, { signal: abort.signal })[Symbol.asyncIterator]();
    try {
      expect((await events.next()).value?.event.case).toBe("ready");
      await client.notify({ channel: `proto_${protocol}`, payload: protocol });
      const event = (await events.next()).value?.event;
      expect(event?.case === "notification" && event.value.payload).toBe(protocol);
    } finally {
      abort.abort();
    }

    const base = PROTOCOLS.indexOf(protocol) * 10;
    const copied = await client.copyRows({ target: { collection: "items" }, rows: [{ values: [v.int(base + 1), v.str(`a,"${protocol}"`)] }, { values: [v.int(base + 2), v.null()] }] });
    expect(copied.rowsCopied).toBe(2n);
    const chunks: Uint8Array[] = [];
    for await (const r of client.copyOut({ query: "SELECT * FROM items WHERE id > $1 AND id < $2 ORDER BY id", params: [v.int(base), v.int(base + 10)], format: CopyFormat.CSV })) chunks.push(r.data);
    expect(Buffer.concat(chunks).toString()).toBe(`${base + 1},"a,""${protocol}"""\n${base + 2},\n`);

    const answer = await client.callFunction({ target: { collection: "twice" }, arguments: [{ value: v.int(21) }] });
    expect(answer.rows[0]?.values).toEqual([v.int(42)]);
  });

  it("answers FAILED_PRECONDITION on a backend that is not PostgreSQL", async () => {
    const client = server.client(PostgresService, "connect");
    await expectError(client.notify({ target: { backend: "lite" }, channel: "c" }), Code.FailedPrecondition, { reason: "ERROR_REASON_WRONG_BACKEND_KIND" });
    await expectError(client.callFunction({ target: { backend: "lite", collection: "f" } }), Code.FailedPrecondition, { reason: "ERROR_REASON_WRONG_BACKEND_KIND" });
  });
});
