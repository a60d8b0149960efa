import { percentile } from "../stats.js";
import type { LoadResult } from "./measurement.js";

/**
 * Drives an operation in this process with `concurrency` callers in a
 * closed loop for `durationSeconds`: the direct-driver limit the servers
 * are compared with. Records each call's latency.
 */
export async function runInProcess(
  operation: () => unknown,
  options: { concurrency: number; durationSeconds: number },
): Promise<LoadResult> {
  const latenciesUs: number[] = [];
  let failures = 0;
  const start = performance.now();
  const end = start + options.durationSeconds * 1000;
  const caller = async () => {
    while (performance.now() < end) {
      const t0 = performance.now();
      try {
        await operation();
        latenciesUs.push((performance.now() - t0) * 1000);
      } catch {
        failures++;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, caller));
  const seconds = (performance.now() - start) / 1000;
  return {
    requests: latenciesUs.length,
    seconds,
    reqPerSec: latenciesUs.length / seconds,
    p50Us: percentile(latenciesUs, 50),
    p99Us: percentile(latenciesUs, 99),
    failures,
  };
}
