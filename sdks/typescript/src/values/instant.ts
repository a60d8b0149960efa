import { create, fromJson, toJson } from "@bufbuild/protobuf";
import { type Timestamp, TimestampSchema } from "@bufbuild/protobuf/wkt";
import { DbxValueError } from "./value-error.js";

/**
 * An instant in UTC with nanoseconds (`timestamp_value`). A `Date` holds
 * milliseconds only, so values read from DBX are Instants; `fromDate` and
 * `toDate` convert (toDate drops the digits below the millisecond).
 */
export class Instant {
  constructor(
    readonly seconds: bigint,
    readonly nanos: number,
  ) {
    if (!Number.isInteger(nanos) || nanos < 0 || nanos > 999_999_999) {
      throw new DbxValueError(`Instant nanos must be an integer from 0 to 999999999, not ${nanos}`);
    }
  }

  /** Parses RFC 3339 (`2024-05-01T12:34:56.123456789Z`, any offset), up to 9 fractional digits. */
  static parse(text: string): Instant {
    try {
      return Instant.fromTimestamp(fromJson(TimestampSchema, text));
    } catch (cause) {
      throw new DbxValueError(`not an RFC 3339 timestamp: ${JSON.stringify(text)}`, { cause });
    }
  }

  static fromDate(date: Date): Instant {
    const ms = date.getTime();
    if (Number.isNaN(ms)) throw new DbxValueError("invalid Date");
    const seconds = Math.floor(ms / 1000);
    return new Instant(BigInt(seconds), (ms - seconds * 1000) * 1_000_000);
  }

  static fromTimestamp(timestamp: Timestamp): Instant {
    return new Instant(timestamp.seconds, timestamp.nanos);
  }

  toDate(): Date {
    return new Date(Number(this.seconds) * 1000 + Math.floor(this.nanos / 1_000_000));
  }

  toTimestamp(): Timestamp {
    return create(TimestampSchema, { seconds: this.seconds, nanos: this.nanos });
  }

  equals(other: Instant): boolean {
    return this.seconds === other.seconds && this.nanos === other.nanos;
  }

  /** RFC 3339 in UTC with 0, 3, 6 or 9 fractional digits. */
  toString(): string {
    return toJson(TimestampSchema, this.toTimestamp());
  }

  toJSON(): string {
    return this.toString();
  }
}
