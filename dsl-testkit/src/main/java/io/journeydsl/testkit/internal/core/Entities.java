package io.journeydsl.testkit.internal.core;

import io.journeydsl.catalog.ApiCollection;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.json.WireInstant;
import jakarta.annotation.Nullable;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Create, read, patch and delete on the stored wire JSON, with the API's server-side rules:
 * server-assigned {@code id}, {@code selfUri}, {@code version} and dates; optimistic concurrency on
 * {@code version}; soft and hard delete of action templates; action map references that must
 * exist ({@link ReferenceChecks}); and the duplicate-name and referenced-delete switches. The caller holds the store's lock.
 */
final class Entities {
  private static final Set<String> SERVER_FIELDS = Set.of("id", "selfUri", "version", "createdDate", "modifiedDate");
  private static final ObjectMapper JSON = JourneyJson.mapper();

  private final Store store;
  private final FakeSettings settings;
  private final ReferenceChecks references;

  Entities(Store store, FakeSettings settings) {
    this.store = store;
    this.settings = settings;
    this.references = new ReferenceChecks(store);
  }

  /** Stores a new entity from a create body; read-only fields of the body are ignored. */
  FrozenJson create(ApiCollection collection, ObjectNode body) {
    ObjectNode node = body.deepCopy();
    SERVER_FIELDS.forEach(node::remove);
    if (collection == ApiCollection.ACTION_MAPS) {
      references.check(node);
    }
    String id = settings.ids().nextId();
    if (store.contains(collection, id)) {
      throw new IllegalStateException("the id source repeated id " + id);
    }
    return insert(collection, node, id);
  }

  /** Stores a seeded entity (action targets): keeps a given id, assigns the other server fields. */
  FrozenJson seed(ApiCollection collection, ObjectNode body) {
    ObjectNode node = body.deepCopy();
    JsonNode given = node.get("id");
    String id = given != null && given.isTextual() && !given.asText().isBlank() ? given.asText() : settings.ids().nextId();
    SERVER_FIELDS.forEach(node::remove);
    return insert(collection, node, id);
  }

  private FrozenJson insert(ApiCollection collection, ObjectNode node, String id) {
    checkUniqueName(collection, node, null);
    String now = WireInstant.format(settings.clock().instant());
    ObjectNode stored = JSON.createObjectNode();
    stored.put("id", id);
    if (collection.versioned()) {
      stored.put("version", 1);
    }
    stored.setAll(node);
    stored.put("selfUri", collection.path() + "/" + id);
    stored.put("createdDate", now);
    stored.put("modifiedDate", now);
    // The stored version itself is the answer, so the bytes written for it also serve later GETs.
    return store.put(collection, id, canonical(collection, stored));
  }

  /** The stored version of an entity (shared: read it, never change it), or 404. */
  FrozenJson get(ApiCollection collection, String id) {
    FrozenJson stored = store.get(collection, id);
    if (stored == null) {
      throw ApiError.notFound(collection.label(), id);
    }
    return stored;
  }

  /**
   * Applies a PATCH: absent fields stay, explicit nulls clear, present fields replace; checks the
   * version first and bumps it after.
   */
  FrozenJson patch(ApiCollection collection, String id, ObjectNode patch) {
    ObjectNode current = get(collection, id).tree();
    if (collection.versioned()) {
      checkVersion(collection, current, patch.get("version"));
    }
    if (collection == ApiCollection.ACTION_MAPS) {
      references.check(patch);
    }
    ObjectNode merged = current.deepCopy();
    Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (SERVER_FIELDS.contains(field.getKey())) {
        continue;
      }
      if (field.getValue().isNull()) {
        merged.remove(field.getKey());
      } else {
        merged.set(field.getKey(), field.getValue());
      }
    }
    checkUniqueName(collection, merged, id);
    if (collection.versioned()) {
      merged.put("version", current.get("version").asInt() + 1);
    }
    merged.put("modifiedDate", WireInstant.format(settings.clock().instant()));
    return store.put(collection, id, canonical(collection, merged));
  }

  private void checkVersion(ApiCollection collection, ObjectNode current, @Nullable JsonNode given) {
    int stored = current.get("version").asInt();
    if (given == null || given.isNull()) {
      if (!settings.allowPatchWithoutVersion()) {
        throw ApiError.badField("version", "required",
            "Field 'version' is required: send the current version (" + stored + ") of the " + collection.label());
      }
      return;
    }
    if (given.asInt() != stored) {
      throw ApiError.conflict("The version number of the modified resource must match the version number in "
          + "the database: version " + given.asInt() + " does not match the current version " + stored
          + " of " + collection.label() + " " + current.get("id").asText());
    }
  }

  /** Deletes an entity; an action template is soft-deleted unless {@code hard}. */
  void delete(ApiCollection collection, String id, boolean hard) {
    ObjectNode stored = get(collection, id).tree();
    if (settings.rejectReferencedDeletes()) {
      for (ObjectNode map : store.view(ApiCollection.ACTION_MAPS)) {
        if (ReferenceChecks.refersTo(map, collection, id)) {
          throw ApiError.conflict("The " + collection.label() + " " + id + " is still referenced by action map "
              + map.get("id").asText());
        }
      }
    }
    if (collection == ApiCollection.ACTION_TEMPLATES && !hard) {
      ObjectNode current = stored.deepCopy();
      current.put("state", "Deleted");
      current.put("version", current.get("version").asInt() + 1);
      current.put("modifiedDate", WireInstant.format(settings.clock().instant()));
      store.put(collection, id, current);
      return;
    }
    store.remove(collection, id);
  }

  private void checkUniqueName(ApiCollection collection, ObjectNode candidate, @Nullable String selfId) {
    if (!settings.rejectDuplicateNames()) {
      return;
    }
    JsonNode name = candidate.get(collection.nameField());
    if (name == null || name.isNull()) {
      return;
    }
    for (ObjectNode other : store.view(collection)) {
      if (!Objects.equals(other.get("id").asText(), selfId) && name.equals(other.get(collection.nameField()))) {
        throw ApiError.conflict("A " + collection.label() + " named '" + name.asText() + "' already exists: "
            + other.get("id").asText());
      }
    }
  }

  /** Round-trips through the model type: canonical field order, and proof the JSON is a valid entity. */
  static ObjectNode canonical(ApiCollection collection, ObjectNode node) {
    try {
      return Trees.of(JSON.treeToValue(node, collection.entityType()));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw JourneyJsonExceptions.badRequest(collection.entityType(), e);
    }
  }
}
