import type { DateTimeValue, DateValue, TimeOfDayValue } from "../../../gen/ts/dbx/v1/value_pb.js";

/**
 * Dates, times of day and zone-less date-times as SQLite stores them: ISO
 * 8601 text that SQLite's date and time functions read ("2024-05-01",
 * "12:30:00.000000000", "2024-05-01T12:30:00.000000000"). Times always carry
 * nine fractional digits, like timestamps (timestamp-text.ts): fixed width,
 * so that text order is time order and indexes and range filters work on
 * the text. Nothing here depends on the server's time zone.
 */

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** Why a date is invalid; undefined when it is a valid proleptic Gregorian date of years 1 to 9999. */
export function dateProblem(d: { year: number; month: number; day: number }): string | undefined {
  if (!Number.isInteger(d.year) || d.year < 1 || d.year > 9999) return `year ${d.year} is outside 1 to 9999`;
  if (!Number.isInteger(d.month) || d.month < 1 || d.month > 12) return `month ${d.month} is outside 1 to 12`;
  const days = daysInMonth(d.year, d.month);
  if (!Number.isInteger(d.day) || d.day < 1 || d.day > days) return `day ${d.day} is outside 1 to ${days} for ${pad(d.year, 4)}-${pad(d.month)}`;
  return undefined;
}

/** Why a time of day is invalid; undefined when it is valid. */
export function timeProblem(t: { hours: number; minutes: number; seconds: number; nanos: number }): string | undefined {
  if (!Number.isInteger(t.hours) || t.hours < 0 || t.hours > 23) return `hours ${t.hours} are outside 0 to 23`;
  if (!Number.isInteger(t.minutes) || t.minutes < 0 || t.minutes > 59) return `minutes ${t.minutes} are outside 0 to 59`;
  if (!Number.isInteger(t.seconds) || t.seconds < 0 || t.seconds > 59) return `seconds ${t.seconds} are outside 0 to 59`;
  if (!Number.isInteger(t.nanos) || t.nanos < 0 || t.nanos > 999_999_999) return `nanos ${t.nanos} are outside 0 to 999999999`;
  return undefined;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** "YYYY-MM-DD". The value must be valid (dateProblem). */
export function formatDate(d: DateValue): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** "HH:MM:SS.nnnnnnnnn". The value must be valid (timeProblem). */
export function formatTime(t: TimeOfDayValue): string {
  return `${pad(t.hours)}:${pad(t.minutes)}:${pad(t.seconds)}.${pad(t.nanos, 9)}`;
}

/** "YYYY-MM-DDTHH:MM:SS.nnnnnnnnn". */
export function formatDateTime(dt: { date: DateValue; time: TimeOfDayValue }): string {
  return `${formatDate(dt.date)}T${formatTime(dt.time)}`;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?$/;

/** Reads "YYYY-MM-DD"; undefined when the text is not a valid date. */
export function parseDate(text: string): DateValue | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  const parts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (dateProblem(parts)) return undefined;
  return { $typeName: "dbx.v1.DateValue", ...parts };
}

/**
 * Reads "HH:MM", "HH:MM:SS" or "HH:MM:SS.f" with one to nine fractional
 * digits (SQLite's time() writes "HH:MM:SS"); undefined otherwise, a zone
 * suffix included.
 */
export function parseTime(text: string): TimeOfDayValue | undefined {
  const m = TIME.exec(text);
  if (!m) return undefined;
  const parts = { hours: Number(m[1]), minutes: Number(m[2]), seconds: Number(m[3] ?? "0"), nanos: Number((m[4] ?? "").padEnd(9, "0")) };
  if (timeProblem(parts)) return undefined;
  return { $typeName: "dbx.v1.TimeOfDayValue", ...parts };
}

/**
 * Reads a date and a time separated by "T", "t" or a space (SQLite's
 * datetime() and CURRENT_TIMESTAMP write "YYYY-MM-DD HH:MM:SS"); undefined
 * when the text is not one, or carries a zone.
 */
export function parseDateTime(text: string): DateTimeValue | undefined {
  const separator = text.charAt(10);
  if (separator !== "T" && separator !== "t" && separator !== " ") return undefined;
  const date = parseDate(text.slice(0, 10));
  const time = date && parseTime(text.slice(11));
  if (!date || !time) return undefined;
  return { $typeName: "dbx.v1.DateTimeValue", date, time };
}
