package io.journeydsl.testkit.simulator;

/**
 * The rules the simulator applies, each grounded in a page of Genesys' documentation
 * ({@link #page()}); {@code docs/simulator.md} quotes what each page says and what the simulator
 * chooses where it is silent.
 */
public enum Rule {
  /** All of a segment's conditions must match; session segments last a session, customer segments persist. */
  SEGMENT_MATCH("https://help.mypurecloud.com/articles/manage-segments/"),
  /** Operators of criteria and conditions. */
  OPERATORS("https://help.mypurecloud.com/articles/operators"),
  /** An outcome is achieved when its conditions match. */
  OUTCOME("https://help.mypurecloud.com/?p=398987"),
  /** An inactive action map does not trigger. */
  ACTIVE("https://all.docs.genesys.com/ATC/Current/AdminGuide/Engage"),
  /** An action map fires only between its start and end dates. */
  DATE_WINDOW("https://all.docs.genesys.com/ATC/Current/AdminGuide/Engage"),
  /** Segment, visitor activity and outcome triggers. */
  TRIGGERS("https://help.mypurecloud.com/articles/define-an-action-maps-triggers"),
  /** A visitor cannot qualify for the same action map more than once in a session. */
  ONCE_PER_SESSION("https://help.mypurecloud.com/articles/define-an-action-maps-triggers"),
  /** Web actions show only on pages their URL conditions accept. */
  PAGE_URL("https://help.mypurecloud.com/articles/action-map-to-specific-pages"),
  /** Immediately, on the next visit, or after a delay tracked for the session. */
  ACTIVATION("https://all.docs.genesys.com/ATC/Current/AdminGuide/Engage"),
  /** Offers only within the schedule group's hours. */
  SCHEDULE("https://all.docs.genesys.com/ATC/Current/AdminGuide/About_actions_and_action_maps"),
  /** The organization's frequency cap, and its override per action map. */
  FREQUENCY_CAP("https://help.mypurecloud.com/?p=287503"),
  /** One action map per type of web offer: the higher priority (weight) wins. */
  PRECEDENCE("https://all.docs.genesys.com/ATC/Current/AdminGuide/Prioritize");

  private final String page;

  Rule(String page) {
    this.page = page;
  }

  /** The documentation page the rule is grounded in. */
  public String page() {
    return page;
  }
}
