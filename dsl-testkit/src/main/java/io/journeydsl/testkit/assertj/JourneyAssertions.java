package io.journeydsl.testkit.assertj;

import io.journeydsl.testkit.FakeJourneyApi;
import io.journeydsl.testkit.Journal;
import io.journeydsl.testkit.simulator.Simulation;

/**
 * The AssertJ entry points of the testkit; {@code import static
 * io.journeydsl.testkit.assertj.JourneyAssertions.assertThat}.
 *
 * <pre>{@code
 * assertThat(fake).hasSegmentNamed("Pricing visitors").hasActionMaps(2);
 * assertThat(fake).segment("Pricing visitors").extracting(JourneySegment::isActive).isEqualTo(true);
 * assertThat(fake.journal()).hasCalls(Operation.POST_JOURNEY_SEGMENTS, 1).noneLeak(clientSecret);
 * }</pre>
 */
public final class JourneyAssertions {
  private JourneyAssertions() {}

  /**
   * Assertions on what the fake stores.
   *
   * @param fake the fake
   * @return the assertion
   */
  public static FakeJourneyApiAssert assertThat(FakeJourneyApi fake) {
    return new FakeJourneyApiAssert(fake);
  }

  /**
   * Assertions on the calls a fake recorded.
   *
   * @param journal the journal, usually {@code fake.journal()}
   * @return the assertion
   */
  public static JournalAssert assertThat(Journal journal) {
    return new JournalAssert(journal);
  }

  /**
   * Assertions on what a simulation decided for its visitors.
   *
   * @param simulation the simulation
   * @return the assertion
   */
  public static SimulationAssert assertThat(Simulation simulation) {
    return new SimulationAssert(simulation);
  }
}
