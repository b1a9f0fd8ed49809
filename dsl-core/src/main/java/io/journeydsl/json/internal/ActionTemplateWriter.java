package io.journeydsl.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.journeydsl.actiontemplate.ActionTemplate;
import java.io.IOException;

/** Writes {@link ActionTemplate}, an action template, the root of its JSON. */
final class ActionTemplateWriter extends BuilderWriter<ActionTemplate> {
  private static final long serialVersionUID = 1L;
  private static final SerializableString ID = new SerializedString("id");
  private static final SerializableString NAME = new SerializedString("name");
  private static final SerializableString DESCRIPTION = new SerializedString("description");
  private static final SerializableString VERSION = new SerializedString("version");
  private static final SerializableString MEDIA_TYPE = new SerializedString("mediaType");
  private static final SerializableString STATE = new SerializedString("state");
  private static final SerializableString CONTENT_OFFER = new SerializedString("contentOffer");
  private static final SerializableString SELF_URI = new SerializedString("selfUri");
  private static final SerializableString CREATED_DATE = new SerializedString("createdDate");
  private static final SerializableString MODIFIED_DATE = new SerializedString("modifiedDate");

  ActionTemplateWriter() {
    super(ActionTemplate.class, ActionTemplate::unknownFields);
  }

  @Override
  void fields(ActionTemplate value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    string(ID, value.id(), gen);
    string(NAME, value.name(), gen);
    string(DESCRIPTION, value.description(), gen);
    integer(VERSION, value.version(), gen);
    openEnum(MEDIA_TYPE, value.mediaType(), gen);
    openEnum(STATE, value.state(), gen);
    object(CONTENT_OFFER, value.contentOffer(), gen, provider);
    string(SELF_URI, value.selfUri(), gen);
    object(CREATED_DATE, value.createdDate(), gen, provider);
    object(MODIFIED_DATE, value.modifiedDate(), gen, provider);
  }
}
