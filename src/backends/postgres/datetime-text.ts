import type { Timestamp } from "@bufbuild/protobuf/wkt";
import type { DateTimeValue, DateValue, TimeOfDayValue } from "../../../gen/ts/dbx/v1/value_pb.js";

/**
 * Dates and times in PostgreSQL's ISO text forms (DateStyle ISO, which the
 * pool sets): "2024-05-01", "12:30:00.123456", "2024-05-01 12:30:00.5",
 * "2024-05-01 12:30:00+02" (timestamptz, in the session's zone, which may
 * carry seconds for historical zones). Readers answer undefined for what a
 * DBX kind cannot hold (BC years, years past 9999, infinity, 24:00:00): the
 * codec answers those as native values, exact.
 */

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?$/;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?(?:([+-])(\d{2})(?::(\d{2}))?(?::(\d{2}))?)?$/;

function micros(fraction: string | undefined): number {
  return fraction ? Number(fraction.padEnd(6, "0")) : 0;
}

function date(y: string, m: string, d: string): DateValue | undefined {
  const year = Number(y);
  if (year < 1) return undefined;
  return { $typeName: "dbx.v1.DateValue", year, month: Number(m), day: Number(d) };
}

function time(h: string, m: string, s: string, fraction: string | undefined): TimeOfDayValue | undefined {
  const hours = Number(h);
  if (hours > 23) return undefined;
  return { $typeName: "dbx.v1.TimeOfDayValue", hours, minutes: Number(m), seconds: Number(s), nanos: micros(fraction) * 1000 };
}

export function parseDateText(text: string): DateValue | undefined {
  const m = DATE.exec(text);
  return m ? date(m[1], m[2], m[3]) : undefined;
}

export function parseTimeText(text: string): TimeOfDayValue | undefined {
  const m = TIME.exec(text);
  return m ? time(m[1], m[2], m[3], m[4]) : undefined;
}

/** A zone-less timestamp; undefined when the text carries a zone. */
export function parseDateTimeText(text: string): DateTimeValue | undefined {
  const m = TIMESTAMP.exec(text);
  if (!m || m[8]) return undefined;
  const d = date(m[1], m[2], m[3]);
  const t = time(m[4], m[5], m[6], m[7]);
  return d && t ? { $typeName: "dbx.v1.DateTimeValue", date: d, time: t } : undefined;
}

/** A timestamptz as the instant it names. */
export function parseInstantText(text: string): Timestamp | undefined {
  const m = TIMESTAMP.exec(text);
  if (!m || !m[8]) return undefined;
  const year = Number(m[1]);
  if (year < 1) return undefined;
  const day = new Date(0);
  day.setUTCFullYear(year, Number(m[2]) - 1, Number(m[3]));
  day.setUTCHours(Number(m[4]), Number(m[5]), Number(m[6]), 0);
  const offset = (m[8] === "-" ? -1 : 1) * (Number(m[9]) * 3600 + Number(m[10] ?? 0) * 60 + Number(m[11] ?? 0));
  const seconds = BigInt(day.getTime() / 1000 - offset);
  // DBX timestamps span years 1 to 9999 in UTC.
  if (seconds < -62135596800n || seconds > 253402300799n) return undefined;
  return { $typeName: "google.protobuf.Timestamp", seconds, nanos: micros(m[7]) * 1000 };
}

export function formatDateText(d: DateValue): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** Microseconds only: the caller has refused finer digits. */
export function formatTimeText(t: TimeOfDayValue): string {
  return `${pad(t.hours)}:${pad(t.minutes)}:${pad(t.seconds)}.${pad(Math.floor(t.nanos / 1000), 6)}`;
}

export function formatDateTimeText(dt: { date: DateValue; time: TimeOfDayValue }): string {
  return `${formatDateText(dt.date)} ${formatTimeText(dt.time)}`;
}

/** An instant in UTC, as timestamptz input. */
export function formatInstantText(ts: Timestamp): string {
  const d = new Date(Number(ts.seconds) * 1000);
  return (
    `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(Math.floor(ts.nanos / 1000), 6)}+00`
  );
}
