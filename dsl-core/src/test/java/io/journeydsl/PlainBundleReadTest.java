package io.journeydsl;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.json.JourneyJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated readers take the bundles people write: a plain bundle never falls back to the mapper
 * (else the fast path could rot into "always bail" unnoticed), numbers in any spelling read as the
 * mapper reads them, and a new JVM reading a plain bundle never creates Jackson's ObjectMapper.
 */
class PlainBundleReadTest {

  /** The README's bundle: every object type, nested styles, references, enums, numbers. */
  private static String readmeBundle() throws IOException {
    try (InputStream in = Objects.requireNonNull(PlainBundleReadTest.class.getResourceAsStream("/readme-example.json"))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void aPlainBundleIsReadWithoutFallingBackToTheMapper() throws IOException {
    String json = readmeBundle();
    JourneyConfig plain = BundleReader.readPlain(json);
    assertThat(plain).as("the generated readers bailed on the README bundle").isNotNull();
    assertThat(plain).isEqualTo(BundleReader.readWithMapper(json));
    assertThat(plain.actionTemplates()).isNotEmpty();
    assertThat(plain.actionMaps()).isNotEmpty();
  }

  @Test
  void anUnknownFieldOrANullFallsBackToTheMapperWithTheSameResult() throws IOException {
    String unknown = readmeBundle().replace("\"color\" : \"#1E88E5\",", "\"color\" : \"#1E88E5\", \"newField\" : {\"a\": [1.50]},");
    String nulled = readmeBundle().replace("\"color\" : \"#1E88E5\",", "\"color\" : null,");
    for (String json : List.of(unknown, nulled)) {
      assertThat(json).isNotEqualTo(readmeBundle());
      assertThat(BundleReader.readPlain(json)).isNull();
      assertThat(JourneyConfig.fromJson(json)).isEqualTo(BundleReader.readWithMapper(json));
    }
    assertThat(JourneyConfig.fromJson(unknown).segments().get(0).unknownFields()).containsKey("newField");
  }

  /**
   * Every number spelling in each numeric field kind a bundle has (Integer, Float, BigDecimal): the
   * same value or error as the mapper. The spellings each kind takes must be read on the fast path,
   * so that the comparison covers the generated readers and not only the fallback.
   */
  @Test
  void numbersInEverySpellingReadAsTheMapperReadsThem() {
    List<String> spellings = List.of("0", "-0", "1", "-7", "2147483647", "2147483648", "-2147483648", "-2147483649",
        "9223372036854775808", "123456789012345678901234567890", "1.0", "1.50", "100.000", "2.9", "0.1", "1e2",
        "1E+2", "1.5e-3", "-0.0", "0.0", "1e0", "3.4028235e38", "3.5e38", "1.4e-45", "1e-46", "1e309", "1e-400",
        "1e999999999", "1e2147483648", "0.30000000000000004", "16777217", "9007199254740993");
    List<String> integerOnly = List.of("0", "-0", "1", "-7", "2147483647", "-2147483648", "16777217");
    String weight = "{'actionMaps': [{'displayName': 'M', 'weight': %s}]}";
    String probability = "{'actionMaps': [{'triggerWithOutcomeProbabilityConditions': [{'maximumProbability': %s}]}]}";
    String range = "{'aggregateQueries': [{'filter': {'type': 'and', 'predicates': [{'range': {'gt': %s}}]}}]}";
    List<String> notPlain = new ArrayList<>();
    for (String spelling : spellings) {
      for (String template : List.of(weight, probability, range)) {
        String json = String.format(template.replace('\'', '"'), spelling);
        assertThat(outcome(() -> JourneyConfig.fromJson(json))).as(json)
            .isEqualTo(outcome(() -> BundleReader.readWithMapper(json)));
        if (BundleReader.readPlain(json) == null) {
          notPlain.add(json);
        }
      }
    }
    // What the fast path leaves to the mapper: integers out of int range and fractions in an Integer,
    // and a BigDecimal whose exponent overflows (the mapper reports it).
    List<String> expected = new ArrayList<>();
    for (String spelling : spellings) {
      if (!integerOnly.contains(spelling)) {
        expected.add(String.format(weight.replace('\'', '"'), spelling));
      }
    }
    expected.add(String.format(range.replace('\'', '"'), "1e2147483648"));
    assertThat(notPlain).containsExactlyInAnyOrderElementsOf(expected);
  }

  private static Object outcome(Supplier<JourneyConfig> read) {
    try {
      JourneyConfig value = read.get();
      return List.of(value, value.toJson());
    } catch (JourneyJsonException e) {
      return List.of(e.code(), e.getMessage(), e.path(), e.line(), e.column());
    }
  }

  /**
   * A new JVM reads a plain bundle without loading ObjectMapper (nor our shared mapper's class), and
   * the same JVM loads it for a bundle that is not plain: the second run shows the class-load log is
   * read right, so the first cannot pass for want of a log.
   */
  @Test
  void aFreshJvmReadsAPlainBundleWithoutCreatingTheMapper(@TempDir Path dir) throws Exception {
    Path plain = Files.writeString(dir.resolve("plain.json"), readmeBundle());
    Path notPlain = Files.writeString(dir.resolve("not-plain.json"),
        readmeBundle().replace("\"color\" : \"#1E88E5\",", "\"color\" : \"#1E88E5\", \"newField\" : 1,"));

    List<String> plainRun = readInFreshJvm(plain);
    assertThat(plainRun).anyMatch(line -> line.equals("read 3 objects"));
    assertThat(plainRun).anyMatch(line -> line.contains("[class,load] io.journeydsl.json.internal.generated.JourneyConfigReader "));
    assertThat(plainRun).noneMatch(line -> line.contains("[class,load] com.fasterxml.jackson.databind.ObjectMapper "));
    assertThat(plainRun).noneMatch(line -> line.contains("[class,load] io.journeydsl.json.JourneyJson "));

    List<String> fallbackRun = readInFreshJvm(notPlain);
    assertThat(fallbackRun).anyMatch(line -> line.equals("read 3 objects"));
    assertThat(fallbackRun).anyMatch(line -> line.contains("[class,load] com.fasterxml.jackson.databind.ObjectMapper "));
  }

  private static List<String> readInFreshJvm(Path bundle) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-Xshare:auto", "-Xlog:class+load=info", "-cp",
        System.getProperty("java.class.path"), ReadBundle.class.getName(), bundle.toString())
        .redirectErrorStream(true)
        .start();
    List<String> lines;
    try (InputStream out = process.getInputStream()) {
      lines = new String(out.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(String.join("\n", lines)).isZero();
    return lines;
  }

  /** The forked program: reads the bundle named by its argument and says how many objects it holds. */
  static final class ReadBundle {
    private ReadBundle() {}

    public static void main(String[] args) {
      JourneyConfig config = JourneyConfig.read(Path.of(args[0]));
      int objects = config.segments().size() + config.outcomes().size() + config.actionTemplates().size()
          + config.actionMaps().size() + config.aggregateQueries().size();
      System.out.println("read " + objects + " objects");
    }
  }
}
