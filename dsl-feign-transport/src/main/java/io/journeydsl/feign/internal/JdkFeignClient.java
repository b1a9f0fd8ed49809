package io.journeydsl.feign.internal;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Feign's {@link Client} over one {@link HttpClient}, written for the cost of each call:
 * <ul>
 *   <li>bodies are read whole with {@code BodyHandlers.ofByteArray()}, as the transport binds them
 *       from bytes anyway; a streamed body would hand every chunk from the JDK client's selector
 *       thread to the caller;</li>
 *   <li>the same client serves every call, whatever the call's options (the connect timeout is the
 *       client's own), so no call compares or builds clients;</li>
 *   <li>the call waits in the JDK client's blocking {@code send}: its {@code sendAsync} completes
 *       the future on another pool, one more thread hand-off per call.</li>
 * </ul>
 * The read timeout of the call's options bounds the wait for the response (a {@code
 * HttpTimeoutException}, like the JDK client's own). The client is never closed or reconfigured
 * here: it may be the caller's.
 */
public final class JdkFeignClient implements Client {
  private final HttpClient http;

  public JdkFeignClient(HttpClient http) {
    this.http = http;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    Duration readTimeout = Duration.ofMillis(options.readTimeoutUnit().toMillis(options.readTimeout()));
    HttpResponse<byte[]> response;
    try {
      response = http.send(JdkRequests.of(request, readTimeout), HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      // The JDK client has cancelled the exchange; the caller's thread stays interrupted.
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted = new InterruptedIOException("interrupted while waiting for the response");
      interrupted.initCause(e);
      throw interrupted;
    }
    return JdkResponses.of(request, response);
  }

  @Override
  public String toString() {
    return "JdkFeignClient{" + http + "}";
  }
}
