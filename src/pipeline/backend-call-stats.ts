import type { CallMiddleware } from "./call-pipeline.js";

/** Calls and failed calls per backend, for AdminService.GetStats. */
export class BackendCallStats {
  readonly #counts = new Map<string, { calls: bigint; errors: bigint }>();

  readonly middleware: CallMiddleware = {
    name: "backend-call-stats",
    onEnd: (call, error) => {
      if (!call.backend) return;
      let c = this.#counts.get(call.backend);
      if (!c) this.#counts.set(call.backend, (c = { calls: 0n, errors: 0n }));
      c.calls++;
      if (error) c.errors++;
    },
  };

  of(backend: string): { calls: bigint; errors: bigint } {
    return this.#counts.get(backend) ?? { calls: 0n, errors: 0n };
  }
}
