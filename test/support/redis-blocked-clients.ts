import { Redis } from "ioredis";

/** Clients the Redis server on `port` holds blocked right now (BLPOP, BLMOVE, XREAD BLOCK...), from INFO clients. */
export async function blockedClients(port: number): Promise<number> {
  const admin = new Redis({ port, lazyConnect: true });
  try {
    await admin.connect();
    const info = await admin.info("clients");
    const line = info.split("\r\n").find((l) => l.startsWith("blocked_clients:"));
    if (!line) throw new Error(`INFO clients of port ${port} has no blocked_clients`);
    return Number(line.slice("blocked_clients:".length));
  } finally {
    admin.disconnect();
  }
}
