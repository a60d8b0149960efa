/**
 * How many characters of a client's value an error message quotes. Messages
 * travel in a gRPC trailer, and clients refuse large header blocks (a 300 KB
 * bad decimal quoted whole reached clients as RST_STREAM FRAME_SIZE_ERROR).
 */
export const MAX_QUOTED_CHARS = 64;

/** The longest message (and ErrorInfo metadata value) a DBX error carries; longer ones are cut. */
export const MAX_MESSAGE_CHARS = 512;

/**
 * A client's value as an error message or log line quotes it: in JSON
 * quotes (control characters escaped), cut past MAX_QUOTED_CHARS with an
 * ellipsis and the full length, e.g. `"99999…" (80001 characters)`.
 */
export function quoteInput(value: string): string {
  if (value.length <= MAX_QUOTED_CHARS) return JSON.stringify(value);
  return `${JSON.stringify(value.slice(0, MAX_QUOTED_CHARS) + "…")} (${value.length} characters)`;
}

/** `text` cut to `max` characters with an ellipsis and its full length, when it is longer. */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max)}… (${text.length} characters)`;
}
