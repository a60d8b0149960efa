import type { DateValue, TimeOfDayValue, TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";

/**
 * How the Redis adapter orders and compares typed values: Redis stores each
 * value as opaque bytes, so Find filters and the min/max update operators
 * compare them in DBX. Numbers order with numbers (int, double, decimal; int
 * and decimal exactly, a double by its value); strings, bytes, timestamps,
 * dates, times of day, date-times and ObjectIds each with their own kind.
 * Decimal NaN orders above every number and equals itself, as in PostgreSQL.
 * Any other pair does not order (undefined).
 */
export function compareValues(a: TypedValue, b: TypedValue): number | undefined {
  const x = orderable(a);
  const y = orderable(b);
  if (!x || !y || x.type !== y.type) return undefined;
  switch (x.type) {
    case "number":
      return compareNumbers(x.value, (y as typeof x).value);
    case "string":
    case "objectId":
      return sign(x.value < (y as typeof x).value ? -1 : x.value > (y as typeof x).value ? 1 : 0);
    case "bytes":
      return sign(Buffer.compare(x.value, (y as typeof x).value));
    case "timestamp":
    case "date":
    case "time":
    case "datetime":
      return compareTuples(x.value, (y as typeof x).value);
  }
}

/**
 * Equality: numbers by value across kinds, arrays element by element,
 * documents field by field in order, maps whatever their order; intervals,
 * native values, JSON text and booleans by their parts. Null equals null.
 */
export function valuesEqual(a: TypedValue, b: TypedValue): boolean {
  const c = compareValues(a, b);
  if (c !== undefined) return c === 0;
  switch (a.kind.case) {
    case "nullValue":
      return b.kind.case === "nullValue";
    case "boolValue":
    case "jsonValue":
      return b.kind.case === a.kind.case && a.kind.value === b.kind.value;
    case "arrayValue": {
      if (b.kind.case !== "arrayValue") return false;
      const x = a.kind.value.values;
      const y = b.kind.value.values;
      return x.length === y.length && x.every((v, i) => valuesEqual(v, y[i]));
    }
    case "documentValue": {
      if (b.kind.case !== "documentValue") return false;
      const x = a.kind.value.fields;
      const y = b.kind.value.fields;
      return x.length === y.length && x.every((f, i) => f.name === y[i].name && sameOptional(f.value, y[i].value));
    }
    case "mapValue": {
      if (b.kind.case !== "mapValue") return false;
      const x = a.kind.value.fields;
      const y = b.kind.value.fields;
      const names = Object.keys(x);
      return names.length === Object.keys(y).length && names.every((n) => n in y && valuesEqual(x[n], y[n]));
    }
    case "intervalValue": {
      if (b.kind.case !== "intervalValue") return false;
      const x = a.kind.value;
      const y = b.kind.value;
      return x.months === y.months && x.days === y.days && x.microseconds === y.microseconds;
    }
    case "nativeValue": {
      if (b.kind.case !== "nativeValue") return false;
      const x = a.kind.value;
      const y = b.kind.value;
      if (x.typeName !== y.typeName || x.representation.case !== y.representation.case) return false;
      if (x.representation.case === "binary") return Buffer.compare(x.representation.value, y.representation.value as Uint8Array) === 0;
      return x.representation.value === y.representation.value;
    }
    default:
      return false;
  }
}

/** A number exactly: an int or decimal as digits, a double as itself, or a decimal special. */
type NumberValue =
  | { readonly exact: ExactNumber }
  | { readonly double: number }
  | { readonly special: "nan" | "inf" | "-inf" };

type Orderable =
  | { type: "number"; value: NumberValue }
  | { type: "string"; value: string }
  | { type: "objectId"; value: string }
  | { type: "bytes"; value: Uint8Array }
  | { type: "timestamp" | "date" | "time" | "datetime"; value: readonly (number | bigint)[] };

function orderable(v: TypedValue): Orderable | undefined {
  switch (v.kind.case) {
    case "intValue":
      return { type: "number", value: { exact: exactInteger(v.kind.value) } };
    case "doubleValue":
      return { type: "number", value: { double: v.kind.value } };
    case "decimalValue":
      return { type: "number", value: decimalNumber(v.kind.value.value) };
    case "stringValue":
      return { type: "string", value: v.kind.value };
    case "objectIdValue":
      return { type: "objectId", value: v.kind.value.toLowerCase() };
    case "bytesValue":
      return { type: "bytes", value: v.kind.value };
    case "timestampValue":
      return { type: "timestamp", value: [v.kind.value.seconds, v.kind.value.nanos] };
    case "dateValue":
      return { type: "date", value: dateParts(v.kind.value) };
    case "timeValue":
      return { type: "time", value: timeParts(v.kind.value) };
    case "datetimeValue":
      return { type: "datetime", value: [...dateParts(v.kind.value.date), ...timeParts(v.kind.value.time)] };
    default:
      return undefined;
  }
}

function dateParts(d: DateValue | undefined): number[] {
  return [d?.year ?? 0, d?.month ?? 0, d?.day ?? 0];
}

function timeParts(t: TimeOfDayValue | undefined): number[] {
  return [t?.hours ?? 0, t?.minutes ?? 0, t?.seconds ?? 0, t?.nanos ?? 0];
}

function compareTuples(x: readonly (number | bigint)[], y: readonly (number | bigint)[]): number {
  for (let i = 0; i < x.length; i++) {
    if (x[i] < y[i]) return -1;
    if (x[i] > y[i]) return 1;
  }
  return 0;
}

function sign(n: number): number {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}

/**
 * A finite number as 0.DIGITS × 10^point: DIGITS without leading or trailing
 * zeros ("" for zero), so that two numbers compare by sign, then point, then
 * digits as text.
 */
interface ExactNumber {
  readonly negative: boolean;
  readonly digits: string;
  readonly point: number;
}

function exactInteger(n: bigint): ExactNumber {
  const negative = n < 0n;
  const text = (negative ? -n : n).toString();
  return normalise(negative, text, text.length);
}

/** A decimal as the service checked it (src/values/decimal-syntax.ts): sign, digits, point, exponent. */
function decimalNumber(text: string): NumberValue {
  if (text === "NaN") return { special: "nan" };
  if (text === "Infinity") return { special: "inf" };
  if (text === "-Infinity") return { special: "-inf" };
  let i = 0;
  const negative = text[0] === "-";
  if (text[0] === "-" || text[0] === "+") i++;
  let digits = "";
  let point = 0;
  let seenPoint = false;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === ".") seenPoint = true;
    else if (c === "e" || c === "E") break;
    else {
      digits += c;
      if (!seenPoint) point++;
    }
  }
  const exponent = i < text.length ? Number(text.slice(i + 1)) : 0;
  return { exact: normalise(negative, digits, point + exponent) };
}

