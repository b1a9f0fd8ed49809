package io.journeydsl.testkit.internal.http;

import io.journeydsl.testkit.internal.core.ApiError;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes request bytes as UTF-8 and refuses anything else with a 400, instead of replacing bad
 * bytes with U+FFFD (which would store text the client never sent) or failing with a 500.
 */
final class StrictUtf8 {
  private StrictUtf8() {}

  /**
   * Decodes a request body; a malformed sequence is a 400 naming {@code body} and the byte offset.
   *
   * @param bytes the body's bytes
   * @return the text
   */
  static String decode(byte[] bytes) {
    if (bytes.length == 0) {
      // Every GET and DELETE: no bytes to check, and a decoder costs more than the rest of a GET's decoding.
      return "";
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      CharBuffer out = decoder.decode(in);
      return out.toString();
    } catch (CharacterCodingException e) {
      throw ApiError.badField("body", "invalid.encoding", "The request body is not valid UTF-8 text (bad byte near offset "
          + in.position() + ").");
    }
  }
}
