package io.journeydsl.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.JourneyConfig;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class ValidBundleTest {
  static JourneyConfig validBundle() throws Exception {
    try (var in = Objects.requireNonNull(ValidBundleTest.class.getResourceAsStream("/valid-bundle.json"))) {
      return JourneyConfig.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void aRealisticBundleHasNoErrors() throws Exception {
    ValidationReport report = JourneyValidator.create().validate(validBundle());
    assertThat(report.errors()).isEmpty();
  }
}
