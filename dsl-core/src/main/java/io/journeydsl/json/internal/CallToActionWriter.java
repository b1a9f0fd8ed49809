package io.journeydsl.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.journeydsl.actiontemplate.CallToAction;
import java.io.IOException;

/** Writes {@link CallToAction}, the call to action of a content offer. */
final class CallToActionWriter extends BuilderWriter<CallToAction> {
  private static final long serialVersionUID = 1L;
  private static final SerializableString TEXT = new SerializedString("text");
  private static final SerializableString URL = new SerializedString("url");
  private static final SerializableString TARGET = new SerializedString("target");

  CallToActionWriter() {
    super(CallToAction.class, CallToAction::unknownFields);
  }

  @Override
  void fields(CallToAction value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    string(TEXT, value.text(), gen);
    string(URL, value.url(), gen);
    openEnum(TARGET, value.target(), gen);
  }
}
