import { describe, expect, it } from "vitest";
import { AdminService, HealthStatus } from "../../gen/ts/dbx/v1/admin_pb.js";
import type { ConformanceContext, Protocol } from "./conformance-context.js";

/** AdminService on one backend over one protocol. */
export function adminSuite(ctx: ConformanceContext, protocol: Protocol): void {
  const admin = () => ctx.server().client(AdminService, protocol);

  describe(`AdminService (${protocol})`, () => {
    it("lists the backend as the default, with its capabilities", async () => {
      const list = await admin().listBackends({});
      expect(list.backends.map((b) => [b.name, b.default])).toEqual([[ctx.backendName, true]]);
      expect(list.backends[0].url).not.toMatch(/:[^:@/]+@/);
      const caps = await admin().getCapabilities({ backend: ctx.backendName });
      expect(caps.backend?.name).toBe(ctx.backendName);
      expect(caps.capabilities.length).toBeGreaterThan(0);
    });

    it("pings, reports health, stats and server info", async () => {
      const ping = await admin().ping({});
      expect(ping.latency).toBeDefined();
      const health = await admin().getHealth({});
      expect(health.status).toBe(HealthStatus.SERVING);
      expect(health.backends[0].backend).toBe(ctx.backendName);
      const stats = await admin().getStats({});
      expect(stats.backend).toBe(ctx.backendName);
      expect(stats.calls).toBeGreaterThan(0n);
      const info = await admin().getServerInfo({});
      expect(info.version).toMatch(/^\d+\.\d+\.\d+/);
      expect(info.backendCount).toBe(1);
    });
  });
}
