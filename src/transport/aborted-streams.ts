import { ConnectError, type Interceptor } from "@connectrpc/connect";

/**
 * What becomes of a server stream once its call's signal aborts (client gone,
 * deadline, shutdown), whatever the implementation:
 *
 * - Its implementation is returned at once, so that its `finally` blocks
 *   release what the call holds (cursors, connections, subscriptions, temp
 *   files). The transport alone does not guarantee it: over HTTP/1.1, a write
 *   to a connection the client closed never calls back, and the stream stays
 *   suspended at its `yield` until garbage collection, or forever.
 * - It ends with the abort's reason rather than OK: an implementation that
 *   stops when its signal aborts (Watch, Subscribe) would otherwise look
 *   complete. UNAVAILABLE on shutdown, DEADLINE_EXCEEDED at the deadline, so
 *   that clients can tell a stop from the end.
 */
export const abortedStreamsEnd: Interceptor = (next) => async (req) => {
  const res = await next(req);
  if (!res.stream) return res;
  return { ...res, message: endWhenAborted(res.message, req.signal) };
};

async function* endWhenAborted<T>(messages: AsyncIterable<T>, signal: AbortSignal): AsyncIterable<T> {
  const iterator = messages[Symbol.asyncIterator]();
  const release = (): void => {
    // A generator that is running takes the return after its current step.
    iterator.return?.().catch(() => {});
  };
  signal.addEventListener("abort", release, { once: true });
  try {
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      yield next.value;
    }
  } catch (err) {
    if (signal.aborted) throw ConnectError.from(signal.reason);
    throw err;
  } finally {
    signal.removeEventListener("abort", release);
    // The consumer left early (an error while writing): the implementation still ends.
    if (!signal.aborted) await iterator.return?.().catch(() => {});
  }
  if (signal.aborted) throw ConnectError.from(signal.reason);
}
