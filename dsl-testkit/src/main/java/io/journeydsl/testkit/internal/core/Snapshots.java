package io.journeydsl.testkit.internal.core;

import io.journeydsl.catalog.ApiCollection;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.json.JourneyJsonException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The snapshot format: bundle keys ({@code segments}, {@code outcomes}, {@code actionTemplates},
 * {@code actionMaps}) plus {@code actionTargets}, each an array of stored wire JSON with every server
 * field.
 */
final class Snapshots {
  private static final ObjectMapper JSON = JourneyJson.mapper();
  private static final List<ApiCollection> ORDER = List.of(ApiCollection.SEGMENTS, ApiCollection.OUTCOMES,
      ApiCollection.ACTION_TEMPLATES, ApiCollection.ACTION_MAPS, ApiCollection.ACTION_TARGETS);

  private Snapshots() {}

  static String write(Semantics semantics) {
    ObjectNode root = JSON.createObjectNode();
    for (ApiCollection collection : ORDER) {
      root.putArray(collection.bundleKey()).addAll(semantics.all(collection));
    }
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the snapshot", e);
    }
  }

  static Map<ApiCollection, List<ObjectNode>> read(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw JourneyJsonException.of(Snapshots.class, e);
    }
    if (root == null || !root.isObject()) {
      throw JourneyJsonException.at("a snapshot must be a JSON object", "", -1, -1);
    }
    Map<ApiCollection, List<ObjectNode>> out = new EnumMap<>(ApiCollection.class);
    Iterator<String> keys = root.fieldNames();
    while (keys.hasNext()) {
      String key = keys.next();
      ApiCollection collection = ApiCollection.ofBundleKey(key)
          .orElseThrow(() -> JourneyJsonException.at("unknown snapshot key '" + key + "'", key, -1, -1));
      JsonNode array = root.get(key);
      if (!array.isArray()) {
        throw JourneyJsonException.at("'" + key + "' must be an array", key, -1, -1);
      }
      List<ObjectNode> nodes = new ArrayList<>();
      for (int i = 0; i < array.size(); i++) {
        JsonNode node = array.get(i);
        String at = key + "[" + i + "]";
        if (!node.isObject() || !node.path("id").isTextual() || node.path("id").asText().isBlank()) {
          throw JourneyJsonException.at("each stored object needs a text 'id'", at + ".id", -1, -1);
        }
        if (collection.versioned() && !node.path("version").isInt()) {
          throw JourneyJsonException.at("each stored object needs an integer 'version'", at + ".version", -1, -1);
        }
        try {
          nodes.add(Entities.canonical(collection, (ObjectNode) node));
        } catch (ApiError e) {
          throw JourneyJsonException.at(e.body().message(), at, -1, -1);
        }
      }
      out.put(collection, nodes);
    }
    return out;
  }
}
