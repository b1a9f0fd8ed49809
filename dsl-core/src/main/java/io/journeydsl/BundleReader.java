package io.journeydsl;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.journeydsl.json.JourneyJson;
import io.journeydsl.json.JourneyJsonException;
import io.journeydsl.json.internal.generated.JourneyConfigReader;
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
 *
 * <p>The second pass first tries the readers the build generated for the bundle's types
 * ({@code io.journeydsl.json.internal.generated}), which read plain input straight into the builders
 * with jackson-core alone and bail on anything else (an unknown field, a null, a token of another
 * type, a value a builder refuses). Only then does the strict mapper bind the document, as it always
 * did, so every value and every error is the mapper's; the mapper, whose set-up costs most of the
 * first read in a new JVM, is created only when a document needs it.
 */
final class BundleReader {
  private static final List<String> KEYS = List.of("segments", "outcomes", "actionTemplates", "actionMaps", "aggregateQueries");
  /**
   * The parsers of the mapper's strict reader without the mapper: a default factory (the one a
   * {@code JsonMapper} builds: same features, same limits) with duplicate detection, and one without.
   */
  private static final Parsers PLAIN_PARSERS = new Parsers(
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()::createParser,
      JsonFactory.builder().build()::createParser);

  private BundleReader() {}

  static JourneyConfig read(String json) {
    try {
      check(json, PLAIN_PARSERS);
      JourneyConfig plain = plain(json);
      return plain != null ? plain : Strict.bind(json);
    } catch (IOException e) {
      throw cannotRead(e);
    }
  }

  /** The reader without the generated readers: check and bind with the strict mapper alone (the reference in tests). */
  static JourneyConfig readWithMapper(String json) {
    try {
      check(json, Strict.PARSERS);
      return Strict.bind(json);
    } catch (IOException e) {
      throw cannotRead(e);
    }
  }

  /**
   * The value the generated readers give for a document that passes the check, or {@code null} when
   * they bail; for tests, which hold it to {@link #readWithMapper} and make sure plain input never bails.
   */
  static JourneyConfig readPlain(String json) {
    try {
      check(json, PLAIN_PARSERS);
    } catch (IOException e) {
      throw cannotRead(e);
    }
    return plain(json);
  }

  private static JourneyJsonException cannotRead(IOException e) {
    return JourneyJsonException.at(JourneyJsonException.SYNTAX, "cannot read bundle: " + e.getMessage(), "", -1, -1);
  }

  /** The bundle as the generated readers read it, or {@code null} when they bail. */
  private static JourneyConfig plain(String json) {
    try (JsonParser p = PLAIN_PARSERS.strict().create(json)) {
      return JourneyConfigReader.read(p, p.nextToken());
    } catch (IOException | RuntimeException e) {
      // The readers' bail signal, or anything else they or a builder threw: the input is not plain.
      // The mapper reads it instead and reports whatever is wrong with it, exactly as before.
      return null;
    }
  }

  /** Opens a parser on a document. */
  private interface ParserFactory {
    JsonParser create(String json) throws IOException;
  }

  /** The parsers the check uses: with duplicate detection, and without it (to look further for bad syntax). */
  private record Parsers(ParserFactory strict, ParserFactory lenient) {}

  /**
   * The strict mapper, in a class of its own so that it (and {@link JourneyJson}'s mapper) is created
   * only when a document is not plain, or by the reference path of the tests.
   */
  private static final class Strict {
    static final ObjectReader READER = strictReader();
    static final Parsers PARSERS = new Parsers(READER::createParser,
        READER.without(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)::createParser);

    private Strict() {}

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

    static JourneyConfig bind(String json) throws IOException {
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
  }

  /**
   * Throws the first problem of the document itself: bad syntax, data after the end, a limit, then
   * a duplicate key, the top level not being an object, or an unknown top-level key.
   */
  private static void check(String json, Parsers parsers) throws IOException {
    JourneyJsonException duplicate;
    try (JsonParser p = parsers.strict().create(json)) {
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
    try (JsonParser p = parsers.lenient().create(json)) {
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
