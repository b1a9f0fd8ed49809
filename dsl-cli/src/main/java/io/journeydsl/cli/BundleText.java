package io.journeydsl.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a bundle file's text, saying exactly why when it cannot: missing, a directory, no permission, not UTF-8. */
final class BundleText {
  /** The file cannot be read at all; {@code line} and {@code column} are -1 when there is no place to name. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;
    final String code;
    final int line;
    final int column;

    Unreadable(String code, String message, int line, int column) {
      super(message);
      this.code = code;
      this.line = line;
      this.column = column;
    }
  }

  /** The file is missing, a directory or not readable. */
  static final String UNREADABLE = "input.unreadable";
  /** The file's bytes are not UTF-8. */
  static final String ENCODING = "input.encoding";
  /** The file is larger than {@link #MAX_BYTES}. */
  static final String LIMIT = "input.limit";
  /**
   * The largest bundle file read: 16 MiB. A bundle of the largest org holds a few MB; the limit keeps
   * {@code /dev/zero}, a log file given by mistake or a multi-gigabyte file from exhausting the heap,
   * and is checked before anything is read (or, for a device or pipe, after this many bytes).
   */
  static final int MAX_BYTES = 16 << 20;

  private BundleText() {}

  /** The file's text, decoded as strict UTF-8, without a leading byte order mark. */
  static String read(Path file) throws Unreadable {
    if (Files.isDirectory(file)) {
      throw new Unreadable(UNREADABLE, "cannot read: a directory, not a file", -1, -1);
    }
    byte[] bytes;
    try {
      bytes = readBounded(file);
    } catch (NoSuchFileException e) {
      throw new Unreadable(UNREADABLE, "cannot read: no such file", -1, -1);
    } catch (AccessDeniedException e) {
      throw new Unreadable(UNREADABLE, "cannot read: permission denied", -1, -1);
    } catch (IOException | RuntimeException e) {
      throw new Unreadable(UNREADABLE, "cannot read: " + (e.getMessage() == null ? e.getClass().getSimpleName()
          : e.getMessage()), -1, -1);
    }
    String text = decode(bytes);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** At most {@link #MAX_BYTES} bytes: a larger regular file is refused by its size, a stream by reading one byte more. */
  private static byte[] readBounded(Path file) throws IOException, Unreadable {
    if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
      throw tooLarge(Files.size(file) + " bytes");
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw tooLarge("more than " + MAX_BYTES + " bytes");
      }
      return bytes;
    }
  }

  private static Unreadable tooLarge(String size) {
    return new Unreadable(LIMIT, "cannot read: the file is too large (" + size + "; a bundle file may hold at most "
        + (MAX_BYTES >> 20) + " MiB)", -1, -1);
  }

  private static String decode(byte[] bytes) throws Unreadable {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int line = 1;
      int column = 1;
      for (int i = 0; i < out.position(); i++) {
        if (out.get(i) == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      int offset = in.position();
      String bad = offset < bytes.length ? String.format(Locale.ROOT, "byte 0x%02X", bytes[offset] & 0xFF) : "the last bytes";
      throw new Unreadable(ENCODING, "not UTF-8 text: " + bad + " at byte offset " + offset
          + " is not valid UTF-8 (save the file as UTF-8)", line, column);
    }
    return out.flip().toString();
  }
}
