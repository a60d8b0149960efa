import { LocalDate } from "./local-date.js";
import { LocalTime } from "./local-time.js";
import { DbxValueError } from "./value-error.js";

/** A date and a time of day without a time zone (`datetime_value`, SQL TIMESTAMP WITHOUT TIME ZONE). */
export class LocalDateTime {
  constructor(
    readonly date: LocalDate,
    readonly time: LocalTime,
  ) {}

  /** Parses `YYYY-MM-DDTHH:MM:SS[.fffffffff]` (no zone). */
  static parse(text: string): LocalDateTime {
    if (text[10] !== "T") throw new DbxValueError(`not a YYYY-MM-DDTHH:MM:SS datetime: ${JSON.stringify(text)}`);
    return new LocalDateTime(LocalDate.parse(text.slice(0, 10)), LocalTime.parse(text.slice(11)));
  }

  equals(other: LocalDateTime): boolean {
    return this.date.equals(other.date) && this.time.equals(other.time);
  }

  toString(): string {
    return `${this.date.toString()}T${this.time.toString()}`;
  }

  toJSON(): string {
    return this.toString();
  }
}
