package io.journeydsl.validation.xcheck;

/**
 * One mutation applied to a body: its class and the wire path it hit
 * ({@code pageUrlConditions[0].operator}; empty for the body itself).
 *
 * @param kind the class of damage
 * @param path the wire path of the damaged value
 */
record Mutation(MutationKind kind, String path) {
  @Override
  public String toString() {
    return kind + " at " + (path.isEmpty() ? "(body)" : path);
  }
}
