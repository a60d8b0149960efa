import { create, type DescMethod, type MessageInitShape } from "@bufbuild/protobuf";
import { createClient, type Client } from "@connectrpc/connect";
import { RedisService } from "../../gen/ts/dbx/redis/v1/redis_service_pb.js";
import { SqlService } from "../../gen/ts/dbx/sql/v1/sql_pb.js";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import { QueryService } from "../../gen/ts/dbx/v1/query_pb.js";
import { StreamService } from "../../gen/ts/dbx/v1/stream_pb.js";
import type { TestServer } from "../support/dbx-server.js";
import { REDIS_BACKEND, SQLITE_BACKEND } from "../fuzz/fuzz-server.js";
import { methodPath } from "../fuzz/rpc-catalog.js";

/** The data the streams read: a table and a Redis collection, a large string, a Redis stream with a group. */
export const LEAK_TABLE = "leak_rows";
export const LEAK_ROWS = 300;
const BIG_KEY = "leak:big";
const STREAM_KEY = "leak:stream";
const GROUP = "leak-group";
const CHANNEL = "leak-channel";

const bytes = (text: string) => new TextEncoder().encode(text);
const str = (value: string) => ({ kind: { case: "stringValue" as const, value } });

/**
 * Requests that keep each server stream busy: many rows in small batches, a
 * large value in small chunks, watches and subscriptions that a background
 * writer feeds. Keyed by method path; one request per backend it serves.
 */
const PURPOSEFUL: Record<string, readonly Record<string, unknown>[]> = {
  "/dbx.v1.QueryService/FindStream": [
    { target: { backend: SQLITE_BACKEND, collection: LEAK_TABLE }, batchSize: 5 },
    { target: { backend: REDIS_BACKEND, collection: LEAK_TABLE }, batchSize: 5 },
  ],
  "/dbx.sql.v1.SqlService/StreamQuery": [{ target: { backend: SQLITE_BACKEND }, source: { case: "sql", value: `SELECT * FROM ${LEAK_TABLE}` } }],
  "/dbx.sqlite.v1.SqliteService/BackupStream": [{ target: { backend: SQLITE_BACKEND }, chunkSize: 16 * 1024 }],
  "/dbx.v1.StreamService/Watch": [
    { target: { backend: SQLITE_BACKEND, collection: LEAK_TABLE } },
    { target: { backend: REDIS_BACKEND, collection: LEAK_TABLE } },
  ],
  "/dbx.v1.StreamService/Subscribe": [
    { target: { backend: REDIS_BACKEND }, channels: [CHANNEL] },
    { target: { backend: REDIS_BACKEND }, patterns: ["leak-*"] },
  ],
  "/dbx.v1.DataService/ReadBytes": [
    { target: { backend: SQLITE_BACKEND, collection: LEAK_TABLE }, key: str("r1"), field: "payload", chunkSize: 100 },
    { target: { backend: REDIS_BACKEND, collection: LEAK_TABLE }, key: str("r1"), field: "payload", chunkSize: 100 },
  ],
  "/dbx.redis.v1.RedisService/GetRangeStream": [{ target: { backend: REDIS_BACKEND }, key: bytes(BIG_KEY), chunkSize: 4 * 1024 }],
  "/dbx.redis.v1.RedisService/ScanStream": [{ target: { backend: REDIS_BACKEND }, count: 10n }],
  "/dbx.redis.v1.RedisService/XRead": [{ target: { backend: REDIS_BACKEND }, streams: [{ key: bytes(STREAM_KEY), id: "0" }], count: 5n }],
  "/dbx.redis.v1.RedisService/XReadGroup": [{ target: { backend: REDIS_BACKEND }, group: GROUP, consumer: "c1", streams: [{ key: bytes(STREAM_KEY), id: ">" }], count: 5n }],
  "/dbx.redis.v1.RedisService/Subscribe": [{ target: { backend: REDIS_BACKEND }, channels: [bytes(CHANNEL)] }],
  "/dbx.redis.v1.RedisService/PSubscribe": [{ target: { backend: REDIS_BACKEND }, patterns: [bytes("leak-*")] }],
  "/grpc.health.v1.Health/Watch": [{ service: "" }, { service: SQLITE_BACKEND }],
};

export interface StreamCall {
  readonly method: DescMethod;
  readonly label: string;
  readonly request: MessageInitShape<DescMethod["input"]>;
}

