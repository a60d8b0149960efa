/**
 * `npm run bench`: starts everything it measures on free ports (Redis,
 * Webdis, DBX, the baseline servers), measures side by side with wrk and
 * h2load, and prints one Markdown table with medians of several rounds.
 * See BENCHMARKS.md for the results on the project's machine.
 */
import { writeFileSync } from "node:fs";
import { BenchEnvironment } from "./environment.js";
import { formatInt, type Row } from "./harness.js";
import { parseOptions } from "./options.js";
import { rssBytes } from "./proc-stats.js";
import type { ServerProcess } from "./processes.js";
import { describeMachine, describeTargets } from "./report.js";
import { redisLatency, redisThroughput, startRedisServers, DBX, GRPC_JS, REDIS_HTTP_BASELINE, STOCK_CONNECT_NODE, WEBDIS } from "./scenarios/redis.js";
import { sqliteLatency, sqliteThroughput, startSqliteServers, SQLITE_HTTP_BASELINE } from "./scenarios/sqlite.js";
import { copyLoad } from "./scenarios/postgres-copy.js";
import { postgresLatency, postgresThroughput, startPostgresServers, POSTGRES_HTTP_BASELINE } from "./scenarios/postgres.js";
import { fanOut, streamRows } from "./scenarios/streaming.js";
import { renderTable } from "./table.js";

const options = parseOptions(process.argv.slice(2));
const env = new BenchEnvironment();
const progress = (text: string) => process.stderr.write(`bench: ${text}\n`);

async function main(): Promise<{ report: string; unmeasured: string[] }> {
  const command = `npm run bench${process.argv.length > 2 ? " -- " + process.argv.slice(2).join(" ") : ""}`;
  progress(`${options.rounds} round(s) × ${options.durationSeconds} s, ${options.connections} connections; temp folder ${env.dir}`);

  progress("starting redis-server, webdis, DBX (Redis), baselines");
  const redis = await startRedisServers(env);
  progress(`preparing SQLite (${formatInt(options.streamRows)} rows to stream) and starting DBX (SQLite), baseline`);
  const sqlite = await startSqliteServers(env, options.streamRows);
  progress(`starting PostgreSQL (${formatInt(options.streamRows)} rows to stream), DBX (PostgreSQL), baseline`);
  const postgres = await startPostgresServers(env, options.streamRows);

  const idle: [string, ServerProcess | undefined][] = [
    [`${DBX} (Redis backend)`, redis.dbx],
    [`${DBX} (SQLite backend)`, sqlite.dbx],
    [WEBDIS, redis.webdis],
    [REDIS_HTTP_BASELINE, redis.httpBaseline],
    [`${DBX} (PostgreSQL backend)`, postgres.dbx],
    [SQLITE_HTTP_BASELINE, sqlite.httpBaseline],
    [POSTGRES_HTTP_BASELINE, postgres.httpBaseline],
    [STOCK_CONNECT_NODE, redis.stockConnectNode],
    [GRPC_JS, redis.grpcJs],
  ];
  const rows: Row[] = idle.map(([server, p]) => ({
    benchmark: "Server RSS, idle",
    server,
    protocol: "",
    result: p ? `${(rssBytes(p.pid) / 2 ** 20).toFixed(0)} MB` : "n/a",
    note: p ? undefined : redis.dbxError,
  }));

  progress("Redis GET/SET throughput");
  rows.push(...(await redisThroughput(env, redis, options)));
  progress("Redis GET latency");
  rows.push(...(await redisLatency(env, redis, options)));
  progress("SQLite point select / insert throughput");
  rows.push(...(await sqliteThroughput(env, sqlite, options)));
  progress("SQLite point select latency");
  rows.push(...(await sqliteLatency(env, sqlite, options)));
  progress("PostgreSQL point select / insert throughput");
  rows.push(...(await postgresThroughput(env, postgres, options)));
  progress("PostgreSQL point select latency");
  rows.push(...(await postgresLatency(env, postgres, options)));
  progress(`streaming ${formatInt(options.streamRows)} rows`);
  rows.push(await streamRows(sqlite.dbx, options.streamRows, "SQLite"));
  rows.push(await streamRows(postgres.dbx, options.streamRows, "PostgreSQL"));
  progress(`COPY of ${formatInt(options.streamRows)} rows: psql \\copy and DBX CopyIn`);
  rows.push(...(await copyLoad(env, postgres, options.streamRows)));
  progress(`fan-out to ${formatInt(options.subscribers)} subscribers`);
  rows.push(await fanOut(redis.dbx, options.subscribers, redis.dbxError));

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
