/** Counts and times the commands of a backend, for stats. */
export class CommandMetrics {
  #calls = 0;
  #errors = 0;
  /** Exponentially weighted average, in milliseconds. */
  #latencyMs = 0;
  #maxMs = 0;

  /** Runs `fn` and records how long it took and whether it failed. */
  measure<T>(fn: () => Promise<T>): Promise<T> {
    const start = performance.now();
    // Callbacks rather than an async function: this runs on every command.
    return fn().then(
      (value) => {
        this.#record(start);
        return value;
      },
      (err: unknown) => {
        this.#errors++;
        this.#record(start);
        throw err;
      },
    );
  }

  #record(start: number): void {
    const ms = performance.now() - start;
    this.#calls++;
    this.#latencyMs = this.#calls === 1 ? ms : this.#latencyMs * 0.9 + ms * 0.1;
    this.#maxMs = Math.max(this.#maxMs, ms);
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
