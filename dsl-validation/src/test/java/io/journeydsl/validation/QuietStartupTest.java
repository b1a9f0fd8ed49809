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
 * A library user sees no Hibernate Validator version banner ({@code HV000001}) on stderr: a child JVM
 * on this test's class path, with no logging configured, validates a bundle.
 */
class QuietStartupTest {

  @Test
  void validatingPrintsNoVersionLine() throws Exception {
    Run run = run(ValidateMain.class);
    assertThat(run.exitCode).as("stderr: %s", run.stderr).isZero();
    assertThat(run.stderr).doesNotContain("HV000001").doesNotContain("Hibernate Validator");
  }

  @Test
  void hibernateValidatorAloneWouldPrintItOnTheSameClassPath() throws Exception {
    Run run = run(PlainHibernateValidatorMain.class);
    assertThat(run.exitCode).isZero();
    assertThat(run.stderr).as("the child JVM really logs to stderr").contains("HV000001");
  }

  private record Run(int exitCode, String stderr) {}

  private static Run run(Class<?> main) throws IOException, InterruptedException {
    Path stderr = Files.createTempFile("quiet-startup", ".err");
    try {
      Process process = new ProcessBuilder(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
          System.getProperty("java.class.path"), main.getName()))
          .redirectError(stderr.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the child JVM finished").isTrue();
      return new Run(process.exitValue(), Files.readString(stderr, StandardCharsets.UTF_8));
    } finally {
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

  /** Builds a plain Hibernate Validator factory, without the library. */
  static final class PlainHibernateValidatorMain {
    public static void main(String[] args) {
      jakarta.validation.Validation.byProvider(org.hibernate.validator.HibernateValidator.class).configure()
          .messageInterpolator(new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
          .buildValidatorFactory().close();
    }
  }
}
