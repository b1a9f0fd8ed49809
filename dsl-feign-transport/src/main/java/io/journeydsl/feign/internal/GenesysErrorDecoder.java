package io.journeydsl.feign.internal;

import com.fasterxml.jackson.databind.JsonNode;
import feign.Request;
import feign.Response;
import feign.RetryableException;
import feign.codec.ErrorDecoder;
import io.journeydsl.error.ErrorBody;
import io.journeydsl.json.JourneyJson;
import jakarta.annotation.Nullable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;

/**
 * Reads a non-2xx response once: the Genesys {@link ErrorBody} (capped in size, tolerant of bodies
 * that are not JSON, and of the OAuth endpoint's {@code error}/{@code error_description} shape), the
 * {@code ININ-Correlation-Id} and {@code Retry-After}, with every credential the server may have
 * echoed removed by the {@link Redactor}. 429, 502, 503 and 504 become retryable, and so
 * does a 401 while the token can be renewed (the token that failed is dropped first).
 */
public final class GenesysErrorDecoder implements ErrorDecoder {
  static final String CORRELATION_HEADER = "ININ-Correlation-Id";
  private static final int MAX_BODY_BYTES = 64 * 1024;
  private static final int MAX_TEXT_CHARS = 300;

  private final Clock clock;
  private final @Nullable TokenSource tokens;
  private final Redactor redactor;

  public GenesysErrorDecoder(Clock clock, @Nullable TokenSource tokens, Redactor redactor) {
    this.clock = clock;
    this.tokens = tokens;
    this.redactor = redactor;
  }

  /**
   * The failure {@code response} stands for: a {@link RetryableException} (whose cause is the
   * {@link HttpFailure}) when the call may be retried, else the {@link HttpFailure} itself.
   */
  @Override
  public RuntimeException decode(String methodKey, Response response) {
    int status = response.status();
    ErrorBody body = readBody(response);
    String correlationId = redactor.redact(Headers.first(response.headers(), CORRELATION_HEADER).orElse(null));
    Duration retryAfter = RetryAfter.from(response.headers(), clock).orElse(null);
    HttpFailure failure = new HttpFailure(status, body, correlationId, retryAfter);
    Request request = response.request();
    boolean retryable = status == 429 || status == 502 || status == 503 || status == 504;
    if (status == 401 && tokens != null && tokens.renewable()) {
      tokens.invalidate(bearerOf(request.headers()));
      retryable = true;
    }
    return retryable
        ? new RetryableException(status, "HTTP " + status, request.httpMethod(), failure, (Long) null, request)
        : failure;
  }

  private static @Nullable String bearerOf(Map<String, Collection<String>> headers) {
    return Headers.first(headers, "Authorization")
        .filter(v -> v.startsWith("Bearer "))
        .map(v -> v.substring("Bearer ".length()))
        .orElse(null);
  }

  /**
   * The error body with every credential redacted, or {@code null} when there is none; never throws.
   * The whole text is redacted before it is parsed, so that no field of the body (message, details,
   * unknown fields) can carry an echoed credential into a message or a log.
   */
  @Nullable ErrorBody readBody(Response response) {
    if (response.body() == null) {
      return null;
    }
    byte[] bytes;
    try (InputStream in = response.body().asInputStream()) {
      bytes = in.readNBytes(MAX_BODY_BYTES);
    } catch (IOException e) {
      return null;
    }
    if (bytes.length == 0) {
      return null;
    }
    String text = redactor.redact(new String(bytes, StandardCharsets.UTF_8), response.request()).strip();
    try {
      JsonNode tree = JourneyJson.mapper().readTree(text);
      if (tree != null && tree.isObject()) {
        ErrorBody parsed = JourneyJson.mapper().treeToValue(tree, ErrorBody.class);
        return parsed.message() == null && tree.hasNonNull("error") ? oauthError(parsed, tree) : parsed;
      }
    } catch (IOException | IllegalArgumentException notJson) {
      // fall through: keep the start of the text as the message
    }
    return ErrorBody.builder().status(response.status())
        .message(text.length() > MAX_TEXT_CHARS ? text.substring(0, MAX_TEXT_CHARS) + "..." : text).build();
  }

  /** The login endpoint answers with the OAuth2 error shape instead of an ErrorBody. */
  private static ErrorBody oauthError(ErrorBody parsed, JsonNode tree) {
    String error = tree.get("error").asText();
    String description = tree.hasNonNull("error_description") ? tree.get("error_description").asText()
        : tree.hasNonNull("description") ? tree.get("description").asText() : null;
    String message = "OAuth error " + error + (description == null ? "" : ": " + description);
    return ErrorBody.builder().from(parsed).code(error).message(message).build();
  }
}
