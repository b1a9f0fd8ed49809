package io.journeydsl.json.internal;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import io.journeydsl.analytics.JourneyAggregateDataContainer;
import io.journeydsl.analytics.JourneyDimension;
import io.journeydsl.analytics.StatisticalResponse;
import java.util.List;
import java.util.Map;

/** Reads {@link JourneyAggregateDataContainer}, one group of an aggregates response, into its builder. */
final class JourneyAggregateDataContainerReader extends BuilderReader<JourneyAggregateDataContainer.Builder> {
  private static final long serialVersionUID = 1L;
  private static final List<String> NAMES = List.of("group", "data");

  JourneyAggregateDataContainerReader(JsonDeserializer<?> generic) {
    super(generic, NAMES);
  }

  @Override
  BuilderReader<JourneyAggregateDataContainer.Builder> withGeneric(JsonDeserializer<?> generic) {
    return new JourneyAggregateDataContainerReader(generic);
  }

  @Override
  JourneyAggregateDataContainer.Builder builder() {
    return JourneyAggregateDataContainer.builder();
  }

  @Override
  int indexOf(String name) {
    return switch (name) {
      case "group" -> 0;
      case "data" -> 1;
      default -> -1;
    };
  }

  @Override
  @SuppressWarnings("unchecked")
  void set(JourneyAggregateDataContainer.Builder builder, int index, Object value) {
    switch (index) {
      case 0 -> builder.group((Map<JourneyDimension, String>) value);
      default -> builder.data((List<StatisticalResponse>) value);
    }
  }

  @Override
  void unknown(JourneyAggregateDataContainer.Builder builder, String name, JsonNode value) {
    builder.putUnknownField(name, value);
  }

  @Override
  Object build(JourneyAggregateDataContainer.Builder builder) {
    return builder.build();
  }
}
