package io.journeydsl.feign.internal;

import feign.Request;
import feign.Response;
import java.io.IOException;
import org.slf4j.Logger;

/**
 * Feign's logging hooks sent to SLF4J at debug, with only what is safe to log: method, path (no
 * query, which may hold searched values), status, duration and correlation id. Headers and bodies
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
    if (LOG.isDebugEnabled()) {
      LOG.debug("--> {} {}", request.httpMethod(), JourneyRetryer.pathOf(request));
    }
  }

  @Override
  protected Response logAndRebufferResponse(String configKey, Level logLevel, Response response, long elapsedTime) {
    if (LOG.isDebugEnabled()) {
      LOG.debug("<-- {} {} {} in {} ms (correlation id {})", response.request().httpMethod(),
          JourneyRetryer.pathOf(response.request()), response.status(), elapsedTime,
          redactor.redact(Headers.first(response.headers(), GenesysErrorDecoder.CORRELATION_HEADER).orElse("none")));
    }
    return response;
  }

  @Override
  protected IOException logIOException(String configKey, Level logLevel, IOException ioe, long elapsedTime) {
    if (LOG.isDebugEnabled()) {
      LOG.debug("<-- {} after {} ms", IoFailures.describe(ioe), elapsedTime);
    }
    return ioe;
  }

  @Override
  protected void logRetry(String configKey, Level logLevel) {
    // The retryer logs each decision with its reason.
  }
}
