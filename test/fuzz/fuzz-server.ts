import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import pino from "pino";
import { startTestServer, type TestServer } from "../support/dbx-server.js";
import { startRedisServer, type RedisServer } from "../support/redis-server.js";
import type { FuzzVocabulary } from "./message-generator.js";

/** DBX with a SQLite file backend and a Redis backend, started for a fuzz or leak run. */
export interface FuzzServer {
  readonly dbx: TestServer;
  readonly redis: RedisServer;
  /** The folder of the SQLite file, also its fileDirectory. */
  readonly dir: string;
  readonly vocabulary: FuzzVocabulary;
  /** Error-level server log lines that carry this request id. */
  serverLog(requestId: string): string[];
  close(): Promise<void>;
}

export const SQLITE_BACKEND = "sqlite";
export const REDIS_BACKEND = "redis";

/**
 * Redis gets a bounded string size and memory: a fuzzed SETBIT or SETRANGE at
 * offset 2^32 would otherwise make redis-server allocate 512 MB on a shared
 * machine. 8 MB is still above DBX's request limit, so no DBX write is cut.
 */
const REDIS_ARGS = ["--proto-max-bulk-len", "8mb", "--maxmemory", "256mb"];

export interface FuzzServerOptions {
  /** More options for the Redis backend (its pool sizes, ...). */
  readonly redisOptions?: Record<string, unknown>;
  /** More options for the SQLite backend (its reader pool, ...). */
  readonly sqliteOptions?: Record<string, unknown>;
}

export async function startFuzzServer(options: FuzzServerOptions = {}): Promise<FuzzServer> {
  const dir = await mkdtemp(join(tmpdir(), "dbx-fuzz-"));
  const redis = await startRedisServer({ args: REDIS_ARGS });
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString().trimEnd());
      // Keep the newest lines only: a long run must not grow memory through its own log.
      if (lines.length > 20_000) lines.splice(0, 10_000);
      done();
    },
  });
  let dbx: TestServer;
  try {
    dbx = await startTestServer(
      {
        defaultBackend: SQLITE_BACKEND,
        backends: {
          [SQLITE_BACKEND]: { url: `sqlite:${join(dir, "fuzz.db")}`, fileDirectory: dir, ...options.sqliteOptions },
          [REDIS_BACKEND]: { url: redis.url, enableScripting: true, commandTimeoutMs: 2_000, ...options.redisOptions },
        },
        // Short idle timeouts: fuzzed Begins must not hold SQLite's write lock for the whole run.
        transactions: { defaultIdleTimeoutMs: 1_000, maxIdleTimeoutMs: 2_000, maxOpen: 20 },
      },
      { logger: pino({ level: "warn" }, sink) },
    );
  } catch (err) {
    await redis.stop();
    await rm(dir, { recursive: true, force: true });
    throw err;
  }
  return {
    dbx,
    redis,
    dir,
    vocabulary: { backends: [SQLITE_BACKEND, REDIS_BACKEND], fileDirectory: dir },
    serverLog: (requestId) => lines.filter((l) => l.includes(`"${requestId}"`)),
    async close() {
      await dbx.close();
      await redis.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
