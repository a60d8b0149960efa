import { RateLimiterMemory, type RateLimiterRes } from "rate-limiter-flexible";
import type { CountingWindow } from "./rate-limit.js";

/**
 * Counts calls per key in a CountingWindow. `consume` resolves with the
 * key's count when the call fits and rejects with a RateLimiterRes when it
 * does not (rate-limiter-flexible's convention); any other rejection is the
 * store failing.
 */
export interface WindowCounter {
  consume(key: string): Promise<RateLimiterRes>;
}

/**
 * A counter in this process. rate-limiter-flexible drops a key when its
 * window ends (a timer per key), so identities that stopped calling cost
 * nothing after one window: the map holds only keys counted in the last
 * window.
 */
export function memoryCounter(window: CountingWindow, keyPrefix: string): WindowCounter {
  return new RateLimiterMemory({ points: window.points, duration: window.seconds, keyPrefix });
}
