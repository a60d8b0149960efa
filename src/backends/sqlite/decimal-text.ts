/**
 * Decimals as SQLite stores them: text, exactly as written. These helpers
 * compare them by value, which text comparison cannot ("10" < "9").
 */

const DECIMAL = /^([+-])?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** A decimal as sign, significant digits and exponent: value = ±0.DIGITS × 10^exponent. */
interface DecimalParts {
  negative: boolean;
  /** No leading or trailing zeros; "" for zero. */
  digits: string;
  exponent: number;
}

/** Undefined when `text` is not a decimal number. */
function parseDecimal(text: string): DecimalParts | undefined {
  const m = DECIMAL.exec(text.trim());
  if (!m) return undefined;
  const [, sign, intPart = "", fracPart = "", exp = "0"] = m;
  if (intPart === "" && fracPart === "") return undefined;
  const all = intPart + fracPart;
  const lead = all.search(/[1-9]/);
  if (lead < 0) return { negative: false, digits: "", exponent: 0 };
  const digits = withoutTrailingZeros(all.slice(lead));
  const exponent = intPart.length - lead + Number(exp);
  if (!Number.isSafeInteger(exponent)) return undefined;
  return { negative: sign === "-", digits, exponent };
}

// Exponents are written with a fixed width, offset to be non-negative, so
// that they compare as text.
const EXPONENT_WIDTH = 17;
const EXPONENT_OFFSET = 10n ** 16n;

/**
 * A text key whose byte order is the numeric order of decimals: equal values
 * ("1.10", "1.1", "11e-1") get equal keys. Undefined for non-decimal text.
 * Registered in SQLite as dbx_decimal_key(), which filters and sorts on
 * decimal columns use.
 */
export function decimalSortKey(text: string): string | undefined {
  const p = parseDecimal(text);
  if (!p) return undefined;
  if (p.digits === "") return "1";
  const exponent = (e: bigint) => e.toString().padStart(EXPONENT_WIDTH, "0");
  if (!p.negative) return `2${exponent(EXPONENT_OFFSET + BigInt(p.exponent))}${p.digits}`;
  // Negative: larger magnitude sorts first, so the exponent and digits are
  // inverted; the terminator makes a shorter digit string sort after its
  // extensions (-0.12 > -0.123).
  const inverted = [...p.digits].map((d) => String(9 - Number(d))).join("");
  return `0${exponent(EXPONENT_OFFSET - BigInt(p.exponent))}${inverted}~`;
}

/**
 * True when SQLite's NUMERIC affinity would keep the value of this decimal:
 * it converts decimal text to an int64 or a double, and only values that a
 * double (or int64) represents with the same shortest digits survive.
 */
export function survivesNumericAffinity(text: string): boolean {
  const p = parseDecimal(text);
  if (!p) return false;
  if (p.digits === "") return true;
  if (p.digits.length <= p.exponent && p.exponent <= 19) {
    const asInt = BigInt((p.negative ? "-" : "") + p.digits.padEnd(p.exponent, "0"));
    if (asInt >= -(2n ** 63n) && asInt < 2n ** 63n) return true;
  }
  const n = Number(text);
  if (!Number.isFinite(n)) return false;
  const back = parseDecimal(String(n));
  return back !== undefined && back.digits === p.digits && back.exponent === p.exponent && back.negative === p.negative;
}

/** A stored number read from a decimal column, as decimal text. */
export function decimalFromNumber(value: number | bigint): string | undefined {
  if (typeof value === "bigint") return value.toString();
  return Number.isFinite(value) ? String(value) : undefined;
}

function withoutTrailingZeros(digits: string): string {
  let end = digits.length;
  while (end > 0 && digits.charCodeAt(end - 1) === 0x30) end--;
  return digits.slice(0, end);
}
