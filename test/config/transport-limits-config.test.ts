import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config/config-error.js";
import { loadConfig, validate } from "../../src/config/load.js";
import { checkExposure } from "../../src/transport/exposure.js";

describe("connection limits, timeouts and exposure in the configuration", () => {
  it("has defaults a laptop survives", () => {
    const { server } = loadConfig({}, {});
    expect(server).toMatchObject({
      maxConcurrentStreams: 100,
      maxConnections: 1024,
      maxConnectionsPerAddress: 256,
      handshakeTimeoutMs: 10_000,
      requestTimeoutMs: 60_000,
      insecure: false,
      allowedHosts: [],
    });
  });

  it("refuses limits that would turn the server off", () => {
    for (const server of [{ maxConcurrentStreams: 0 }, { maxConnections: 0 }, { maxConnectionsPerAddress: -1 }, { handshakeTimeoutMs: 0 }, { requestTimeoutMs: 1.5 }]) {
      expect(() => validate({ server, backends: { default: { url: "sqlite::memory:" } } }), JSON.stringify(server)).toThrow(ConfigError);
    }
  });

  it("takes --insecure and DBX_INSECURE (true/1, false/0), flags over environment", () => {
    expect(loadConfig({ insecure: true }, {}).server.insecure).toBe(true);
    expect(loadConfig({}, { DBX_INSECURE: "1" }).server.insecure).toBe(true);
    expect(loadConfig({}, { DBX_INSECURE: "false" }).server.insecure).toBe(false);
    expect(loadConfig({ insecure: true }, { DBX_INSECURE: "0" }).server.insecure).toBe(true);
  });

  it("lets loopback hosts start, and others only with authentication or when insecure", () => {
    for (const host of ["127.0.0.1", "127.0.0.2", "::1", "localhost"]) expect(checkExposure({ host, insecure: false }, false)).toBe("loopback");
    for (const host of ["0.0.0.0", "::", "192.168.1.10", "dbx.example.com"]) {
      expect(() => checkExposure({ host, insecure: false }, false), host).toThrow(/no authentication is configured/);
      expect(checkExposure({ host, insecure: true }, false)).toBe("insecure");
      expect(checkExposure({ host, insecure: false }, true)).toBe("authenticated");
    }
  });

  it("--auth-required and DBX_AUTH_REQUIRED turn authentication on with API keys in the default store", () => {
    for (const config of [loadConfig({ authRequired: true }, {}), loadConfig({}, { DBX_AUTH_REQUIRED: "true" })]) {
      expect(config.auth.required).toBe(true);
      expect(config.auth.anonymousRole).toBeUndefined();
      expect(config.auth.apiKeys?.storePath).toBe("./data/dbx-keys.sqlite");
    }
    expect(loadConfig({ authRequired: true, apiKeyStore: "/tmp/k.sqlite" }, {}).auth.apiKeys?.storePath).toBe("/tmp/k.sqlite");
    expect(loadConfig({}, { DBX_AUTH_REQUIRED: "true", DBX_API_KEY_STORE: "/tmp/e.sqlite" }).auth.apiKeys?.storePath).toBe("/tmp/e.sqlite");
    expect(loadConfig({}, {}).auth.required).toBe(false);
  });
});
