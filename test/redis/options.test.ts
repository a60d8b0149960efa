import { describe, expect, it } from "vitest";
import { parseRedisSettings } from "../../src/backends/redis/options.js";

describe("Redis backend options", () => {
  it("reads the URL: credentials, database, TLS, and hides the password", () => {
    const s = parseRedisSettings("cache", { url: "rediss://user:p%40ss@redis.example:6380/3" });
    expect(s).toMatchObject({ username: "user", password: "p@ss", db: 3, tls: true, topology: { mode: "standalone", host: "redis.example", port: 6380 } });
    expect(s.displayUrl).not.toContain("p%40ss");
    expect(s.options).toMatchObject({ enableScripting: false, allowDangerousCommands: false, enableKeyspaceNotifications: true, keyPrefix: "" });
  });

  it("reads cluster and sentinel topologies", () => {
    expect(parseRedisSettings("c", { url: "redis://x", cluster: { nodes: ["a:1", "b:2"] } }).topology).toEqual({
      mode: "cluster",
      nodes: [
        { host: "a", port: 1 },
        { host: "b", port: 2 },
      ],
    });
    expect(parseRedisSettings("s", { url: "redis://x", sentinel: { name: "m", sentinels: ["a:1"] } }).topology).toMatchObject({ mode: "sentinel", name: "m" });
  });

  it("names the bad option as backends.<name>.<option>", () => {
    expect(() => parseRedisSettings("cache", { url: "redis://x", enableScripting: "yes" })).toThrow(/backends\.cache\.enableScripting/);
    expect(() => parseRedisSettings("cache", { url: "redis://x", bogus: 1 })).toThrow(/backends\.cache/);
    expect(() => parseRedisSettings("cache", { url: "redis://x", cluster: { nodes: ["nohostport"] } })).toThrow(/backends\.cache\.cluster\.nodes\.0/);
    expect(() => parseRedisSettings("cache", { url: "redis://x/abc" })).toThrow(/backends\.cache\.url/);
    expect(() => parseRedisSettings("cache", { url: "redis://x/1", cluster: { nodes: ["a:1"] } })).toThrow(/database 0/);
  });
});
