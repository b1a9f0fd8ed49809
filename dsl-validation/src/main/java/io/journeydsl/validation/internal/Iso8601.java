package io.journeydsl.validation.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Lenient parsing of the ISO-8601 intervals and durations of the analytics API. */
public final class Iso8601 {
  /** Average lengths used to compare calendar periods with intervals. */
  private static final Duration DAY = Duration.ofDays(1);

  private Iso8601() {}

  /** A time interval. */
  public record Interval(Instant start, Instant end) {
    /** The length of the interval. */
    public Duration length() {
      return Duration.between(start, end);
    }
  }

  /** {@code <start>/<end>}, each with an offset or {@code Z}, or without (read as UTC). */
  public static Optional<Interval> interval(String text) {
    int slash = text.indexOf('/');
    if (slash < 0 || slash != text.lastIndexOf('/')) {
      return Optional.empty();
    }
    Optional<Instant> start = instant(text.substring(0, slash));
    Optional<Instant> end = instant(text.substring(slash + 1));
    return start.isPresent() && end.isPresent() ? Optional.of(new Interval(start.get(), end.get())) : Optional.empty();
  }

  /** A date-time with an offset or {@code Z}, or a local date-time read as UTC. */
  public static Optional<Instant> instant(String text) {
    try {
      return Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException e2) {
        return Optional.empty();
      }
    }
  }

  /**
   * An ISO-8601 duration ({@code PnYnMnWnDTnHnMnS}) as an approximate {@link Duration}: a year is
   * 365 days, a month 30 days, a week 7 days.
   */
  public static Optional<Duration> duration(String text) {
    if (text.length() < 3 || text.charAt(0) != 'P') {
      return Optional.empty();
    }
    int t = text.indexOf('T');
    String datePart = t < 0 ? text : text.substring(0, t);
    String timePart = t < 0 ? "" : text.substring(t);
    try {
      Duration total = Duration.ZERO;
      if (datePart.length() > 1) {
        Period period = Period.parse(datePart);
        if (period.isNegative()) {
          return Optional.empty();
        }
        total = DAY.multipliedBy(period.getYears() * 365L + period.getMonths() * 30L + period.getDays());
      }
      if (t >= 0) {
        if (timePart.length() < 3) {
          return Optional.empty();
        }
        Duration time = Duration.parse("P" + timePart);
        if (time.isNegative()) {
          return Optional.empty();
        }
        total = total.plus(time);
      }
      return Optional.of(total);
    } catch (DateTimeParseException | ArithmeticException e) {
      return Optional.empty();
    }
  }
}
