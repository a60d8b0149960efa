import { Code } from "@connectrpc/connect";
import type { Logger } from "pino";
import { capText, MAX_MESSAGE_CHARS } from "../errors/quoted-input.js";
import { isClientFault } from "../errors/request-errors.js";
import type { CallMiddleware } from "./call-pipeline.js";

/** Enough of a stack to find the bug; a cause's message may quote a whole input. */
const MAX_LOGGED_CAUSE_CHARS = 4096;

/** One structured JSON line per call, when it ends. */
export function callLoggerMiddleware(logger: Logger): CallMiddleware {
  return {
    name: "call-logger",
    onEnd(call, error) {
      const failed =
        error !== undefined && (error.code === Code.Internal || error.code === Code.Unknown || error.code === Code.DataLoss) && !isClientFault(error);
      if (!logger.isLevelEnabled(failed ? "error" : "info")) return;
      const line = {
        requestId: call.requestId,
        rpc: `${call.service}/${call.method}`,
        protocol: call.protocol,
        path: call.path,
        backend: call.backend || undefined,
        code: error ? Code[error.code] : "OK",
        durationMs: Math.round((performance.now() - call.startTime) * 1000) / 1000,
        ...(error ? { error: capText(error.rawMessage, MAX_MESSAGE_CHARS) } : {}),
      };
      if (failed) {
        const cause = error.cause instanceof Error && error.cause.stack ? capText(error.cause.stack, MAX_LOGGED_CAUSE_CHARS) : undefined;
        logger.error({ ...line, cause }, "call failed");
      } else {
        logger.info(line, "call");
      }
    },
  };
}
