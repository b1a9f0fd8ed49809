package io.journeydsl.feign.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code Retry-After}: delta-seconds (what Genesys sends) or an HTTP date (what RFC 9110 also
 * allows), with the header name matched case-insensitively; anything else is ignored.
 */
public final class RetryAfter {
  public static final String HEADER = "Retry-After";

  private RetryAfter() {}

  /** The wait a response asks for, if it asks for one. */
  public static Optional<Duration> from(Map<String, Collection<String>> headers, Clock clock) {
    return Headers.first(headers, HEADER).flatMap(value -> parse(value, clock));
  }

  /** Parses one header value; a date in the past means "now". */
  public static Optional<Duration> parse(String value, Clock clock) {
    String text = value.trim();
    if (!text.isEmpty() && text.chars().allMatch(Character::isDigit)) {
      try {
        return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
      } catch (NumberFormatException tooLarge) {
        return Optional.of(Duration.ofSeconds(Long.MAX_VALUE / 1000));
      }
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration wait = Duration.between(clock.instant(), at.toInstant());
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException notADate) {
      return Optional.empty();
    }
  }
}
