package io.journeydsl.json.internal;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import io.journeydsl.analytics.AggregateViewData;
import io.journeydsl.analytics.StatisticalSummary;
import java.util.List;

/** Reads {@link AggregateViewData}, the statistics of one view in an aggregates response, into its builder. */
final class AggregateViewDataReader extends BuilderReader<AggregateViewData.Builder> {
  private static final long serialVersionUID = 1L;
  private static final List<String> NAMES = List.of("name", "stats");

  AggregateViewDataReader(JsonDeserializer<?> generic) {
    super(generic, NAMES);
  }

  @Override
  BuilderReader<AggregateViewData.Builder> withGeneric(JsonDeserializer<?> generic) {
    return new AggregateViewDataReader(generic);
  }

  @Override
  AggregateViewData.Builder builder() {
    return AggregateViewData.builder();
  }

  @Override
  int indexOf(String name) {
    return switch (name) {
      case "name" -> 0;
      case "stats" -> 1;
      default -> -1;
    };
  }

  @Override
  void set(AggregateViewData.Builder builder, int index, Object value) {
    switch (index) {
      case 0 -> builder.name((String) value);
      default -> builder.stats((StatisticalSummary) value);
    }
  }

  @Override
  void unknown(AggregateViewData.Builder builder, String name, JsonNode value) {
    builder.putUnknownField(name, value);
  }

  @Override
  Object build(AggregateViewData.Builder builder) {
    return builder.build();
  }
}
