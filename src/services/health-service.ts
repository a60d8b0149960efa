import { setTimeout as sleep } from "node:timers/promises";
import { Code, ConnectError, type ConnectRouter } from "@connectrpc/connect";
import { DataService } from "../../gen/ts/dbx/v1/data_pb.js";
import { Health, HealthCheckResponse_ServingStatus as ServingStatus } from "../../gen/ts/grpc/health/v1/health_pb.js";
import type { Backend } from "../backends/backend.js";
import type { BackendRegistry } from "../backends/registry.js";
import { checkHealth } from "./backend-health.js";

/** How often Health.Watch pings the backends behind the name it watches. */
const WATCH_POLL_INTERVAL_MS = 5_000;

/** Services of this package (dbx.v1) are served by every backend. */
const UNIVERSAL_PACKAGE = `${DataService.file.proto.package}.`;

/** What a health service name stands for. */
interface HealthSubject {
  /** The backends that must all answer a ping. */
  readonly backends: readonly Backend[];
  /** False for services that work without any backend (health, reflection). */
  readonly needsBackend: boolean;
}

/** Pings each backend once, however many subjects share it. */
type Pinger = (backend: Backend) => Promise<boolean>;

/**
 * Registers grpc.health.v1.Health, which load balancers and orchestrators
 * probe. The names it answers:
 * - "": the server, SERVING when every backend answers a ping;
 * - a backend's configured name ("default"): that backend;
 * - a service on the router: `dbx.v1.*` as the server; a backend-specific
 *   service (dbx.sql.v1.SqlService) by the backends serving it, NOT_SERVING
 *   when none does; the others (health, reflection) are always SERVING.
 * Other names are unknown: NOT_FOUND on Check, SERVICE_UNKNOWN on Watch.
 */
export function registerHealth(
  router: ConnectRouter,
  registry: BackendRegistry,
  pollIntervalMs: number = WATCH_POLL_INTERVAL_MS,
): void {
  const subjectOf = (name: string): HealthSubject | undefined => {
    const all = registry.all();
    if (name === "") return { backends: all, needsBackend: true };
    const backend = all.find((b) => b.name === name);
    if (backend) return { backends: [backend], needsBackend: true };
    if (!router.handlers.some((h) => h.service.typeName === name)) return undefined;
    if (name.startsWith(UNIVERSAL_PACKAGE)) return { backends: all, needsBackend: true };
    if (name.startsWith("dbx.")) return { backends: all.filter((b) => b.services.includes(name)), needsBackend: true };
    return { backends: [], needsBackend: false };
  };

  router.service(Health, {
    async check(req, ctx) {
      const subject = subjectOf(req.service);
      if (!subject) throw new ConnectError(`unknown health service "${req.service}"`, Code.NotFound);
      return { status: await statusOf(subject, pinger(ctx.signal)) };
    },
    async *watch(req, ctx) {
      let last: ServingStatus | undefined;
      for (;;) {
        // Looked up each round: the spec lets an unknown name become known later.
        const subject = subjectOf(req.service);
        const status = subject ? await statusOf(subject, pinger(ctx.signal)) : ServingStatus.SERVICE_UNKNOWN;
        // Ends with the reason: the deadline, cancellation or server shutdown.
        ctx.signal.throwIfAborted();
        if (status !== last) {
          last = status;
          yield { status };
        }
        await sleep(pollIntervalMs, undefined, { signal: ctx.signal }).catch(() => ctx.signal.throwIfAborted());
      }
    },
    async list(_req, ctx) {
      const ping = pinger(ctx.signal);
      const names = ["", ...registry.all().map((b) => b.name), ...new Set(router.handlers.map((h) => h.service.typeName))];
      const statuses = await Promise.all(
        names.map(async (name) => [name, { status: await statusOf(subjectOf(name)!, ping) }] as const),
      );
      return { statuses: Object.fromEntries(statuses) };
    },
  });
}

async function statusOf(subject: HealthSubject, ping: Pinger): Promise<ServingStatus> {
  if (subject.needsBackend && subject.backends.length === 0) return ServingStatus.NOT_SERVING;
  const ok = await Promise.all(subject.backends.map(ping));
  return ok.every(Boolean) ? ServingStatus.SERVING : ServingStatus.NOT_SERVING;
}

function pinger(signal: AbortSignal): Pinger {
  const results = new Map<Backend, Promise<boolean>>();
  return (backend) => {
    let result = results.get(backend);
    if (!result) {
      result = checkHealth(backend, signal).then((r) => r.ok);
      results.set(backend, result);
    }
    return result;
  };
}
