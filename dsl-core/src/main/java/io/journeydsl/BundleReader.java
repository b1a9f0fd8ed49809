package io.journeydsl;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.json.JourneyJsonException;
import java.io.IOException;
import java.util.List;

/**
 * Reads the bundle file format, as strictly as the API reads a body. Inside objects unknown fields
 * are kept (they are wire fields the API may have added); at the top level an unknown key is almost
 * always a typo ({@code "segmets"}) that would silently drop objects, so it is an error naming the
 * key, line and column.
 *
 * <p>Unlike the shared mapper that reads API responses, the bundle reader refuses what a hand-edited
 * file gets wrong: data after the closing brace (a merge-conflict marker), a key given twice in one
 * object (the second would silently replace the first), a string or a fraction where an integer
 * belongs ({@code "weight": "3"}, {@code 2.9}), a number or a string where a boolean or a string
 * belongs. Every error names the line, column and wire path.
 *
 * <p>It reads in two passes: the first checks that the text is one JSON document within the parser's
 * limits and that its top level has the shape of a bundle, the second binds it to the model. So a
 * file that is not JSON is always reported as such ({@link JourneyJsonException#isMalformed()}),
 * never as a wrong type found before the syntax error.
 */
final class BundleReader {
  private static final List<String> KEYS = List.of("segments", "outcomes", "actionTemplates", "actionMaps", "aggregateQueries");
  private static final ObjectReader READER = strictReader();

  private BundleReader() {}

  static JourneyConfig read(String json) {
    try {
      check(json);
      return bind(json);
    } catch (IOException e) {
      throw JourneyJsonException.at(JourneyJsonException.SYNTAX, "cannot read bundle: " + e.getMessage(), "", -1, -1);
    }
  }

