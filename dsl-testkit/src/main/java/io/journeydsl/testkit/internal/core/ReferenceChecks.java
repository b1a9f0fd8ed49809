package io.journeydsl.testkit.internal.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeydsl.catalog.ApiCollection;
import io.journeydsl.catalog.ReferenceSite;

/**
 * Rejects an action map body that refers to a segment, outcome or action template the store does
 * not hold, or to a soft-deleted action template: 400 whose {@code details[0].fieldName} is the wire
 * path of the reference ({@code triggerWithSegments[0]},
 * {@code triggerWithOutcomeQuantileConditions[1].outcomeId}, {@code action.actionTemplate.id}). The
 * places where an action map refers to other objects are the catalogue's {@link ReferenceSite}s, so
 * the fake judges exactly the references the client and the validator know. Only the fields present
 * in the body are checked, so a PATCH that leaves a reference out is not judged on it. The caller
 * holds the store's lock.
 */
final class ReferenceChecks {
  private final Store store;

  ReferenceChecks(Store store) {
    this.store = store;
  }

  /** Checks the references of an action map create or PATCH body. */
  void check(ObjectNode body) {
    for (ReferenceSite site : ReferenceSite.of(ApiCollection.ACTION_MAPS)) {
      for (ReferenceSite.Occurrence found : site.find(body)) {
        ObjectNode target = require(site.target(), found.value(), found.path());
        if (site.target() == ApiCollection.ACTION_TEMPLATES && "Deleted".equals(target.path("state").asText())) {
          throw ApiError.badField(found.path(), "invalid.value", "The " + site.target().label() + " "
              + found.value() + " referenced by " + found.path() + " is deleted (state Deleted)");
        }
      }
    }
  }

  /** Whether an action map refers to the object {@code id} of {@code target}. */
  static boolean refersTo(JsonNode actionMap, ApiCollection target, String id) {
    for (ReferenceSite site : ReferenceSite.of(ApiCollection.ACTION_MAPS)) {
      if (site.target() == target && site.find(actionMap).stream().anyMatch(found -> found.value().equals(id))) {
        return true;
      }
    }
    return false;
  }

  private ObjectNode require(ApiCollection collection, String id, String field) {
    FrozenJson target = store.get(collection, id);
    if (target == null) {
      throw ApiError.badField(field, "invalid.value", "The " + collection.label() + " " + id
          + " referenced by " + field + " does not exist");
    }
    return target.tree();
  }
}
