import { create } from "@bufbuild/protobuf";
import type { ServiceImpl } from "@connectrpc/connect";
import { StreamService, SubscribeResponseSchema, WatchResponseSchema } from "../../gen/ts/dbx/v1/stream_pb.js";
import { Capability } from "../backends/capabilities.js";
import { invalidField, unsupported } from "../errors/dbx-error.js";
import type { ServiceDeps } from "./service-deps.js";

/** StreamService: watch, subscribe and publish, as server streams. */
export function createStreamService(deps: ServiceDeps): ServiceImpl<typeof StreamService> {
  const { resolver } = deps;
  return {
    async *watch(req, handler) {
      const { backend, target, ctx } = resolver.resolve(req.target, handler, { collection: "required", capability: Capability.StreamWatch });
      if (req.resumeToken && !backend.capabilities.has(Capability.StreamWatchResume)) {
        throw unsupported(backend.name, Capability.StreamWatchResume);
      }
      if (req.includeBefore && !backend.capabilities.has(Capability.StreamWatchBeforeImage)) {
        throw unsupported(backend.name, Capability.StreamWatchBeforeImage);
      }
      for await (const event of backend.watch!(ctx, { target, resumeToken: req.resumeToken, includeBefore: req.includeBefore })) {
        yield event.type === "ready"
          ? create(WatchResponseSchema, { event: { case: "ready", value: {} } })
          : create(WatchResponseSchema, { event: { case: "change", value: event.change } });
      }
    },
    async *subscribe(req, handler) {
      const { backend, target, ctx } = resolver.resolve(req.target, handler, { collection: "forbidden", capability: Capability.StreamPubSub });
      if (req.channels.length === 0 && req.patterns.length === 0) {
        throw invalidField("channels", "at least one channel or pattern is required");
      }
      req.channels.forEach((c, i) => {
        if (!c) throw invalidField(`channels[${i}]`, "channel names must not be empty");
      });
      req.patterns.forEach((p, i) => {
        if (!p) throw invalidField(`patterns[${i}]`, "patterns must not be empty");
      });
      const call = { namespace: target.namespace, channels: req.channels, patterns: req.patterns };
      for await (const event of backend.subscribe!(ctx, call)) {
        yield event.type === "ready"
          ? create(SubscribeResponseSchema, { event: { case: "ready", value: {} } })
          : create(SubscribeResponseSchema, {
              event: { case: "message", value: { channel: event.channel, pattern: event.pattern, payload: event.payload } },
            });
      }
    },
    async publish(req, handler) {
      const { backend, target, ctx } = resolver.resolve(req.target, handler, { collection: "forbidden", capability: Capability.StreamPubSub });
      if (!req.channel) throw invalidField("channel", "a channel is required");
      // Unset when the backend cannot tell how many subscribers it reached (Redis).
      const receivers = await backend.publish!(ctx, { namespace: target.namespace, channel: req.channel, payload: req.payload });
      return { receivers };
    },
  };
}
