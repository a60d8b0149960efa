import { z } from "zod";
import { MAX_TIMER_DELAY_MS } from "../limits/max-timer-delay.js";

/**
 * A configured duration in milliseconds. It ends up in a Node timer, which
 * fires after 1 ms when given more than MAX_TIMER_DELAY_MS (~24.8 days):
 * past it the configuration is refused rather than silently inverted.
 */
export function durationMs(options: { min?: number } = {}) {
  return z
    .number()
    .int()
    .min(options.min ?? 1)
    .max(MAX_TIMER_DELAY_MS, `at most ${MAX_TIMER_DELAY_MS} ms (~24.8 days), the longest timer Node keeps`);
}
