import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import type { Row } from "./harness.js";
import { DBX, GRPC_JS, STOCK_CONNECT_NODE, WEBDIS, DIRECT_IOREDIS } from "./scenarios/redis.js";
import { DIRECT_PG, POSTGRES_GRPC_JS, POSTGRES_HTTP2_GRPC, POSTGRES_HTTP_BASELINE } from "./scenarios/postgres.js";
import { copyTimeRatio } from "./scenarios/postgres-copy.js";
import { AUTH_BENCHMARK, AUTH_CPU_BUDGET_US, DBX_API_KEY, DBX_JWT, DBX_NO_AUTH } from "./scenarios/redis-auth.js";
import { SQLITE_HTTP_BASELINE } from "./scenarios/sqlite.js";
import { rssGrowthMb } from "./scenarios/streaming.js";
import { ratio } from "./table.js";

/** nproc, CPU model, memory, OS, Node and tool versions. */
export function describeMachine(): string {
  const model = /^model name\s*:\s*(.*)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? cpus()[0]?.model ?? "unknown";
  const version = (command: string, args: string[]) => {
    try {
      return execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).split("\n")[0].trim();
    } catch (err) {
      // wrk -v exits 1 after printing its version.
      return ((err as { stdout?: string }).stdout ?? "").split("\n")[0].trim() || "not found";
    }
  };
  const os = /^PRETTY_NAME="(.*)"$/m.exec(readFileSync("/etc/os-release", "utf8"))?.[1] ?? "Linux";
  return [
    `- CPU: ${cpus().length} × ${model} (nproc ${cpus().length})`,
    `- Memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- OS: ${os}; Node ${process.version}`,
    `- Tools: ${version("wrk", ["-v"])}; ${version("h2load", ["--version"])}; ${version("redis-server", ["--version"])}; webdis (Debian)`,
  ].join("\n");
}

/** The targets, each with the measured value and whether it is met. */
export function describeTargets(rows: readonly Row[]): string {
  const find = (benchmark: string, server: string, protocol?: string) =>
    rows.find((r) => r.benchmark === benchmark && r.server === server && (protocol === undefined || r.protocol.startsWith(protocol)));
  const lines: string[] = [];
  const check = (label: string, value: number | undefined, goal: number, unit: string, higherIsBetter = true) => {
    if (value === undefined) {
      lines.push(`- [ ] ${label}: not measured`);
      return;
    }
    const met = higherIsBetter ? value >= goal : value <= goal;
    lines.push(`- [${met ? "x" : " "}] ${label}: ${value.toFixed(2)}${unit} (target ${higherIsBetter ? "≥" : "≤"} ${goal}${unit})`);
  };
  const rps = (row: Row | undefined) => row?.reqPerSec;
  const over = (a: Row | undefined, b: Row | undefined) => (rps(a) && rps(b) ? rps(a)! / rps(b)! : undefined);

  const dbxJsonGet = find("Redis GET", DBX, "Connect JSON");
  check("Redis GET, DBX Connect JSON/HTTP1.1 vs Webdis", dbxJsonGet && ratio({ ...dbxJsonGet, versus: WEBDIS }, rows), 0.8, "×");
  const dbxGrpcGet = find("Redis GET", DBX, "gRPC");
  check("Redis GET, DBX gRPC h2c vs stock connect-node", over(dbxGrpcGet, find("Redis GET", STOCK_CONNECT_NODE)), 4, "×");
  check("Redis GET, DBX gRPC h2c vs @grpc/grpc-js", over(dbxGrpcGet, find("Redis GET", GRPC_JS)), 1, "×");
  const dbxP50 = find("Redis GET latency, 1 conn", DBX)?.p50Us;
  const directP50 = find("Redis GET latency, 1 conn", DIRECT_IOREDIS)?.p50Us;
  check(
    "Added p50 over the direct driver, one connection (Redis GET)",
    dbxP50 !== undefined && directP50 !== undefined ? dbxP50 - directP50 : undefined,
    100,
    " µs",
    false,
  );
  const noAuthCpu = find(AUTH_BENCHMARK, DBX_NO_AUTH)?.cpuUsPerRequest;
  for (const [credential, server] of [
    ["a JWT", DBX_JWT],
    ["an API key", DBX_API_KEY],
  ] as const) {
    const cpu = find(AUTH_BENCHMARK, server)?.cpuUsPerRequest;
    check(
      `Redis GET with ${credential}: added server CPU per call over DBX without auth (Connect JSON)`,
      cpu !== undefined && noAuthCpu !== undefined ? cpu - noAuthCpu : undefined,
      AUTH_CPU_BUDGET_US,
      " µs",
      false,
    );
  }
  check(
    "SQLite point select, DBX Connect JSON vs node:http + better-sqlite3",
    over(find("SQLite point select", DBX, "Connect JSON"), find("SQLite point select", SQLITE_HTTP_BASELINE)),
    0.7,
    "×",
  );
  check(
    "PostgreSQL point select, DBX Connect JSON vs node:http + pg pool",
    over(find("PostgreSQL point select", DBX, "Connect JSON"), find("PostgreSQL point select", POSTGRES_HTTP_BASELINE)),
    0.7,
    "×",
  );
  check(
    "PostgreSQL point select, DBX gRPC vs node:http + pg pool",
    over(find("PostgreSQL point select", DBX, "gRPC"), find("PostgreSQL point select", POSTGRES_HTTP_BASELINE)),
    0.7,
    "×",
  );
  // Not an issue target: the like-for-like reference for the row above (both pay for HTTP/2), as Redis has one.
  check(
    "PostgreSQL point select, DBX gRPC vs @grpc/grpc-js + pg pool",
    over(find("PostgreSQL point select", DBX, "gRPC"), find("PostgreSQL point select", POSTGRES_GRPC_JS)),
    1,
    "×",
  );
  // Not an issue target: the floor of any Node gRPC server (node:http2, the gRPC frame by hand), itself below 0.7× of node:http.
  check(
    "PostgreSQL point select, DBX gRPC vs node:http2 + pg pool",
    over(find("PostgreSQL point select", DBX, "gRPC"), find("PostgreSQL point select", POSTGRES_HTTP2_GRPC)),
    0.7,
    "×",
  );
  check(
    "PostgreSQL point select, node:http2 + pg pool (gRPC) vs node:http + pg pool",
    over(find("PostgreSQL point select", POSTGRES_HTTP2_GRPC), find("PostgreSQL point select", POSTGRES_HTTP_BASELINE)),
    0.7,
    "×",
  );
  const pgDbxP50 = find("PostgreSQL point select latency, 1 conn", DBX, "Connect JSON")?.p50Us;
  const pgDirectP50 = find("PostgreSQL point select latency, 1 conn", DIRECT_PG)?.p50Us;
  check(
    "Added p50 over pg direct, one connection (PostgreSQL point select, Connect JSON)",
    pgDbxP50 !== undefined && pgDirectP50 !== undefined ? pgDbxP50 - pgDirectP50 : undefined,
    150,
    " µs",
    false,
  );
  check("COPY load, DBX CopyIn time over psql \\copy of the same file", copyTimeRatio(rows), 2, "×", false);
  for (const stream of rows.filter((r) => r.benchmark.startsWith("Stream "))) {
    check(`${stream.benchmark}: server RSS growth`, rssGrowthMb(stream), 50, " MB", false);
  }
  return lines.join("\n");
}

