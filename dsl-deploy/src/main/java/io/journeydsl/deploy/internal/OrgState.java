package io.journeydsl.deploy.internal;

import io.journeydsl.catalog.ApiCollection;
import io.journeydsl.deploy.PlanException;
import io.journeydsl.error.JourneyApiException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** The org's objects of the collections a plan needs, read page by page, indexed by name. */
final class OrgState {
  /** The API's answer for endpoints Genesys has removed (outcomes under the current API). */
  private static final int GONE = 410;

  private final Map<ApiCollection, List<Object>> objects = new LinkedHashMap<>();
  private final Map<ApiCollection, Map<String, List<Object>>> byName = new LinkedHashMap<>();

  /**
   * Reads every page of each collection; {@code optional} ones (read only for pruning or for the
   * targets of references) count as empty when the API has removed them.
   */
  static OrgState read(Map<ApiCollection, Port> ports, Set<ApiCollection> needed, Set<ApiCollection> optional) {
    OrgState state = new OrgState();
    for (ApiCollection collection : Stages.order()) {
      if (!needed.contains(collection) && !optional.contains(collection)) {
        continue;
      }
      List<Object> all;
      try {
        all = ports.get(collection).listAll();
      } catch (JourneyApiException e) {
        if (e.status() == GONE && !needed.contains(collection)) {
          all = List.of();
        } else {
          throw new PlanException("cannot read the org's " + collection.label() + "s: " + e.getMessage(), e);
        }
      }
      state.objects.put(collection, all);
      Map<String, List<Object>> names = new LinkedHashMap<>();
      for (Object object : all) {
        names.computeIfAbsent(Wire.name(collection, object), n -> new ArrayList<>()).add(object);
      }
      state.byName.put(collection, names);
    }
    return state;
  }

  /** The objects read of {@code collection} (empty when it was not read). */
  List<Object> objects(ApiCollection collection) {
    return objects.getOrDefault(collection, List.of());
  }

  /** Every collection read, in stage order. */
  Collection<ApiCollection> collections() {
    return objects.keySet();
  }

  /** The one object named {@code name}, or {@code null}. */
  Object named(ApiCollection collection, String name) {
    List<Object> found = byName.getOrDefault(collection, Map.of()).get(name);
    return found == null ? null : found.get(0);
  }

  /**
   * Fails when two objects of one collection share a name that {@code matters} (the configuration
   * names it or pruning selects it): the deployer cannot tell which one is meant.
   */
  void requireUniqueNames(Predicate<ApiCollection> read, java.util.function.BiPredicate<ApiCollection, String> matters) {
    List<String> problems = new ArrayList<>();
    byName.forEach((collection, names) -> names.forEach((name, found) -> {
      if (found.size() > 1 && read.test(collection) && matters.test(collection, name)) {
        problems.add(found.size() + " " + collection.label() + "s are named '" + name + "': ids "
            + String.join(", ", found.stream().map(Wire::id).toList()));
      }
    }));
    if (!problems.isEmpty()) {
      throw new PlanException("the org has objects the plan cannot tell apart (rename or delete all but one): "
          + String.join("; ", problems));
    }
  }
}
