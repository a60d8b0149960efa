import { parseDigits } from "./digits.js";
import { pad } from "./local-date.js";
import { DbxValueError } from "./value-error.js";

/** A time of day without a time zone (`time_value`, SQL TIME), to the nanosecond. */
export class LocalTime {
  constructor(
    readonly hours: number,
    readonly minutes: number,
    readonly seconds = 0,
    readonly nanos = 0,
  ) {
    const valid =
      [hours, minutes, seconds, nanos].every(Number.isInteger) &&
      hours >= 0 &&
      hours <= 23 &&
      minutes >= 0 &&
      minutes <= 59 &&
      seconds >= 0 &&
      seconds <= 59 &&
      nanos >= 0 &&
      nanos <= 999_999_999;
    if (!valid) throw new DbxValueError(`not a time of day: ${hours}:${minutes}:${seconds}.${nanos}`);
  }

  /** Parses `HH:MM:SS` with up to 9 fractional digits. */
  static parse(text: string): LocalTime {
    if (text.length < 8 || text[2] !== ":" || text[5] !== ":" || (text.length > 8 && text[8] !== ".")) {
      throw new DbxValueError(`not an HH:MM:SS time: ${JSON.stringify(text)}`);
    }
    const fraction = text.slice(9);
    if (text.length > 8 && (fraction.length === 0 || fraction.length > 9)) {
      throw new DbxValueError(`a time has 1 to 9 fractional digits: ${JSON.stringify(text)}`);
    }
    const nanos = fraction.length === 0 ? 0 : parseDigits(fraction.padEnd(9, "0"), 0, 9);
    return new LocalTime(parseDigits(text, 0, 2), parseDigits(text, 3, 5), parseDigits(text, 6, 8), nanos);
  }

  equals(other: LocalTime): boolean {
    return (
      this.hours === other.hours &&
      this.minutes === other.minutes &&
      this.seconds === other.seconds &&
      this.nanos === other.nanos
    );
  }

  /** `HH:MM:SS`, then the fraction without trailing zeros when there is one. */
  toString(): string {
    const base = `${pad(this.hours, 2)}:${pad(this.minutes, 2)}:${pad(this.seconds, 2)}`;
    if (this.nanos === 0) return base;
    let fraction = pad(this.nanos, 9);
    while (fraction.endsWith("0")) fraction = fraction.slice(0, -1);
    return `${base}.${fraction}`;
  }

  toJSON(): string {
    return this.toString();
  }
}
