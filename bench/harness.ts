import type { LoadResult } from "./load/measurement.js";
import { cpuMicros, RssSampler } from "./proc-stats.js";
import { median } from "./stats.js";

/** One line of the results table. */
export interface Row {
  benchmark: string;
  server: string;
  /** Protocol and load tool. */
  protocol: string;
  connections?: number;
  /** The headline number with its unit ("26,512 req/s", "410,000 rows/s", "3.1 ms"). */
  result: string;
  /** For throughput rows: req/s, to compute ratios. */
  reqPerSec?: number;
  /** Name of the row in the same benchmark this one is compared with; set by the table. */
  versus?: string;
  p50Us?: number;
  p99Us?: number;
  cpuUsPerRequest?: number;
  /** Server CPU per request of each round, in the order measured (how noisy the median is). */
  cpuUsPerRequestRounds?: number[];
  /** Peak server RSS during the measurement. */
  rssMb?: number;
  note?: string;
  /** Why the row's numbers cannot be trusted (failed requests, a wrong answer): the run fails. */
  failure?: string;
}

/** Something to put load on: a server process (for CPU and RSS) or this process (a direct driver). */
export interface LoadTarget {
  server: string;
  protocol: string;
  connections: number;
  /** The process serving the load; this process when undefined (in-process driver). */
  pid?: number;
  /** One real call whose answer is checked; throws when the target cannot serve it. */
  check(): Promise<void>;
  run(durationSeconds: number): Promise<LoadResult>;
}

export interface RoundOptions {
  rounds: number;
  durationSeconds: number;
  warmupSeconds: number;
}

/**
 * Measures each target `rounds` times, interleaved (round 1 of every
 * target, then round 2...) so that drift hits all alike; reports medians,
 * and the peak RSS over all rounds.
 */
export async function measureSideBySide(benchmark: string, targets: readonly LoadTarget[], options: RoundOptions): Promise<Row[]> {
  const rounds = new Map<LoadTarget, { results: LoadResult[]; cpu: number[]; rss: number; error?: string }>();
  for (const target of targets) {
    const state: { results: LoadResult[]; cpu: number[]; rss: number; error?: string } = { results: [], cpu: [], rss: 0 };
    rounds.set(target, state);
    try {
      await target.check();
      if (options.warmupSeconds > 0) await target.run(options.warmupSeconds);
    } catch (err) {
      state.error = errorText(err);
    }
  }
  for (let round = 0; round < options.rounds; round++) {
    for (const target of targets) {
      const state = rounds.get(target)!;
      if (state.error) continue;
      const pid = target.pid ?? process.pid;
      const sampler = new RssSampler(pid);
      const cpuBefore = target.pid === undefined ? process.cpuUsage() : undefined;
      const serverCpuBefore = target.pid === undefined ? 0 : cpuMicros(pid);
      try {
        const result = await target.run(options.durationSeconds);
        const cpu =
          cpuBefore !== undefined
            ? (({ user, system }) => user + system)(process.cpuUsage(cpuBefore))
            : cpuMicros(pid) - serverCpuBefore;
        state.results.push(result);
        if (result.requests > 0) state.cpu.push(cpu / result.requests);
      } catch (err) {
        state.error = errorText(err);
      } finally {
        state.rss = Math.max(state.rss, sampler.stop());
      }
    }
  }
  return targets.map((target) => {
    const state = rounds.get(target)!;
    const base = { benchmark, server: target.server, protocol: target.protocol, connections: target.connections };
    if (state.error || state.results.length === 0) return { ...base, result: "n/a", note: state.error ?? "no result" };
    const reqPerSec = median(state.results.map((r) => r.reqPerSec))!;
    const failures = state.results.reduce((sum, r) => sum + r.failures, 0);
    return {
      ...base,
      result: `${formatInt(reqPerSec)} req/s`,
      reqPerSec,
      p50Us: median(state.results.flatMap((r) => (r.p50Us === undefined ? [] : [r.p50Us]))),
      p99Us: median(state.results.flatMap((r) => (r.p99Us === undefined ? [] : [r.p99Us]))),
      cpuUsPerRequest: median(state.cpu),
      cpuUsPerRequestRounds: state.cpu,
      // An in-process driver's RSS would be the harness's own.
      rssMb: target.pid === undefined ? undefined : state.rss / 2 ** 20,
      note: failures > 0 ? `${failures} failed requests` : undefined,
      failure: failures > 0 ? `${failures} failed requests` : undefined,
    };
  });
}

export function formatInt(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}

export function errorText(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split("\n")[0].slice(0, 160);
}
