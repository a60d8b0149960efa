import { ConfigError } from "../config/config-error.js";
import type { ServerConfig } from "../config/schema.js";
import { isLoopbackHost } from "./loopback.js";

/**
 * DBX has no authentication yet: anyone who reaches the port can read and
 * write every backend. Listening beyond this machine must be asked for
 * (`server.insecure`); answers whether it was, so that it can be warned about.
 */
export function checkExposure(server: Pick<ServerConfig, "host" | "insecure">): "loopback" | "insecure" {
  if (isLoopbackHost(server.host)) return "loopback";
  if (!server.insecure) {
    throw new ConfigError(
      `server.host: ${server.host} is not a loopback address, and DBX has no authentication: anyone who reaches it ` +
        "can read and write every backend. Listen on 127.0.0.1, or accept that with --insecure " +
        "(server.insecure: true, DBX_INSECURE=true) behind a network you trust.",
    );
  }
  return "insecure";
}
