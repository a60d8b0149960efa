/**
 * The longest decimal a request may carry, in characters. Decimals travel as
 * text; no database DBX serves keeps more than a few hundred significant
 * digits in practice (Decimal128: 34), and a bound keeps error messages and
 * log lines small. docs/errors.md documents it.
 */
export const MAX_DECIMAL_LENGTH = 1024;

/**
 * Whether `text` is a decimal number: an optional sign, digits with an
 * optional point (at least one digit on either side), and an optional
 * exponent (`e`/`E`, optional sign, digits). ASCII digits only.
 *
 * A scanner rather than a regular expression: one pass, each character read
 * once, so no input can make it backtrack (the regex it replaces took seconds
 * on 80,000 nines and an `x`).
 */
export function isDecimal(text: string): boolean {
  let i = skipSign(text, 0);
  const integerEnd = skipDigits(text, i);
  let digits = integerEnd - i;
  i = integerEnd;
  if (text.charCodeAt(i) === DOT) {
    const fractionEnd = skipDigits(text, i + 1);
    digits += fractionEnd - (i + 1);
    i = fractionEnd;
  }
  if (digits === 0) return false;
  const e = text.charCodeAt(i);
  if (e === LOWER_E || e === UPPER_E) {
    const exponentStart = skipSign(text, i + 1);
    i = skipDigits(text, exponentStart);
    if (i === exponentStart) return false;
  }
  return i === text.length;
}

const DOT = 0x2e;
const LOWER_E = 0x65;
const UPPER_E = 0x45;

function skipSign(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c === 0x2b || c === 0x2d ? i + 1 : i;
}

function skipDigits(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) break;
    i++;
  }
  return i;
}

/** The decimals that are not numbers, as the contract spells them (capability `value.decimal_special`). */
export const DECIMAL_SPECIALS: readonly string[] = ["NaN", "Infinity", "-Infinity"];

/** Whether `text` is NaN, Infinity or -Infinity. */
export function isDecimalSpecial(text: string): boolean {
  return DECIMAL_SPECIALS.includes(text);
}
