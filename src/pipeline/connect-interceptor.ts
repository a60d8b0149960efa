import type { Interceptor } from "@connectrpc/connect";
import { asConnectError } from "../errors/as-connect-error.js";
import { callKey, type Call, type CallProtocol } from "./call.js";
import type { CallPipeline } from "./call-pipeline.js";

/** Runs DBX's call pipeline around calls that connect-node serves. */
export function pipelineInterceptor(pipeline: CallPipeline): Interceptor {
  return (next) => async (req) => {
    const responseHeaders: [string, string][] = [];
    const call: Call = {
      service: req.service.typeName,
      method: req.method.name,
      streaming: req.stream,
      protocol: protocolOf(req.header.get("content-type")),
      path: "connect",
      requestHeader: (name) => req.header.get(name),
      setResponseHeader: (name, value) => responseHeaders.push([name, value]),
      startTime: performance.now(),
      requestId: "",
      backend: "",
    };
    req.contextValues.set(callKey, call);
    try {
      await pipeline.start(call);
      const res = await next(req);
      for (const [k, v] of responseHeaders) res.header.set(k, v);
      if (!res.stream) {
        pipeline.end(call, undefined);
        return res;
      }
      return { ...res, message: endWhenDone(res.message, call, pipeline) };
    } catch (err) {
      // Headers set before the failure (the request id) still reach the client.
      const error = asConnectError(err);
      for (const [k, v] of responseHeaders) error.metadata.set(k, v);
      pipeline.end(call, error);
      throw error;
    }
  };
}

async function* endWhenDone<T>(messages: AsyncIterable<T>, call: Call, pipeline: CallPipeline): AsyncIterable<T> {
  let error: unknown;
  try {
    yield* messages;
  } catch (err) {
    error = asConnectError(err);
    throw error;
  } finally {
    pipeline.end(call, error);
  }
}


function protocolOf(contentType: string | null): CallProtocol {
  if (contentType?.startsWith("application/grpc-web")) return "grpc-web";
  if (contentType?.startsWith("application/grpc")) return "grpc";
  return "connect";
}
