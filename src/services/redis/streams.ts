import type { MessageInitShape } from "@bufbuild/protobuf";
import type { Duration } from "@bufbuild/protobuf/wkt";
import type {
  StreamEntriesSchema,
  StreamEntrySchema,
  StreamOffset,
  StreamTrim,
  XReadGroupResponseSchema,
  XReadResponseSchema,
} from "../../../gen/ts/dbx/redis/v1/streams_pb.js";
import type { RedisArg, RedisLease, RedisReply } from "../../backends/facets/redis.js";
import { invalidField } from "../../errors/dbx-error.js";
import { asArray, asBool, asBytes, asInt, asPairs, asText, required, type RedisCall, type ResolveRedis } from "./redis-calls.js";
import type { RedisServiceImpl } from "./redis-impl.js";

/** How long one XREAD BLOCK waits before it is sent again (keeps a dead connection from going unnoticed). */
const BLOCK_MS = 10_000;
/** Entries per message and stream when `count` is 0. */
const DEFAULT_COUNT = 100n;

type Entry = MessageInitShape<typeof StreamEntrySchema>;
type Entries = MessageInitShape<typeof StreamEntriesSchema>;

/** XADD, XRANGE, XREVRANGE, XLEN, XTRIM, XDEL, XREAD, consumer groups, XACK, XPENDING, XCLAIM, XAUTOCLAIM. */
export function streamHandlers(redis: ResolveRedis, maxStreams: number) {
  return {
    async xAdd(req, ctx) {
      const args: RedisArg[] = [req.key];
      if (req.noMkstream) args.push("NOMKSTREAM");
      if (req.trim) args.push(...trimArgs(req.trim, "trim"));
      args.push(req.id || "*", ...required(req.fields, "fields").flatMap((f) => [f.field, f.value]));
      const reply = await redis(req.target, ctx).run("XADD", ...args);
      return { id: reply === null ? undefined : asText(reply) };
    },

    async xRange(req, ctx) {
      const args: RedisArg[] = [req.key, req.start || "-", req.end || "+"];
      if (req.count !== undefined) args.push("COUNT", req.count);
      return { entries: entries(await redis(req.target, ctx).run("XRANGE", ...args)) };
    },

    async xRevRange(req, ctx) {
      const args: RedisArg[] = [req.key, req.end || "+", req.start || "-"];
      if (req.count !== undefined) args.push("COUNT", req.count);
      return { entries: entries(await redis(req.target, ctx).run("XREVRANGE", ...args)) };
    },

    async xLen(req, ctx) {
      return { length: asInt(await redis(req.target, ctx).run("XLEN", req.key)) };
    },

    async xTrim(req, ctx) {
      if (!req.trim) throw invalidField("trim", "MAXLEN or MINID is required");
      return { removed: asInt(await redis(req.target, ctx).run("XTRIM", req.key, ...trimArgs(req.trim, "trim"))) };
    },

    async xDel(req, ctx) {
      return { deleted: asInt(await redis(req.target, ctx).run("XDEL", req.key, ...required(req.ids, "ids"))) };
    },

    async *xRead(req, ctx): AsyncGenerator<MessageInitShape<typeof XReadResponseSchema>> {
      const call = redis(req.target, ctx);
      const offsets = streamOffsets(req.streams, maxStreams);
      const count = req.count > 0n ? req.count : DEFAULT_COUNT;
      const lease = await call.facet.lease(call.signal);
      try {
        // "$" is resolved to each stream's last id once, so that entries added between two reads are not missed.
        // Redis 7.0 has no one command for it (XREAD's "+" is 7.4); the XREVRANGEs go out together on the
        // lease's connection, one round trip, as many as the streams bound allows.
        const ids = await Promise.all(offsets.map((o) => startId(lease, o)));
        yield { event: { case: "ready", value: {} } };
        while (!call.signal.aborted) {
          const reply = await lease.call("XREAD", ["COUNT", count, "BLOCK", BLOCK_MS, "STREAMS", ...offsets.map((o) => o.key), ...ids]);
          if (reply === null) continue;
          yield { event: { case: "batch", value: { streams: readStreams(call, reply, offsets, ids) } } };
        }
      } finally {
        lease.release();
      }
    },

    async xGroupCreate(req, ctx) {
      const args: RedisArg[] = ["CREATE", req.key, group(req.group), req.id || "$"];
      if (req.mkstream) args.push("MKSTREAM");
      await redis(req.target, ctx).run("XGROUP", ...args);
      return {};
    },

    async xGroupDestroy(req, ctx) {
      return { destroyed: asBool(await redis(req.target, ctx).run("XGROUP", "DESTROY", req.key, group(req.group))) };
    },

    async *xReadGroup(req, ctx): AsyncGenerator<MessageInitShape<typeof XReadGroupResponseSchema>> {
      const call = redis(req.target, ctx);
      const offsets = streamOffsets(req.streams, maxStreams);
      if (!req.consumer) throw invalidField("consumer", "a consumer name is required");
      const ids = offsets.map((o) => o.id || ">");
      const follow = ids.every((id) => id === ">");
      if (!follow && ids.includes(">")) throw invalidField("streams", "either every id is \">\" (new entries) or none is (pending entries)");
      const count = req.count > 0n ? req.count : DEFAULT_COUNT;
      const lease = await call.facet.lease(call.signal);
      try {
        const head: RedisArg[] = ["GROUP", group(req.group), req.consumer, "COUNT", count];
        if (req.noAck) head.push("NOACK");
        yield { event: { case: "ready", value: {} } };
        while (!call.signal.aborted) {
          const block: RedisArg[] = follow ? ["BLOCK", BLOCK_MS] : [];
          const reply = await lease.call("XREADGROUP", [...head, ...block, "STREAMS", ...offsets.map((o) => o.key), ...ids]);
          if (reply === null) {
            if (follow) continue;
            return;
          }
          const streams = readStreams(call, reply, offsets, follow ? undefined : ids);
          // Pending history ends when no stream has entries after the ids read so far.
          if (!follow && streams.every((s) => s.entries.length === 0)) return;
          yield { event: { case: "batch", value: { streams } } };
        }
      } finally {
        lease.release();
      }
    },

    async xAck(req, ctx) {
      return { acknowledged: asInt(await redis(req.target, ctx).run("XACK", req.key, group(req.group), ...required(req.ids, "ids"))) };
    },

    async xPending(req, ctx) {
      const call = redis(req.target, ctx);
      const [count, lowest, highest, consumers] = asArray(await call.run("XPENDING", req.key, group(req.group)));
      const summary = {
        count: asInt(count),
        lowestId: lowest === null ? "" : asText(lowest),
        highestId: highest === null ? "" : asText(highest),
        consumers: asArray(consumers).map((c) => {
          const [name, n] = asArray(c);
          return { consumer: asText(name), count: asInt(n) };
        }),
      };
      if (req.count <= 0n) return summary;
      const args: RedisArg[] = [req.key, group(req.group)];
      if (req.minIdle) args.push("IDLE", millis(req.minIdle));
      args.push(req.start || "-", req.end || "+", req.count);
      if (req.consumer) args.push(req.consumer);
      const rows = asArray(await call.run("XPENDING", ...args)).map((row) => {
        const [id, consumer, idle, deliveries] = asArray(row);
        const ms = asInt(idle);
        return {
          id: asText(id),
          consumer: asText(consumer),
          idle: { seconds: ms / 1000n, nanos: Number(ms % 1000n) * 1_000_000 },
          deliveries: asInt(deliveries),
        };
      });
      return { ...summary, entries: rows };
    },

    async xClaim(req, ctx) {
      const reply = await redis(req.target, ctx).run(
        "XCLAIM",
        req.key,
        group(req.group),
        consumer(req.consumer),
        millis(req.minIdle),
        ...required(req.ids, "ids"),
      );
      return { entries: entries(reply) };
    },

    async xAutoClaim(req, ctx) {
      const args: RedisArg[] = [req.key, group(req.group), consumer(req.consumer), millis(req.minIdle), req.start || "0-0"];
      if (req.count > 0n) args.push("COUNT", req.count);
      const [next, claimed, deleted] = asArray(await redis(req.target, ctx).run("XAUTOCLAIM", ...args));
      return { nextStart: asText(next), entries: entries(claimed), deletedIds: asArray(deleted).map(asText) };
    },
  } satisfies Partial<RedisServiceImpl>;
}

