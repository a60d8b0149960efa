import { Code } from "@connectrpc/connect";
import type { Logger } from "pino";
import type { CallMiddleware } from "./call-pipeline.js";

/** One structured JSON line per call, when it ends. */
export function callLoggerMiddleware(logger: Logger): CallMiddleware {
  return {
    name: "call-logger",
    onEnd(call, error) {
      const failed = error !== undefined && (error.code === Code.Internal || error.code === Code.Unknown || error.code === Code.DataLoss);
      if (!logger.isLevelEnabled(failed ? "error" : "info")) return;
      const line = {
        requestId: call.requestId,
        rpc: `${call.service}/${call.method}`,
        protocol: call.protocol,
        path: call.path,
        backend: call.backend || undefined,
        code: error ? Code[error.code] : "OK",
        durationMs: Math.round((performance.now() - call.startTime) * 1000) / 1000,
        ...(error ? { error: error.rawMessage } : {}),
      };
      if (failed) {
        logger.error({ ...line, cause: error.cause instanceof Error ? error.cause.stack : undefined }, "call failed");
      } else {
        logger.info(line, "call");
      }
    },
  };
}
