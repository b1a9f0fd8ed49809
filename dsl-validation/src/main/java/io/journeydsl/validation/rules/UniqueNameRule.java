package io.journeydsl.validation.rules;

import io.journeydsl.JourneyConfig;
import io.journeydsl.validation.Violation;
import io.journeydsl.validation.internal.BundlePaths;
import io.journeydsl.validation.internal.Rule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/** Names identify objects against the org: one name per kind ({@code bundle.name.duplicate}). */
final class UniqueNameRule implements BundleRule {
  @Override
  public void check(JourneyConfig config, Consumer<Violation> out) {
    unique(config.segments(), s -> s.displayName(), "segments", "displayName", "segment", out);
    unique(config.outcomes(), o -> o.displayName(), "outcomes", "displayName", "outcome", out);
    unique(config.actionTemplates(), t -> t.name(), "actionTemplates", "name", "action template", out);
    unique(config.actionMaps(), m -> m.displayName(), "actionMaps", "displayName", "action map", out);
  }

  private static <T> void unique(List<T> objects, Function<T, String> name, String collection, String field,
      String kind, Consumer<Violation> out) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (T object : objects) {
      String n = name.apply(object);
      if (n != null && !n.isBlank()) {
        counts.merge(n, 1, Integer::sum);
      }
    }
    counts.forEach((n, count) -> {
      if (count > 1) {
        out.accept(Rule.BUNDLE_NAME_DUPLICATE.at(BundlePaths.of(collection, n, 0) + "." + field, n,
            Map.of("count", count, "kind", kind)));
      }
    });
  }
}
