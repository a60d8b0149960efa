import { signalAbort, type CallAbort } from "../operation-context.js";
import { abortError } from "./redis-errors.js";

/**
 * Settles with `promise`, or rejects as soon as the call aborts. A command
 * on a shared connection cannot be withdrawn; the call just stops waiting
 * for it (and `onAbort` can drop a connection of its own). RedisService
 * passes the call's AbortSignal, DataService calls their CallAbort (no
 * signal built). Without either, `promise` itself.
 */
export function untilAborted<T>(promise: Promise<T>, watched: CallAbort | AbortSignal | undefined, onAbort?: () => void): Promise<T> {
  if (!watched) return promise;
  const abort = watched instanceof AbortSignal ? signalAbort(watched) : watched;
  if (abort.aborted) {
    promise.catch(() => undefined);
    onAbort?.();
    return Promise.reject(abortError(abort));
  }
  return new Promise<T>((resolve, reject) => {
    const stopWatching = abort.onAbort(() => {
      onAbort?.();
      reject(abortError(abort));
    });
    promise.then(
      (v) => {
        stopWatching();
        resolve(v);
      },
      (e: unknown) => {
        stopWatching();
        reject(e);
      },
    );
  });
}