/** Entries of XRANGE, XCLAIM...: [[id, [field, value, ...]], ...]; nil entries (deleted meanwhile) are left out. */
function entries(reply: RedisReply): Entry[] {
  return asArray(reply)
    .filter((e) => e !== null)
    .map((e) => {
      const [id, fields] = asArray(e);
      return { id: asText(id), fields: asPairs(fields).map(([field, value]) => ({ field: asBytes(field), value: asBytes(value) })) };
    });
}

/**
 * The entries of an XREAD/XREADGROUP reply, advancing `ids` (when given) past
 * what it answers. Stream names come back with the key prefix, which is
 * removed; they are matched to the request by position of the prefixed name.
 */
function readStreams(call: RedisCall, reply: RedisReply, offsets: readonly StreamOffset[], ids: string[] | undefined): (Entries & { entries: Entry[] })[] {
  const streams = asArray(reply).map((s) => {
    const [name, items] = asArray(s);
    const key = call.facet.unprefixKey(asBytes(name));
    const list = entries(items);
    const index = offsets.findIndex((o) => Buffer.from(o.key).equals(key));
    if (ids && index >= 0 && list.length) ids[index] = String(list[list.length - 1].id);
    return { key, entries: list };
  });
  return streams;
}

/**
 * The streams one XREAD or XREADGROUP names, at least one and at most
 * `maxStreams` (server.maxRowsPerResponse): each is a key Redis looks up,
 * and one batch answers up to `count` entries for each.
 */
