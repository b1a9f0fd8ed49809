package io.journeydsl.validation.xcheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Applies one {@link MutationKind} at a random place of a JSON tree, in place, and says where. Places
 * are every field of every object and every element of every list, the body itself excluded.
 */
final class JsonMutator {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Wire fields whose values are enumerated in the API model (free strings such as sessionType are not). */
  private static final Set<String> ENUM_FIELDS = Set.of("operator", "streamType", "mediaType", "state",
      "displayMode", "layoutMode", "target", "textAlign", "attributeType", "mappingType", "dataType",
      "entityType", "scope", "customerProperty", "type");

  private JsonMutator() {}

  /** A place in the tree: the container holding the value, and the field name or list index. */
  private record Place(JsonNode parent, String field, int index, String path) {
    JsonNode value() {
      return parent.isObject() ? parent.get(field) : parent.get(index);
    }

    void set(JsonNode value) {
      if (parent instanceof ObjectNode object) {
        object.set(field, value);
      } else {
        ((ArrayNode) parent).set(index, value);
      }
    }

    String name() {
      return field;
    }
  }

  /**
   * Applies {@code kind} at a random applicable place of {@code root}.
   *
   * @return the mutation, or empty when the tree has no place this kind applies to
   */
  static Optional<Mutation> apply(ObjectNode root, MutationKind kind, Random random) {
    List<Place> candidates = new ArrayList<>();
    for (Place place : places(root)) {
      if (applies(kind, place)) {
        candidates.add(place);
      }
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    Place place = candidates.get(random.nextInt(candidates.size()));
    switch (kind) {
      case REMOVE_FIELD -> ((ObjectNode) place.parent()).remove(place.field());
      case NULL_VALUE -> place.set(NODES.nullNode());
      case WRONG_TYPE -> place.set(otherType(place.value(), random));
      case UNKNOWN_ENUM -> place.set(NODES.textNode(random.nextBoolean() ? "NotAValue" : "web-chat"));
      case OUT_OF_RANGE -> place.set(outOfRange(random));
      case EMPTY_LIST -> place.set(NODES.arrayNode());
      case MANGLE_OBJECT -> place.set(mangled((ObjectNode) place.value(), random));
      default -> throw new IllegalStateException("unhandled " + kind);
    }
    return Optional.of(new Mutation(kind, place.path()));
  }

  private static boolean applies(MutationKind kind, Place place) {
    JsonNode value = place.value();
    return switch (kind) {
      case REMOVE_FIELD -> place.parent().isObject();
      case NULL_VALUE -> !value.isNull();
      case WRONG_TYPE -> !value.isNull();
      case UNKNOWN_ENUM -> value.isTextual() && place.parent().isObject() && ENUM_FIELDS.contains(place.name());
      case OUT_OF_RANGE -> value.isNumber();
      case EMPTY_LIST -> value.isArray() && !value.isEmpty();
      case MANGLE_OBJECT -> value.isObject() && !value.isEmpty();
    };
  }

  private static JsonNode otherType(JsonNode value, Random random) {
    List<JsonNode> options = new ArrayList<>();
    if (!value.isTextual()) {
      options.add(NODES.textNode("seven"));
    }
    if (!value.isNumber()) {
      options.add(NODES.numberNode(7));
    }
    if (!value.isBoolean()) {
      options.add(NODES.booleanNode(true));
    }
    if (!value.isObject()) {
      options.add(NODES.objectNode().put("value", "x"));
    }
    if (!value.isArray()) {
      options.add(NODES.arrayNode().add("x"));
    }
    return options.get(random.nextInt(options.size()));
  }

  private static JsonNode outOfRange(Random random) {
    double[] numbers = {-1, 0, 4, 1.5, -0.25, 1e9, 2_147_483_648d};
    double n = numbers[random.nextInt(numbers.length)];
    return n == Math.rint(n) && Math.abs(n) < 1e12 ? NODES.numberNode((long) n) : NODES.numberNode(n);
  }

  private static ObjectNode mangled(ObjectNode original, Random random) {
    ObjectNode copy = original.deepCopy();
    if (random.nextBoolean()) {
      copy.removeAll();
      return copy;
    }
    List<String> names = new ArrayList<>();
    copy.fieldNames().forEachRemaining(names::add);
    copy.remove(names.remove(random.nextInt(names.size())));
    for (String name : names) {
      if (random.nextBoolean()) {
        copy.remove(name);
      }
    }
    return copy;
  }

  private static List<Place> places(ObjectNode root) {
    List<Place> out = new ArrayList<>();
    collect(root, "", out);
    return out;
  }

  private static void collect(JsonNode node, String path, List<Place> out) {
    if (node instanceof ObjectNode object) {
      Iterator<String> names = object.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        String child = path.isEmpty() ? name : path + "." + name;
        out.add(new Place(object, name, -1, child));
        collect(object.get(name), child, out);
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        String child = path + "[" + i + "]";
        out.add(new Place(array, null, i, child));
        collect(array.get(i), child, out);
      }
    }
  }
}
