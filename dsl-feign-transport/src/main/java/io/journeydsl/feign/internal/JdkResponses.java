package io.journeydsl.feign.internal;

import feign.Request;
import feign.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
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
    byte[] body = decoded(response);
    return Response.builder()
        .request(request)
        .protocolVersion(response.version() == HttpClient.Version.HTTP_2
            ? Request.ProtocolVersion.HTTP_2 : Request.ProtocolVersion.HTTP_1_1)
        .status(response.statusCode())
        .headers(headers)
        .body(body == null ? null : new BytesBody(body))
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

  /**
   * A body already read whole, which hands its bytes to {@link BytesDecoder#bytesOf} as they are:
   * Feign's own byte-array body can only be read through a stream, one more copy of every response
   * (about 100 KB for a page of 100 segments). Its {@code toString()} names the length, never the
   * content, which may be a token response.
   */
  static final class BytesBody implements Response.Body {
    private final byte[] bytes;

    BytesBody(byte[] bytes) {
      this.bytes = bytes;
    }

    /** The body's bytes themselves, not a copy: the one reader of the response owns them. */
    byte[] bytes() {
      return bytes;
    }

    @Override
    public Integer length() {
      return bytes.length;
    }

    @Override
    public boolean isRepeatable() {
      return true;
    }

    @Override
    public InputStream asInputStream() {
      return new ByteArrayInputStream(bytes);
    }

    @Override
    public Reader asReader(Charset charset) {
      return new InputStreamReader(asInputStream(), charset);
    }

    @Override
    public void close() {
      // Nothing is held open: the bytes were read when the response arrived.
    }

    @Override
    public String toString() {
      return "BytesBody{" + bytes.length + " bytes}";
    }
  }
}
