import { describe, expect, it } from "vitest";
import { createRegistry } from "../../src/backends/adapters.js";
import { ConfigError } from "../../src/config/config-error.js";
import { validate } from "../../src/config/load.js";

// Every configured duration ends up in a Node timer, which fires after 1 ms
// when given more than 2^31-1 ms: such a value is refused, naming the field,
// instead of turning "wait a month" into "do not wait".
describe("configured durations", () => {
  const TOO_LONG = 2 ** 31;

  it.each([
    ["server.shutdownGraceMs", { server: { shutdownGraceMs: TOO_LONG } }],
    ["server.handshakeTimeoutMs", { server: { handshakeTimeoutMs: TOO_LONG } }],
    ["server.requestTimeoutMs", { server: { requestTimeoutMs: TOO_LONG } }],
    ["transactions.defaultIdleTimeoutMs", { transactions: { defaultIdleTimeoutMs: TOO_LONG } }],
    ["transactions.maxIdleTimeoutMs", { transactions: { maxIdleTimeoutMs: TOO_LONG } }],
  ])("refuses %s past the longest timer Node keeps", (field, config) => {
    expect(() => validate({ ...config, backends: { default: { url: "sqlite::memory:" } } })).toThrow(new RegExp(`${field.replace(".", "\\.")}.*24\\.8 days`));
  });

  it.each(["commandTimeoutMs", "connectTimeoutMs"])("refuses the Redis backend's %s past it", (option) => {
    const config = validate({ backends: { default: { url: "redis://127.0.0.1:1", [option]: TOO_LONG } } });
    expect(() => createRegistry(config)).toThrow(ConfigError);
    expect(() => createRegistry(config)).toThrow(/24\.8 days/);
  });

  it("takes the longest timer Node keeps", () => {
    const config = validate({ server: { requestTimeoutMs: TOO_LONG - 1 }, backends: { default: { url: "sqlite::memory:" } } });
    expect(config.server.requestTimeoutMs).toBe(TOO_LONG - 1);
  });
});
