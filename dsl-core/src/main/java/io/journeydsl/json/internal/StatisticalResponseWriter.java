package io.journeydsl.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.journeydsl.analytics.StatisticalResponse;
import java.io.IOException;

/** Writes {@link StatisticalResponse}, one interval of an aggregates response. */
final class StatisticalResponseWriter extends BuilderWriter<StatisticalResponse> {
  private static final long serialVersionUID = 1L;
  private static final SerializableString INTERVAL = new SerializedString("interval");
  private static final SerializableString METRICS = new SerializedString("metrics");
  private static final SerializableString VIEWS = new SerializedString("views");

  StatisticalResponseWriter() {
    super(StatisticalResponse.class, StatisticalResponse::unknownFields);
  }

  @Override
  void fields(StatisticalResponse value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    string(INTERVAL, value.interval(), gen);
    list(METRICS, value.metrics(), gen, provider);
    list(VIEWS, value.views(), gen, provider);
  }
}
