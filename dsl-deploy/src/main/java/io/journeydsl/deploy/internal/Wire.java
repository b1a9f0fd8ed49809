package io.journeydsl.deploy.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeydsl.catalog.ApiCollection;
import io.journeydsl.json.JourneyJson;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The wire JSON of model objects, read generically through the catalogue's facts. */
final class Wire {
  static final ObjectMapper JSON = JourneyJson.mapper();

  private Wire() {}

  /** The wire JSON of a model value, through its text, so numbers compare as written. */
  static ObjectNode tree(Object value) {
    try {
      return (ObjectNode) JSON.readTree(JSON.writeValueAsBytes(value));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The model object of {@code collection} that {@code json} describes. */
  static Object object(ApiCollection collection, ObjectNode json) {
    try {
      return JSON.treeToValue(json, collection.entityType());
    } catch (IOException e) {
      throw new UncheckedIOException("not a " + collection.label() + ": " + e.getMessage(), e);
    }
  }

  /** The object's name: the catalogue's name field. */
  static String name(ApiCollection collection, Object object) {
    return text(tree(object), collection.nameField());
  }

  /** The object's id, {@code null} when it has none. */
  static String id(Object object) {
    return text(tree(object), "id");
  }

  static String text(JsonNode json, String field) {
    JsonNode value = json.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  /** Compact JSON text of a value, {@code null} for {@code null}. */
  static String text(JsonNode value) {
    return value == null ? null : value.toString();
  }

  /** A copy of {@code object} without the server-assigned fields: what a create may send. */
  static Object withoutServerFields(ApiCollection collection, Object object) {
    ObjectNode json = tree(object);
    json.remove(collection.serverFields());
    return object(collection, json);
  }
}
