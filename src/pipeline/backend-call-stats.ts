import type { CallMiddleware } from "./call-pipeline.js";

/** Calls and failed calls per backend, for AdminService.GetStats. */
export class BackendCallStats {
  // Numbers, not bigints: a bigint increment allocates, and this runs on every call.
  readonly #counts = new Map<string, { calls: number; errors: number }>();

  readonly middleware: CallMiddleware = {
    name: "backend-call-stats",
    onEnd: (call, error) => {
      if (!call.backend) return;
      let c = this.#counts.get(call.backend);
      if (!c) this.#counts.set(call.backend, (c = { calls: 0, errors: 0 }));
      c.calls++;
      if (error) c.errors++;
    },
  };

  of(backend: string): { calls: bigint; errors: bigint } {
    const c = this.#counts.get(backend);
    return { calls: BigInt(c?.calls ?? 0), errors: BigInt(c?.errors ?? 0) };
  }
}
