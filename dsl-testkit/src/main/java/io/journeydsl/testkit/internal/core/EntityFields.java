package io.journeydsl.testkit.internal.core;

import io.journeydsl.catalog.ApiCollection;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The first-level wire fields of each entity type, from its {@code @JsonPropertyOrder}. */
final class EntityFields {
  private static final Map<ApiCollection, List<String>> FIELDS = new EnumMap<>(ApiCollection.class);

  static {
    for (ApiCollection collection : ApiCollection.values()) {
      JsonPropertyOrder order = collection.entityType().getAnnotation(JsonPropertyOrder.class);
      FIELDS.put(collection, List.of(order.value()));
    }
  }

  private EntityFields() {}

  static List<String> of(ApiCollection collection) {
    return FIELDS.get(collection);
  }
}
