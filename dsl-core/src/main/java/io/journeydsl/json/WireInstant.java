package io.journeydsl.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/**
 * The Genesys wire format of a timestamp: written {@code yyyy-MM-dd'T'HH:mm:ss.SSS'Z'} in UTC, as the
 * official SDKs send it; read leniently (any offset or {@code Z}, zero to nine fraction digits, no
 * zone meaning UTC, or a bare date meaning its UTC midnight), as the SDKs accept it.
 */
public final class WireInstant {
  private static final DateTimeFormatter WRITE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .appendLiteral('T')
      .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
      .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
      .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
      .optionalEnd()
      .toFormatter();

  private static final DateTimeFormatter WITH_OFFSET = new DateTimeFormatterBuilder()
      .append(LOCAL)
      .appendOffset("+HH:MM:ss", "Z")
      .toFormatter();

  private static final DateTimeFormatter WITH_COMPACT_OFFSET = new DateTimeFormatterBuilder()
      .append(LOCAL)
      .appendOffset("+HHMM", "Z")
      .toFormatter();

  private WireInstant() {}

  /** Formats as the API expects, e.g. {@code 2023-12-19T11:59:00.000Z}. */
  public static String format(Instant instant) {
    return WRITE.format(instant);
  }

  /**
   * Parses any timestamp spelling the API or a user may write.
   *
   * @throws DateTimeParseException naming the text when it is no timestamp
   */
  public static Instant parse(String text) {
    String trimmed = text.trim();
    for (DateTimeFormatter f : new DateTimeFormatter[] {WITH_OFFSET, WITH_COMPACT_OFFSET}) {
      try {
        return OffsetDateTime.parse(trimmed, f).toInstant();
      } catch (DateTimeParseException ignored) {
        // try the next spelling
      }
    }
    try {
      return LocalDateTime.parse(trimmed, LOCAL).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException ignored) {
      // try a bare date
    }
    try {
      return LocalDate.parse(trimmed).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new DateTimeParseException(
          "not an ISO-8601 timestamp (expected e.g. 2023-12-19T11:59:00.000Z): '" + text + "'", text, 0);
    }
  }
}