/**
 * A call for every server-streaming method in gen/: the purposeful requests
 * above, and for a method not listed (a new stream) its request with only
 * the target's backend set, once per backend, so it is still disconnect-tested.
 */
export function streamCalls(methods: readonly DescMethod[]): { calls: StreamCall[]; unlisted: string[] } {
  const calls: StreamCall[] = [];
  const unlisted: string[] = [];
  for (const method of methods) {
    const path = methodPath(method);
    let requests = PURPOSEFUL[path];
    if (!requests) {
      unlisted.push(path);
      const hasTarget = method.input.fields.some((f) => f.localName === "target");
      requests = hasTarget ? [{ target: { backend: SQLITE_BACKEND } }, { target: { backend: REDIS_BACKEND } }] : [{}];
    }
    requests.forEach((request, i) => calls.push({ method, label: `${path}#${i}`, request: create(method.input, request as never) }));
  }
  return { calls, unlisted };
}

/** Creates the data the streams read. */
export async function seedStreamData(server: TestServer): Promise<void> {
  const query = server.client(QueryService, "grpc");
  await query.execute({
    target: { backend: SQLITE_BACKEND },
    statement: `CREATE TABLE ${LEAK_TABLE} (id TEXT PRIMARY KEY, note TEXT, payload BLOB)`,
  });
  await query.execute({
    target: { backend: SQLITE_BACKEND },
    statement: `WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT ${LEAK_ROWS}) INSERT INTO ${LEAK_TABLE} SELECT 'r' || x, 'row ' || x, randomblob(1000) FROM c`,
  });
  const data = server.client(DataService, "grpc");
  for (let i = 1; i <= 60; i++) {
    await data.put({
      target: { backend: REDIS_BACKEND, collection: LEAK_TABLE },
      key: str(`r${i}`),
      record: { fields: { note: str(`row ${i}`), payload: { kind: { case: "bytesValue", value: new Uint8Array(1000).fill(i) } } } },
    });
  }
  const redis = server.client(RedisService, "grpc");
  await redis.set({ target: { backend: REDIS_BACKEND }, key: bytes(BIG_KEY), value: new Uint8Array(512 * 1024).fill(7) });
  for (let i = 0; i < 50; i++) {
    await redis.xAdd({ target: { backend: REDIS_BACKEND }, key: bytes(STREAM_KEY), fields: [{ field: bytes("n"), value: bytes(String(i)) }] });
  }
  await redis.xGroupCreate({ target: { backend: REDIS_BACKEND }, key: bytes(STREAM_KEY), group: GROUP, id: "0" });
}

/**
 * Keeps writing while streams run, so watches, subscriptions and stream
 * reads have messages to deliver and be cut off in the middle of.
 */
export function startBackgroundWriter(server: TestServer): { stop(): Promise<void> } {
  const data: Client<typeof DataService> = createClient(DataService, server.transport("grpc"));
  const stream: Client<typeof StreamService> = createClient(StreamService, server.transport("grpc"));
  const redis: Client<typeof RedisService> = createClient(RedisService, server.transport("grpc"));
  const sql: Client<typeof SqlService> = createClient(SqlService, server.transport("grpc"));
  let running = true;
  let n = 0;
  const loop = (async () => {
    while (running) {
      n++;
      const key = str(`w${n % 20}`);
      await Promise.allSettled([
        data.put({ target: { backend: SQLITE_BACKEND, collection: LEAK_TABLE }, key, record: { fields: { note: str(`write ${n}`) } } }),
        data.put({ target: { backend: REDIS_BACKEND, collection: LEAK_TABLE }, key, record: { fields: { note: str(`write ${n}`) } } }),
        stream.publish({ target: { backend: REDIS_BACKEND }, channel: CHANNEL, payload: bytes(`m${n}`) }),
        redis.xAdd({ target: { backend: REDIS_BACKEND }, key: bytes(STREAM_KEY), fields: [{ field: bytes("n"), value: bytes(String(n)) }], trim: { strategy: { case: "maxLen", value: 200n } } }),
        sql.exec({ target: { backend: SQLITE_BACKEND }, source: { case: "sql", value: `UPDATE ${LEAK_TABLE} SET note = 'u${n}' WHERE id = 'r${(n % LEAK_ROWS) + 1}'` } }),
      ]);
      // Paced by its own round trips; a short pause leaves room for the streams under test.
      await new Promise((r) => setTimeout(r, 10));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
    },
  };
}
