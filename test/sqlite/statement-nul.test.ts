import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Code } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SqlService } from "../../gen/ts/dbx/sql/v1/sql_pb.js";
import { QueryService } from "../../gen/ts/dbx/v1/query_pb.js";
import { PROTOCOLS, startTestServer, type TestServer } from "../support/dbx-server.js";
import { startRedisServer, type RedisServer } from "../support/redis-server.js";
import { expectError } from "../support/values.js";

/**
 * SQLite stops reading SQL text at a NUL character, so "SELECT 1\0; DROP
 * TABLE people" ran as "SELECT 1" and answered as if all of it had run. A
 * NUL in a native statement is INVALID_ARGUMENT naming the field, on every
 * backend and every RPC that takes SQL text.
 */
describe("NUL in native statements", () => {
  let server: TestServer;
  let redis: RedisServer;
  let dir: string;
  const attack = "SELECT 1\u0000; DROP TABLE people";

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "dbx-nul-"));
    redis = await startRedisServer();
    server = await startTestServer({
      defaultBackend: "main",
      backends: { main: { url: `sqlite:${join(dir, "main.db")}` }, cache: { url: redis.url } },
    });
    await server.client(QueryService).execute({ statement: "CREATE TABLE people (id TEXT PRIMARY KEY)" });
  });
  afterAll(async () => {
    await server?.close();
    await redis?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  const nulRefused = (call: Promise<unknown>, field: string) =>
    expectError(call, Code.InvalidArgument, { reason: "ERROR_REASON_INVALID_FIELD", message: new RegExp(`^${field.replace(/[[\]]/g, "\\$&")}: .*NUL`) });

  it.each(PROTOCOLS)("QueryService.Execute refuses it over %s, on SQLite and Redis", async (protocol) => {
    const query = server.client(QueryService, protocol);
    await nulRefused(query.execute({ statement: attack }), "statement");
    await nulRefused(query.execute({ target: { backend: "cache" }, statement: "PING\u0000" }), "statement");
  });

  it("every SqlService path refuses it, naming the field", async () => {
    const sql = server.client(SqlService);
    const source = { case: "sql" as const, value: attack };
    await nulRefused(sql.query({ source }), "sql");
    await nulRefused(sql.exec({ source }), "sql");
    await nulRefused(sql.prepare({ sql: attack }), "sql");
    await nulRefused(sql.batch({ statements: [{ source: { case: "sql", value: "SELECT 1" } }, { source }] }), "statements[1].sql");
    await nulRefused(
      (async () => {
        for await (const _ of sql.streamQuery({ source })) void _;
      })(),
      "sql",
    );
  });

  it("the table the statement would have dropped is still there", async () => {
    const tables = await server.client(QueryService).execute({ statement: "SELECT name FROM sqlite_schema WHERE type = 'table'" });
    expect(tables.rows.map((r) => r.values[0].kind.value)).toEqual(["people"]);
  });
});
