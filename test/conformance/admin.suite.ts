import { describe, expect, it } from "vitest";
import { AdminService, HealthStatus, TimestampPrecision } from "../../gen/ts/dbx/v1/admin_pb.js";
import { requireAssertions, type ConformanceContext, type Protocol } from "./conformance-context.js";

/** AdminService on one backend over one protocol. */
export function adminSuite(ctx: ConformanceContext, protocol: Protocol): void {
  const admin = () => ctx.server().client(AdminService, protocol);

  describe(`AdminService (${protocol})`, () => {
    requireAssertions();

    it("declares exactly the pinned capability set and timestamp precision", async () => {
      const caps = await admin().getCapabilities({ backend: ctx.backendName });
      // Sorted both sides: the test names what is missing or extra, whatever the order.
      expect([...caps.capabilities].sort()).toEqual([...ctx.expected.capabilities].sort());
      expect(TimestampPrecision[caps.timestampPrecision]).toBe(TimestampPrecision[ctx.expected.timestampPrecision]);
      // The default backend answers the same.
      expect([...(await admin().getCapabilities({})).capabilities].sort()).toEqual([...ctx.expected.capabilities].sort());
    });

    it("lists the backend as the default, with the server's version", async () => {
      const list = await admin().listBackends({});
      expect(list.backends.map((b) => [b.name, b.default])).toEqual([[ctx.backendName, true]]);
      expect(list.backends[0].url).not.toMatch(/:[^:@/]+@/);
      const caps = await admin().getCapabilities({ backend: ctx.backendName });
      expect(caps.backend?.name).toBe(ctx.backendName);
      // Probed when the backend opened ("7.2.4", "3.46.1").
      expect(caps.serverVersion).toMatch(/^\d+\.\d+/);
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
