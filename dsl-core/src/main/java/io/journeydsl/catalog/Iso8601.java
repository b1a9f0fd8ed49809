package io.journeydsl.catalog;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one parser of the ISO-8601 texts of the Journey API: instants, intervals
 * ({@code <start>/<end>}) and durations ({@code PnYnMnWnDTnHnMnS}, such as an aggregate query's
 * {@code granularity}). Strict: a date that does not exist ({@code 2024-02-30}) is refused, never
 * rolled over; every part of a duration is a non-negative whole number except the seconds, and a
 * duration is never zero. The fake, the validator and the model reader all parse with it.
 */
public final class Iso8601 {
  /** A date and a time of day: seconds and zero to nine fraction digits optional. */
  private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .appendLiteral('T')
      .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
      .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
      .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
      .optionalEnd()
      .toFormatter().withResolverStyle(ResolverStyle.STRICT);
  /** With an offset: {@code Z}, {@code +01:00} or {@code +01:00:00}. */
  private static final DateTimeFormatter OFFSET = new DateTimeFormatterBuilder()
      .append(LOCAL).appendOffset("+HH:MM:ss", "Z")
      .toFormatter().withResolverStyle(ResolverStyle.STRICT);
  /** With a compact offset: {@code +0100}, as some clients write it. */
  private static final DateTimeFormatter COMPACT_OFFSET = new DateTimeFormatterBuilder()
      .append(LOCAL).appendOffset("+HHMM", "Z")
      .toFormatter().withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern DURATION = Pattern.compile(
      "P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:[.,]\\d{1,9})?)S)?)?");

  private Iso8601() {}

  /**
   * A time interval.
   *
   * @param start the inclusive start
   * @param end the exclusive end
   */
  public record Interval(Instant start, Instant end) {
    /** The length of the interval. */
    public Duration length() {
      return Duration.between(start, end);
    }
  }

  /**
   * An ISO-8601 duration: a calendar part (years, months, days; a week is seven days) and a clock
   * part (hours, minutes, seconds), kept apart so that stepping through a time zone adds a calendar
   * month or day as the calendar has it.
   *
   * @param period the calendar part
   * @param time the clock part
   */
  public record IsoDuration(Period period, Duration time) {
    /** The instant one step after {@code from}, in {@code zone}. */
    public ZonedDateTime addTo(ZonedDateTime from) {
      return from.plus(period).plus(time);
    }

    /** The exact length when the duration has no calendar part. */
    public Optional<Duration> exactLength() {
      return period.isZero() ? Optional.of(time) : Optional.empty();
    }

    /**
     * How this duration tiles {@code interval} when stepped from its start in {@code zone}: the number
     * of whole steps that fit, and whether the last one ends exactly on the interval's end; empty when
     * that would take more than {@code maxSteps} steps.
     */
    public Optional<Tiling> tile(Interval interval, ZoneId zone, int maxSteps) {
      ZonedDateTime cursor = interval.start().atZone(zone);
      int whole = 0;
      while (whole <= maxSteps) {
        ZonedDateTime next = addTo(cursor);
        if (next.toInstant().isAfter(interval.end())) {
          return Optional.of(new Tiling(whole, !cursor.toInstant().isBefore(interval.end())));
        }
        whole++;
        if (next.toInstant().equals(interval.end())) {
          return Optional.of(new Tiling(whole, true));
        }
        cursor = next;
      }
      return Optional.empty();
    }

    /** The shortest length the duration can have (a month of 28 days, a year of 365). */
    public Duration minimumLength() {
      long days = period.getYears() * 365L + period.getMonths() * 28L + period.getDays();
      return Duration.ofDays(days).plus(time);
    }
  }

  /**
   * A date-time with an offset ({@code Z}, {@code +01:00} or {@code +0100}); seconds and zero to nine
   * fraction digits are optional. A date or time that does not exist is refused.
   */
  public static Optional<Instant> instant(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Instant written = wireSpelling(text);
    if (written != null) {
      return Optional.of(written);
    }
    for (DateTimeFormatter format : new DateTimeFormatter[] {OFFSET, COMPACT_OFFSET}) {
      try {
        return Optional.of(OffsetDateTime.parse(text, format).toInstant());
      } catch (DateTimeException e) {
        // the next spelling
      }
    }
    return Optional.empty();
  }

