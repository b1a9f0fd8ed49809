package io.journeydsl.deploy.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeydsl.catalog.ApiCollection;
import io.journeydsl.client.JourneyClient;
import io.journeydsl.deploy.Rehearsal;
import io.journeydsl.error.JourneyApiException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rehearses a plan on another API: copies the org's objects there through ordinary creates (the
 * rehearsal API assigns new ids, so every reference is translated), then runs the plan's steps
 * against the copies without stopping at a refusal.
 */
final class Rehearser {
  private final Engine engine;

  Rehearser(Engine engine) {
    this.engine = engine;
  }

  Rehearsal rehearse(DefaultPlan plan, JourneyClient client) {
    Map<ApiCollection, Port> ports = DefaultDeployer.ports(client);
    Map<String, Object> copies = new HashMap<>();
    Map<String, String> newIds = new HashMap<>();
    List<String> seedProblems = new ArrayList<>();
    Map<ApiCollection, Map<String, String>> ids = new ConcurrentHashMap<>();
    for (ApiCollection collection : Stages.order()) {
      ids.put(collection, new ConcurrentHashMap<>());
      for (Object original : plan.org().objects(collection)) {
        String orgId = Wire.id(original);
        try {
          Object copy = ports.get(collection).create(translate(collection, Wire.withoutServerFields(collection, original), newIds));
          copies.put(orgId, copy);
          newIds.put(orgId, Wire.id(copy));
          ids.get(collection).putIfAbsent(Wire.name(collection, copy), Wire.id(copy));
        } catch (JourneyApiException e) {
          seedProblems.add(collection.label() + " '" + Wire.name(collection, original) + "' (id " + orgId + "): "
              + e.getMessage());
        }
      }
    }
    List<Step> steps = new ArrayList<>();
    List<Rehearsal.Refusal> refusals = new ArrayList<>();
    for (Step step : plan.steps()) {
      if (!step.change().sendsRequest()) {
        continue;
      }
      Object current = step.current() == null ? null : copies.get(Wire.id(step.current()));
      if (step.current() != null && current == null) {
        refusals.add(new Rehearsal.Refusal(step.change(), 0, step.change().describe()
            + ": the org object could not be copied into the rehearsal"));
        continue;
      }
      Object desired = step.desired() == null ? null : translate(step.change().collection(), step.desired(), newIds);
      steps.add(new Step(step.change(), current, desired));
    }
    Engine.Outcome outcome = engine.run(steps, ports, ids, true);
    outcome.failures().forEach(f -> refusals.add(new Rehearsal.Refusal(f.change(), f.status(), f.message())));
    List<Rehearsal.Refusal> ordered = new ArrayList<>();
    for (Step step : plan.steps()) {
      refusals.stream().filter(r -> r.change().equals(step.change())).forEach(ordered::add);
    }
    return new Rehearsal(ordered, seedProblems, steps.size());
  }

  /** The object with each reference to an org id replaced by the id of its rehearsal copy. */
  private static Object translate(ApiCollection collection, Object object, Map<String, String> newIds) {
    ObjectNode json = Wire.tree(object);
    ObjectNode out = References.rewrite(collection, json, (target, wire) -> newIds.get(wire));
    return out.equals(json) ? object : Wire.object(collection, out);
  }

}
