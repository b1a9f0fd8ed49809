package io.journeydsl.feign.internal;

import feign.Response;
import feign.codec.Decoder;
import jakarta.annotation.Nullable;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;

/**
 * Decodes the {@code byte[]} the login client's Feign interface returns, and reads the API calls'
 * response bodies ({@link #bytesOf}): the body's bytes in at most one copy, none for a body the
 * module's JDK client read whole. Feign's default decoder copies them through an 8 KiB buffer into
 * a growing stream and then once more, which was measurable on a page of 100 objects; the
 * transport binds the bytes to the operation's type itself.
 */
public final class BytesDecoder implements Decoder {
  @Override
  public Object decode(Response response, Type type) throws IOException {
    if (type != byte[].class) {
      throw new IllegalArgumentException("the transport's Feign methods return byte[], not " + type);
    }
    return bytesOf(response);
  }

  /** The body's bytes, or {@code null} when the response has no body. */
  static @Nullable byte[] bytesOf(Response response) throws IOException {
    Response.Body body = response.body();
    if (body == null) {
      return null;
    }
    if (body instanceof JdkResponses.BytesBody whole) {
      return whole.bytes();
    }
    try (InputStream in = body.asInputStream()) {
      return in.readAllBytes();
    }
  }
}
