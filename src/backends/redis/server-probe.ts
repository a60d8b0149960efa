import { TimestampPrecision } from "../../../gen/ts/dbx/v1/admin_pb.js";
import type { ServerDescription } from "../backend.js";
import type { RedisReply } from "../facets/redis.js";
import type { RedisClient } from "./connections.js";
import { isReplyError } from "./redis-errors.js";
import { send } from "./replies.js";

/**
 * Records store timestamps as their protobuf encoding (record-codec.ts), so
 * every nanosecond is kept.
 */
export const REDIS_TIMESTAMP_PRECISION = TimestampPrecision.NANOSECONDS;

/** What a Redis backend reports before it has opened. */
export const UNPROBED: ServerDescription = Object.freeze({ version: "", modules: Object.freeze([]) as readonly string[], timestampPrecision: REDIS_TIMESTAMP_PRECISION });

/**
 * Asks the server what it is: `redis_version` from INFO server, module names
 * from MODULE LIST. Managed services and ACLs may refuse either command
 * (NOPERM, renamed commands): the part refused is left empty rather than
 * keeping the backend from opening. On a cluster, one node answers.
 */
export async function probeServer(client: RedisClient, replyTimeoutMs: number): Promise<ServerDescription> {
  const [info, modules] = await Promise.all([
    refusedAsNull(send(client, "INFO", ["server"], replyTimeoutMs)),
    refusedAsNull(send(client, "MODULE", ["LIST"], replyTimeoutMs)),
  ]);
  return {
    version: Buffer.isBuffer(info) ? infoField(info.toString(), "redis_version") : "",
    modules: Array.isArray(modules) ? moduleNames(modules) : [],
    timestampPrecision: REDIS_TIMESTAMP_PRECISION,
  };
}

async function refusedAsNull(reply: Promise<RedisReply>): Promise<RedisReply> {
  try {
    return await reply;
  } catch (err) {
    if (isReplyError(err)) return null;
    throw err;
  }
}

/** A "name:value" line of INFO. */
function infoField(text: string, name: string): string {
  for (const line of text.split("\n")) {
    if (line.startsWith(`${name}:`)) return line.slice(name.length + 1).trim();
  }
  return "";
}

/** MODULE LIST answers one flat [key, value, ...] array per module. */
function moduleNames(reply: RedisReply[]): string[] {
  const names: string[] = [];
  for (const entry of reply) {
    if (!Array.isArray(entry)) continue;
    for (let i = 0; i + 1 < entry.length; i += 2) {
      const key = entry[i];
      const value = entry[i + 1];
      if (Buffer.isBuffer(key) && key.toString() === "name" && Buffer.isBuffer(value)) names.push(value.toString());
    }
  }
  return names.sort();
}
