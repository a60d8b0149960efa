import { create } from "@bufbuild/protobuf";
import { TimestampSchema, type Timestamp } from "@bufbuild/protobuf/wkt";

/**
 * Timestamps are stored as RFC 3339 UTC text with exactly nine fractional
 * digits ("2024-05-01T12:00:00.123456789Z"): fixed width, so that text order
 * is time order and indexes and range filters work on the text.
 */
export function formatTimestamp(ts: Timestamp): string {
  const date = new Date(Number(ts.seconds) * 1000);
  const year = date.getUTCFullYear();
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return (
    `${pad(year, 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}` +
    `.${pad(ts.nanos, 9)}Z`
  );
}

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?$/;

/**
 * Reads the stored text back. Also reads what other writers commonly store:
 * SQLite's own `datetime()` / CURRENT_TIMESTAMP form ("2024-05-01 12:00:00",
 * UTC by SQLite's convention), other offsets, fewer fractional digits.
 * Undefined when the text is not a timestamp.
 */
export function parseTimestamp(text: string): Timestamp | undefined {
  const m = RFC3339.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac, , sign, oh, om] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31 || Number(h) > 23 || Number(mi) > 59 || Number(s) > 60) {
    return undefined;
  }
  const date = new Date(0);
  date.setUTCFullYear(Number(y), month - 1, day);
  date.setUTCHours(Number(h), Number(mi), Number(s), 0);
  if (date.getUTCDate() !== day) return undefined;
  const offsetMinutes = sign ? (sign === "-" ? -1 : 1) * (Number(oh) * 60 + Number(om)) : 0;
  const seconds = BigInt(date.getTime() / 1000 - offsetMinutes * 60);
  const nanos = frac ? Number(frac.padEnd(9, "0")) : 0;
  return create(TimestampSchema, { seconds, nanos });
}
