import { DbxValueError } from "./value-error.js";

/** The decimal number written by text[start, end), which must be digits only. */
export function parseDigits(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) throw new DbxValueError(`expected a digit at ${i} in ${JSON.stringify(text)}`);
    value = value * 10 + c;
  }
  return value;
}
