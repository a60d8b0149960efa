import { Command } from "ioredis";
import type { RedisArg, RedisReply } from "../facets/redis.js";
import type { RedisClient } from "./connections.js";
import { withinReplyTimeout } from "./reply-timeout.js";

/** The argument types ioredis sends as they are. */
export type WireArg = Buffer | string | number;

/**
 * Commands for which ioredis registers a reply transformer (HGETALL becomes
 * an object keyed by UTF-8 text, which loses binary field names). DBX sends
 * these as upper-case Commands, which no transformer matches, so replies
 * arrive as Redis sent them.
 */
const TRANSFORMED = new Set([
  "hgetall",
  "hrandfield",
  "vsim",
  "xread",
  "xreadgroup",
  "zdiff",
  "zinter",
  "zpopmax",
  "zpopmin",
  "zunion",
  "zrandmember",
  "zrange",
  "zrangebyscore",
  "zrevrange",
  "zrevrangebyscore",
]);

/** Arguments as ioredis takes them: bytes as Buffers (no copy), bigints in decimal. */
export function toWireArgs(args: readonly RedisArg[]): WireArg[] {
  return args.map((a) =>
    typeof a === "bigint" ? a.toString() : a instanceof Uint8Array && !Buffer.isBuffer(a) ? Buffer.from(a.buffer, a.byteOffset, a.byteLength) : (a as WireArg),
  );
}

/**
 * A reply as ioredis hands it over (with `stringNumbers` and buffer replies:
 * integers as decimal strings, everything else as Buffers) made a RedisReply.
 */
export function toReply(raw: unknown): RedisReply {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "string") return BigInt(raw);
  if (typeof raw === "number") return BigInt(raw);
  if (Buffer.isBuffer(raw)) return raw;
  if (Array.isArray(raw)) return raw.map(toReply);
  throw new Error(`unexpected Redis reply of type ${typeof raw}`);
}

type BufferMethod = (...args: WireArg[]) => Promise<unknown>;

/**
 * Runs one command and answers its reply, binary-safe, or fails with
 * ReplyTimeoutError when Redis has not answered within `timeoutMs` (the
 * backend's commandTimeoutMs; for a blocking command, its own wait on top).
 * Every command DBX sends goes through here, so no wait for Redis is
 * unbounded unless a caller says so with Infinity.
 */
export function send(client: RedisClient, name: string, args: readonly RedisArg[], timeoutMs: number): Promise<RedisReply> {
  return withinReplyTimeout(issue(client, name, args), name, timeoutMs);
}

/**
 * Known commands go through ioredis's `<name>Buffer` method, which
 * auto-pipelining batches; the others (unknown to ioredis, or with a reply
 * transformer) are sent as a plain Command.
 */
async function issue(client: RedisClient, name: string, args: readonly RedisArg[]): Promise<RedisReply> {
  const lower = name.toLowerCase();
  const wire = toWireArgs(args);
  const method = TRANSFORMED.has(lower) ? undefined : (client as unknown as Record<string, BufferMethod | undefined>)[`${lower}Buffer`];
  if (typeof method === "function") return toReply(await method.apply(client, wire));
  const command = new Command(name.toUpperCase(), wire, { replyEncoding: null, keyPrefix: client.options.keyPrefix });
  return toReply(await client.sendCommand(command));
}
