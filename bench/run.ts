/**
 * `npm run bench`: starts everything it measures on free ports (Redis,
 * Webdis, DBX, the baseline servers), measures side by side with wrk and
 * h2load, and prints one Markdown table with medians of several rounds.
 * See BENCHMARKS.md for the results on the project's machine.
 */
import { writeFileSync } from "node:fs";
import { BenchEnvironment } from "./environment.js";
import { formatInt, type Row } from "./harness.js";
import { parseOptions, type BenchBackend } from "./options.js";
import { rssBytes } from "./proc-stats.js";
import type { ServerProcess } from "./processes.js";
import { describeMachine, describeTargets } from "./report.js";
import { redisLatency, redisThroughput, startRedisServers, type RedisServers, DBX, GRPC_JS, REDIS_HTTP_BASELINE, STOCK_CONNECT_NODE, WEBDIS } from "./scenarios/redis.js";
import { redisAuthThroughput, startRedisAuthServers, type RedisAuthServers, DBX_API_KEY, DBX_JWT, DBX_NO_AUTH } from "./scenarios/redis-auth.js";
import { sqliteLatency, sqliteThroughput, startSqliteServers, type SqliteServers, SQLITE_HTTP_BASELINE } from "./scenarios/sqlite.js";
import { copyLoad } from "./scenarios/postgres-copy.js";
import { postgresLatency, postgresThroughput, startPostgresServers, type PostgresServers, POSTGRES_GRPC_JS, POSTGRES_HTTP2_GRPC, POSTGRES_HTTP_BASELINE } from "./scenarios/postgres.js";
import { mongoLatency, mongoThroughput, startMongoServers, type MongoServers, MONGO_HTTP_BASELINE, MONGO_STREAM_DATABASE } from "./scenarios/mongodb.js";
import { fanOut, streamDocuments, streamRows } from "./scenarios/streaming.js";
import { renderTable } from "./table.js";

const options = parseOptions(process.argv.slice(2));
const env = new BenchEnvironment();
const progress = (text: string) => process.stderr.write(`bench: ${text}\n`);

