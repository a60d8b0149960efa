/**
 * `npm run bench:response-size`: how long the largest answer DBX sends
 * (server.maxResponseBytes) blocks the server's event loop, per protocol.
 *
 * DBX (SQLite in memory) runs on this thread, measured with
 * perf_hooks.monitorEventLoopDelay; clients run in a child process, so
 * their decoding is not counted. Two shapes of a max-size answer: one large bytes
 * value (DataService.Get) and many small rows (QueryService.Execute). Also
 * prints the bare encoding time of the same messages (toBinary/toJsonString).
 */
import "../src/platform/uint8array-to-base64.js";
import { create, toBinary, toJsonString } from "@bufbuild/protobuf";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { execFile } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import pino from "pino";
import { GetResponseSchema } from "../gen/ts/dbx/v1/data_pb.js";
import { ExecuteResponseSchema, RowSchema } from "../gen/ts/dbx/v1/query_pb.js";
import { TypedValueSchema } from "../gen/ts/dbx/v1/value_pb.js";
import { DEFAULT_MAX_RESPONSE_BYTES, ServerConfigSchema } from "../src/config/schema.js";
import { validate } from "../src/config/load.js";
import { estimateEncodedSize } from "../src/limits/encoded-size.js";
import { maxChunkSize } from "../src/services/byte-range-request.js";
import { startServer } from "../src/server.js";
import type { ClientRequest, ClientReport } from "./response-size-client.js";

const run = promisify(execFile);
const limit = Number(process.argv[2] ?? DEFAULT_MAX_RESPONSE_BYTES);
const CALLS = 20;
/** Rows of Execute's many-rows answer: as many as one answer may carry by default. */
const ROWS = ServerConfigSchema.parse({}).maxRowsPerResponse;

async function main(): Promise<void> {
  const config = validate({
    server: { host: "127.0.0.1", port: 0, logLevel: "silent", maxResponseBytes: limit },
    defaultBackend: "main",
    backends: { main: { url: "sqlite::memory:" } },
  });
  const server = await startServer(config, pino({ level: "silent" }));
  // Room for each row's framing and JSON keys, so that the answer fits in JSON too.
  const textPerRow = Math.floor((limit / ROWS) * 0.6) - 40;
  const blob = maxChunkSize(limit);
  try {
    await callJson(server.url, "dbx.v1.QueryService/Execute", { statement: "CREATE TABLE blobs (id TEXT PRIMARY KEY, body BLOB)" });
    await callJson(server.url, "dbx.v1.QueryService/Execute", {
      statement: "INSERT INTO blobs VALUES ('max', randomblob(?))",
      params: [{ intValue: String(blob) }],
    });
    await callJson(server.url, "dbx.v1.QueryService/Execute", { statement: "CREATE TABLE lines (n INTEGER PRIMARY KEY, text TEXT)" });
    await callJson(server.url, "dbx.v1.QueryService/Execute", {
      statement: `INSERT INTO lines WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < ${ROWS}) SELECT n, substr(hex(randomblob(${textPerRow})), 1, ${textPerRow}) FROM c`,
    });
    // Stored rows: the answer's cost is reading and encoding them, not computing them.
    const manyRows = "SELECT n, text FROM lines";
    const requests: ClientRequest[] = [
      { shape: `one ${mib(blob)} bytes value (DataService.Get)`, method: "get" },
      { shape: `${ROWS} rows × ${textPerRow} characters (QueryService.Execute)`, method: "execute", statement: manyRows },
    ];
    const load = loadavg().map((l) => l.toFixed(1)).join(" ");
    console.log(`maxResponseBytes ${limit} (${mib(limit)}); ${CALLS} calls per protocol and shape; server event-loop delay (perf_hooks.monitorEventLoopDelay, 1 ms resolution); ${cpus().length} CPUs, load average ${load}\n`);
    console.log("| Answer | Protocol | Event-loop delay max | p99 | Mean call |");
    console.log("|---|---|---|---|---|");
    const idle = monitorEventLoopDelay({ resolution: 1 });
    idle.enable();
    // The noise floor: the same measurement while the server serves nothing.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    idle.disable();
    console.log(`| none (idle for 2 s) | | ${ms(idle.max)} | ${ms(idle.percentile(99))} | |`);
    for (const request of requests) {
      for (const protocol of ["connect-json", "connect-proto", "grpc", "grpc-web"] as const) {
        const histogram = monitorEventLoopDelay({ resolution: 1 });
        histogram.enable();
        const report = await runClient(server.url, { ...request, protocol, calls: CALLS });
        histogram.disable();
        if (report.error) throw new Error(`${protocol}: ${report.error}`);
        console.log(`| ${request.shape} | ${protocol} | ${ms(histogram.max)} | ${ms(histogram.percentile(99))} | ${report.meanMs.toFixed(1)} ms |`);
      }
    }
    printBareEncoding(blob, textPerRow);
  } finally {
    await server.close();
  }
}

/** The cost of encoding alone, without I/O: what one answer holds the event loop for at least. */
function printBareEncoding(blob: number, textPerRow: number): void {
  const one = create(GetResponseSchema, { record: { fields: { body: { kind: { case: "bytesValue", value: new Uint8Array(blob) } } } } });
  const rows = create(ExecuteResponseSchema, {
    columns: ["n", "text"],
    rows: Array.from({ length: ROWS }, (_, i) =>
      create(RowSchema, {
        values: [
          create(TypedValueSchema, { kind: { case: "intValue", value: BigInt(i) } }),
          create(TypedValueSchema, { kind: { case: "stringValue", value: "x".repeat(textPerRow) } }),
        ],
      }),
    ),
  });
  console.log("\n| Message | toBinary | toJsonString | Size check (estimate walk) |");
  console.log("|---|---|---|---|");
  for (const [name, schema, message] of [
    ["one bytes value", GetResponseSchema, one],
    [`${ROWS} rows`, ExecuteResponseSchema, rows],
  ] as const) {
    const binary = median(() => toBinary(schema as never, message as never));
    const json = median(() => toJsonString(schema as never, message as never));
    const check = median(() => estimateEncodedSize(message, "json", limit));
    console.log(`| ${name} | ${binary.toFixed(1)} ms | ${json.toFixed(1)} ms | ${check.toFixed(2)} ms |`);
  }
}

function median(work: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < 9; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[4];
}

async function runClient(url: string, request: ClientRequest & { protocol: string; calls: number }): Promise<ClientReport> {
  const script = fileURLToPath(new URL("./response-size-client.ts", import.meta.url));
  const { stdout } = await run(process.execPath, ["--import", "tsx", script, JSON.stringify({ url, request })], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout) as ClientReport;
}

async function callJson(url: string, path: string, body: unknown): Promise<void> {
  const res = await fetch(`${url}/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
}

const ms = (ns: number) => `${(ns / 1e6).toFixed(1)} ms`;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2)} MiB`;

await main();
