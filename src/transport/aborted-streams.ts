import { ConnectError, type Interceptor } from "@connectrpc/connect";

/**
 * A server stream whose implementation stops when its call's signal aborts
 * (Watch, Subscribe: their backends end the events without an error) would
 * end with status OK, as if complete. Past an abort it ends with the
 * abort's reason instead: UNAVAILABLE on shutdown, DEADLINE_EXCEEDED at the
 * deadline, so that clients can tell a stop from the end.
 */
export const abortedStreamsFail: Interceptor = (next) => async (req) => {
  const res = await next(req);
  if (!res.stream) return res;
  return { ...res, message: failWhenAborted(res.message, req.signal) };
};

async function* failWhenAborted<T>(messages: AsyncIterable<T>, signal: AbortSignal): AsyncIterable<T> {
  try {
    yield* messages;
  } catch (err) {
    if (signal.aborted) throw ConnectError.from(signal.reason);
    throw err;
  }
  if (signal.aborted) throw ConnectError.from(signal.reason);
}
