package io.journeydsl.deploy;

/**
 * The deployer cannot make a safe plan: two org objects of one collection share a name the
 * configuration uses or pruning selects (the message names both ids), or reading the org failed.
 */
public final class PlanException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A plan error with this message. */
  public PlanException(String message) {
    super(message);
  }

  /** A plan error with this message and cause. */
  public PlanException(String message, Throwable cause) {
    super(message, cause);
  }
}
