import { Code } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, it } from "vitest";
import { SqlService } from "../../gen/ts/dbx/sql/v1/sql_pb.js";
import { SqliteService } from "../../gen/ts/dbx/sqlite/v1/sqlite_pb.js";
import { startTestServer, type TestServer } from "../support/dbx-server.js";
import { startRedisServer, type RedisServer } from "../support/redis-server.js";
import { expectError } from "../support/values.js";

describe("SqlService and SqliteService on a backend of another kind", () => {
  let redis: RedisServer;
  let server: TestServer;
  beforeAll(async () => {
    redis = await startRedisServer();
    server = await startTestServer({ defaultBackend: "main", backends: { main: { url: "sqlite::memory:" }, cache: { url: redis.url } } });
  });
  afterAll(async () => {
    await server?.close();
    await redis?.stop();
  });

  it("answers FAILED_PRECONDITION naming the backend's kind", async () => {
    await expectError(server.client(SqlService).listTables({ target: { backend: "cache" } }), Code.FailedPrecondition, {
      reason: "ERROR_REASON_WRONG_BACKEND_KIND",
      message: /"cache" is redis, which does not serve dbx\.sql\.v1\.SqlService/,
    });
    await expectError(server.client(SqliteService).getPragma({ target: { backend: "cache" }, name: "user_version" }), Code.FailedPrecondition, {
      reason: "ERROR_REASON_WRONG_BACKEND_KIND",
      message: /redis/,
    });
  });
});
