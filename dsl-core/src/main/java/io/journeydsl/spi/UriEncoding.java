package io.journeydsl.spi;

import java.nio.charset.StandardCharsets;

/**
 * Strict RFC 3986 percent-encoding: every byte of the UTF-8 form except the unreserved characters
 * {@code A-Z a-z 0-9 - . _ ~} becomes {@code %XX}. Safe for a path segment and for a query name or
 * value alike (a space is {@code %20}, a plus is {@code %2B}).
 */
final class UriEncoding {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private UriEncoding() {}

  static String encode(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length + 8);
    for (byte b : bytes) {
      int c = b & 0xFF;
      if (isUnreserved(c)) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0x0F]);
      }
    }
    return out.toString();
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~';
  }
}
