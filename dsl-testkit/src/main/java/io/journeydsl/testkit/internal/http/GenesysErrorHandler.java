package io.journeydsl.testkit.internal.http;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error pages replaced by Genesys error bodies: whatever Jetty refuses on its own (an
 * ambiguous or undecodable URI, 414, 431, malformed chunking, an exception escaping the handler)
 * is answered with the JSON {@code ErrorBody} of its status and an {@code ININ-Correlation-Id}, and
 * never with a stack trace, a class name, a path or Jetty's reason text.
 */
final class GenesysErrorHandler extends ErrorHandler {
  GenesysErrorHandler() {
    setShowStacks(false);
    setShowCauses(false);
    setShowMessageInTitle(false);
  }

  /** Jetty writes error bodies for GET, POST and HEAD only; a PATCH or DELETE deserves one too. */
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) {
    ErrorAnswers.Prepared answer = ErrorAnswers.forStatus(code);
    response.getHeaders().put("ININ-Correlation-Id", answer.correlationId());
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache, no-store, must-revalidate");
    response.write(true, ByteBuffer.wrap(answer.json()), callback);
  }

  /** The body of an answer to a request Jetty could not even parse (HTTP/1 bad message). */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    ErrorAnswers.Prepared answer = ErrorAnswers.forStatus(status);
    fields.put("ININ-Correlation-Id", answer.correlationId());
    fields.put(HttpHeader.CONTENT_TYPE, "application/json");
    fields.put(HttpHeader.CACHE_CONTROL, "no-cache, no-store, must-revalidate");
    return ByteBuffer.wrap(answer.json());
  }
}
