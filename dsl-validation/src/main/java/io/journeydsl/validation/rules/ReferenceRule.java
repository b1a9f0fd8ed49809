package io.journeydsl.validation.rules;

import io.journeydsl.JourneyConfig;
import io.journeydsl.Ref;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actionmap.ActionMapAction;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.actiontemplate.ActionTemplateState;
import io.journeydsl.catalog.ApiCollection;
import io.journeydsl.catalog.ReferenceSite;
import io.journeydsl.model.MediaType;
import io.journeydsl.outcome.Outcome;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.validation.Violation;
import io.journeydsl.validation.internal.BundlePaths;
import io.journeydsl.validation.internal.Rule;
import jakarta.annotation.Nullable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Every reference by name of an action map resolves to an object of the right kind in the bundle;
 * a referenced action template has the action's media type and is not deleted by the bundle; a
 * referenced object is active when the action map is. Plain ids refer to the org and are not checked.
 * Where an action map holds references is the catalogue's ({@link ReferenceSite}).
 */
final class ReferenceRule implements BundleRule {
  @Override
  public void check(JourneyConfig config, Consumer<Violation> out) {
    // Indexed once per check: resolving through config.segment(name) scans the list for every reference.
    Map<String, JourneySegment> segments = byName(config.segments(), ApiCollection.SEGMENTS);
    Map<String, Outcome> outcomes = byName(config.outcomes(), ApiCollection.OUTCOMES);
    Map<String, ActionTemplate> templates = byName(config.actionTemplates(), ApiCollection.ACTION_TEMPLATES);
    List<ActionMap> maps = config.actionMaps();
    for (int i = 0; i < maps.size(); i++) {
      ActionMap map = maps.get(i);
      String base = BundlePaths.of("actionMaps", map.displayName(), i);
      boolean active = !Boolean.FALSE.equals(map.isActive());
      ActionMapAction action = map.action();
      MediaType mediaType = action == null ? null : action.mediaType();
      for (ReferenceSite site : ReferenceSite.of(ApiCollection.ACTION_MAPS)) {
        Ref.Kind kind = Ref.Kind.of(site.target()).orElseThrow();
        for (ReferenceSite.Occurrence found : site.find(map)) {
          String path = base + "." + found.path();
          String name = name(kind, path, found.value(), out);
          if (name == null) {
            continue;
          }
          switch (kind) {
            case SEGMENT -> {
              JourneySegment segment = segments.get(name);
              activatable(segment != null, segment == null ? null : segment.isActive(), kind, path, found.value(), name,
                  active, out);
            }
            case OUTCOME -> {
              Outcome outcome = outcomes.get(name);
              activatable(outcome != null, outcome == null ? null : outcome.isActive(), kind, path, found.value(), name,
                  active, out);
            }
            case ACTION_TEMPLATE -> template(templates.get(name), path, found.value(), name, mediaType, active, out);
          }
        }
      }
    }
  }

  /** The objects by name, the first of each name winning as {@code JourneyConfig}'s lookups do. */
  private static <T> Map<String, T> byName(List<T> objects, ApiCollection collection) {
    Map<String, T> out = new HashMap<>();
    for (T object : objects) {
      String key = BundlePaths.nameOf(object, collection);
      if (key != null) {
        out.putIfAbsent(key, object);
      }
    }
    return out;
  }

  private static void activatable(boolean found, @Nullable Boolean isActive, Ref.Kind kind, String path,
      String wire, String name, boolean active, Consumer<Violation> out) {
    String label = kind.collection().label();
    if (!found) {
      out.accept(Rule.REF_UNRESOLVED.at(path, wire, Map.of("kind", label)));
    } else if (active && Boolean.FALSE.equals(isActive)) {
      out.accept(Rule.REF_INACTIVE.at(path, name, Map.of("kind", label)));
    }
  }

  private static void template(@Nullable ActionTemplate template, String path, String wire, String name,
      @Nullable MediaType mediaType, boolean active, Consumer<Violation> out) {
    if (template == null) {
      out.accept(Rule.REF_UNRESOLVED.at(path, wire, Map.of("kind", ApiCollection.ACTION_TEMPLATES.label())));
      return;
    }
    if (mediaType != null && template.mediaType() != null && !mediaType.equals(template.mediaType())) {
      out.accept(Rule.REF_TEMPLATE_MEDIA_TYPE.at(path, name,
          Map.of("templateMediaType", template.mediaType(), "mediaType", mediaType)));
    }
    if (ActionTemplateState.DELETED.equals(template.state())) {
      out.accept(Rule.REF_TEMPLATE_DELETED.at(path, name));
    } else if (active && ActionTemplateState.INACTIVE.equals(template.state())) {
      out.accept(Rule.REF_INACTIVE.at(path, name, Map.of("kind", ApiCollection.ACTION_TEMPLATES.label())));
    }
  }

  /** The name of a reference by name of the expected kind, else {@code null}; reports malformed and wrong-kind ones. */
  private static @Nullable String name(Ref.Kind expected, String path, String wire, Consumer<Violation> out) {
    if (!wire.startsWith("${")) {
      return null;
    }
    if (!Ref.isPlaceholder(wire)) {
      out.accept(Rule.REF_MALFORMED.at(path, wire));
      return null;
    }
    Optional<Ref<?>> ref = Ref.parse(expected, wire);
    if (ref.isEmpty()) {
      String actual = wire.substring(2, wire.indexOf(':'));
      out.accept(Rule.REF_WRONG_KIND.at(path, wire, Map.of("kind", expected.prefix(), "actual", actual)));
      return null;
    }
    return ref.get().name().orElse(null);
  }
}
