package io.journeydsl.validation.rules;

import java.util.List;

/** The cross-object rules journey-dsl runs on every bundle. */
public final class BundleRules {
  private BundleRules() {}

  /**
   * References resolve to an object of the right kind (or are ids), referenced templates fit the
   * action and are not deleted by the bundle, referenced objects are active, names are unique per
   * kind.
   */
  public static List<BundleRule> defaults() {
    return List.of(new ReferenceRule(), new QueryReferenceRule(), new UniqueNameRule());
  }
}
