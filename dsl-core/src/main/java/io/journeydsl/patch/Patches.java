package io.journeydsl.patch;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actionmap.PatchActionMap;
import io.journeydsl.actiontarget.ActionTarget;
import io.journeydsl.actiontarget.PatchActionTarget;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.actiontemplate.PatchActionTemplate;
import io.journeydsl.catalog.ApiCollection;
import io.journeydsl.catalog.ApiProfile;
import io.journeydsl.catalog.RequiredFields;
import io.journeydsl.internal.Args;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.outcome.Outcome;
import io.journeydsl.outcome.PatchOutcome;
import io.journeydsl.segment.JourneySegment;
import io.journeydsl.segment.PatchSegment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The minimal PATCH body that turns one object into another: the top-level fields that differ (the
 * API replaces a top-level field as a whole), an explicit {@code null} for each field the current
 * object has and the desired one lacks, the fields the API requires on that PATCH body in any of its
 * generations ({@link RequiredFields}; e.g. {@code displayName} for SDK 198) even when unchanged, and
 * the current {@code version} so that a concurrent change is refused with 409 instead of overwritten. Server-assigned fields are never sent, and a
 * field the PATCH body cannot carry (a segment's {@code scope}, an action target's {@code state}) is
 * left out: only a new object can change it.
 *
 * <pre>{@code
 * PatchSegment patch = Patches.between(current, current.withColor("#00AA00"));
 * client.segments().patch(current.id(), patch);
 * }</pre>
 */
public final class Patches {
  private static final ObjectMapper JSON = JourneyJson.mapper();

  private Patches() {}

  /** The PATCH that turns segment {@code current} into {@code desired}. */
  public static PatchSegment between(JourneySegment current, JourneySegment desired) {
    return between(ApiCollection.SEGMENTS, current, desired, PatchSegment.class);
  }

  /** The PATCH that turns outcome {@code current} into {@code desired}. */
  public static PatchOutcome between(Outcome current, Outcome desired) {
    return between(ApiCollection.OUTCOMES, current, desired, PatchOutcome.class);
  }

  /** The PATCH that turns action map {@code current} into {@code desired}. */
  public static PatchActionMap between(ActionMap current, ActionMap desired) {
    return between(ApiCollection.ACTION_MAPS, current, desired, PatchActionMap.class);
  }

  /** The PATCH that turns action template {@code current} into {@code desired}. */
  public static PatchActionTemplate between(ActionTemplate current, ActionTemplate desired) {
    return between(ApiCollection.ACTION_TEMPLATES, current, desired, PatchActionTemplate.class);
  }

  /** The PATCH that turns action target {@code current} into {@code desired}. */
  public static PatchActionTarget between(ActionTarget current, ActionTarget desired) {
    return between(ApiCollection.ACTION_TARGETS, current, desired, PatchActionTarget.class);
  }

  /**
   * The wire names of the top-level fields in which {@code desired} differs from {@code current}
   * (set, changed or cleared), in wire order; server-assigned fields and fields no PATCH can change
   * aside. Empty when a PATCH would change nothing.
   *
   * @throws IllegalArgumentException if the two are not objects of the same collection
   */
  public static Set<String> changedFields(Object current, Object desired) {
    ApiCollection collection = collectionOf(Args.requireNonNull(current, "current"));
    if (collectionOf(Args.requireNonNull(desired, "desired")) != collection) {
      throw new IllegalArgumentException("cannot compare a " + collection.label() + " with "
          + desired.getClass().getSimpleName());
    }
    return diff(collection, tree(current), tree(desired)).keySet();
  }

  private static ApiCollection collectionOf(Object value) {
    return ApiCollection.ofEntityType(value.getClass()).orElseThrow(() -> new IllegalArgumentException(
        value.getClass().getSimpleName() + " is not an object of the Journey API's collections"));
  }

  /** Each differing PATCH-able field with its desired value (a JSON null to clear it), in wire order. */
  private static Map<String, JsonNode> diff(ApiCollection collection, ObjectNode from, ObjectNode to) {
    Map<String, JsonNode> changes = new LinkedHashMap<>();
    for (String field : patchFields(collection)) {
      JsonNode before = from.get(field);
      JsonNode after = to.get(field);
      if (after == null && before != null) {
        changes.put(field, NullNode.getInstance());
      } else if (after != null && !after.equals(before)) {
        changes.put(field, after);
      }
    }
    return changes;
  }

  /** The fields of the collection's PATCH body that a client may send. */
  private static List<String> patchFields(ApiCollection collection) {
    List<String> fields = new ArrayList<>(List.of(collection.patchType().getAnnotation(JsonPropertyOrder.class).value()));
    fields.removeAll(collection.serverFields());
    return fields;
  }

  private static <P> P between(ApiCollection collection, Object current, Object desired, Class<P> patchType) {
    ObjectNode from = tree(Args.requireNonNull(current, "current"));
    ObjectNode to = tree(Args.requireNonNull(desired, "desired"));
    Map<String, JsonNode> changes = diff(collection, from, to);
    Set<String> required = new LinkedHashSet<>();
    for (ApiProfile profile : ApiProfile.values()) {
      required.addAll(RequiredFields.of(patchType, profile));
    }
    ObjectNode patch = JSON.createObjectNode();
    for (String field : patchFields(collection)) {
      if (changes.containsKey(field)) {
        patch.set(field, changes.get(field));
      } else if (required.contains(field) && to.hasNonNull(field)) {
        patch.set(field, to.get(field));
      }
    }
    if (collection.versioned() && from.hasNonNull("version")) {
      patch.set("version", from.get("version"));
    }
    try {
      return JSON.treeToValue(patch, patchType);
    } catch (IOException e) {
      throw new UncheckedIOException("a " + collection.label() + " PATCH could not be built: " + e.getMessage(), e);
    }
  }

  /** The wire JSON of a model value, through its text, so numbers compare as written. */
  private static ObjectNode tree(Object value) {
    try {
      return (ObjectNode) JSON.readTree(JSON.writeValueAsBytes(value));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
