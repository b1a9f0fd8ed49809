package io.journeydsl.deploy.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeydsl.JourneyConfig;
import io.journeydsl.catalog.ApiCollection;
import io.journeydsl.deploy.Change;
import io.journeydsl.deploy.ChangeAction;
import io.journeydsl.deploy.FieldChange;
import io.journeydsl.deploy.Prune;
import io.journeydsl.patch.Patches;
import io.journeydsl.validation.ValidationReport;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Matches a configuration to the org by name and computes the plan's steps. */
final class Planner {
  private final Map<ApiCollection, Port> ports;
  private final Prune prune;

  Planner(Map<ApiCollection, Port> ports, Prune prune) {
    this.ports = ports;
    this.prune = prune;
  }

  DefaultPlan plan(JourneyConfig config, ValidationReport report) {
    Map<ApiCollection, List<Object>> wanted = objectsOf(config);
    Set<ApiCollection> needed = EnumSet.noneOf(ApiCollection.class);
    Set<ApiCollection> optional = EnumSet.noneOf(ApiCollection.class);
    wanted.forEach((collection, objects) -> {
      if (!objects.isEmpty()) {
        needed.add(collection);
        // Referred-to objects outside the configuration are read too, so a rehearsal can copy them.
        optional.addAll(Stages.targets(collection));
      }
    });
    Stages.order().stream().filter(prune::mayTouch).forEach(optional::add);
    OrgState org = OrgState.read(ports, needed, optional);

    Map<ApiCollection, Set<String>> names = new LinkedHashMap<>();
    wanted.forEach((collection, objects) -> names.put(collection,
        new HashSet<>(objects.stream().map(o -> Wire.name(collection, o)).toList())));
    org.requireUniqueNames(c -> true, (c, name) -> names.getOrDefault(c, Set.of()).contains(name) || prune.selects(c, name));

    List<Step> deletes = new ArrayList<>();
    for (ApiCollection collection : reversed(Stages.order())) {
      for (Object existing : org.objects(collection)) {
        String name = Wire.name(collection, existing);
        if (!names.getOrDefault(collection, Set.of()).contains(name) && prune.selects(collection, name)) {
          deletes.add(new Step(new Change(ChangeAction.DELETE, collection, name, Wire.id(existing), List.of()), existing, null));
        }
      }
    }
    List<Step> others = new ArrayList<>();
    for (ApiCollection collection : Stages.order()) {
      for (Object object : wanted.getOrDefault(collection, List.of())) {
        others.add(step(collection, resolveExisting(collection, object, org), org));
      }
    }
    List<Step> steps = new ArrayList<>(deletes);
    steps.addAll(others);
    return new DefaultPlan(steps, report, org);
  }

  private static Step step(ApiCollection collection, Object desired, OrgState org) {
    String name = Wire.name(collection, desired);
    Object current = org.named(collection, name);
    if (current == null) {
      return new Step(new Change(ChangeAction.CREATE, collection, name, null, List.of()), null, desired);
    }
    List<FieldChange> fields = fieldChanges(collection, current, desired);
    ChangeAction action = fields.isEmpty() ? ChangeAction.UNCHANGED : ChangeAction.UPDATE;
    return new Step(new Change(action, collection, name, Wire.id(current), fields), current, desired);
  }

  /** The changed top-level fields, absent fields read as {@link AbsentFields} says. */
  static List<FieldChange> fieldChanges(ApiCollection collection, Object current, Object desired) {
    ObjectNode from = Wire.tree(current);
    ObjectNode to = AbsentFields.effective(collection, from, Wire.tree(desired));
    List<FieldChange> out = new ArrayList<>();
    for (String field : Patches.changedFields(current, Wire.object(collection, to))) {
      out.add(new FieldChange(field, Wire.text(from.get(field)), Wire.text(nonNull(to.get(field)))));
    }
    return out;
  }

  /** The object to PATCH towards: {@code desired} with its absent fields read as {@link AbsentFields} says. */
  static Object effective(ApiCollection collection, Object current, Object desired) {
    return Wire.object(collection, AbsentFields.effective(collection, Wire.tree(current), Wire.tree(desired)));
  }

  private static JsonNode nonNull(JsonNode value) {
    return value == null || value.isNull() ? null : value;
  }

  /** Replaces placeholders that name an existing org object with its id; others wait for the apply. */
  private static Object resolveExisting(ApiCollection collection, Object object, OrgState org) {
    ObjectNode json = Wire.tree(object);
    ObjectNode resolved = References.rewrite(collection, json, (target, wire) -> {
      String name = References.placeholderName(target, wire);
      Object existing = name == null ? null : org.named(target, name);
      return existing == null ? null : Wire.id(existing);
    });
    return resolved.equals(json) ? object : Wire.object(collection, resolved);
  }

  /** The configuration's objects per collection, read through the catalogue's bundle keys. */
  private static Map<ApiCollection, List<Object>> objectsOf(JourneyConfig config) {
    ObjectNode bundle = Wire.tree(config);
    Map<ApiCollection, List<Object>> out = new LinkedHashMap<>();
    for (ApiCollection collection : Stages.order()) {
      List<Object> objects = new ArrayList<>();
      JsonNode array = bundle.get(collection.bundleKey());
      if (array != null) {
        array.forEach(node -> objects.add(Wire.object(collection, (ObjectNode) node)));
      }
      out.put(collection, objects);
    }
    return out;
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> out = new ArrayList<>(list);
    java.util.Collections.reverse(out);
    return out;
  }
}
