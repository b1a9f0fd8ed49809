package io.journeydsl.feign.internal;

import feign.Request;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Turns a Feign {@link Request} into the JDK client's {@link HttpRequest}. */
final class JdkRequests {
  /**
   * The headers the JDK client sets itself and refuses from the caller with an
   * {@code IllegalArgumentException}; Feign's encoders add {@code Content-Length}, so they are dropped
   * here instead of failing the call.
   */
  static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

  private JdkRequests() {}

  /** The request as the JDK client sends it, failing if no response comes within {@code readTimeout}. */
  static HttpRequest of(Request request, Duration readTimeout) {
    byte[] body = request.body();
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(request.url()))
        .timeout(readTimeout)
        // PATCH (which Feign's default client cannot send) goes out like any other method.
        .method(request.httpMethod().name(), body == null || body.length == 0
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    for (Map.Entry<String, Collection<String>> header : request.headers().entrySet()) {
      String name = header.getKey();
      if (name == null || RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (String value : header.getValue()) {
        builder.header(name, value);
      }
    }
    return builder.build();
  }
}
