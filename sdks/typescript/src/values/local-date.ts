import { DbxValueError } from "./value-error.js";
import { parseDigits } from "./digits.js";

/** A calendar date without a time zone (`date_value`, SQL DATE). */
export class LocalDate {
  constructor(
    readonly year: number,
    readonly month: number,
    readonly day: number,
  ) {
    const valid =
      Number.isInteger(year) &&
      Number.isInteger(month) &&
      Number.isInteger(day) &&
      year >= 1 &&
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= daysInMonth(year, month);
    if (!valid) throw new DbxValueError(`not a calendar date: ${year}-${month}-${day}`);
  }

  /** Parses `YYYY-MM-DD`. */
  static parse(text: string): LocalDate {
    if (text.length !== 10 || text[4] !== "-" || text[7] !== "-") {
      throw new DbxValueError(`not a YYYY-MM-DD date: ${JSON.stringify(text)}`);
    }
    return new LocalDate(parseDigits(text, 0, 4), parseDigits(text, 5, 7), parseDigits(text, 8, 10));
  }

  equals(other: LocalDate): boolean {
    return this.year === other.year && this.month === other.month && this.day === other.day;
  }

  toString(): string {
    return `${pad(this.year, 4)}-${pad(this.month, 2)}-${pad(this.day, 2)}`;
  }

  toJSON(): string {
    return this.toString();
  }
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one (proleptic Gregorian).
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

export function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}
