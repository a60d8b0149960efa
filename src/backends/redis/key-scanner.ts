import { Cluster } from "ioredis";
import type { Redis } from "ioredis";
import type { RedisScanPage } from "../facets/redis.js";
import type { RedisConnections } from "./connections.js";
import { send } from "./replies.js";
import { serverAddress } from "./server-address.js";

/** Escapes the glob characters of SCAN MATCH so that a literal matches only itself. */
export function escapeGlob(literal: Buffer): Buffer {
  const out: number[] = [];
  for (const byte of literal) {
    if (byte === 0x2a || byte === 0x3f || byte === 0x5b || byte === 0x5d || byte === 0x5c) out.push(0x5c);
    out.push(byte);
  }
  return Buffer.from(out);
}

/**
 * SCAN over the keys of a backend. A cluster has one keyspace per master, so
 * its cursor is `<master index>:<cursor>` over the masters in address order;
 * a standalone cursor is Redis's own. "0" starts and ends a scan, and the key
 * prefix is added to MATCH and removed from the keys answered.
 */
export class KeyScanner {
  readonly #prefix: Buffer;

  constructor(
    private readonly connections: RedisConnections,
    keyPrefix: string,
  ) {
    this.#prefix = Buffer.from(keyPrefix);
  }

  async step(cursor: string, options: { match?: Buffer; count?: number; type?: string }): Promise<RedisScanPage> {
    const match = Buffer.concat([escapeGlob(this.#prefix), options.match ?? Buffer.from("*")]);
    const extra: (Buffer | string | number)[] = [];
    if (this.#prefix.length > 0 || options.match) extra.push("MATCH", match);
    if (options.count) extra.push("COUNT", options.count);
    if (options.type) extra.push("TYPE", options.type);

    const client = this.connections.shared;
    if (!(client instanceof Cluster)) {
      const [next, keys] = (await send(client, "SCAN", [cursor || "0", ...extra], this.connections.replyTimeoutMs)) as [Buffer, Buffer[]];
      return { cursor: next.toString(), keys: keys.map((k) => this.unprefix(k)) };
    }
    const masters = this.masters(client);
    let [index, nodeCursor] = parseClusterCursor(cursor);
    if (index >= masters.length) throw new RangeError("cursor");
    const [next, keys] = (await send(masters[index], "SCAN", [nodeCursor, ...extra], this.connections.replyTimeoutMs)) as [Buffer, Buffer[]];
    nodeCursor = next.toString();
    if (nodeCursor === "0") {
      index++;
      if (index >= masters.length) return { cursor: "0", keys: keys.map((k) => this.unprefix(k)) };
    }
    return { cursor: `${index}:${nodeCursor}`, keys: keys.map((k) => this.unprefix(k)) };
  }

  unprefix(key: Buffer): Buffer {
    return this.#prefix.length > 0 && key.subarray(0, this.#prefix.length).equals(this.#prefix) ? key.subarray(this.#prefix.length) : key;
  }

  /** The masters of a cluster in address order, so that cursors stay meaningful between calls. */
  masters(cluster: Cluster): Redis[] {
    return cluster
      .nodes("master")
      .slice()
      .sort((a, b) => serverAddress(a).localeCompare(serverAddress(b)));
  }
}

function parseClusterCursor(cursor: string): [number, string] {
  if (cursor === "" || cursor === "0") return [0, "0"];
  const m = /^(\d+):(\d+)$/.exec(cursor);
  if (!m) throw new RangeError("cursor");
  return [Number(m[1]), m[2]];
}
