package io.journeydsl.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeydsl.client.JourneyClient;
import io.journeydsl.testkit.FakeJourneyApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A base class whose tests, extension and injected parameters are inherited by subclasses. */
@ExtendWith(FakeJourneyApiExtension.class)
abstract class InheritedFakeTests {

  /** The name the subclass creates its segment under. */
  abstract String segmentName();

  @Test
  void inheritedTestsGetAFreshFakeToo(FakeJourneyApi fake, JourneyClient client) {
    assertThat(fake.segments()).isEmpty();
    client.segments().create(b -> b.displayName(segmentName()));
    assertThat(fake.segments()).extracting(s -> s.displayName()).containsExactly(segmentName());
  }
}
