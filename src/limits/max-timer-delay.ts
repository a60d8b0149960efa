/**
 * The longest delay a Node timer keeps: 2^31-1 ms, about 24.8 days. A longer
 * one fires after 1 ms (TimeoutOverflowWarning), so a wait or deadline past
 * it must be read as "no limit", never handed to setTimeout.
 */
export const MAX_TIMER_DELAY_MS = 2 ** 31 - 1;
