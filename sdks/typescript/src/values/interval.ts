import { DbxValueError } from "./value-error.js";

/**
 * A span of time in the three units SQL keeps apart (`interval_value`):
 * months, days and microseconds. Capability `value.interval`.
 */
export class Interval {
  readonly months: number;
  readonly days: number;
  readonly microseconds: bigint;

  constructor({ months = 0, days = 0, microseconds = 0n }: { months?: number; days?: number; microseconds?: bigint }) {
    for (const [name, value] of [["months", months], ["days", days]] as const) {
      if (!Number.isInteger(value) || value < -(2 ** 31) || value >= 2 ** 31) {
        throw new DbxValueError(`Interval ${name} must be a 32-bit integer, not ${value}`);
      }
    }
    if (microseconds < -(2n ** 63n) || microseconds >= 2n ** 63n) {
      throw new DbxValueError(`Interval microseconds must be an int64, not ${microseconds}`);
    }
    this.months = months;
    this.days = days;
    this.microseconds = microseconds;
  }

  equals(other: Interval): boolean {
    return this.months === other.months && this.days === other.days && this.microseconds === other.microseconds;
  }
}
