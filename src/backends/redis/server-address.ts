import type { Redis } from "ioredis";

/**
 * "host:port" of the server a connection talks to. Through Sentinel the
 * configured host is not the master's: the connected socket's peer is.
 */
export function serverAddress(server: Redis): string {
  if (server.options.sentinels?.length) {
    const { remoteAddress, remotePort } = server.stream ?? {};
    if (remoteAddress !== undefined) return `${remoteAddress}:${remotePort}`;
  }
  return `${server.options.host}:${server.options.port}`;
}
