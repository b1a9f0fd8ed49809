package io.journeydsl.testkit;

/**
 * The faults registered on a fake. They are consulted in registration order; the first one that
 * matches a call and still has firings left (and wins its probability draw) fires.
 */
public interface Faults {

  /**
   * Registers a fault.
   *
   * @param fault the fault
   */
  void add(Fault fault);

  /**
   * How many times a registered fault has fired.
   *
   * @param fault a fault passed to {@link #add(Fault)}
   * @return the count; 0 if it was never registered
   */
  int fired(Fault fault);

  /** Removes every fault. */
  void clear();
}
