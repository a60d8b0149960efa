package dev.dbx.client;

import java.time.Duration;
import java.time.Period;

/**
 * A SQL interval: months, days and microseconds, kept apart because a month
 * and a day have no fixed length. {@link Period} and {@link Duration} convert
 * to it exactly, or not at all.
 */
public record Interval(int months, int days, long microseconds) {

  /** Years and months become months; days stay days. */
  public static Interval of(Period period) {
    return new Interval(Math.toIntExact(period.toTotalMonths()), period.getDays(), 0);
  }

  /** A duration in microseconds; finer digits are refused rather than rounded. */
  public static Interval of(Duration duration) {
    if (duration.getNano() % 1_000 != 0) {
      throw new IllegalArgumentException("an interval holds microseconds; " + duration + " has nanoseconds");
    }
    return new Interval(0, 0, Math.addExact(Math.multiplyExact(duration.getSeconds(), 1_000_000L), duration.getNano() / 1_000));
  }
}
