import type { Backend } from "../backends/backend.js";
import { contextOf } from "../backends/operation-context.js";

/** How long a health check waits for a backend before calling it not serving. */
const HEALTH_TIMEOUT_MS = 2_000;

export interface HealthResult {
  backend: Backend;
  ok: boolean;
  message: string;
}

/**
 * Pings a backend with a bound, for AdminService.GetHealth and grpc.health.v1:
 * a probe of DBX's own, outside any transaction, that ends with the caller's
 * call or after HEALTH_TIMEOUT_MS.
 */
export async function checkHealth(backend: Backend, signal?: AbortSignal): Promise<HealthResult> {
  const timeout = AbortSignal.timeout(HEALTH_TIMEOUT_MS);
  const ctx = contextOf({ signal: signal ? AbortSignal.any([signal, timeout]) : timeout, deadline: Date.now() + HEALTH_TIMEOUT_MS });
  try {
    await backend.ping(ctx);
    return { backend, ok: true, message: "" };
  } catch (err) {
    return { backend, ok: false, message: (err as Error).message };
  }
}
