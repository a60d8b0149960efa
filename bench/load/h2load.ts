import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import type { LoadResult } from "./measurement.js";

const run = promisify(execFile);

export interface H2loadRun {
  url: string;
  path: string;
  /** The gRPC-framed request body, sent as is with every request. */
  grpcFrame: Uint8Array;
  /** Connections, one stream in flight on each: the same shape as wrk -cN. */
  connections: number;
  durationSeconds: number;
  workDir: string;
}

/**
 * Runs h2load (nghttp2) with gRPC requests over h2c. h2load sees HTTP
 * statuses only, not grpc-status: the harness checks each gRPC call once
 * with a real client before the load.
 */
export async function runH2load(options: H2loadRun): Promise<LoadResult> {
  const bodyFile = join(options.workDir, `grpc-${process.hrtime.bigint()}.bin`);
  writeFileSync(bodyFile, options.grpcFrame);
  const { stdout } = await run(
    "h2load",
    [
      "-t1",
      `-c${options.connections}`,
      "-m1",
      `-D${options.durationSeconds}`,
      `--data=${bodyFile}`,
      "-H", "content-type: application/grpc",
      "-H", "te: trailers",
      options.url + options.path,
    ],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  return parseH2load(stdout);
}

export function parseH2load(report: string): LoadResult {
  const finished = /finished in ([\d.]+)(ms|s), ([\d.]+) req\/s/.exec(report);
  const counts = /requests: (\d+) total, (\d+) started, (\d+) done, (\d+) succeeded, (\d+) failed, (\d+) errored/.exec(report);
  if (!finished || !counts) throw new Error(`cannot read h2load's report:\n${report}`);
  const seconds = Number(finished[1]) * (finished[2] === "ms" ? 0.001 : 1);
  const succeeded = Number(counts[4]);
  return {
    requests: succeeded,
    seconds,
    reqPerSec: Number(finished[3]),
    failures: Number(counts[5]) + Number(counts[6]),
  };
}
