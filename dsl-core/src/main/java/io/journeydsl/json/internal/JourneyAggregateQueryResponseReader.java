package io.journeydsl.json.internal;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import io.journeydsl.analytics.JourneyAggregateDataContainer;
import io.journeydsl.analytics.JourneyAggregateQueryResponse;
import java.util.List;

/** Reads {@link JourneyAggregateQueryResponse}, an aggregates response, the root of the analytics JSON, into its builder. */
final class JourneyAggregateQueryResponseReader extends BuilderReader<JourneyAggregateQueryResponse.Builder> {
  private static final long serialVersionUID = 1L;
  private static final List<String> NAMES = List.of("results");

  JourneyAggregateQueryResponseReader(JsonDeserializer<?> generic) {
    super(generic, NAMES);
  }

  @Override
  BuilderReader<JourneyAggregateQueryResponse.Builder> withGeneric(JsonDeserializer<?> generic) {
    return new JourneyAggregateQueryResponseReader(generic);
  }

  @Override
  JourneyAggregateQueryResponse.Builder builder() {
    return JourneyAggregateQueryResponse.builder();
  }

  @Override
  int indexOf(String name) {
    return name.equals("results") ? 0 : -1;
  }

  @Override
  @SuppressWarnings("unchecked")
  void set(JourneyAggregateQueryResponse.Builder builder, int index, Object value) {
    builder.results((List<JourneyAggregateDataContainer>) value);
  }

  @Override
  void unknown(JourneyAggregateQueryResponse.Builder builder, String name, JsonNode value) {
    builder.putUnknownField(name, value);
  }

  @Override
  Object build(JourneyAggregateQueryResponse.Builder builder) {
    return builder.build();
  }
}