  /** A private mapper for the wire format with every lenient coercion of a scalar turned off. */
  private static ObjectReader strictReader() {
    ObjectMapper mapper = JourneyJson.newMapper();
    fail(mapper, LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.EmptyString,
        CoercionInputShape.Float, CoercionInputShape.Boolean);
    fail(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.EmptyString, CoercionInputShape.Boolean);
    fail(mapper, LogicalType.Boolean, CoercionInputShape.String, CoercionInputShape.EmptyString,
        CoercionInputShape.Integer, CoercionInputShape.Float);
    fail(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean);
    return mapper.readerFor(JourneyConfig.class)
        .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .without(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  }

  private static void fail(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
    for (CoercionInputShape shape : shapes) {
      mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
    }
  }

  private static JourneyConfig bind(String json) throws IOException {
    try (JsonParser p = READER.createParser(json)) {
      try {
        return READER.readValue(p);
      } catch (StreamConstraintsException e) {
        throw limit(p, e);
      } catch (JsonProcessingException e) {
        throw JourneyJsonException.of(JourneyConfig.class, e);
      }
    }
  }

  /**
   * Throws the first problem of the document itself: bad syntax, data after the end, a limit, then
   * a duplicate key, the top level not being an object, or an unknown top-level key.
   */
  private static void check(String json) throws IOException {
    JourneyJsonException duplicate;
    try (JsonParser p = READER.createParser(json)) {
      try {
        scan(p);
        return;
      } catch (JsonProcessingException e) {
        String key = p.getParsingContext().getCurrentName();
        // The parser stands just after the key's closing quote.
        JsonLocation after = p.currentLocation();
        int column = Math.max(1, after.getColumnNr() - key.length() - 2);
        String path = JourneyJsonException.pathOf(p.getParsingContext());
        duplicate = JourneyJsonException.at(JourneyJsonException.DUPLICATE_KEY, "duplicate key '" + key + "' at " + path
            + ": a key may appear once in an object (a second value would silently replace the first)",
            path, after.getLineNr(), column);
      }
    }
    // Bad syntax further on outweighs the duplicate: look again without duplicate detection.
    try (JsonParser p = READER.without(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).createParser(json)) {
      try {
        scan(p);
      } catch (JourneyJsonException e) {
        if (e.isMalformed()) {
          throw e;
        }
      }
    }
    throw duplicate;
  }

  private static void scan(JsonParser p) throws IOException {
    JourneyJsonException shape = null;
    try {
      JsonToken first = p.nextToken();
      if (first == null) {
        // The place is where the text ends: that is where a reader of the file expects the missing object.
        JsonLocation end = p.currentLocation();
        throw JourneyJsonException.at(JourneyJsonException.SYNTAX, "empty input: a bundle is a JSON object with the keys " + KEYS,
            "", end.getLineNr(), end.getColumnNr());
      }
      if (first != JsonToken.START_OBJECT) {
        JsonLocation at = p.currentTokenLocation();
        shape = JourneyJsonException.at(JourneyJsonException.TYPE, "a bundle must be a JSON object with the keys " + KEYS
            + ", found " + describe(first), "", at.getLineNr(), at.getColumnNr());
      }
      int depth = first.isStructStart() ? 1 : 0;
      while (depth > 0) {
        JsonToken t = p.nextToken();
        if (t == null) {
          JsonLocation at = p.currentLocation();
          throw JourneyJsonException.at(JourneyJsonException.SYNTAX, "unexpected end of input", "", at.getLineNr(), at.getColumnNr());
        } else if (t.isStructStart()) {
          depth++;
        } else if (t.isStructEnd()) {
          depth--;
        } else if (t == JsonToken.VALUE_STRING) {
          p.getText(); // the string length limit applies when the text is read
        } else if (t == JsonToken.FIELD_NAME && depth == 1 && shape == null && first == JsonToken.START_OBJECT
            && !KEYS.contains(p.currentName())) {
          JsonLocation at = p.currentTokenLocation();
          shape = JourneyJsonException.at(JourneyJsonException.UNKNOWN_KEY, "invalid bundle: unknown key '" + p.currentName()
              + "' (expected one of " + KEYS + ")", p.currentName(), at.getLineNr(), at.getColumnNr());
        }
      }
      trailing(p);
    } catch (StreamConstraintsException e) {
      throw limit(p, e);
    } catch (JsonProcessingException e) {
      if (isDuplicate(e)) {
        throw e;
      }
      throw JourneyJsonException.of(JourneyConfig.class, e);
    }
    if (shape != null) {
      throw shape;
    }
  }

  /** After the document's last token there must be nothing but whitespace. */
  private static void trailing(JsonParser p) throws IOException {
    JsonLocation end = p.currentTokenLocation();
    String message = "unexpected data after the end of the JSON document, which ended at line " + end.getLineNr()
        + ", column " + end.getColumnNr() + " (a leftover merge-conflict marker or a second document?)";
    JsonToken after;
    try {
      after = p.nextToken();
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
      throw JourneyJsonException.at(JourneyJsonException.SYNTAX, message, "", at.getLineNr(), at.getColumnNr());
    }
    if (after != null) {
      JsonLocation at = p.currentTokenLocation();
      throw JourneyJsonException.at(JourneyJsonException.SYNTAX, message, "", at.getLineNr(), at.getColumnNr());
    }
  }

  private static boolean isDuplicate(JsonProcessingException e) {
    return String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field");
  }

  private static JourneyJsonException limit(JsonParser p, StreamConstraintsException e) {
    JsonLocation at = p.currentLocation();
    String what = String.valueOf(e.getOriginalMessage()).replaceAll(",? from `[^`]*`", "");
    String path = JourneyJsonException.pathOf(p.getParsingContext());
    return JourneyJsonException.at(JourneyJsonException.LIMIT, "input beyond the reader's limits"
        + (path.isEmpty() ? "" : " at " + path) + ": " + what, path, at.getLineNr(), at.getColumnNr());
  }

  private static String describe(JsonToken token) {
    return switch (token) {
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "true or false";
      case VALUE_NULL -> "null";
      default -> "something else";
    };
  }
}
