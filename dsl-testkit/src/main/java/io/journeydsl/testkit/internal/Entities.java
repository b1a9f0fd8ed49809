package io.journeydsl.testkit.internal;

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
  ObjectNode create(Resource resource, ObjectNode body) {
    ObjectNode node = body.deepCopy();
    SERVER_FIELDS.forEach(node::remove);
    if (resource == Resource.ACTION_MAPS) {
      references.check(node);
    }
    String id = settings.ids().nextId();
    if (store.contains(resource, id)) {
      throw new IllegalStateException("the id source repeated id " + id);
    }
    return insert(resource, node, id);
  }

  /** Stores a seeded entity (action targets): keeps a given id, assigns the other server fields. */
  ObjectNode seed(Resource resource, ObjectNode body) {
    ObjectNode node = body.deepCopy();
    JsonNode given = node.get("id");
    String id = given != null && given.isTextual() && !given.asText().isBlank() ? given.asText() : settings.ids().nextId();
    SERVER_FIELDS.forEach(node::remove);
    return insert(resource, node, id);
  }

  private ObjectNode insert(Resource resource, ObjectNode node, String id) {
    checkUniqueName(resource, node, null);
    String now = WireInstant.format(settings.clock().instant());
    ObjectNode stored = JSON.createObjectNode();
    stored.put("id", id);
    if (resource.versioned()) {
      stored.put("version", 1);
    }
    stored.setAll(node);
    stored.put("selfUri", resource.basePath() + "/" + id);
    stored.put("createdDate", now);
    stored.put("modifiedDate", now);
    ObjectNode canonical = canonical(resource, stored);
    store.put(resource, id, canonical);
    return canonical;
  }

  /** The stored entity, or 404. */
  ObjectNode get(Resource resource, String id) {
    ObjectNode node = store.get(resource, id);
    if (node == null) {
      throw ApiError.notFound(resource.label(), id);
    }
    return node;
  }

  /**
   * Applies a PATCH: absent fields stay, explicit nulls clear, present fields replace; checks the
   * version first and bumps it after.
   */
  ObjectNode patch(Resource resource, String id, ObjectNode patch) {
    ObjectNode current = get(resource, id);
    if (resource.versioned()) {
      checkVersion(resource, current, patch.get("version"));
    }
    if (resource == Resource.ACTION_MAPS) {
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
    checkUniqueName(resource, merged, id);
    if (resource.versioned()) {
      merged.put("version", current.get("version").asInt() + 1);
    }
    merged.put("modifiedDate", WireInstant.format(settings.clock().instant()));
    ObjectNode canonical = canonical(resource, merged);
    store.put(resource, id, canonical);
    return canonical;
  }

  private void checkVersion(Resource resource, ObjectNode current, @Nullable JsonNode given) {
    int stored = current.get("version").asInt();
    if (given == null || given.isNull()) {
      if (!settings.allowPatchWithoutVersion()) {
        throw ApiError.badField("version", "required",
            "Field 'version' is required: send the current version (" + stored + ") of the " + resource.label());
      }
      return;
    }
    if (given.asInt() != stored) {
      throw ApiError.conflict("The version number of the modified resource must match the version number in "
          + "the database: version " + given.asInt() + " does not match the current version " + stored
          + " of " + resource.label() + " " + current.get("id").asText());
    }
  }

  /** Deletes an entity; an action template is soft-deleted unless {@code hard}. */
  void delete(Resource resource, String id, boolean hard) {
    ObjectNode current = get(resource, id);
    if (settings.rejectReferencedDeletes()) {
      for (ObjectNode map : store.view(Resource.ACTION_MAPS)) {
        if (References.refersTo(map, resource, id)) {
          throw ApiError.conflict("The " + resource.label() + " " + id + " is still referenced by action map "
              + map.get("id").asText());
        }
      }
    }
    if (resource == Resource.ACTION_TEMPLATES && !hard) {
      current.put("state", "Deleted");
      current.put("version", current.get("version").asInt() + 1);
      current.put("modifiedDate", WireInstant.format(settings.clock().instant()));
      store.put(resource, id, current);
      return;
    }
    store.remove(resource, id);
  }

  private void checkUniqueName(Resource resource, ObjectNode candidate, @Nullable String selfId) {
    if (!settings.rejectDuplicateNames()) {
      return;
    }
    JsonNode name = candidate.get(resource.nameField());
    if (name == null || name.isNull()) {
      return;
    }
    for (ObjectNode other : store.view(resource)) {
      if (!Objects.equals(other.get("id").asText(), selfId) && name.equals(other.get(resource.nameField()))) {
        throw ApiError.conflict("A " + resource.label() + " named '" + name.asText() + "' already exists: "
            + other.get("id").asText());
      }
    }
  }

  /** Round-trips through the model type: canonical field order, and proof the JSON is a valid entity. */
  static ObjectNode canonical(Resource resource, ObjectNode node) {
    try {
      return JSON.valueToTree(JSON.treeToValue(node, resource.entityType()));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw JourneyJsonExceptions.badRequest(resource.entityType(), e);
    }
  }
}
