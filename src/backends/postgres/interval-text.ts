import type { IntervalValue } from "../../../gen/ts/dbx/v1/value_pb.js";

const UNIT_MONTHS: Readonly<Record<string, number>> = { year: 12, years: 12, mon: 1, mons: 1 };
const TIME = /^([+-])?(\d+):(\d{2}):(\d{2})(?:\.(\d{1,6}))?$/;
const INTEGER = /^[+-]?\d+$/;

/**
 * Reads PostgreSQL's interval output in IntervalStyle postgres (which the
 * pool sets): "1 year 2 mons -3 days +04:05:06.789", "00:00:00". Each part
 * carries its own sign. Undefined for any other form.
 */
export function parseIntervalText(text: string): IntervalValue | undefined {
  const tokens = text.split(" ");
  let months = 0;
  let days = 0;
  let microseconds = 0n;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const clock = TIME.exec(token);
    if (clock) {
      const [, sign, h, m, s, fraction] = clock;
      const total = ((BigInt(h) * 60n + BigInt(m)) * 60n + BigInt(s)) * 1_000_000n + BigInt((fraction ?? "").padEnd(6, "0"));
      microseconds += sign === "-" ? -total : total;
      continue;
    }
    const unit = tokens[++i];
    if (!INTEGER.test(token) || unit === undefined) return undefined;
    const n = Number(token);
    if (unit === "day" || unit === "days") days += n;
    else if (unit in UNIT_MONTHS) months += n * UNIT_MONTHS[unit];
    else return undefined;
  }
  return { $typeName: "dbx.v1.IntervalValue", months, days, microseconds };
}

/**
 * Interval input that PostgreSQL reads exactly: each part signed on its own,
 * the microseconds as a 64-bit count (its clock form would overflow the
 * hours field past 2^31 hours).
 */
export function formatIntervalText(v: IntervalValue): string {
  return `${v.months} mons ${v.days} days ${v.microseconds} microseconds`;
}
