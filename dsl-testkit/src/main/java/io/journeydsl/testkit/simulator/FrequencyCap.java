package io.journeydsl.testkit.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * The organization's global frequency capping of web engagements (Admin, Global Settings, Action
 * Settings), which lives outside a Journey configuration and so is given by the test. Applied within a
 * session and to each media type on its own; an action map with {@code ignoreFrequencyCap} skips it
 * (rule {@link Rule#FREQUENCY_CAP}).
 *
 * @param afterAcceptance no further offer of a media type once the visitor accepted one in the session
 * @param afterRejection no further offer of a media type once the visitor rejected one in the session
 * @param minimumWait the least time between two offers of a media type; {@link Duration#ZERO} for none
 */
public record FrequencyCap(boolean afterAcceptance, boolean afterRejection, Duration minimumWait) {

  /** Validates. */
  public FrequencyCap {
    Objects.requireNonNull(minimumWait, "minimumWait");
    if (minimumWait.isNegative()) {
      throw new IllegalArgumentException("minimumWait must not be negative: " + minimumWait);
    }
  }

  /** No capping (the default of the simulator). */
  public static FrequencyCap none() {
    return new FrequencyCap(false, false, Duration.ZERO);
  }
}
