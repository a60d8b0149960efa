import type { ServiceImpl } from "@connectrpc/connect";
import { create } from "@bufbuild/protobuf";
import { StreamService, SubscribeResponseSchema, WatchResponseSchema } from "../../gen/ts/dbx/v1/stream_pb.js";
import { Capability } from "../backends/capabilities.js";
import { invalidField } from "../errors/dbx-error.js";
import { noteBackend } from "../pipeline/call.js";
import type { ServiceDeps } from "./service-deps.js";

/** StreamService: watch, subscribe and publish, as server streams. */
export function createStreamService(deps: ServiceDeps): ServiceImpl<typeof StreamService> {
  return {
    async *watch(req, handler) {
      const backend = deps.registry.withCapability(req.backend, Capability.StreamWatch);
      noteBackend(handler, backend.name);
      if (!req.collection) throw invalidField("collection", "a collection is required");
      if (req.resumeToken && !backend.capabilities.has(Capability.StreamWatchResume)) {
        throw invalidField("resume_token", `backend "${backend.name}" cannot resume a watch (no ${Capability.StreamWatchResume})`);
      }
      for await (const event of backend.watch!(handler.signal, req.collection, req.resumeToken)) {
        yield event.type === "ready"
          ? create(WatchResponseSchema, { event: { case: "ready", value: {} } })
          : create(WatchResponseSchema, { event: { case: "change", value: event.change } });
      }
    },
    async *subscribe(req, handler) {
      const backend = deps.registry.withCapability(req.backend, Capability.StreamPubSub);
      noteBackend(handler, backend.name);
      if (req.channels.length === 0 && req.patterns.length === 0) {
        throw invalidField("channels", "at least one channel or pattern is required");
      }
      req.channels.forEach((c, i) => {
        if (!c) throw invalidField(`channels[${i}]`, "channel names must not be empty");
      });
      req.patterns.forEach((p, i) => {
        if (!p) throw invalidField(`patterns[${i}]`, "patterns must not be empty");
      });
      for await (const event of backend.subscribe!(handler.signal, req.channels, req.patterns)) {
        yield event.type === "ready"
          ? create(SubscribeResponseSchema, { event: { case: "ready", value: {} } })
          : create(SubscribeResponseSchema, {
              event: {
                case: "message",
                value: { channel: event.channel, pattern: event.pattern, payload: event.payload },
              },
            });
      }
    },
    async publish(req, handler) {
      const backend = deps.registry.withCapability(req.backend, Capability.StreamPubSub);
      noteBackend(handler, backend.name);
      if (!req.channel) throw invalidField("channel", "a channel is required");
      return { receivers: await backend.publish!(req.channel, req.payload) };
    },
  };
}