function streamOffsets(offsets: readonly StreamOffset[], maxStreams: number): readonly StreamOffset[] {
  if (offsets.length > maxStreams) {
    throw invalidField("streams", `${offsets.length} streams, more than the ${maxStreams} one call may name (server.maxRowsPerResponse)`);
  }
  return required(offsets, "streams");
}

async function startId(lease: RedisLease, offset: StreamOffset): Promise<string> {
  const id = offset.id || "$";
  if (id !== "$") return id;
  const last = asArray(await lease.call("XREVRANGE", [offset.key, "+", "-", "COUNT", 1]));
  return last.length ? asText(asArray(last[0])[0]) : "0-0";
}

function trimArgs(trim: StreamTrim, field: string): RedisArg[] {
  const args: RedisArg[] = [];
  switch (trim.strategy.case) {
    case "maxLen":
      args.push("MAXLEN");
      break;
    case "minId":
      args.push("MINID");
      break;
    default:
      throw invalidField(field, "max_len or min_id is required");
  }
  args.push(trim.approximate ? "~" : "=", trim.strategy.value);
  if (trim.limit > 0n) {
    if (!trim.approximate) throw invalidField(`${field}.limit`, "LIMIT needs approximate trimming");
    args.push("LIMIT", trim.limit);
  }
  return args;
}

function group(name: string): string {
  if (!name) throw invalidField("group", "a group name is required");
  return name;
}

function consumer(name: string): string {
  if (!name) throw invalidField("consumer", "a consumer name is required");
  return name;
}

function millis(duration: Duration | undefined): string {
  if (!duration) return "0";
  return String(Number(duration.seconds) * 1000 + Math.floor(duration.nanos / 1e6));
}
