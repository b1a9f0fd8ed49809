package io.journeydsl.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.journeydsl.actiontemplate.CtaButtonStyleProperties;
import java.io.IOException;

/** Writes {@link CtaButtonStyleProperties}, the style of a content offer's call-to-action button. */
final class CtaButtonStylePropertiesWriter extends BuilderWriter<CtaButtonStyleProperties> {
  private static final long serialVersionUID = 1L;
  private static final SerializableString COLOR = new SerializedString("color");
  private static final SerializableString FONT = new SerializedString("font");
  private static final SerializableString FONT_SIZE = new SerializedString("fontSize");
  private static final SerializableString TEXT_ALIGN = new SerializedString("textAlign");
  private static final SerializableString BACKGROUND_COLOR = new SerializedString("backgroundColor");

  CtaButtonStylePropertiesWriter() {
    super(CtaButtonStyleProperties.class, CtaButtonStyleProperties::unknownFields);
  }

  @Override
  void fields(CtaButtonStyleProperties value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    string(COLOR, value.color(), gen);
    string(FONT, value.font(), gen);
    string(FONT_SIZE, value.fontSize(), gen);
    openEnum(TEXT_ALIGN, value.textAlign(), gen);
    string(BACKGROUND_COLOR, value.backgroundColor(), gen);
  }
}
