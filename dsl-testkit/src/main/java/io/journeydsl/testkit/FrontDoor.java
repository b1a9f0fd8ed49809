package io.journeydsl.testkit;

/** How a call reached the fake. */
public enum FrontDoor {
  /** Through {@link FakeJourneyApi#execute} in the same JVM, no sockets. */
  IN_MEMORY,
  /** Over HTTP through {@link FakeJourneyServer}. */
  HTTP
}
