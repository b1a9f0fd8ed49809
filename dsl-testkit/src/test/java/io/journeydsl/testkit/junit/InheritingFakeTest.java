package io.journeydsl.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.testkit.FakeJourneyApi;
import org.junit.jupiter.api.Test;

/** Inherits the extension and the base class's test; adds one of its own. */
class InheritingFakeTest extends InheritedFakeTests {

  @Override
  String segmentName() {
    return "Inherited";
  }

  @Test
  void ownTestsAreInjectedAsWell(FakeJourneyApi fake) {
    assertThat(fake.segments()).isEmpty();
  }
}
