package io.journeydsl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Hostile input for the bundle reader ({@code journey validate}): random bytes, text in other
 * encodings, deep nesting, long strings, files over the size limit. It never throws: every file is
 * valid (0), has violations (1) or is unreadable (2) with one line saying why, and a file whose text
 * is at fault is named with its line and column.
 */
class HostileBundleProperties {
  private static final String BUNDLE = "{\"segments\":[{\"displayName\":\"Caf\u00e9 visitors\",\"color\":\"#112233\","
      + "\"isActive\":true,\"context\":{\"patterns\":[]}}]}";

  @Property(tries = 80)
  void anyBytesAreAVerdictNeverACrash(@ForAll("hostile") byte[] content) throws IOException {
    Path file = Files.createTempFile("hostile", ".json");
    try {
      Files.write(file, content);
      CliRun r = CliRun.of("validate", file.toString());
      assertThat(r.exit()).as(r.err()).isIn(0, 1, 2);
      assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
      if (r.exit() == 2) {
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).as("an unreadable text is named with its place").matches("(?s)journey validate: .*:\\d+:\\d+: .*");
      }
    } finally {
      Files.delete(file);
    }
  }

  @Provide
  Arbitrary<byte[]> hostile() {
    Arbitrary<byte[]> randomBytes = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(400);
    Arbitrary<byte[]> otherEncodings = Arbitraries.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE,
        StandardCharsets.ISO_8859_1, Charset.forName("windows-1252")).map(cs -> BUNDLE.getBytes(cs));
    Arbitrary<byte[]> deep = Arbitraries.integers().between(900, 5_000)
        .map(n -> ("{\"segments\":" + "[".repeat(n) + "]".repeat(n) + "}").getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> longStrings = Arbitraries.integers().between(1, 20)
        .map(k -> ("{\"segments\":[{\"displayName\":\"" + "x".repeat(k * 10_000) + "\"}]}").getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> cut = Combinators.combine(Arbitraries.integers().between(1, BUNDLE.length() - 1),
            Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(4))
        .as((at, junk) -> {
          byte[] text = BUNDLE.substring(0, at).getBytes(StandardCharsets.UTF_8);
          byte[] out = new byte[text.length + junk.length];
          System.arraycopy(text, 0, out, 0, text.length);
          System.arraycopy(junk, 0, out, text.length, junk.length);
          return out;
        });
    return Arbitraries.oneOf(randomBytes, otherEncodings, deep, longStrings, cut);
  }

  @Example
  void aFileOverTheLimitIsRefusedByItsSizeWithoutBeingRead() throws IOException {
    Path file = Files.createTempFile("huge", ".json");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(3L << 30);
      CliRun r = CliRun.of("validate", "--format", "json", file.toString());
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err().strip().lines()).hasSize(1);
      assertThat(r.err()).contains("too large").contains("16 MiB");
      assertThat(r.out()).contains("\"input.limit\"");
    } finally {
      Files.delete(file);
    }
  }

  @Example
  void anEndlessDeviceIsRefusedAfterTheLimit() {
    Path zero = Path.of("/dev/zero");
    if (!Files.exists(zero)) {
      return;
    }
    CliRun r = CliRun.of("validate", zero.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).contains("too large");
  }
}
