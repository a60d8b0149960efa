import type { TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import { invalidField } from "../../errors/dbx-error.js";
import type { PgType } from "./pg-types.js";

/**
 * Values a column's type modifier would round, refused rather than stored
 * changed: fractional seconds finer than `timestamp(p)`, `timestamptz(p)`
 * or `time(p)` keep, and decimals with more fractional digits than
 * `numeric(p, s)` keeps (more integer digits than it holds PostgreSQL
 * refuses itself), strings longer than `varchar(n)` or `char(n)` (which
 * PostgreSQL cuts silently when the excess is spaces, and refuses without
 * naming the field otherwise). `typmod` is pg_attribute.atttypmod (-1: none).
 */
export function checkTypeModifier(value: TypedValue, type: PgType, typmod: number, path: string, label: string): void {
  if (typmod < 0) return;
  const k = value.kind;
  switch (type.kind) {
    case "timestamp":
    case "timestamptz":
    case "time": {
      const nanos = k.case === "timestampValue" || k.case === "timeValue" ? k.value.nanos : k.case === "datetimeValue" ? (k.value.time?.nanos ?? 0) : 0;
      if (nanos % 10 ** (9 - typmod) !== 0) {
        throw invalidField(path, `${label} keeps ${typmod} fractional digits of a second; this value has more, which PostgreSQL would round`);
      }
      return;
    }
    case "numeric": {
      if (k.case !== "decimalValue") return;
      const scale = (typmod - 4) & 0xffff;
      if (fractionDigits(k.value.value) > scale) {
        throw invalidField(path, `${label} keeps ${scale} digits after the point; ${k.value.value} has more, which PostgreSQL would round`);
      }
      return;
    }
    case "text": {
      if ((type.oid !== VARCHAR && type.oid !== BPCHAR) || k.case !== "stringValue") return;
      const length = typmod - 4;
      // PostgreSQL counts characters (code points), as the spread does.
      if (k.value.length > length && [...k.value].length > length) {
        throw invalidField(path, `${label} holds at most ${length} characters; this value has ${[...k.value].length}`);
      }
      return;
    }
    default:
      return;
  }
}

const VARCHAR = 1043;
const BPCHAR = 1042;

/** Digits after the point of a decimal's value, its exponent applied; 0 for NaN and infinities. */
function fractionDigits(text: string): number {
  const lower = text.toLowerCase();
  const e = lower.indexOf("e");
  const mantissa = e < 0 ? lower : lower.slice(0, e);
  const exponent = e < 0 ? 0 : Number(lower.slice(e + 1));
  const point = mantissa.indexOf(".");
  let fraction = point < 0 ? "" : mantissa.slice(point + 1);
  let end = fraction.length;
  while (end > 0 && fraction.charCodeAt(end - 1) === 0x30) end--;
  fraction = fraction.slice(0, end);
  return Math.max(0, fraction.length - exponent);
}