async function main(): Promise<{ report: string; unmeasured: string[] }> {
  const command = `npm run bench${process.argv.length > 2 ? " -- " + process.argv.slice(2).join(" ") : ""}`;
  progress(`${options.rounds} round(s) × ${options.durationSeconds} s, ${options.connections} connections; temp folder ${env.dir}`);

  const runs = (backend: BenchBackend) => options.backends.has(backend);
  let redis: RedisServers | undefined;
  let redisAuth: RedisAuthServers | undefined;
  let sqlite: SqliteServers | undefined;
  let postgres: PostgresServers | undefined;
  let mongo: MongoServers | undefined;
  if (runs("redis")) {
    progress("starting redis-server, webdis, DBX (Redis), baselines");
    redis = await startRedisServers(env);
  }
  if (runs("redis-auth")) {
    progress("starting DBX (Redis) three times: no auth, and JWT / API key required");
    redisAuth = await startRedisAuthServers(env, redis?.redisPort);
  }
  if (runs("sqlite")) {
    progress(`preparing SQLite (${formatInt(options.streamRows)} rows to stream) and starting DBX (SQLite), baseline`);
    sqlite = await startSqliteServers(env, options.streamRows);
  }
  if (runs("postgres")) {
    progress(`starting PostgreSQL (${formatInt(options.streamRows)} rows to stream), DBX (PostgreSQL), baseline`);
    postgres = await startPostgresServers(env, options.streamRows);
  }
  if (runs("mongodb")) {
    progress(`starting FerretDB (MongoDB wire protocol, ${formatInt(options.streamDocuments)} documents to stream), DBX (MongoDB), baseline`);
    mongo = await startMongoServers(env, options.streamDocuments);
    progress(`inserted the ${formatInt(options.streamDocuments)} documents in ${mongo.fixture.seedSeconds.toFixed(1)} s`);
  }

  type IdleRow = readonly [server: string, process: ServerProcess | undefined, error: string | undefined];
  const idle: IdleRow[] = [
    ...(redis
      ? ([
          [`${DBX} (Redis backend)`, redis.dbx, redis.dbxError],
          [WEBDIS, redis.webdis, undefined],
          [REDIS_HTTP_BASELINE, redis.httpBaseline, undefined],
          [STOCK_CONNECT_NODE, redis.stockConnectNode, undefined],
          [GRPC_JS, redis.grpcJs, undefined],
        ] satisfies IdleRow[])
      : []),
    ...(redisAuth
      ? ([
          [`${DBX_NO_AUTH} (Redis backend)`, redisAuth.noAuth.process, redisAuth.noAuth.error],
          [`${DBX_JWT} (Redis backend)`, redisAuth.jwt.process, redisAuth.jwt.error],
          [`${DBX_API_KEY} (Redis backend)`, redisAuth.apiKey.process, redisAuth.apiKey.error],
        ] satisfies IdleRow[])
      : []),
    ...(sqlite
      ? ([
          [`${DBX} (SQLite backend)`, sqlite.dbx, undefined],
          [SQLITE_HTTP_BASELINE, sqlite.httpBaseline, undefined],
        ] satisfies IdleRow[])
      : []),
    ...(postgres
      ? ([
          [`${DBX} (PostgreSQL backend)`, postgres.dbx, undefined],
          [POSTGRES_HTTP_BASELINE, postgres.httpBaseline, undefined],
          [POSTGRES_GRPC_JS, postgres.grpcJs, undefined],
          [POSTGRES_HTTP2_GRPC, postgres.http2Grpc, undefined],
        ] satisfies IdleRow[])
      : []),
    ...(mongo
      ? ([
          [`${DBX} (MongoDB backend)`, mongo.dbx, undefined],
          [MONGO_HTTP_BASELINE, mongo.httpBaseline, undefined],
        ] satisfies IdleRow[])
      : []),
  ];
  const rows: Row[] = idle.map(([server, p, error]) => ({
    benchmark: "Server RSS, idle",
    server,
    protocol: "",
    result: p ? `${(rssBytes(p.pid) / 2 ** 20).toFixed(0)} MB` : "n/a",
    note: p ? undefined : error,
  }));

  if (redis) {
    progress("Redis GET/SET throughput");
    rows.push(...(await redisThroughput(env, redis, options)));
    progress("Redis GET latency");
    rows.push(...(await redisLatency(env, redis, options)));
  }
  if (redisAuth) {
    progress("Redis GET with a JWT, with an API key, without auth");
    rows.push(...(await redisAuthThroughput(env, redisAuth, options)));
  }
  if (sqlite) {
    progress("SQLite point select / insert throughput");
    rows.push(...(await sqliteThroughput(env, sqlite, options)));
    progress("SQLite point select latency");
    rows.push(...(await sqliteLatency(env, sqlite, options)));
  }
  if (postgres) {
    progress("PostgreSQL point select / insert throughput");
    rows.push(...(await postgresThroughput(env, postgres, options)));
    progress("PostgreSQL point select latency");
    rows.push(...(await postgresLatency(env, postgres, options)));
  }
  if (mongo) {
    progress("MongoDB findOne / insertOne throughput (against FerretDB)");
    rows.push(...(await mongoThroughput(env, mongo, options)));
    progress("MongoDB findOne latency");
    rows.push(...(await mongoLatency(env, mongo, options)));
  }
  if (sqlite || postgres) progress(`streaming ${formatInt(options.streamRows)} rows`);
  if (sqlite) rows.push(await streamRows(sqlite.dbx, options.streamRows, "SQLite"));
  if (postgres) {
    rows.push(await streamRows(postgres.dbx, options.streamRows, "PostgreSQL"));
    progress(`COPY of ${formatInt(options.streamRows)} rows: psql \\copy and DBX CopyIn`);
    rows.push(...(await copyLoad(env, postgres, options.streamRows)));
  }
  if (mongo) {
    progress(`streaming ${formatInt(options.streamDocuments)} documents (AggregateStream)`);
    rows.push(await streamDocuments(mongo.dbx, MONGO_STREAM_DATABASE, options.streamDocuments));
  }
  if (redis) {
    progress(`fan-out to ${formatInt(options.subscribers)} subscribers`);
    rows.push(await fanOut(redis.dbx, options.subscribers, redis.dbxError));
  }

  const unmeasured = rows
    .filter((r) => r.result === "n/a" || r.failure !== undefined)
    .map((r) => `${r.benchmark} / ${r.server} / ${r.protocol}: ${r.failure ?? r.note ?? "n/a"}`);
  const report = [
    `## Results`,
    "",
    `Command: \`${command}\` (${options.rounds} round(s) × ${options.durationSeconds} s per row, medians; ${options.connections} connections unless the row says otherwise)`,
    "",
    describeMachine(),
    "",
    renderTable(rows),
    "### Targets",
    "",
    describeTargets(rows),
    "",
  ].join("\n");
  return { report, unmeasured };
}

let failed = false;
try {
  const { report, unmeasured } = await main();
  process.stdout.write(report);
  if (options.out) writeFileSync(options.out, report);
  // The smoke run in CI is there to catch a harness or a server that broke.
  if (unmeasured.length > 0) {
    failed = true;
    progress(`not measured: ${unmeasured.join("; ")}`);
  }
} catch (err) {
  failed = true;
  process.stderr.write(`bench: ${err instanceof Error ? err.stack : String(err)}\n`);
} finally {
  await env.close(options.keep || failed);
  if (failed) progress(`logs kept in ${env.dir}`);
}
process.exit(failed ? 1 : 0);
