export interface WaitForOptions {
  /** How long the condition may take to hold before the wait fails (default 10 s: a hang, not a slow machine). */
  readonly timeoutMs?: number;
  /** Pause between checks (default 20 ms). */
  readonly intervalMs?: number;
  /** What is awaited, for the failure message. */
  readonly what?: string;
}

/**
 * Resolves once `condition` holds, checking it again and again: tests wait for
 * what they need (a log line, a subscription gone, a call arrived) instead of
 * sleeping for a guess that a loaded machine misses.
 */
export async function waitFor(condition: () => boolean | Promise<boolean>, options: WaitForOptions = {}): Promise<void> {
  const { timeoutMs = 10_000, intervalMs = 20, what = "a condition" } = options;
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
