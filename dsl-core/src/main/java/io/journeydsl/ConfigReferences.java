package io.journeydsl;

import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actionmap.ActionMapAction;
import io.journeydsl.actionmap.OutcomePercentileCondition;
import io.journeydsl.actionmap.OutcomeProbabilityCondition;
import io.journeydsl.actionmap.OutcomeQuantileCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Finds and rewrites the references of a {@link JourneyConfig}. The wire places that hold an id of
 * another bundle object are all on action maps: {@code triggerWithSegments[]},
 * {@code action.actionTemplate.id} and the {@code outcomeId} of the three outcome conditions.
 */
final class ConfigReferences {
  private ConfigReferences() {}

  static List<BundleReference> list(JourneyConfig config) {
    List<BundleReference> refs = new ArrayList<>();
    for (ActionMap map : config.actionMaps()) {
      String base = "actionMaps[" + map.displayName() + "]";
      forEach(map.triggerWithSegments(), (i, id) ->
          add(refs, base + ".triggerWithSegments[" + i + "]", Ref.Kind.SEGMENT, id));
      ActionMapAction action = map.action();
      if (action != null && action.actionTemplate() != null) {
        add(refs, base + ".action.actionTemplate.id", Ref.Kind.ACTION_TEMPLATE, action.actionTemplate().id());
      }
      forEach(map.triggerWithOutcomeProbabilityConditions(), (i, c) -> add(refs,
          base + ".triggerWithOutcomeProbabilityConditions[" + i + "].outcomeId", Ref.Kind.OUTCOME, c.outcomeId()));
      forEach(map.triggerWithOutcomePercentileConditions(), (i, c) -> add(refs,
          base + ".triggerWithOutcomePercentileConditions[" + i + "].outcomeId", Ref.Kind.OUTCOME, c.outcomeId()));
      forEach(map.triggerWithOutcomeQuantileConditions(), (i, c) -> add(refs,
          base + ".triggerWithOutcomeQuantileConditions[" + i + "].outcomeId", Ref.Kind.OUTCOME, c.outcomeId()));
    }
    return refs;
  }

  private static void add(List<BundleReference> refs, String path, Ref.Kind kind, String wire) {
    if (wire == null) {
      return;
    }
    // A placeholder of another kind is kept as a reference by id: the validator reports the mismatch.
    Ref<?> ref = Ref.parse(kind, wire).orElseGet(() -> Ref.parse(kindOfPlaceholder(wire), wire).orElseThrow());
    refs.add(new BundleReference(path, ref));
  }

  private static Ref.Kind kindOfPlaceholder(String wire) {
    for (Ref.Kind kind : Ref.Kind.values()) {
      if (wire.startsWith("${" + kind.prefix() + ":")) {
        return kind;
      }
    }
    throw new IllegalStateException("not a placeholder: " + wire);
  }

  static JourneyConfig resolve(JourneyConfig config, Function<Ref<?>, String> idOf) {
    List<ActionMap> maps = new ArrayList<>(config.actionMaps().size());
    for (ActionMap map : config.actionMaps()) {
      maps.add(resolve(map, idOf));
    }
    return JourneyConfig.builder().from(config).actionMaps(maps).build();
  }

  private static ActionMap resolve(ActionMap map, Function<Ref<?>, String> idOf) {
    UnaryOperator<String> segment = wire -> resolved(Ref.Kind.SEGMENT, wire, idOf);
    UnaryOperator<String> outcome = wire -> resolved(Ref.Kind.OUTCOME, wire, idOf);
    ActionMap.Builder b = ActionMap.builder().from(map);
    if (map.triggerWithSegments() != null) {
      b.triggerWithSegments(map.triggerWithSegments().stream().map(segment).toList());
    }
    ActionMapAction action = map.action();
    if (action != null && action.actionTemplate() != null && action.actionTemplate().id() != null) {
      String id = resolved(Ref.Kind.ACTION_TEMPLATE, action.actionTemplate().id(), idOf);
      b.action(ActionMapAction.builder().from(action)
          .actionTemplate(t -> t.from(action.actionTemplate()).id(id)).build());
    }
    if (map.triggerWithOutcomeProbabilityConditions() != null) {
      b.triggerWithOutcomeProbabilityConditions(map.triggerWithOutcomeProbabilityConditions().stream()
          .map(c -> OutcomeProbabilityCondition.builder().from(c).outcomeId(outcome.apply(c.outcomeId())).build())
          .toList());
    }
    if (map.triggerWithOutcomePercentileConditions() != null) {
      b.triggerWithOutcomePercentileConditions(map.triggerWithOutcomePercentileConditions().stream()
          .map(c -> OutcomePercentileCondition.builder().from(c).outcomeId(outcome.apply(c.outcomeId())).build())
          .toList());
    }
    if (map.triggerWithOutcomeQuantileConditions() != null) {
      b.triggerWithOutcomeQuantileConditions(map.triggerWithOutcomeQuantileConditions().stream()
          .map(c -> OutcomeQuantileCondition.builder().from(c).outcomeId(outcome.apply(c.outcomeId())).build())
          .toList());
    }
    return b.build();
  }

  private static String resolved(Ref.Kind kind, String wire, Function<Ref<?>, String> idOf) {
    if (!Ref.isPlaceholder(wire)) {
      return wire;
    }
    return Ref.parse(kind, wire).map(ref -> {
      String id = idOf.apply(ref);
      return id == null ? wire : id;
    }).orElse(wire);
  }

  private interface IndexedConsumer<T> {
    void accept(int index, T value);
  }

  private static <T> void forEach(List<T> list, IndexedConsumer<T> consumer) {
    if (list != null) {
      for (int i = 0; i < list.size(); i++) {
        consumer.accept(i, list.get(i));
      }
    }
  }
}
