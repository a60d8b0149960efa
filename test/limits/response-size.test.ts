import { Code, ConnectError } from "@connectrpc/connect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RedisService } from "../../gen/ts/dbx/redis/v1/redis_service_pb.js";
import { SqlService } from "../../gen/ts/dbx/sql/v1/sql_pb.js";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import { Operator } from "../../gen/ts/dbx/v1/filter_pb.js";
import { QueryService } from "../../gen/ts/dbx/v1/query_pb.js";
import { ErrorInfoSchema } from "../../gen/ts/google/rpc/error_details_pb.js";
import { PROTOCOLS, startTestServer, type TestServer } from "../support/dbx-server.js";
import { startRedisServer, type RedisServer } from "../support/redis-server.js";
import { expectError, record, v } from "../support/values.js";

const LIMIT = 256 * 1024;

async function collectBytes(chunks: AsyncIterable<{ data: Uint8Array }>): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) parts.push(chunk.data);
  return Buffer.concat(parts);
}

function metadataOf(err: ConnectError): Record<string, string> {
  return err.findDetails(ErrorInfoSchema)[0]?.metadata ?? {};
}

/** server.maxResponseBytes: no answer, nor message of a stream, is larger; the server survives trying. */
describe("response size limit", () => {
  let redis: RedisServer;
  let server: TestServer;
  beforeAll(async () => {
    redis = await startRedisServer();
    server = await startTestServer({
      defaultBackend: "main",
      backends: { main: { url: "sqlite::memory:" }, cache: { url: redis.url } },
      server: { maxResponseBytes: LIMIT },
    });
    await server.client(QueryService).execute({ statement: "CREATE TABLE docs (id TEXT PRIMARY KEY, body BLOB)" });
  });
  afterAll(async () => {
    await server?.close();
    await redis?.stop();
  });

  describe.each(PROTOCOLS)("over %s", (protocol) => {
    it("refuses one large value of Execute with RESPONSE_TOO_LARGE naming the limit and the way out, then serves the next call", async () => {
      const query = server.client(QueryService, protocol);
      const err = await expectError(query.execute({ statement: "SELECT zeroblob(4000000)" }), Code.ResourceExhausted, {
        reason: "ERROR_REASON_RESPONSE_TOO_LARGE",
        message: /262144 bytes.*StreamQuery.*ReadBytes/,
      });
      expect(metadataOf(err)).toEqual({ limit: String(LIMIT), use: "dbx.sql.v1.SqlService/StreamQuery" });
      const next = await query.execute({ statement: "SELECT 7" });
      expect(next.rows[0].values[0].kind).toEqual({ case: "intValue", value: 7n });
    });

    it("stops reading rows once their bytes pass the limit", async () => {
      const statement = "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 1000) SELECT zeroblob(10000) FROM c";
      await expectError(server.client(QueryService, protocol).execute({ statement }), Code.ResourceExhausted, { reason: "ERROR_REASON_RESPONSE_TOO_LARGE" });
    });

    it("refuses a large Redis GET and names GetRangeStream", async () => {
      const client = server.client(RedisService, protocol);
      const key = Buffer.from(`big:${protocol}`);
      await client.set({ target: { backend: "cache" }, key, value: new Uint8Array(LIMIT + 1) });
      const err = await expectError(client.get({ target: { backend: "cache" }, key }), Code.ResourceExhausted, { reason: "ERROR_REASON_RESPONSE_TOO_LARGE" });
      expect(metadataOf(err).use).toBe("dbx.redis.v1.RedisService/GetRangeStream");
      expect((await client.strLen({ target: { backend: "cache" }, key })).length).toBe(BigInt(LIMIT + 1));
    });

    it("refuses GETDEL and SET with GET of a large value before they remove it", async () => {
      const client = server.client(RedisService, protocol);
      const key = Buffer.from(`kept:${protocol}`);
      const big = new Uint8Array(LIMIT + 1).fill(7);
      await client.set({ target: { backend: "cache" }, key, value: big });
      await expectError(client.getDel({ target: { backend: "cache" }, key }), Code.ResourceExhausted, { reason: "ERROR_REASON_RESPONSE_TOO_LARGE" });
      await expectError(client.set({ target: { backend: "cache" }, key, value: Buffer.from("new"), get: true }), Code.ResourceExhausted, {
        reason: "ERROR_REASON_RESPONSE_TOO_LARGE",
      });
      const kept = await collectBytes(client.getRangeStream({ target: { backend: "cache" }, key }));
      expect(kept.equals(big)).toBe(true);
    });

    it("refuses any other Redis answer past the limit (LRANGE)", async () => {
      const client = server.client(RedisService, protocol);
      const key = Buffer.from(`list:${protocol}`);
      const chunk = new Uint8Array(64 * 1024);
      await client.rPush({ target: { backend: "cache" }, key, values: [chunk, chunk, chunk, chunk, chunk] });
      await expectError(client.lRange({ target: { backend: "cache" }, key, start: 0n, stop: -1n }), Code.ResourceExhausted, {
        reason: "ERROR_REASON_RESPONSE_TOO_LARGE",
      });
    });

    it("ends StreamQuery batches early when their rows are large; the columns come once", async () => {
      const statement = "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 8) SELECT n, zeroblob(100000) AS body FROM c";
      const messages: { columns: number; rows: number }[] = [];
      for await (const message of server.client(SqlService, protocol).streamQuery({ source: { case: "sql", value: statement }, batchSize: 500 })) {
        messages.push({ columns: message.columns.length, rows: message.rows.length });
      }
      expect(messages.reduce((sum, m) => sum + m.rows, 0)).toBe(8);
      expect(messages.length).toBeGreaterThan(1);
      expect(messages.map((m) => m.columns)).toEqual([2, ...messages.slice(1).map(() => 0)]);
    });

    it("ends FindStream batches early when their records are large", async () => {
      const data = server.client(DataService, "grpc");
      const collection = "docs";
      for (let i = 0; i < 6; i++) {
        await data.put({ target: { collection }, key: v.str(`${protocol}-${i}`), record: record({ body: v.bytes(new Uint8Array(100 * 1024)) }) });
      }
      const messages: number[] = [];
      const query = server.client(QueryService, protocol);
      const filter = { kind: { case: "field" as const, value: { field: "id", op: Operator.PREFIX, value: v.str(`${protocol}-`) } } };
      for await (const message of query.findStream({ target: { collection }, query: { filter }, batchSize: 500 })) {
        messages.push(message.records.length);
      }
      expect(messages.reduce((a, b) => a + b, 0)).toBe(6);
      expect(messages.length).toBeGreaterThan(1);
    });
  });

  it("counts bytes as base64 for JSON: a value that fits in binary is refused over Connect JSON", async () => {
    const key = Buffer.from("three-quarters");
    const value = new Uint8Array(Math.floor(LIMIT * 0.9));
    await server.client(RedisService, "grpc").set({ target: { backend: "cache" }, key, value });
    expect((await server.client(RedisService, "grpc").get({ target: { backend: "cache" }, key })).value?.length).toBe(value.length);
    await expectError(server.client(RedisService, "connect").get({ target: { backend: "cache" }, key }), Code.ResourceExhausted, {
      reason: "ERROR_REASON_RESPONSE_TOO_LARGE",
    });
  });
});

