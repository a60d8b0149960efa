/**
 * npm run fuzz: the long fuzz run. Starts redis-server and DBX (SQLite file
 * + Redis) in this process, sends --requests fuzzed requests spread over
 * gRPC, gRPC-Web, Connect JSON and Connect binary, and prints counts by code
 * per protocol, RSS and open fds before and after, and every kind of bad
 * answer (INTERNAL, UNKNOWN, DATA_LOSS, no status, no answer). Exits 1 when
 * there was a bad answer or the server is not alive afterwards. Ctrl-C
 * stops early and reports what was sent.
 *
 *   npm run fuzz -- --requests 100000 --seed 42
 */
import { Command } from "commander";
import { formatCodes, formatFailures, runFuzz } from "../test/fuzz/fuzz-run.js";
import { startFuzzServer } from "../test/fuzz/fuzz-server.js";
import { checkAlive } from "../test/fuzz/liveness.js";
import { fuzzSeed } from "../test/fuzz/prng.js";
import { WIRE_PROTOCOLS, type WireProtocol } from "../test/fuzz/wire.js";
import { fdKinds, openFds, rssBytes } from "../test/leaks/process-resources.js";

const options = new Command("fuzz")
  .option("--requests <n>", "requests in total, spread evenly over the protocols", "100000")
  .option("--seed <n>", "run seed (default: DBX_FUZZ_SEED, else from the clock)")
  .option("--protocols <list>", `comma-separated subset of ${WIRE_PROTOCOLS.join(",")}`, WIRE_PROTOCOLS.join(","))
  .option("--concurrency <n>", "requests in flight per protocol", "8")
  .option("--mutation-share <fraction>", "share of requests whose bytes are damaged after encoding", "0.35")
  .option("--examples <n>", "bad answers printed in full (one per method, code and damage)", "40")
  .parse()
  .opts<{ requests: string; seed?: string; protocols: string; concurrency: string; mutationShare: string; examples: string }>();

const protocols = options.protocols.split(",").map((p) => {
  if (!(WIRE_PROTOCOLS as readonly string[]).includes(p)) throw new Error(`unknown protocol "${p}"`);
  return p as WireProtocol;
});
const seed = fuzzSeed(options.seed ?? process.env.DBX_FUZZ_SEED);
const perProtocol = Math.ceil(Number(options.requests) / protocols.length);

const server = await startFuzzServer();
let exitCode = 0;
try {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  const before = { rss: rssBytes(), fds: openFds() };
  const kindsBefore = fdKinds();
  console.log(`fuzz: seed ${seed}, ${perProtocol * protocols.length} requests (${perProtocol} per protocol: ${protocols.join(", ")}), DBX at ${server.dbx.url}`);
  console.log(`before: RSS ${mb(before.rss)}, open fds ${before.fds} (DBX, redis client and fuzz client share this process)`);
  // Ctrl-C (or SIGTERM) ends the run early with the report of what was sent.
  const stop = new AbortController();
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => stop.abort());
  let lastPrint = Date.now();
  const report = await runFuzz({
    baseUrl: server.dbx.url,
    seed,
    protocols,
    requestsPerProtocol: perProtocol,
    concurrency: Number(options.concurrency),
    unaryDeadlineMs: 3_000,
    streamDeadlineMs: 250,
    hangAfterMs: 20_000,
    mutationShare: Number(options.mutationShare),
    vocabulary: server.vocabulary,
    stop: stop.signal,
    onProgress(done, total) {
      if (Date.now() - lastPrint < 10_000) return;
      lastPrint = Date.now();
      console.log(`  ${done}/${total} requests, RSS ${mb(rssBytes())}, open fds ${openFds()}`);
    },
  });
  // Idle connections of the fuzz client close with it; give the server a moment to see them go.
  const after = await settled(() => ({ rss: rssBytes(), fds: openFds() }), (s) => s.fds <= before.fds + 5);
  console.log(`\n${report.requests} requests in ${(report.elapsedMs / 1000).toFixed(1)} s (${Math.round(report.requests / (report.elapsedMs / 1000))}/s)`);
  console.log(`codes by protocol:\n${formatCodes(report)}`);
  console.log(`after: RSS ${mb(after.rss)} (${after.rss >= before.rss ? "+" : ""}${mb(after.rss - before.rss)}), open fds ${after.fds} (${after.fds - before.fds >= 0 ? "+" : ""}${after.fds - before.fds})`);
  const grown = [...fdKinds()].map(([kind, n]) => [kind, n - (kindsBefore.get(kind) ?? 0)] as const).filter(([, d]) => d !== 0);
  if (grown.length) console.log(`fds that changed, by kind: ${grown.map(([k, d]) => `${k} ${d > 0 ? "+" : ""}${d}`).join(", ")}`);
  try {
    await checkAlive(server.dbx);
    console.log("server alive after the run: health SERVING, Put/Get on SQLite and Redis over gRPC and Connect");
  } catch (err) {
    console.log(`server NOT alive after the run: ${(err as Error).message}`);
    exitCode = 1;
  }
  if (report.failures.length > 0) {
    console.log(`\n${formatFailures(report, server.serverLog, Number(options.examples))}`);
    exitCode = 1;
  } else {
    console.log("no INTERNAL, UNKNOWN or DATA_LOSS, every answer had a status");
  }
} finally {
  await server.close();
}
process.exit(exitCode);

/** Reads `sample` until `ok` holds or 10 s pass, and answers the last reading. */
async function settled<T>(sample: () => T, ok: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = sample();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
}
