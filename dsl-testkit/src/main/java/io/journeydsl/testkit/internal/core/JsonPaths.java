package io.journeydsl.testkit.internal.core;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;

/** Reads dotted wire paths ({@code action.actionTemplate.id}) out of stored JSON. */
final class JsonPaths {
  private JsonPaths() {}

  /**
   * The scalar values at a dotted path; arrays on the way are fanned out, so
   * {@code triggerWithSegments} yields every segment id.
   */
  static List<String> values(JsonNode root, String dottedPath) {
    List<JsonNode> current = List.of(root);
    for (String part : dottedPath.split("\\.", -1)) {
      List<JsonNode> next = new ArrayList<>();
      for (JsonNode node : current) {
        JsonNode child = node.get(part);
        if (child == null || child.isNull()) {
          continue;
        }
        if (child.isArray()) {
          child.forEach(next::add);
        } else {
          next.add(child);
        }
      }
      current = next;
    }
    List<String> out = new ArrayList<>();
    for (JsonNode node : current) {
      if (node.isArray()) {
        node.forEach(element -> addScalar(element, out));
      } else {
        addScalar(node, out);
      }
    }
    return out;
  }

  /** The single node at a dotted path without fan-out, or null. */
  static @Nullable JsonNode node(JsonNode root, String dottedPath) {
    JsonNode node = root;
    for (String part : dottedPath.split("\\.", -1)) {
      node = node.get(part);
      if (node == null || node.isNull()) {
        return null;
      }
    }
    return node;
  }

  private static void addScalar(JsonNode node, List<String> out) {
    if (node.isValueNode()) {
      out.add(node.asText());
    }
  }
}
