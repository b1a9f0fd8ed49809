package io.journeydsl.deploy;

/**
 * Receives a {@link DeployEvent} for every step of an apply or a rehearsal. Called from the worker
 * threads that send requests, one event at a time (the deployer serialises the calls), so an
 * implementation needs no locking of its own; it should return quickly.
 */
@FunctionalInterface
public interface DeployListener {
  /** A listener that ignores every event. */
  DeployListener NONE = event -> {};

  /** Called for each step. */
  void onEvent(DeployEvent event);
}