/** The reported crash, with the default limit: 100 MB answers are refused at once and the server lives on. */
describe("100 MB answers with the default limit", () => {
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

  it("Execute of zeroblob(100000000) over Connect JSON answers RESOURCE_EXHAUSTED quickly", async () => {
    const query = server.client(QueryService, "connect");
    const started = performance.now();
    await expectError(query.execute({ statement: "SELECT zeroblob(100000000)" }), Code.ResourceExhausted, { reason: "ERROR_REASON_RESPONSE_TOO_LARGE" });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect((await query.execute({ statement: "SELECT 1" })).rows).toHaveLength(1);
  });

  it("RedisService.Get of a 100 MB value over Connect JSON answers RESOURCE_EXHAUSTED", async () => {
    const client = server.client(RedisService, "connect");
    const key = Buffer.from("hundred");
    // SETRANGE past the end zero-fills: a 100 MB value without sending it.
    await client.setRange({ target: { backend: "cache" }, key, offset: 99_999_999n, value: Buffer.from("!") });
    await expectError(client.get({ target: { backend: "cache" }, key }), Code.ResourceExhausted, { reason: "ERROR_REASON_RESPONSE_TOO_LARGE" });
    expect((await client.strLen({ target: { backend: "cache" }, key })).length).toBe(100_000_000n);
  });
});
