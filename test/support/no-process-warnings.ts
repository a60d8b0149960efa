import { afterAll } from "vitest";

/**
 * Warnings that mean a bug, not noise: a timer given more than 2^31-1 ms
 * fires after 1 ms (TimeoutOverflowWarning), and listeners piling up on one
 * emitter or signal are usually a leak (MaxListenersExceededWarning). Every
 * test file fails when code it ran raised one, so neither class of bug can
 * come back unnoticed. Set up once per test file (vitest `setupFiles`).
 */
const WATCHED = new Set(["TimeoutOverflowWarning", "TimeoutNegativeWarning", "MaxListenersExceededWarning"]);

interface WarningLog {
  readonly seen: string[];
}
const key = Symbol.for("dbx.test.processWarnings");
const shared = globalThis as { [key]?: WarningLog };
if (!shared[key]) {
  const log: WarningLog = { seen: [] };
  shared[key] = log;
  // One listener per worker process, however many test files it runs.
  process.on("warning", (warning) => {
    if (WATCHED.has(warning.name)) log.seen.push(`${warning.name}: ${warning.message}`);
  });
}
const log = shared[key]!;
const before = log.seen.length;

afterAll(() => {
  const raised = log.seen.slice(before);
  if (raised.length > 0) throw new Error(`the code under test raised ${raised.length} warning(s) that mean a bug:\n${raised.join("\n")}`);
});
