package io.journeydsl.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.journeydsl.analytics.AggregateViewData;
import java.io.IOException;

/** Writes {@link AggregateViewData}, the statistics of one view in an aggregates response. */
final class AggregateViewDataWriter extends BuilderWriter<AggregateViewData> {
  private static final long serialVersionUID = 1L;
  private static final SerializableString NAME = new SerializedString("name");
  private static final SerializableString STATS = new SerializedString("stats");

  AggregateViewDataWriter() {
    super(AggregateViewData.class, AggregateViewData::unknownFields);
  }

  @Override
  void fields(AggregateViewData value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    string(NAME, value.name(), gen);
    object(STATS, value.stats(), gen, provider);
  }
}