  /**
   * The one spelling the API and the model write, {@code 2023-12-19T11:59:00.000Z}, read without a
   * {@link DateTimeFormatter}: a page of 100 objects holds hundreds of these, and the formatter's
   * general parse was half the time Jackson took to bind such a page. {@code null} when the text has any
   * other shape or names a date or time that does not exist, for the formatters to read or refuse.
   */
  private static Instant wireSpelling(String t) {
    if (t.length() != 24 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':'
        || t.charAt(16) != ':' || t.charAt(19) != '.' || t.charAt(23) != 'Z') {
      return null;
    }
    int year = digits(t, 0, 4);
    int month = digits(t, 5, 7);
    int day = digits(t, 8, 10);
    int hour = digits(t, 11, 13);
    int minute = digits(t, 14, 16);
    int second = digits(t, 17, 19);
    int millis = digits(t, 20, 23);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))
        || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || millis < 0) {
      return null;
    }
    long seconds = LocalDate.of(year, month, day).toEpochDay() * 86_400L + hour * 3_600L + minute * 60L + second;
    return Instant.ofEpochSecond(seconds, millis * 1_000_000L);
  }

  /** The decimal number in {@code text[from, to)}, or -1 if any of it is not an ASCII digit. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** A date-time with an offset or {@code Z}, or a local date-time read in {@code zone}. */
  public static Optional<Instant> instant(String text, ZoneId zone) {
    Optional<Instant> withOffset = instant(text);
    if (withOffset.isPresent() || text == null) {
      return withOffset;
    }
    try {
      return Optional.of(LocalDateTime.parse(text, LOCAL).atZone(zone).toInstant());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** {@code <start>/<end>}, each read as {@link #instant(String, ZoneId)}; the end may equal or precede the start. */
  public static Optional<Interval> interval(String text, ZoneId zone) {
    if (text == null) {
      return Optional.empty();
    }
    int slash = text.indexOf('/');
    if (slash < 0 || slash != text.lastIndexOf('/')) {
      return Optional.empty();
    }
    Optional<Instant> start = instant(text.substring(0, slash), zone);
    Optional<Instant> end = instant(text.substring(slash + 1), zone);
    return start.isPresent() && end.isPresent() ? Optional.of(new Interval(start.get(), end.get())) : Optional.empty();
  }

  /** {@link #interval(String, ZoneId)} with local date-times read as UTC. */
  public static Optional<Interval> interval(String text) {
    return interval(text, ZoneId.of("UTC"));
  }

  /**
   * How a duration tiles an interval.
   *
   * @param wholeSteps how many whole steps fit in the interval (0: the duration is longer than it)
   * @param exact whether the whole steps end exactly at the interval's end (no shorter last bucket)
   */
  public record Tiling(int wholeSteps, boolean exact) {}

  /** A positive duration {@code PnYnMnWnDTnHnMnS}; empty for anything else, zero included. */
  public static Optional<IsoDuration> duration(String text) {
    if (text == null || text.length() < 3 || text.endsWith("T")) {
      return Optional.empty();
    }
    Matcher m = DURATION.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      int weeks = number(m.group(3));
      Period period = Period.of(number(m.group(1)), number(m.group(2)), Math.addExact(Math.multiplyExact(weeks, 7),
          number(m.group(4))));
      Duration time = Duration.ofHours(number(m.group(5))).plusMinutes(number(m.group(6)));
      if (m.group(7) != null) {
        String seconds = m.group(7).replace(',', '.');
        long nanos = new java.math.BigDecimal(seconds).movePointRight(9).longValueExact();
        time = time.plus(nanos, ChronoUnit.NANOS);
      }
      if (period.isZero() && time.isZero()) {
        return Optional.empty();
      }
      return Optional.of(new IsoDuration(period, time));
    } catch (ArithmeticException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static int number(String digits) {
    return digits == null ? 0 : Integer.parseInt(digits);
  }
}
