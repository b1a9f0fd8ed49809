package io.journeydsl.testkit.simulator;

/** What happened to one action map at one step of a visitor's timeline. */
public enum Verdict {
  /** Its action was offered. */
  OFFERED,
  /** It qualified and waits: for its activation (delay, next visit or session) or for a page its URL conditions accept. */
  WAITING,
  /** It was due, but a map of higher weight of the same media type was offered instead. */
  LOST_PRECEDENCE,
  /** It was due, but the organization's frequency cap stopped it. */
  FREQUENCY_CAPPED,
  /** It was due, but its schedule group was closed (or its emergency group in force). */
  OUTSIDE_SCHEDULE,
  /** It had already qualified in this session (or for this customer segment assignment). */
  ALREADY_QUALIFIED,
  /** It does not qualify: inactive, outside its dates, or its triggers are not met. */
  NOT_QUALIFIED
}
