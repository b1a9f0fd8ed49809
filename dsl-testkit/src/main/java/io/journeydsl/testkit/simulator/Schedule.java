package io.journeydsl.testkit.simulator;

import io.journeydsl.ids.ScheduleGroupId;
import java.time.Instant;

/**
 * When schedule groups are open, as the test says: schedule groups live in Genesys Architect, outside a
 * Journey configuration. An action map with schedule groups offers only while its group is open and
 * its emergency group (if any) is not ({@code docs/simulator.md}, rule {@link Rule#SCHEDULE}).
 */
@FunctionalInterface
public interface Schedule {

  /**
   * Whether {@code group} is open (for an emergency group: whether the emergency is in force) at
   * {@code at}.
   *
   * @param group the schedule group
   * @param at the moment
   * @return whether it is open
   */
  boolean isOpen(ScheduleGroupId group, Instant at);
}
