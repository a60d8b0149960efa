import { MethodOptions_IdempotencyLevel } from "@bufbuild/protobuf/wkt";
import { Code, ConnectError, type Interceptor } from "@connectrpc/connect";

/** Retries of reads that failed with UNAVAILABLE. */
export interface RetryOptions {
  /** Attempts in all, the first included; 1 turns retries off. Default 3. */
  maxAttempts?: number;
  /** The wait before the first retry, doubled for each next one, with full jitter. Default 100 ms. */
  initialBackoffMs?: number;
  /** The longest wait between two attempts. Default 2000 ms. */
  maxBackoffMs?: number;
}

/**
 * Tries a unary call again when it failed with UNAVAILABLE, if the contract
 * marks the method `idempotency_level = NO_SIDE_EFFECTS` (Get, Exists,
 * BatchGet, List, Count, Find, GetCapabilities, Ping, ...). Writes are never
 * retried, not even idempotent ones: the caller knows whether a repeated
 * write is safe. Server streams are not retried either: a half-read stream
 * cannot be resumed transparently. The call's deadline and signal bound
 * every attempt and wait.
 */
export function retryInterceptor({
  maxAttempts = 3,
  initialBackoffMs = 100,
  maxBackoffMs = 2000,
}: RetryOptions): Interceptor {
  return (next) => async (req) => {
    if (req.stream || req.method.idempotency !== MethodOptions_IdempotencyLevel.NO_SIDE_EFFECTS) return next(req);
    for (let attempt = 1; ; attempt++) {
      try {
        return await next(req);
      } catch (error) {
        const retry =
          attempt < maxAttempts &&
          error instanceof ConnectError &&
          error.code === Code.Unavailable &&
          !req.signal.aborted;
        if (!retry) throw error;
        const ceiling = Math.min(maxBackoffMs, initialBackoffMs * 2 ** (attempt - 1));
        await sleep(Math.random() * ceiling, req.signal);
      }
    }
  };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(ConnectError.from(signal.reason, Code.Canceled));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
