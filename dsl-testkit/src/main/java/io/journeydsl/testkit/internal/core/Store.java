package io.journeydsl.testkit.internal.core;

import io.journeydsl.catalog.ApiCollection;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.Nullable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The stored wire JSON of every entity, per collection in creation order. Not thread-safe by itself:
 * {@link Dispatcher} guards it with one read/write lock. Values handed in are copied; values handed
 * out are the stored {@link FrozenJson} itself, which callers only read (a PATCH copies the tree
 * first). A stored version is never changed in place (a write puts a new {@link FrozenJson}), which
 * is what makes {@link #mark()} cheap and lets each version keep its wire bytes: undo, roll-back,
 * clear and every put replace the whole value, bytes included, so no path can leave bytes of another
 * version behind. It remembers which entities changed since {@link #begin()}, so a write persists
 * only those.
 */
final class Store {
  private final Map<ApiCollection, LinkedHashMap<String, FrozenJson>> collections = new EnumMap<>(ApiCollection.class);
  /** The entities changed since {@link #begin()}, in the order first changed: what a write must persist. */
  private final Set<Key> touched = new LinkedHashSet<>();
  /** Since {@link #begin()}: each changed entity's JSON before its first change (null when it was absent). */
  private final Map<Key, FrozenJson> before = new HashMap<>();
  /** Since {@link #begin()}: the creation order of each collection something was removed from. */
  private final Map<ApiCollection, List<String>> orderBefore = new EnumMap<>(ApiCollection.class);

  /** An entity's place in the store. */
  record Key(ApiCollection collection, String id) {}

  Store() {
    for (ApiCollection collection : ApiCollection.values()) {
      collections.put(collection, new LinkedHashMap<>());
    }
  }

  /** The stored version of an entity (shared: read it, never change it), or null. */
  @Nullable FrozenJson get(ApiCollection collection, String id) {
    return collections.get(collection).get(id);
  }

  boolean contains(ApiCollection collection, String id) {
    return collections.get(collection).containsKey(id);
  }

  /** Stores a copy of {@code node} as the entity's new version and returns that version. */
  FrozenJson put(ApiCollection collection, String id, ObjectNode node) {
    remember(collection, id);
    FrozenJson stored = new FrozenJson(node.deepCopy());
    collections.get(collection).put(id, stored);
    return stored;
  }

  boolean remove(ApiCollection collection, String id) {
    LinkedHashMap<String, FrozenJson> nodes = collections.get(collection);
    if (!nodes.containsKey(id)) {
      return false;
    }
    orderBefore.computeIfAbsent(collection, c -> new ArrayList<>(nodes.keySet()));
    remember(collection, id);
    nodes.remove(id);
    return true;
  }

  private void remember(ApiCollection collection, String id) {
    Key key = new Key(collection, id);
    if (touched.add(key)) {
      before.put(key, collections.get(collection).get(id));
    }
  }

  /**
   * Starts one write: from here the store remembers what it must put back on {@link #undo()}, at the
   * cost of the entities the write changes (not of the whole store, as {@link #mark()}).
   */
  void begin() {
    touched.clear();
    before.clear();
    orderBefore.clear();
  }

  /** Puts back every entity changed since {@link #begin()}, creation order included. */
  void undo() {
    before.forEach((key, node) -> {
      if (node == null) {
        collections.get(key.collection()).remove(key.id());
      } else {
        collections.get(key.collection()).put(key.id(), node);
      }
    });
    orderBefore.forEach((collection, order) -> {
      LinkedHashMap<String, FrozenJson> nodes = collections.get(collection);
      LinkedHashMap<String, FrozenJson> ordered = new LinkedHashMap<>();
      order.forEach(id -> ordered.put(id, nodes.get(id)));
      nodes.forEach(ordered::putIfAbsent);
      nodes.clear();
      nodes.putAll(ordered);
    });
    begin();
  }

  /** The entities changed since {@link #begin()}, each with its JSON now (null when removed). */
  List<Persistence.Change> changes() {
    List<Persistence.Change> out = new ArrayList<>();
    for (Key key : touched) {
      FrozenJson now = collections.get(key.collection()).get(key.id());
      out.add(new Persistence.Change(key.collection(), key.id(), now == null ? null : now.tree()));
    }
    return out;
  }

  /** Copies of all entities of a collection, in creation order. */
  List<ObjectNode> all(ApiCollection collection) {
    List<ObjectNode> out = new ArrayList<>();
    for (FrozenJson stored : collections.get(collection).values()) {
      out.add(stored.tree().deepCopy());
    }
    return out;
  }

  /** The stored nodes themselves, for read-only scans under the read lock. */
  Iterable<ObjectNode> view(ApiCollection collection) {
    Collection<FrozenJson> stored = collections.get(collection).values();
    // A plain iterator, not a stream's: writes scan whole collections with it (unique names, references).
    return () -> new Iterator<>() {
      private final Iterator<FrozenJson> each = stored.iterator();

      @Override
      public boolean hasNext() {
        return each.hasNext();
      }

      @Override
      public ObjectNode next() {
        return each.next().tree();
      }
    };
  }

  void clear() {
    collections.values().forEach(Map::clear);
    begin();
  }

  /**
   * The store's content as it is now, for {@link #rollBack(Mark)}. Copies the maps, not the nodes:
   * stored nodes are never changed in place.
   */
  Mark mark() {
    begin();
    Map<ApiCollection, LinkedHashMap<String, FrozenJson>> copy = new EnumMap<>(ApiCollection.class);
    collections.forEach((collection, nodes) -> copy.put(collection, new LinkedHashMap<>(nodes)));
    return new Mark(copy);
  }

  /** Puts back exactly the content {@code mark} saw, creation order included. */
  void rollBack(Mark mark) {
    mark.content().forEach((collection, nodes) -> {
      LinkedHashMap<String, FrozenJson> current = collections.get(collection);
      current.clear();
      current.putAll(nodes);
    });
    begin();
  }

  /** A saved content of the store (see {@link #mark()}). */
  record Mark(Map<ApiCollection, LinkedHashMap<String, FrozenJson>> content) {}
}
