package io.journeydsl.json;

import com.fasterxml.jackson.databind.ObjectMapper;

/** For tests in other packages: the wire mapper without its hand-written (de)serializers. */
public final class GenericJourneyJson {
  private static final ObjectMapper GENERIC = JourneyJson.newMapper(false);

  private GenericJourneyJson() {}

  /** Jackson's generic bean (de)serializers for every type, configured as {@link JourneyJson#mapper()}. */
  public static ObjectMapper mapper() {
    return GENERIC;
  }
}
