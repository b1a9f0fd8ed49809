package io.journeydsl.validation.rules;

import io.journeydsl.JourneyConfig;
import io.journeydsl.Ref;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actionmap.ActionMapAction;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.actiontemplate.ActionTemplateState;
import io.journeydsl.model.MediaType;
import io.journeydsl.outcome.Outcome;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.validation.Violation;
import io.journeydsl.validation.internal.BundlePaths;
import io.journeydsl.validation.internal.Rule;
import jakarta.annotation.Nullable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Every reference by name of an action map resolves to an object of the right kind in the bundle;
 * a referenced action template has the action's media type and is not deleted by the bundle; a
 * referenced object is active when the action map is. Plain ids refer to the org and are not checked.
 */
final class ReferenceRule implements BundleRule {
  @Override
  public void check(JourneyConfig config, Consumer<Violation> out) {
    List<ActionMap> maps = config.actionMaps();
    for (int i = 0; i < maps.size(); i++) {
      ActionMap map = maps.get(i);
      String base = BundlePaths.of("actionMaps", map.displayName(), i);
      boolean active = !Boolean.FALSE.equals(map.isActive());
      each(map.triggerWithSegments(), base + ".triggerWithSegments", "", w -> w,
          (path, wire) -> segment(config, path, wire, active, out));
      each(map.triggerWithOutcomeProbabilityConditions(), base + ".triggerWithOutcomeProbabilityConditions",
          ".outcomeId", c -> c.outcomeId(), (path, wire) -> outcome(config, path, wire, active, out));
      each(map.triggerWithOutcomePercentileConditions(), base + ".triggerWithOutcomePercentileConditions",
          ".outcomeId", c -> c.outcomeId(), (path, wire) -> outcome(config, path, wire, active, out));
      each(map.triggerWithOutcomeQuantileConditions(), base + ".triggerWithOutcomeQuantileConditions",
          ".outcomeId", c -> c.outcomeId(), (path, wire) -> outcome(config, path, wire, active, out));
      ActionMapAction action = map.action();
      if (action != null && action.actionTemplate() != null && action.actionTemplate().id() != null) {
        template(config, base + ".action.actionTemplate.id", action.actionTemplate().id(), action.mediaType(),
            active, out);
      }
    }
  }

  private interface Check {
    void at(String path, String wire);
  }

  private static <T> void each(@Nullable List<T> list, String name, String suffix, Function<T, String> wire,
      Check check) {
    if (list == null) {
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      T element = list.get(i);
      String value = element == null ? null : wire.apply(element);
      if (value != null) {
        check.at(name + "[" + i + "]" + suffix, value);
      }
    }
  }

  private static void segment(JourneyConfig config, String path, String wire, boolean active, Consumer<Violation> out) {
    name(Ref.Kind.SEGMENT, path, wire, out).ifPresent(name -> {
      Optional<JourneySegment> segment = config.segment(name);
      if (segment.isEmpty()) {
        out.accept(Rule.REF_UNRESOLVED.at(path, wire, Map.of("kind", "segment")));
      } else if (active && Boolean.FALSE.equals(segment.get().isActive())) {
        out.accept(Rule.REF_INACTIVE.at(path, name, Map.of("kind", "segment")));
      }
    });
  }

  private static void outcome(JourneyConfig config, String path, String wire, boolean active, Consumer<Violation> out) {
    name(Ref.Kind.OUTCOME, path, wire, out).ifPresent(name -> {
      Optional<Outcome> outcome = config.outcome(name);
      if (outcome.isEmpty()) {
        out.accept(Rule.REF_UNRESOLVED.at(path, wire, Map.of("kind", "outcome")));
      } else if (active && Boolean.FALSE.equals(outcome.get().isActive())) {
        out.accept(Rule.REF_INACTIVE.at(path, name, Map.of("kind", "outcome")));
      }
    });
  }

  private static void template(JourneyConfig config, String path, String wire, @Nullable MediaType mediaType,
      boolean active, Consumer<Violation> out) {
    name(Ref.Kind.ACTION_TEMPLATE, path, wire, out).ifPresent(name -> {
      Optional<ActionTemplate> found = config.actionTemplate(name);
      if (found.isEmpty()) {
        out.accept(Rule.REF_UNRESOLVED.at(path, wire, Map.of("kind", "action template")));
        return;
      }
      ActionTemplate template = found.get();
      if (mediaType != null && template.mediaType() != null && !mediaType.equals(template.mediaType())) {
        out.accept(Rule.REF_TEMPLATE_MEDIA_TYPE.at(path, name,
            Map.of("templateMediaType", template.mediaType(), "mediaType", mediaType)));
      }
      if (ActionTemplateState.DELETED.equals(template.state())) {
        out.accept(Rule.REF_TEMPLATE_DELETED.at(path, name));
      } else if (active && ActionTemplateState.INACTIVE.equals(template.state())) {
        out.accept(Rule.REF_INACTIVE.at(path, name, Map.of("kind", "action template")));
      }
    });
  }

  /** The name of a reference by name of the expected kind; reports malformed and wrong-kind ones. */
  private static Optional<String> name(Ref.Kind expected, String path, String wire, Consumer<Violation> out) {
    if (!wire.startsWith("${")) {
      return Optional.empty();
    }
    if (!Ref.isPlaceholder(wire)) {
      out.accept(Rule.REF_MALFORMED.at(path, wire));
      return Optional.empty();
    }
    Optional<Ref<?>> ref = Ref.parse(expected, wire);
    if (ref.isEmpty()) {
      String actual = wire.substring(2, wire.indexOf(':'));
      out.accept(Rule.REF_WRONG_KIND.at(path, wire, Map.of("kind", expected.prefix(), "actual", actual)));
      return Optional.empty();
    }
    return ref.get().name();
  }
}
