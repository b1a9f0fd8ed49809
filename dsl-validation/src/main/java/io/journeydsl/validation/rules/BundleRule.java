package io.journeydsl.validation.rules;

import io.journeydsl.JourneyConfig;
import io.journeydsl.validation.Violation;
import java.util.function.Consumer;

/**
 * A cross-object rule over a whole {@link JourneyConfig}: references resolve, names are unique,
 * referenced objects fit. Rules must not throw; the validator reports a rule that does as
 * {@code validator.failure}. Paths use bundle identity ({@code actionMaps[Offer the sale]...}).
 */
@FunctionalInterface
public interface BundleRule {

  /**
   * Reports every violation of this rule in {@code config}.
   *
   * @param config the bundle
   * @param out where to report
   */
  void check(JourneyConfig config, Consumer<Violation> out);
}
