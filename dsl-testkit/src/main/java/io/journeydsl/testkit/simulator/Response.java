package io.journeydsl.testkit.simulator;

/** How a visitor answers an offer; it feeds frequency capping and the analytics fed to the fake. */
public enum Response {
  /** The visitor accepted (clicked the call to action, started the chat): {@code nWebActionsAccepted}. */
  ACCEPTED,
  /** The visitor rejected (closed or declined): {@code nWebActionsRejected}. */
  REJECTED,
  /** The visitor did nothing: {@code nWebActionsIgnored}. */
  IGNORED
}
