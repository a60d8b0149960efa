import { DbxValueError } from "./value-error.js";

const SPECIAL = new Set(["NaN", "Infinity", "-Infinity"]);

/**
 * An exact decimal number (`dbx.v1.DecimalValue`). It keeps the text it was
 * given, so every digit and the scale survive a round trip: `"1.10"` stays
 * `"1.10"`. Arithmetic is left to a decimal library of your choice: build it
 * from `toString()`.
 */
export class Decimal {
  readonly #text: string;

  constructor(text: string) {
    if (!SPECIAL.has(text) && !isDecimalText(text)) {
      throw new DbxValueError(`not a decimal number: ${JSON.stringify(text)}`);
    }
    this.#text = text;
  }

  /** Digits after the decimal point, as the text writes them ("12.3400" has 4), exponent applied. */
  get scale(): number {
    const [mantissa = "", exponent] = this.#text.toLowerCase().split("e");
    const point = mantissa.indexOf(".");
    const fraction = point === -1 ? 0 : mantissa.length - point - 1;
    return Math.max(0, fraction - Number(exponent ?? 0));
  }

  equals(other: Decimal): boolean {
    return other.#text === this.#text;
  }

  toString(): string {
    return this.#text;
  }

  toJSON(): string {
    return this.#text;
  }
}

// Sign, digits with at most one point (at least one digit), an optional
// exponent: scanned by hand, one pass.
function isDecimalText(text: string): boolean {
  let i = text[0] === "-" || text[0] === "+" ? 1 : 0;
  let digits = 0;
  let point = false;
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (c >= "0" && c <= "9") digits++;
    else if (c === "." && !point) point = true;
    else break;
  }
  if (digits === 0) return false;
  if (i === text.length) return true;
  if (text[i] !== "e" && text[i] !== "E") return false;
  i++;
  if (text[i] === "-" || text[i] === "+") i++;
  const exponentStart = i;
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (c < "0" || c > "9") return false;
  }
  return i > exponentStart;
}
