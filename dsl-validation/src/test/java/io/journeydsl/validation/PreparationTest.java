package io.journeydsl.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.validation.internal.FieldValidation;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Preparing the validator in the background reaches every constrained type and changes no result. */
class PreparationTest {

  @Test
  void everyConstrainedModelTypeHasItsImplementationPrepared() {
    var prepared = FieldValidation.prepare();
    // A type whose implementation is not found would silently stay cold: the count must match.
    assertThat(prepared).hasSameSizeAs(FieldValidation.constrainedTypes());
    assertThat(FieldValidation.constrainedTypes()).contains(ActionMap.class, JourneySegment.class);
    assertThat(prepared).allSatisfy(implementation -> {
      assertThat(implementation.getSimpleName()).startsWith("Immutable");
      assertThat(FieldValidation.constrainedTypes()).anyMatch(type -> type.isAssignableFrom(implementation));
    });
  }

  @Test
  void backgroundPreparationCompletesForEveryCallerAndValidationStillReports() throws Exception {
    CompletableFuture<Void> first = JourneyValidator.prepareInBackground();
    CompletableFuture<Void> second = JourneyValidator.prepareInBackground();
    first.get(60, TimeUnit.SECONDS);
    second.get(60, TimeUnit.SECONDS);
    JourneySegment segment = JourneySegment.builder().displayName("S").color("not a color").build();
    assertThat(JourneyValidator.create().validate(segment).violations())
        .extracting(Violation::code).contains("segment.color.hex");
  }
}
