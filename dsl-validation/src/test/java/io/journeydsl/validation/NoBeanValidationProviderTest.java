package io.journeydsl.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Validating needs no Bean Validation provider: a child JVM on this test's class path (which holds
 * Hibernate Validator, the tests' reference) validates a bundle with an error, loads no class of
 * Hibernate Validator and prints nothing on stderr, its version banner included.
 */
class NoBeanValidationProviderTest {

  @Test
  void validatingLoadsNoHibernateValidatorClassAndPrintsNothing() throws Exception {
    Path classes = Files.createTempFile("no-provider", ".classes");
    Path stderr = Files.createTempFile("no-provider", ".err");
    try {
      Process process = new ProcessBuilder(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xlog:class+load=info:file=" + classes,
          "-cp", System.getProperty("java.class.path"), ValidateMain.class.getName()))
          .redirectError(stderr.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the child JVM finished").isTrue();
      String err = Files.readString(stderr, StandardCharsets.UTF_8);
      assertThat(process.exitValue()).as("stderr: %s", err).isZero();
      assertThat(err).isEmpty();
      String loaded = Files.readString(classes, StandardCharsets.UTF_8);
      assertThat(loaded).as("the class load log").contains("io.journeydsl.validation.internal.FieldValidation")
          .doesNotContain("org.hibernate.validator").doesNotContain("jakarta.validation.Validation ");
    } finally {
      Files.deleteIfExists(classes);
      Files.deleteIfExists(stderr);
    }
  }

  /** Validates a bundle with an error, the way a library user would. */
  static final class ValidateMain {
    public static void main(String[] args) {
      ValidationReport report = JourneyValidator.create().validate(Fixtures.segment("{'color':'blue'}"));
      System.exit(report.codes().contains(RuleCodes.SEGMENT_COLOR_HEX) ? 0 : 3);
    }
  }
}
