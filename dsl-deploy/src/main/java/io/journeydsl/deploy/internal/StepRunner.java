package io.journeydsl.deploy.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeydsl.catalog.ApiCollection;
import io.journeydsl.deploy.Change;
import io.journeydsl.error.BadRequestException;
import io.journeydsl.error.ConflictException;
import io.journeydsl.error.JourneyApiException;
import io.journeydsl.error.NotFoundException;
import io.journeydsl.patch.Patches;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Carries out one step against one API: the create, update and delete protocols with their retries. */
final class StepRunner {
  /** As many tries as the Terraform provider gives a version conflict. */
  static final int CONFLICT_ATTEMPTS = 10;
  /** Tries of a create whose outcome is unknown; before each repeat the object is looked up by name. */
  static final int CREATE_ATTEMPTS = 3;
  /** Creates answered 404 (what they refer to is not visible yet) before the step fails. */
  static final int NOT_FOUND_ATTEMPTS = 5;

  private final Map<ApiCollection, Port> ports;
  private final Map<ApiCollection, Map<String, String>> ids;
  private final Events events;
  private final Duration pause;

  StepRunner(Map<ApiCollection, Port> ports, Map<ApiCollection, Map<String, String>> ids, Events events, Duration pause) {
    this.ports = ports;
    this.ids = ids;
    this.events = events;
    this.pause = pause;
  }

  /** The ids known by name: the org's objects, then each one created. */
  static Map<ApiCollection, Map<String, String>> idsOf(OrgState org) {
    Map<ApiCollection, Map<String, String>> ids = new ConcurrentHashMap<>();
    for (ApiCollection collection : Stages.order()) {
      Map<String, String> byName = new ConcurrentHashMap<>();
      for (Object object : org.objects(collection)) {
        byName.putIfAbsent(Wire.name(collection, object), Wire.id(object));
      }
      ids.put(collection, byName);
    }
    return ids;
  }

  void run(Step step) {
    switch (step.change().action()) {
      case CREATE -> create(step);
      case UPDATE -> update(step);
      case DELETE -> delete(step);
      case UNCHANGED -> { }
    }
  }

  private void create(Step step) {
    Change change = step.change();
    Port port = ports.get(change.collection());
    Object body = resolve(change, step.desired());
    Object created = null;
    int notFound = 0;
    for (int attempt = 1; created == null; attempt++) {
      try {
        // The answer is the stored object, id included: no read-back, one request per create.
        created = port.create(body);
      } catch (NotFoundException e) {
        // A 404 on a create means an object it refers to, created a moment ago, is not visible yet
        // (eventual consistency, which the Terraform provider also waits out). Nothing was stored.
        if (++notFound >= NOT_FOUND_ATTEMPTS) {
          throw failure(e);
        }
        events.retrying(change, "404 right after creating what it refers to");
        sleep(pause.multipliedBy(notFound));
        attempt--;
      } catch (JourneyApiException e) {
        if (refused(e)) {
          throw failure(e);
        }
        // No answer, or a server error: the object may exist now. Look before sending it again.
        created = lookUp(change, port);
        if (created == null) {
          if (attempt >= CREATE_ATTEMPTS) {
            throw failure(e);
          }
          events.retrying(change, "create outcome unknown, not found by name: " + e.getMessage());
        }
      }
    }
    ids.get(change.collection()).put(change.name(), Wire.id(created));
  }

  private Object lookUp(Change change, Port port) {
    List<Object> same = port.findByName(change.name()).stream()
        .filter(o -> change.name().equals(Wire.name(change.collection(), o))).toList();
    if (same.size() > 1) {
      throw new StepFailure(0, change.describe() + ": the outcome of a create was unknown and the org now has "
          + same.size() + " objects of that name: ids " + String.join(", ", same.stream().map(Wire::id).toList()), null);
    }
    return same.isEmpty() ? null : same.get(0);
  }

  private void update(Step step) {
    Change change = step.change();
    Port port = ports.get(change.collection());
    String id = Wire.id(step.current());
    Object desired = resolve(change, step.desired());
    Object current = step.current();
    JourneyApiException last = null;
    for (int attempt = 1; attempt <= CONFLICT_ATTEMPTS; attempt++) {
      Object effective = Planner.effective(change.collection(), current, desired);
      if (Patches.changedFields(current, effective).isEmpty()) {
        return;
      }
      try {
        port.patch(id, current, effective);
        return;
      } catch (JourneyApiException e) {
        if (!versionConflict(e)) {
          throw failure(e);
        }
        // Someone changed the object since it was read: read it again and diff again.
        last = e;
        events.retrying(change, "version conflict");
        current = read(port, id);
      }
    }
    throw failure(last);
  }

  private Object read(Port port, String id) {
    try {
      return port.get(id);
    } catch (JourneyApiException e) {
      throw failure(e);
    }
  }

  private void delete(Step step) {
    try {
      ports.get(step.change().collection()).delete(Wire.id(step.current()));
    } catch (NotFoundException e) {
      // Already gone (deleted by an earlier, interrupted run): the goal is reached.
    } catch (JourneyApiException e) {
      throw failure(e);
    }
  }

  /** The object with every placeholder replaced by the id of the object of that name. */
  private Object resolve(Change change, Object object) {
    ObjectNode json = Wire.tree(object);
    ObjectNode resolved = References.rewrite(change.collection(), json, (target, wire) -> {
      String name = References.placeholderName(target, wire);
      if (name == null) {
        return null;
      }
      String id = ids.getOrDefault(target, Map.of()).get(name);
      if (id == null) {
        throw new StepFailure(0, change.describe() + " refers to " + target.label() + " '" + name
            + "', which does not exist (its create failed or was not reached)", null);
      }
      return id;
    });
    return resolved.equals(json) ? object : Wire.object(change.collection(), resolved);
  }

  /** Whether the API answered and refused the request (a 4xx other than timeout and rate limit). */
  private static boolean refused(JourneyApiException e) {
    return e.status() >= 400 && e.status() < 500 && e.status() != 408 && e.status() != 429;
  }

  /** A version conflict as the Terraform provider recognises one: 409, or 400 naming the version. */
  private static boolean versionConflict(JourneyApiException e) {
    return e instanceof ConflictException
        || e instanceof BadRequestException && String.valueOf(e.getMessage()).contains("does not match the current version");
  }

  private static StepFailure failure(JourneyApiException e) {
    return new StepFailure(e.status(), e.getMessage(), e);
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StepFailure(0, "interrupted", e);
    }
  }
}
