package io.journeydsl.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.Nullable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored wire JSON of every entity, per collection in creation order. Not thread-safe by itself:
 * {@link Dispatcher} guards it with one read/write lock. Values handed in and out are copies, so no
 * caller can alias stored state.
 */
final class Store {
  private final Map<Resource, LinkedHashMap<String, ObjectNode>> collections = new EnumMap<>(Resource.class);

  Store() {
    for (Resource resource : Resource.values()) {
      collections.put(resource, new LinkedHashMap<>());
    }
  }

  @Nullable ObjectNode get(Resource resource, String id) {
    ObjectNode node = collections.get(resource).get(id);
    return node == null ? null : node.deepCopy();
  }

  boolean contains(Resource resource, String id) {
    return collections.get(resource).containsKey(id);
  }

  void put(Resource resource, String id, ObjectNode node) {
    collections.get(resource).put(id, node.deepCopy());
  }

  boolean remove(Resource resource, String id) {
    return collections.get(resource).remove(id) != null;
  }

  /** Copies of all entities of a collection, in creation order. */
  List<ObjectNode> all(Resource resource) {
    List<ObjectNode> out = new ArrayList<>();
    for (ObjectNode node : collections.get(resource).values()) {
      out.add(node.deepCopy());
    }
    return out;
  }

  /** The stored nodes themselves, for read-only scans under the read lock. */
  Iterable<ObjectNode> view(Resource resource) {
    return collections.get(resource).values();
  }

  void clear() {
    collections.values().forEach(Map::clear);
  }
}
