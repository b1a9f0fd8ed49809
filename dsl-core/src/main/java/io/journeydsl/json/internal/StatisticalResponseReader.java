package io.journeydsl.json.internal;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import io.journeydsl.analytics.AggregateMetricData;
import io.journeydsl.analytics.AggregateViewData;
import io.journeydsl.analytics.StatisticalResponse;
import java.util.List;

/** Reads {@link StatisticalResponse}, one interval of an aggregates response, into its builder. */
final class StatisticalResponseReader extends BuilderReader<StatisticalResponse.Builder> {
  private static final long serialVersionUID = 1L;
  private static final List<String> NAMES = List.of("interval", "metrics", "views");

  StatisticalResponseReader(JsonDeserializer<?> generic) {
    super(generic, NAMES);
  }

  @Override
  BuilderReader<StatisticalResponse.Builder> withGeneric(JsonDeserializer<?> generic) {
    return new StatisticalResponseReader(generic);
  }

  @Override
  StatisticalResponse.Builder builder() {
    return StatisticalResponse.builder();
  }

  @Override
  int indexOf(String name) {
    return switch (name) {
      case "interval" -> 0;
      case "metrics" -> 1;
      case "views" -> 2;
      default -> -1;
    };
  }

  @Override
  @SuppressWarnings("unchecked")
  void set(StatisticalResponse.Builder builder, int index, Object value) {
    switch (index) {
      case 0 -> builder.interval((String) value);
      case 1 -> builder.metrics((List<AggregateMetricData>) value);
      default -> builder.views((List<AggregateViewData>) value);
    }
  }

  @Override
  void unknown(StatisticalResponse.Builder builder, String name, JsonNode value) {
    builder.putUnknownField(name, value);
  }

  @Override
  Object build(StatisticalResponse.Builder builder) {
    return builder.build();
  }
}
