package io.journeydsl;

/**
 * A DSL call was given an argument that can never form a valid Journey object (a missing name, a
 * negative count, an empty criteria list). The message names the argument and the rule. Anything
 * that is merely incomplete or inconsistent is left to the validator, which reports all problems at
 * once instead of failing on the first.
 */
public final class JourneyDslException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception whose message names the argument and the rule it broke. */
  public JourneyDslException(String message) {
    super(message);
  }

}
