package io.journeydsl.validation.rules;

import io.journeydsl.JourneyConfig;
import io.journeydsl.catalog.ApiCollection;
import io.journeydsl.validation.Violation;
import io.journeydsl.validation.internal.BundlePaths;
import io.journeydsl.validation.internal.Rule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Names identify objects against the org: one name per kind ({@code bundle.name.duplicate}). */
final class UniqueNameRule implements BundleRule {
  @Override
  public void check(JourneyConfig config, Consumer<Violation> out) {
    unique(config.segments(), ApiCollection.SEGMENTS, "segments", out);
    unique(config.outcomes(), ApiCollection.OUTCOMES, "outcomes", out);
    unique(config.actionTemplates(), ApiCollection.ACTION_TEMPLATES, "actionTemplates", out);
    unique(config.actionMaps(), ApiCollection.ACTION_MAPS, "actionMaps", out);
  }

  private static void unique(List<?> objects, ApiCollection kind, String collection, Consumer<Violation> out) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Object object : objects) {
      String n = BundlePaths.nameOf(object, kind);
      if (n != null && !n.isBlank()) {
        Integer seen = counts.get(n);
        counts.put(n, seen == null ? 1 : seen + 1);
      }
    }
    for (Map.Entry<String, Integer> entry : counts.entrySet()) {
      if (entry.getValue() > 1) {
        out.accept(Rule.BUNDLE_NAME_DUPLICATE.at(BundlePaths.of(collection, entry.getKey(), 0) + "." + kind.nameField(),
            entry.getKey(), Map.of("count", entry.getValue(), "kind", kind.label())));
      }
    }
  }
}
