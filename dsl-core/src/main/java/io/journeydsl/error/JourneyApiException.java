package io.journeydsl.error;

import io.journeydsl.spi.Operation;
import jakarta.annotation.Nullable;
import java.time.Duration;
import java.util.Optional;

/**
 * A Journey API call failed: a non-2xx status, or no usable response at all. One sealed family, one
 * subclass per status class, each carrying the status, the Genesys {@link ErrorBody} and the
 * correlation id. Messages never contain request bodies or credentials.
 */
public abstract sealed class JourneyApiException extends RuntimeException
    permits BadRequestException, UnauthorizedException, ForbiddenException, NotFoundException,
        ConflictException, RateLimitedException, ServerErrorException, TransportFailureException,
        UnexpectedStatusException {

  private final @Nullable Operation operation;
  private final int status;
  private final @Nullable ErrorBody errorBody;
  private final @Nullable String correlationId;

  JourneyApiException(@Nullable Operation operation, int status, String label,
      @Nullable ErrorBody errorBody, @Nullable String correlationId, @Nullable String detail,
      @Nullable Throwable cause) {
    super(message(operation, status, label, errorBody, correlationOf(correlationId, errorBody), detail), cause);
    this.operation = operation;
    this.status = status;
    this.errorBody = errorBody;
    this.correlationId = correlationOf(correlationId, errorBody);
  }

  /**
   * The exception for an HTTP error status.
   *
   * @param operation the operation that failed, or {@code null} if unknown
   * @param status the HTTP status; {@code 0} means no response (a {@link TransportFailureException}
   *     whose outcome is unknown)
   * @param body the decoded error body, or {@code null}
   * @param correlationId the {@code ININ-Correlation-Id} response header, or {@code null}
   * @param retryAfter the parsed {@code Retry-After} header, or {@code null}; used for 429 only
   * @return the matching subclass
   * @throws IllegalArgumentException for a negative or 2xx status
   */
  public static JourneyApiException forStatus(@Nullable Operation operation, int status,
      @Nullable ErrorBody body, @Nullable String correlationId, @Nullable Duration retryAfter) {
    if (status < 0 || (status >= 200 && status < 300)) {
      throw new IllegalArgumentException("not an error status: " + status);
    }
    switch (status) {
      case 0:
        return new TransportFailureException(operation, true, "no response", null);
      case 400:
        return new BadRequestException(operation, body, correlationId);
      case 401:
        return new UnauthorizedException(operation, body, correlationId);
      case 403:
        return new ForbiddenException(operation, body, correlationId);
      case 404:
        return new NotFoundException(operation, body, correlationId);
      case 409:
        return new ConflictException(operation, body, correlationId);
      case 429:
        return new RateLimitedException(operation, body, correlationId, retryAfter);
      default:
        if (status >= 500 && status < 600) {
          return new ServerErrorException(operation, status, body, correlationId);
        }
        return new UnexpectedStatusException(operation, status, body, correlationId);
    }
  }

  /** The operation that failed, or {@code null} when it is not known. */
  public @Nullable Operation operation() {
    return operation;
  }

  /** The HTTP status; {@code 0} when there was no response. */
  public int status() {
    return status;
  }

  /** The Genesys error body, when the response had one. */
  public Optional<ErrorBody> errorBody() {
    return Optional.ofNullable(errorBody);
  }

  /** The {@code ININ-Correlation-Id} of the response, or else the error body's {@code contextId}. */
  public Optional<String> correlationId() {
    return Optional.ofNullable(correlationId);
  }

  private static @Nullable String correlationOf(@Nullable String header, @Nullable ErrorBody body) {
    if (header != null && !header.isBlank()) {
      return header;
    }
    return body == null ? null : body.contextId();
  }

  private static String message(@Nullable Operation operation, int status, String label,
      @Nullable ErrorBody body, @Nullable String correlationId, @Nullable String detail) {
    StringBuilder out = new StringBuilder();
    if (status > 0) {
      out.append(status).append(' ');
    }
    out.append(label);
    if (operation != null) {
      out.append(" on ").append(operation.name());
    }
    String text = detail != null ? detail : bodyText(body);
    if (text != null) {
      out.append(": ").append(text);
    }
    if (correlationId != null) {
      out.append(" (correlation id ").append(correlationId).append(')');
    }
    return out.toString();
  }

  private static @Nullable String bodyText(@Nullable ErrorBody body) {
    if (body == null) {
      return null;
    }
    if (body.message() != null && !body.message().isBlank()) {
      return body.message();
    }
    return body.code();
  }
}