function normalise(negative: boolean, digits: string, point: number): ExactNumber {
  let start = 0;
  while (start < digits.length && digits[start] === "0") start++;
  let end = digits.length;
  while (end > start && digits[end - 1] === "0") end--;
  const kept = digits.slice(start, end);
  return kept === "" ? { negative: false, digits: "", point: 0 } : { negative, digits: kept, point: point - start };
}

function compareNumbers(x: NumberValue, y: NumberValue): number | undefined {
  if ("special" in x || "special" in y) return compareSpecial(x, y);
  if ("double" in x || "double" in y) {
    const a = asDouble(x);
    const b = asDouble(y);
    if (Number.isNaN(a) || Number.isNaN(b)) return undefined;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  return compareExact(x.exact, y.exact);
}

/** NaN above everything (and equal to NaN), then Infinity, the finite numbers, -Infinity. */
function compareSpecial(x: NumberValue, y: NumberValue): number | undefined {
  const rank = (n: NumberValue): number => {
    if ("special" in n) return { nan: 3, inf: 2, "-inf": -2 }[n.special];
    if ("double" in n && Math.abs(n.double) === Infinity) return Math.sign(n.double) * 2;
    return 0;
  };
  const a = rank(x);
  const b = rank(y);
  if (a === 0 && b === 0) return undefined;
  if ("double" in x && Number.isNaN(x.double)) return undefined;
  if ("double" in y && Number.isNaN(y.double)) return undefined;
  return sign(a - b);
}

function asDouble(n: NumberValue): number {
  if ("double" in n) return n.double;
  if ("special" in n) return n.special === "nan" ? NaN : n.special === "inf" ? Infinity : -Infinity;
  const e = n.exact;
  return e.digits === "" ? 0 : Number(`${e.negative ? "-" : ""}0.${e.digits}e${e.point}`);
}

function compareExact(x: ExactNumber, y: ExactNumber): number {
  const sx = x.digits === "" ? 0 : x.negative ? -1 : 1;
  const sy = y.digits === "" ? 0 : y.negative ? -1 : 1;
  if (sx !== sy || sx === 0) return sign(sx - sy);
  const magnitude = x.point !== y.point ? sign(x.point - y.point) : x.digits < y.digits ? -1 : x.digits > y.digits ? 1 : 0;
  return sx * magnitude;
}

/** Both absent, or both present and equal. */
function sameOptional(a: TypedValue | undefined, b: TypedValue | undefined): boolean {
  return a === undefined || b === undefined ? a === b : valuesEqual(a, b);
}
