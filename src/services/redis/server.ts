import { durationFromMs } from "@bufbuild/protobuf/wkt";
import type { MessageInitShape } from "@bufbuild/protobuf";
import type { InfoSectionSchema } from "../../../gen/ts/dbx/redis/v1/server_pb.js";
import type { RedisArg } from "../../backends/facets/redis.js";
import { asArray, asBytes, asInt, asText, required, type ResolveRedis } from "./redis-calls.js";
import type { RedisServiceImpl } from "./redis-impl.js";

/**
 * PING, INFO, DBSIZE, TIME, stats; and FLUSHDB, FLUSHALL, CONFIG SET, which
 * the backend's command policy refuses unless allowDangerousCommands is set.
 */
export function serverHandlers(redis: ResolveRedis) {
  return {
    async ping(req, ctx) {
      const start = performance.now();
      const reply = await redis(req.target, ctx).run("PING", ...(req.message.length ? [req.message] : []));
      return { reply: asBytes(reply), latency: durationFromMs(Math.round(performance.now() - start)) };
    },

    async info(req, ctx) {
      const call = redis(req.target, ctx);
      const replies = await call.facet.callEveryMaster(call.signal, "INFO", req.sections);
      const nodes = replies.map(({ address, reply }) => ({ address, sections: parseInfo(asText(reply)) }));
      return { sections: nodes[0]?.sections ?? [], nodes };
    },

    async dbSize(req, ctx) {
      const call = redis(req.target, ctx);
      const counts = await call.facet.callEveryMaster(call.signal, "DBSIZE", []);
      return { keys: counts.reduce<bigint>((sum, c) => sum + asInt(c.reply), 0n) };
    },

    async time(req, ctx) {
      const [seconds, micros] = asArray(await redis(req.target, ctx).run("TIME")).map(asInt);
      return { time: { seconds, nanos: Number(micros) * 1_000 } };
    },

    async getStats(req, ctx) {
      const call = redis(req.target, ctx);
      const start = performance.now();
      try {
        await call.run("PING");
        return { serving: true, pingLatency: durationFromMs(Math.round(performance.now() - start)), mode: call.facet.mode, details: call.facet.stats() };
      } catch (err) {
        return { serving: false, message: (err as Error).message, mode: call.facet.mode, details: call.facet.stats() };
      }
    },

    async flushDb(req, ctx) {
      const call = redis(req.target, ctx);
      await call.facet.callEveryMaster(call.signal, "FLUSHDB", req.asynchronous ? ["ASYNC"] : []);
      return {};
    },

    async flushAll(req, ctx) {
      const call = redis(req.target, ctx);
      await call.facet.callEveryMaster(call.signal, "FLUSHALL", req.asynchronous ? ["ASYNC"] : []);
      return {};
    },

    async configSet(req, ctx) {
      const call = redis(req.target, ctx);
      const args: RedisArg[] = ["SET", ...required(req.parameters, "parameters").flatMap((p) => [p.name, p.value])];
      await call.facet.callEveryMaster(call.signal, "CONFIG", args);
      return {};
    },
  } satisfies Partial<RedisServiceImpl>;
}

/** INFO text: "# Section" headers, then "field:value" lines. */
export function parseInfo(text: string): MessageInitShape<typeof InfoSectionSchema>[] {
  const sections: { name: string; fields: Record<string, string> }[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith("# ")) sections.push({ name: line.slice(2).trim().toLowerCase(), fields: {} });
    else {
      const colon = line.indexOf(":");
      if (colon > 0 && sections.length) sections[sections.length - 1].fields[line.slice(0, colon)] = line.slice(colon + 1);
    }
  }
  return sections;
}
