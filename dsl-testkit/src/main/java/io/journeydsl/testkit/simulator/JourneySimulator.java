package io.journeydsl.testkit.simulator;

import io.journeydsl.JourneyConfig;
import io.journeydsl.testkit.simulator.internal.DefaultSimulator;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Evaluates a {@link JourneyConfig} against visitors' activity, event by event, the way Genesys'
 * documentation describes Predictive Engagement: segment matching, outcomes, action map qualification,
 * activation, schedules, frequency capping and precedence. Thread-safe and reusable; each
 * {@link #simulate} is independent.
 *
 * <pre>{@code
 * JourneySimulator simulator = JourneySimulator.builder(config)
 *     .frequencyCap(new FrequencyCap(false, true, Duration.ZERO))
 *     .schedule((group, at) -> officeHours(at))
 *     .build();
 * Simulation simulation = simulator.simulate(visitor);
 * }</pre>
 */
public interface JourneySimulator {

  /**
   * Simulates visitors, each independently of the others.
   *
   * @param visitors the visitors
   * @return the simulation
   */
  Simulation simulate(List<Visitor> visitors);

  /**
   * Simulates visitors, each independently of the others.
   *
   * @param visitors the visitors
   * @return the simulation
   */
  default Simulation simulate(Visitor... visitors) {
    return simulate(Arrays.asList(visitors));
  }

  /**
   * A simulator with the defaults: no frequency cap, every schedule group open (an assumption every
   * decision that relies on it reports), every offer ignored.
   *
   * @param config the configuration; references by name resolve within it, ids match objects' ids
   * @return the simulator
   */
  static JourneySimulator of(JourneyConfig config) {
    return builder(config).build();
  }

  /**
   * A builder for a simulator of {@code config}.
   *
   * @param config the configuration
   * @return the builder
   */
  static Builder builder(JourneyConfig config) {
    return new Builder(config);
  }

  /** Builds a {@link JourneySimulator}. */
  final class Builder {
    private final JourneyConfig config;
    private FrequencyCap frequencyCap = FrequencyCap.none();
    private Schedule schedule;
    private Responder responder = Responder.ignoreAll();

    private Builder(JourneyConfig config) {
      this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * The organization's frequency cap.
     *
     * @param cap the cap
     * @return this builder
     */
    public Builder frequencyCap(FrequencyCap cap) {
      this.frequencyCap = Objects.requireNonNull(cap, "cap");
      return this;
    }

    /**
     * When schedule groups are open; without one every group is taken as open, and each decision
     * relying on that says so in {@link Decision#assumption()}.
     *
     * @param schedule the schedule
     * @return this builder
     */
    public Builder schedule(Schedule schedule) {
      this.schedule = Objects.requireNonNull(schedule, "schedule");
      return this;
    }

    /**
     * How visitors answer offers.
     *
     * @param responder the responder
     * @return this builder
     */
    public Builder responder(Responder responder) {
      this.responder = Objects.requireNonNull(responder, "responder");
      return this;
    }

    /** The simulator. */
    public JourneySimulator build() {
      return new DefaultSimulator(config, frequencyCap, schedule, responder);
    }
  }
}
