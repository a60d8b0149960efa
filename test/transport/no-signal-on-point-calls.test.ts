import Database from "better-sqlite3";
import { request } from "node:http";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { FastHandlerContext } from "../../src/transport/fast-path/fast-handler-context.js";
import { startTestServer, type TestServer } from "../support/dbx-server.js";
import { createPostgresDatabase, type PostgresDatabase } from "../support/postgres-database.js";
import { startFerretDb, type FerretDbServer } from "../support/ferretdb-server.js";
import { startRedisServer, type RedisServer } from "../support/redis-server.js";

/**
 * Building an AbortSignal costs about five microseconds on Node 20, a good
 * share of a point read: the data path of every backend watches the call's
 * abort through OperationContext.abort, and only APIs that take a signal
 * build one. This holds it for a point Get and Put on each backend.
 */
describe("point calls on the fast path build no AbortSignal", () => {
  let server: TestServer;
  let db: PostgresDatabase;
  let redis: RedisServer;
  let ferretdb: FerretDbServer;
  let folder: string;

  beforeAll(async () => {
    db = await createPostgresDatabase("nosignal");
    await db.query("CREATE TABLE items (id bigint PRIMARY KEY, name text)");
    redis = await startRedisServer();
    ferretdb = await startFerretDb();
    folder = await mkdtemp(join(tmpdir(), "dbx-nosignal-"));
    const lite = new Database(join(folder, "lite.db"));
    lite.exec("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT)");
    lite.close();
    server = await startTestServer({
      backends: { pg: { url: db.url }, lite: { url: `sqlite:${join(folder, "lite.db")}` }, kv: { url: redis.url }, docs: { url: `${ferretdb.url}nosignal` } },
      defaultBackend: "lite",
    });
  });
  afterAll(async () => {
    await server?.close();
    await redis?.stop();
    await ferretdb?.stop();
    await db?.drop();
    await rm(folder, { recursive: true, force: true });
  });

  /** A Connect JSON call over plain node:http (a client that makes no signals of its own either). */
  function post(path: string, body: unknown): Promise<{ status: number; text: string }> {
    return new Promise((resolve, reject) => {
      const req = request(server.url + path, { method: "POST", headers: { "content-type": "application/json" } }, (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on("error", reject);
      req.end(JSON.stringify(body));
    });
  }

  for (const backend of ["pg", "lite", "kv", "docs"]) {
    it(`${backend}: Put then Get`, async () => {
      const target = { backend, collection: "items" };
      const key = { intValue: "7" };
      // Warm first: a backend's first call may read its catalog through APIs that take a signal.
      expect((await post("/dbx.v1.DataService/Put", { target, key, record: { fields: { name: { stringValue: "a" } } } })).status).toBe(200);
      const reads = vi.spyOn(FastHandlerContext.prototype, "signal", "get");
      try {
        const put = await post("/dbx.v1.DataService/Put", { target, key, record: { fields: { name: { stringValue: "b" } } } });
        const get = await post("/dbx.v1.DataService/Get", { target, key });
        expect(put.status).toBe(200);
        expect(get.status).toBe(200);
        expect(get.text).toContain('"b"');
        expect(reads).not.toHaveBeenCalled();
      } finally {
        reads.mockRestore();
      }
    });
  }
});
