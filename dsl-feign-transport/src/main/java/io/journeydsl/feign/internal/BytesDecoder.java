package io.journeydsl.feign.internal;

import feign.Response;
import feign.codec.Decoder;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;

/**
 * Decodes the {@code byte[]} every method of the transport's Feign interfaces returns: the body's
 * bytes in one copy. Feign's default decoder copies them through an 8 KiB buffer into a growing
 * stream and then once more, which was measurable on a page of 100 objects; the transport binds
 * the bytes to the operation's type itself.
 */
public final class BytesDecoder implements Decoder {
  @Override
  public Object decode(Response response, Type type) throws IOException {
    if (type != byte[].class) {
      throw new IllegalArgumentException("the transport's Feign methods return byte[], not " + type);
    }
    if (response.body() == null) {
      return null;
    }
    try (InputStream in = response.body().asInputStream()) {
      return in.readAllBytes();
    }
  }
}
