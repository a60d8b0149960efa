import { create } from "@bufbuild/protobuf";
import { durationFromMs, timestampFromDate } from "@bufbuild/protobuf/wkt";
import type { ServiceImpl } from "@connectrpc/connect";
import {
  AdminService,
  BackendHealthSchema,
  BackendInfoSchema,
  HealthStatus,
  type BackendInfo,
} from "../../gen/ts/dbx/v1/admin_pb.js";
import type { Backend } from "../backends/backend.js";
import type { ServiceDeps } from "./service-deps.js";
import { checkHealth } from "./backend-health.js";

/** AdminService: what is configured and how it is doing. */
export function createAdminService(deps: ServiceDeps): ServiceImpl<typeof AdminService> {
  const info = (b: Backend): BackendInfo =>
    create(BackendInfoSchema, {
      name: b.name,
      kind: b.kind,
      default: b.name === deps.registry.defaultName,
      url: b.displayUrl,
    });
  const { resolver } = deps;
  return {
    listBackends() {
      return { backends: deps.registry.all().map(info) };
    },
    getCapabilities(req, handler) {
      const backend = resolver.named(req.backend, handler);
      const server = backend.describeServer();
      return {
        backend: info(backend),
        capabilities: [...backend.capabilities].sort(),
        services: [...backend.services],
        timestampPrecision: server.timestampPrecision,
        serverVersion: server.version,
        modules: [...server.modules],
      };
    },
    async ping(req, handler) {
      const backend = resolver.named(req.backend, handler);
      const ctx = resolver.context(backend, handler);
      const start = performance.now();
      await backend.ping(ctx);
      return { latency: durationFromMs(Math.max(1, Math.round(performance.now() - start))) };
    },
    async getHealth(req, handler) {
      const backends = req.backend ? [resolver.named(req.backend, handler)] : deps.registry.all();
      const results = await Promise.all(backends.map((b) => checkHealth(b, handler.signal)));
      return {
        status: results.every((r) => r.ok) ? HealthStatus.SERVING : HealthStatus.NOT_SERVING,
        backends: results.map((r) =>
          create(BackendHealthSchema, {
            backend: r.backend.name,
            status: r.ok ? HealthStatus.SERVING : HealthStatus.NOT_SERVING,
            message: r.message,
          }),
        ),
      };
    },
    getStats(req, handler) {
      const backend = resolver.named(req.backend, handler);
      const counters = deps.callStats.of(backend.name);
      return {
        backend: backend.name,
        calls: counters.calls,
        errors: counters.errors,
        openTransactions: BigInt(deps.transactions.openCount(backend)),
        details: backend.stats(),
      };
    },
    getServerInfo() {
      return {
        version: deps.version,
        startTime: timestampFromDate(deps.startTime),
        runtime: `node ${process.version}`,
        backendCount: deps.registry.all().length,
      };
    },
  };
}
