import type { RedisPubSubEvent } from "../../backends/facets/redis.js";
import type { MessageInitShape } from "@bufbuild/protobuf";
import type { PubSubMessageSchema } from "../../../gen/ts/dbx/redis/v1/pubsub_pb.js";
import { asInt, required, type ResolveRedis } from "./redis-calls.js";
import type { RedisServiceImpl } from "./redis-impl.js";

/** PUBLISH, and SUBSCRIBE and PSUBSCRIBE as server streams through the backend's shared subscriber. */
export function pubSubHandlers(redis: ResolveRedis) {
  return {
    async publish(req, ctx) {
      return { receivers: asInt(await redis(req.target, ctx).run("PUBLISH", req.channel, req.message)) };
    },

    async *subscribe(req, ctx) {
      const call = redis(req.target, ctx);
      const channels = required(req.channels, "channels").map((c) => Buffer.from(c));
      for await (const e of call.facet.subscribe(call.signal, channels, [])) yield event(e);
    },

    async *pSubscribe(req, ctx) {
      const call = redis(req.target, ctx);
      const patterns = required(req.patterns, "patterns").map((p) => Buffer.from(p));
      for await (const e of call.facet.subscribe(call.signal, [], patterns)) yield event(e);
    },
  } satisfies Partial<RedisServiceImpl>;
}

function event(e: RedisPubSubEvent): { event: { case: "ready"; value: object } | { case: "message"; value: MessageInitShape<typeof PubSubMessageSchema> } } {
  if (e.type === "ready") return { event: { case: "ready", value: {} } };
  const value: MessageInitShape<typeof PubSubMessageSchema> = { channel: e.channel, payload: e.payload };
  if (e.pattern) value.pattern = e.pattern;
  return { event: { case: "message", value } };
}
