package io.journeydsl.testkit.internal.core;

import io.journeydsl.error.Detail;
import io.journeydsl.error.ErrorBody;
import jakarta.annotation.Nullable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An error answer decided by the fake's semantics: status, Genesys error body (its
 * {@code contextId} is filled in later with the call's correlation id) and extra headers. Internal
 * control flow only; callers see {@link io.journeydsl.error.JourneyApiException} or an HTTP answer.
 */
public final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient ErrorBody body;
  private final Map<String, String> headers;

  /**
   * Creates the error.
   *
   * @param status the HTTP status
   * @param body the error body without contextId
   * @param headers extra response headers (exact spelling)
   */
  public ApiError(int status, ErrorBody body, Map<String, String> headers) {
    super(status + " " + body.code() + ": " + body.message(), null, false, false);
    this.status = status;
    this.body = body;
    this.headers = Map.copyOf(headers);
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The error body without contextId. */
  public ErrorBody body() {
    return body;
  }

  /** Extra response headers. */
  public Map<String, String> headers() {
    return headers;
  }

  /** An error with the standard Genesys envelope (empty {@code details} and {@code errors}). */
  public static ApiError of(int status, String code, String message) {
    return new ApiError(status, envelope(status, code, message, List.of()), Map.of());
  }

  /** 400 naming the offending field in {@code details[].fieldName}. */
  public static ApiError badField(String field, String errorCode, String message) {
    Detail detail = Detail.builder().fieldName(field).errorCode(errorCode).build();
    return new ApiError(400, envelope(400, "bad.request", message, List.of(detail)), Map.of());
  }

  /** 404 {@code not.found}. */
  public static ApiError notFound(String what, String id) {
    ErrorBody body = ErrorBody.builder().from(envelope(404, "not.found",
        "The requested resource was not found: " + what + " " + id, List.of())).entityId(id).build();
    return new ApiError(404, body, Map.of());
  }

  /** 409 {@code general.conflict}. */
  public static ApiError conflict(String message) {
    return of(409, "general.conflict", message);
  }

  /** 429 with the normalized Genesys body and {@code Retry-After} in seconds. */
  public static ApiError rateLimited(long retryAfterSeconds, Map<String, String> headers) {
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.put("Retry-After", Long.toString(retryAfterSeconds));
    return new ApiError(429, envelope(429, "too.many.requests.retry.after",
        "Rate limit exceeded the maximum. Retry the request in [" + retryAfterSeconds + "] seconds",
        List.of()), all);
  }

  /** The default Genesys body for an error status (used by faults without a body). */
  public static ErrorBody defaultBody(int status, @Nullable String retryAfterSeconds) {
    switch (status) {
      case 400:
        return envelope(status, "bad.request",
            "The request could not be understood by the server due to malformed syntax.", List.of());
      case 401:
        return envelope(status, "authentication.required",
            "No authentication bearer token specified in authorization header.", List.of());
      case 403:
        return envelope(status, "missing.any.permissions",
            "Unable to perform the requested action. You must have at least one of the following permissions assigned: [journey]", List.of());
      case 404:
        return envelope(status, "not.found", "The requested resource was not found.", List.of());
      case 405:
        return envelope(status, "method.not.allowed", "The HTTP method is not supported on this resource.", List.of());
      case 408:
        return envelope(status, "request.timeout", "The request took too long to arrive.", List.of());
      case 409:
        return envelope(status, "general.conflict", "The request conflicts with the current state.", List.of());
      case 413:
        return envelope(status, "request.too.large", "The request body is larger than the server accepts.", List.of());
      case 414:
        return envelope(status, "uri.too.long", "The request URI is longer than the server accepts.", List.of());
      case 415:
        return envelope(status, "unsupported.media.type",
            "Unsupported Media Type - Unsupported or incorrect Content-Type value in the header.", List.of());
      case 431:
        return envelope(status, "request.header.fields.too.large",
            "The request headers are larger than the server accepts.", List.of());
      case 429:
        return envelope(status, "too.many.requests.retry.after",
            "Rate limit exceeded the maximum. Retry the request in [" + (retryAfterSeconds == null ? "3" : retryAfterSeconds)
                + "] seconds", List.of());
      case 500:
        return envelope(status, "internal.server.error", "The server encountered an unexpected condition.", List.of());
      case 502:
        return envelope(status, "bad.gateway", "The server received an invalid response upstream.", List.of());
      case 503:
        return envelope(status, "service.unavailable", "The service is currently unavailable.", List.of());
      case 504:
        return envelope(status, "request.timeout", "The request timed out.", List.of());
      default:
        return envelope(status, "error", "The requested operation failed with status " + status, List.of());
    }
  }

  static ErrorBody envelope(int status, String code, String message, List<Detail> details) {
    return ErrorBody.builder().status(status).code(code).message(message)
        .details(details).errors(List.of()).build();
  }
}
