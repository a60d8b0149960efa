import type { MessageInitShape } from "@bufbuild/protobuf";
import type { Command, CommandResultSchema } from "../../../gen/ts/dbx/redis/v1/common_pb.js";
import { ErrorInfoSchema } from "../../../gen/ts/google/rpc/error_details_pb.js";
import type { RedisCommand, RedisOutcome } from "../../backends/facets/redis.js";
import { ERROR_DOMAIN, reasonFromName, transactionAborted } from "../../errors/dbx-error.js";
import { required, toReplyMessage, type ResolveRedis } from "./redis-calls.js";
import type { RedisServiceImpl } from "./redis-impl.js";

/** Pipelines (one round trip, per-command outcomes) and MULTI/EXEC with optional WATCH. */
export function pipelineHandlers(redis: ResolveRedis) {
  return {
    async pipeline(req, ctx) {
      const call = redis(req.target, ctx);
      const outcomes = await call.facet.pipeline(call.signal, commands(req.commands));
      return { results: outcomes.map(result) };
    },

    async multi(req, ctx) {
      const call = redis(req.target, ctx);
      const outcomes = await call.facet.transaction(call.signal, commands(req.commands), req.watchKeys);
      if (!outcomes) {
        throw transactionAborted(call.backend, "a watched key changed before EXEC; Redis discarded the transaction, retry it");
      }
      return { results: outcomes.map(result) };
    },
  } satisfies Partial<RedisServiceImpl>;
}

function commands(list: readonly Command[]): RedisCommand[] {
  return required(list, "commands").map((c) => ({ name: c.name, args: c.args }));
}

function result(outcome: RedisOutcome): MessageInitShape<typeof CommandResultSchema> {
  if ("reply" in outcome) return { outcome: { case: "reply", value: toReplyMessage(outcome.reply) } };
  const info = outcome.error.findDetails(ErrorInfoSchema).find((d) => d.domain === ERROR_DOMAIN);
  return {
    outcome: {
      case: "error",
      value: { nativeCode: info?.metadata.native_code ?? "", reason: reasonFromName(info?.reason), message: outcome.error.rawMessage },
    },
  };
}
