package io.journeydsl.testkit.internal;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The first-level wire fields of each entity type, from its {@code @JsonPropertyOrder}. */
final class EntityFields {
  private static final Map<Resource, List<String>> FIELDS = new EnumMap<>(Resource.class);

  static {
    for (Resource resource : Resource.values()) {
      JsonPropertyOrder order = resource.entityType().getAnnotation(JsonPropertyOrder.class);
      FIELDS.put(resource, List.of(order.value()));
    }
  }

  private EntityFields() {}

  static List<String> of(Resource resource) {
    return FIELDS.get(resource);
  }
}
