import { describe, expect, it } from "vitest";
import { Capability } from "../../src/backends/capabilities.js";
import { redisCapabilities } from "../../src/backends/redis/capability-set.js";
import { createRedisBackend } from "../../src/backends/redis/index.js";
import { startRedisServer } from "../support/redis-server.js";

describe("Redis capabilities follow the server", () => {
  it("drop data.ttl on a server older than 7.0 (no PEXPIRETIME) and transactions on a cluster", () => {
    expect(redisCapabilities({ clustered: false, version: "7.0.15" }).has(Capability.DataTtl)).toBe(true);
    expect(redisCapabilities({ clustered: false, version: "6.2.14" }).has(Capability.DataTtl)).toBe(false);
    expect(redisCapabilities({ clustered: false, version: "10.0.0" }).has(Capability.DataTtl)).toBe(true);
    expect(redisCapabilities({ clustered: true, version: "7.2.4" }).has(Capability.TransactionInteractive)).toBe(false);
    expect(redisCapabilities({ clustered: false, version: "" }).has(Capability.TransactionInteractive)).toBe(true);
  });

  it("are settled from the probed version when the backend opens", async () => {
    const server = await startRedisServer();
    const backend = createRedisBackend("probe", { url: server.url });
    try {
      await backend.open();
      const version = backend.describeServer().version;
      expect(version).toMatch(/^\d+\.\d+\.\d+/);
      expect([...backend.capabilities].sort()).toEqual([...redisCapabilities({ clustered: false, version })].sort());
    } finally {
      await backend.close();
      await server.stop();
    }
  });
});
