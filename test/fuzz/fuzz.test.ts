import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatCodes, formatFailures, runFuzz } from "./fuzz-run.js";
import { startFuzzServer, type FuzzServer } from "./fuzz-server.js";
import { checkAlive } from "./liveness.js";
import { fuzzSeed } from "./prng.js";
import { WIRE_PROTOCOLS } from "./wire.js";

/**
 * Random and damaged requests to every unary and server-streaming method,
 * over every protocol, against SQLite and Redis: no answer may be INTERNAL,
 * UNKNOWN or DATA_LOSS, every answer carries a status, and the server still
 * works afterwards. DBX_FUZZ_SEED repeats a run; DBX_FUZZ_REQUESTS changes
 * its size (per protocol). `npm run fuzz` is the long version.
 */
const seed = fuzzSeed();
const requestsPerProtocol = Number(process.env.DBX_FUZZ_REQUESTS ?? 2_000);

describe("fuzz", () => {
  let server: FuzzServer;

  beforeAll(async () => {
    server = await startFuzzServer();
  });

  afterAll(async () => {
    await server?.close();
  });

  it(`${requestsPerProtocol} requests per protocol get a status that is not INTERNAL, UNKNOWN or DATA_LOSS, and the server stays up`, { timeout: 180_000 }, async () => {
    const report = await runFuzz({
      baseUrl: server.dbx.url,
      seed,
      protocols: WIRE_PROTOCOLS,
      requestsPerProtocol,
      concurrency: 8,
      unaryDeadlineMs: 3_000,
      streamDeadlineMs: 250,
      hangAfterMs: 20_000,
      mutationShare: 0.35,
      vocabulary: server.vocabulary,
    });
    console.log(`fuzz: DBX_FUZZ_SEED=${seed}, ${report.requests} requests in ${report.elapsedMs} ms\n${formatCodes(report)}`);
    if (report.failures.length) console.error(formatFailures(report, server.serverLog));
    expect(report.failures.length, `bad answers (printed above); repeat with DBX_FUZZ_SEED=${seed}`).toBe(0);
    await checkAlive(server.dbx);
  });
});
