package io.journeydsl.feign.internal;

import feign.Request;
import feign.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/** Turns the JDK client's response, read whole into bytes, into a Feign {@link Response}. */
final class JdkResponses {
  private JdkResponses() {}

  static Response of(Request request, HttpResponse<byte[]> response) throws IOException {
    @SuppressWarnings({"unchecked", "rawtypes"})
    Map<String, Collection<String>> headers = (Map) response.headers().map();
    return Response.builder()
        .request(request)
        .protocolVersion(response.version() == HttpClient.Version.HTTP_2
            ? Request.ProtocolVersion.HTTP_2 : Request.ProtocolVersion.HTTP_1_1)
        .status(response.statusCode())
        .headers(headers)
        .body(decoded(response))
        .build();
  }

  /**
   * The body, inflated when a server compressed it although the request never asked for that (a
   * proxy may), as {@code feign-java11}'s client did before this one replaced it.
   */
  private static byte[] decoded(HttpResponse<byte[]> response) throws IOException {
    byte[] body = response.body();
    List<String> encodings = response.headers().allValues("Content-Encoding");
    if (body == null || body.length == 0 || encodings.isEmpty()) {
      return body;
    }
    if (encodings.contains("gzip")) {
      return inflate(new GZIPInputStream(new ByteArrayInputStream(body)));
    }
    if (encodings.contains("deflate")) {
      return inflate(new InflaterInputStream(new ByteArrayInputStream(body)));
    }
    return body;
  }

  private static byte[] inflate(InputStream in) throws IOException {
    try (in) {
      return in.readAllBytes();
    }
  }
}
