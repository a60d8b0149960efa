import { MAX_TIMER_DELAY_MS } from "../../limits/max-timer-delay.js";

/**
 * Redis did not answer in time: it is frozen (SIGSTOP, a long script, swapping)
 * or the network lost the connection without closing it.
 */
export class ReplyTimeoutError extends Error {
  override readonly name = "ReplyTimeoutError";

  constructor(
    readonly command: string,
    readonly timeoutMs: number,
  ) {
    super(`Redis did not answer ${command} within ${timeoutMs} ms (commandTimeoutMs)`);
  }
}

/**
 * Settles with `reply`, or rejects with ReplyTimeoutError once `timeoutMs`
 * have passed since this call (Infinity, or more than a timer holds: no
 * limit), after `onTimeout` (which drops a connection whose next reply can
 * no longer be trusted).
 *
 * The clock starts when DBX issues the command, not when ioredis writes it:
 * ioredis's own commandTimeout starts when an auto-pipeline is written, and
 * a pipeline waits for the previous one, so behind an unanswered pipeline a
 * command waited up to twice the timeout.
 */
export function withinReplyTimeout<T>(reply: Promise<T>, command: string, timeoutMs: number, onTimeout?: () => void): Promise<T> {
  // A blocking command may ask to wait for weeks; setTimeout would fire after 1 ms.
  if (timeoutMs > MAX_TIMER_DELAY_MS) return reply;
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      reply.catch(() => undefined);
      onTimeout?.();
      reject(new ReplyTimeoutError(command, timeoutMs));
    }, timeoutMs);
    reply.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err);
      },
    );
  });
}
