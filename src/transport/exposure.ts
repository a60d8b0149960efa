import { ConfigError } from "../config/config-error.js";
import type { ServerConfig } from "../config/schema.js";
import { isLoopbackHost } from "./loopback.js";

/**
 * Without authentication anyone who reaches the port can read and write
 * every backend. Listening beyond this machine without it must be asked for
 * (`server.insecure`); answers whether it was, so that it can be warned about.
 */
export function checkExposure(server: Pick<ServerConfig, "host" | "insecure">, authenticated: boolean): "loopback" | "authenticated" | "insecure" {
  if (isLoopbackHost(server.host)) return "loopback";
  if (authenticated) return "authenticated";
  if (!server.insecure) {
    throw new ConfigError(
      `server.host: ${server.host} is not a loopback address, and no authentication is configured: anyone who reaches it ` +
        "can read and write every backend. Configure authentication (--auth-required, or auth in the config file: " +
        "docs/security.md), listen on 127.0.0.1, or accept that with --insecure (server.insecure: true, DBX_INSECURE=true) " +
        "behind a network you trust.",
    );
  }
  return "insecure";
}
