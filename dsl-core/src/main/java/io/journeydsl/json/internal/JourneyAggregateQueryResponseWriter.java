package io.journeydsl.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.journeydsl.analytics.JourneyAggregateQueryResponse;
import java.io.IOException;

/** Writes {@link JourneyAggregateQueryResponse}, an aggregates response, the root of the analytics JSON. */
final class JourneyAggregateQueryResponseWriter extends BuilderWriter<JourneyAggregateQueryResponse> {
  private static final long serialVersionUID = 1L;
  private static final SerializableString RESULTS = new SerializedString("results");

  JourneyAggregateQueryResponseWriter() {
    super(JourneyAggregateQueryResponse.class, JourneyAggregateQueryResponse::unknownFields);
  }

  @Override
  void fields(JourneyAggregateQueryResponse value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    list(RESULTS, value.results(), gen, provider);
  }
}
