package io.journeydsl.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.journeydsl.actiontemplate.ContentOfferStyleProperties;
import java.io.IOException;

/** Writes {@link ContentOfferStyleProperties}, the style of a content offer's box. */
final class ContentOfferStylePropertiesWriter extends BuilderWriter<ContentOfferStyleProperties> {
  private static final long serialVersionUID = 1L;
  private static final SerializableString PADDING = new SerializedString("padding");
  private static final SerializableString COLOR = new SerializedString("color");
  private static final SerializableString BACKGROUND_COLOR = new SerializedString("backgroundColor");

  ContentOfferStylePropertiesWriter() {
    super(ContentOfferStyleProperties.class, ContentOfferStyleProperties::unknownFields);
  }

  @Override
  void fields(ContentOfferStyleProperties value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    string(PADDING, value.padding(), gen);
    string(COLOR, value.color(), gen);
    string(BACKGROUND_COLOR, value.backgroundColor(), gen);
  }
}
