/**
 * Runs a server stream under an AbortController of its own and aborts it
 * however the iteration ends (done, error, or the caller breaking out), so
 * the call is cancelled on the server and its connection resources freed.
 */
export async function* ownedStream<T>(
  open: (signal: AbortSignal) => AsyncIterable<T>,
  signal: AbortSignal | undefined,
): AsyncGenerator<T, void, undefined> {
  const controller = new AbortController();
  try {
    yield* open(signal ? AbortSignal.any([signal, controller.signal]) : controller.signal);
  } finally {
    controller.abort();
  }
}
