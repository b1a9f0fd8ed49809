package io.journeydsl;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.json.JourneyJsonException;
import java.io.IOException;
import java.util.List;

/**
 * Reads the bundle file format. Inside objects unknown fields are kept (they are wire fields the API
 * may have added); at the top level an unknown key is almost always a typo ({@code "segmets"}) that
 * would silently drop objects, so it is an error naming the key, line and column.
 */
final class BundleReader {
  private static final List<String> KEYS = List.of("segments", "outcomes", "actionTemplates", "actionMaps", "aggregateQueries");

  private BundleReader() {}

  static JourneyConfig read(String json) {
    try {
      checkTopLevel(json);
      return JourneyJson.mapper().readValue(json, JourneyConfig.class);
    } catch (JsonProcessingException e) {
      throw JourneyJsonException.of(JourneyConfig.class, e);
    } catch (IOException e) {
      throw JourneyJsonException.at("cannot read bundle: " + e.getMessage(), "", -1, -1);
    }
  }

  private static void checkTopLevel(String json) throws IOException {
    try (JsonParser p = JourneyJson.mapper().createParser(json)) {
      JsonToken first = p.nextToken();
      if (first != JsonToken.START_OBJECT) {
        JsonLocation at = p.currentTokenLocation();
        throw JourneyJsonException.at("a bundle must be a JSON object with the keys " + KEYS, "",
            first == null ? -1 : at.getLineNr(), first == null ? -1 : at.getColumnNr());
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        if (!KEYS.contains(key)) {
          JsonLocation at = p.currentTokenLocation();
          throw JourneyJsonException.at("invalid bundle: unknown key '" + key + "' (expected one of " + KEYS + ")",
              key, at.getLineNr(), at.getColumnNr());
        }
        p.nextToken();
        p.skipChildren();
      }
    }
  }
}
