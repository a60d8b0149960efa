/** Counts and times the commands of a backend, for stats. */
export class CommandMetrics {
  #calls = 0;
  #errors = 0;
  /** Exponentially weighted average, in milliseconds. */
  #latencyMs = 0;
  #maxMs = 0;

  /** Runs `fn` and records how long it took and whether it failed. */
  async measure<T>(fn: () => Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await fn();
    } catch (err) {
      this.#errors++;
      throw err;
    } finally {
      const ms = performance.now() - start;
      this.#calls++;
      this.#latencyMs = this.#calls === 1 ? ms : this.#latencyMs * 0.9 + ms * 0.1;
      this.#maxMs = Math.max(this.#maxMs, ms);
    }
  }

  stats(): Record<string, string> {
    return {
      commands: String(this.#calls),
      command_errors: String(this.#errors),
      latency_avg_ms: this.#latencyMs.toFixed(3),
      latency_max_ms: this.#maxMs.toFixed(3),
    };
  }
}
