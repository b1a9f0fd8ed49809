package io.journeydsl.json;

import io.journeydsl.catalog.Iso8601;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * The Genesys wire format of a timestamp: written {@code yyyy-MM-dd'T'HH:mm:ss.SSS'Z'} in UTC, as the
 * official SDKs send it; read with the catalogue's strict {@link Iso8601} parser in every spelling the
 * SDKs accept (any offset or {@code Z}, zero to nine fraction digits, no zone meaning UTC, or a bare
 * date meaning its UTC midnight). A date that does not exist ({@code 2024-02-30}) is an error, never
 * rolled over.
 */
public final class WireInstant {
  private static final DateTimeFormatter WRITE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private WireInstant() {}

  /** Formats as the API expects, e.g. {@code 2023-12-19T11:59:00.000Z}. */
  public static String format(Instant instant) {
    return WRITE.format(instant);
  }

  /**
   * Parses any timestamp spelling the API or a user may write.
   *
   * @throws DateTimeParseException naming the text when it is no timestamp or names a date that does not exist
   */
  public static Instant parse(String text) {
    String trimmed = text.trim();
    return Iso8601.instant(trimmed, ZoneOffset.UTC).orElseGet(() -> {
      try {
        return LocalDate.parse(trimmed, DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT))
            .atStartOfDay().toInstant(ZoneOffset.UTC);
      } catch (DateTimeException e) {
        throw new DateTimeParseException("not an ISO-8601 timestamp of a date that exists (expected e.g. "
            + "2023-12-19T11:59:00.000Z): '" + text + "'", text, 0);
      }
    });
  }
}
