package io.journeydsl.feign.internal;

import feign.Request;
import feign.Response;
import java.io.IOException;
import org.slf4j.Logger;

/**
 * The exchanges of the login client (through Feign's logging hooks) and of the API calls (through
 * {@link ApiCalls}) sent to SLF4J at debug, with only what is safe to log: method, path (no query,
 * which may hold searched values), status, duration and correlation id. Headers and bodies
 * are never printed, so {@code Authorization}, tokens and client secrets cannot leak through here;
 * the correlation id, the one piece of server text logged, goes through the {@link Redactor}.
 */
public final class SafeLogger extends feign.Logger {
  private static final Logger LOG = Logs.get("io.journeydsl.feign.http");

  private final Redactor redactor;

  public SafeLogger(Redactor redactor) {
    this.redactor = redactor;
  }

  @Override
  protected void log(String configKey, String format, Object... args) {
    // Only reached from Feign's default formatting, which this class overrides entirely.
  }

  @Override
  protected void logRequest(String configKey, Level logLevel, Request request) {
    request(request);
  }

  @Override
  protected Response logAndRebufferResponse(String configKey, Level logLevel, Response response, long elapsedTime) {
    response(response, elapsedTime);
    return response;
  }

  @Override
  protected IOException logIOException(String configKey, Level logLevel, IOException ioe, long elapsedTime) {
    ioFailure(ioe, elapsedTime);
    return ioe;
  }

  /** A request about to be sent: method and path. */
  void request(Request request) {
    if (LOG.isDebugEnabled()) {
      LOG.debug("--> {} {}", request.httpMethod(), JourneyRetryer.pathOf(request));
    }
  }

  /** A response to {@code response.request()}: status, duration and correlation id. */
  void response(Response response, long elapsedMillis) {
    if (LOG.isDebugEnabled()) {
      LOG.debug("<-- {} {} {} in {} ms (correlation id {})", response.request().httpMethod(),
          JourneyRetryer.pathOf(response.request()), response.status(), elapsedMillis,
          redactor.redact(Headers.first(response.headers(), GenesysErrorDecoder.CORRELATION_HEADER).orElse("none")));
    }
  }

  /** An exchange that failed with an I/O error: its type and message only. */
  void ioFailure(IOException failure, long elapsedMillis) {
    if (LOG.isDebugEnabled()) {
      LOG.debug("<-- {} after {} ms", IoFailures.describe(failure), elapsedMillis);
    }
  }

  @Override
  protected void logRetry(String configKey, Level logLevel) {
    // The retryer logs each decision with its reason.
  }
}
