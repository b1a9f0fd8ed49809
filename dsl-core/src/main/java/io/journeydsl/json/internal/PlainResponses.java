package io.journeydsl.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import io.journeydsl.actionmap.ActionMap;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.json.internal.generated.ActionMapReader;
import io.journeydsl.json.internal.generated.ActionTemplateReader;
import io.journeydsl.json.internal.generated.JourneySegmentReader;
import io.journeydsl.json.internal.generated.OutcomeReader;
import io.journeydsl.model.Listing;
import io.journeydsl.outcome.Outcome;
import io.journeydsl.segment.JourneySegment;
import jakarta.annotation.Nullable;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an API response with the generated plain readers: one stored object (a segment, outcome,
 * action map or action template) or a page of them. As for bundle files, only plain input is read
 * here (known fields, each key once, tokens of exactly the field's type, nothing after the value);
 * anything else answers {@code null} and the caller reads the body with the wire mapper, so a value
 * read here is the one the mapper would read, and every other outcome stays the mapper's.
 */
public final class PlainResponses {
  /** Reads one entity at the current token. */
  private interface EntityReader {
    Object read(JsonParser p, JsonToken t) throws IOException;
  }

  private PlainResponses() {}

  /**
   * The body read as {@code type}, or {@code null} when no generated reader covers the type or the
   * body is not plain.
   *
   * @param factory the wire mapper's factory (its parser features)
   * @param body the response body
   * @param type the response type: an entity class or {@code Listing<entity>} (as a Jackson or a
   *     reflected type)
   */
  public static @Nullable Object read(JsonFactory factory, byte[] body, Type type) {
    try {
      if (type instanceof Class<?> entity) {
        EntityReader reader = readerOf(entity);
        return reader == null ? null : whole(factory, body, reader);
      }
      Class<?> entity = listedEntity(type);
      EntityReader reader = entity == null ? null : readerOf(entity);
      return reader == null ? null : whole(factory, body, (p, t) -> listing(p, t, reader));
    } catch (IOException | RuntimeException notPlain) {
      // A bail, a duplicate key, malformed JSON or a value a builder refuses: the mapper decides.
      return null;
    }
  }

  /** {@code X} of {@code Listing<X>}, as the catalogue's Jackson type or a reflected one; else {@code null}. */
  private static @Nullable Class<?> listedEntity(Type type) {
    if (type instanceof JavaType java && java.getRawClass() == Listing.class && java.containedTypeCount() == 1) {
      return java.containedType(0).getRawClass();
    }
    if (type instanceof ParameterizedType listing && listing.getRawType() == Listing.class
        && listing.getActualTypeArguments()[0] instanceof Class<?> entity) {
      return entity;
    }
    return null;
  }

  private static @Nullable EntityReader readerOf(Class<?> entity) {
    if (entity == JourneySegment.class) {
      return JourneySegmentReader::read;
    } else if (entity == Outcome.class) {
      return OutcomeReader::read;
    } else if (entity == ActionMap.class) {
      return ActionMapReader::read;
    } else if (entity == ActionTemplate.class) {
      return ActionTemplateReader::read;
    }
    return null;
  }

  private static Object whole(JsonFactory factory, byte[] body, EntityReader reader) throws IOException {
    try (JsonParser p = factory.createParser(body)) {
      // The mapper keeps the last of two equal keys; here a repeated key leaves the body to it.
      p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      Object value = reader.read(p, p.nextToken());
      if (p.nextToken() != null) {
        throw PlainJson.bail();
      }
      return value;
    }
  }

  private static Listing<Object> listing(JsonParser p, JsonToken t, EntityReader reader) throws IOException {
    PlainJson.expect(t, JsonToken.START_OBJECT);
    Listing.Builder<Object> page = Listing.builder();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken v = p.nextToken();
      switch (name) {
        case "entities" -> page.entities(entities(p, v, reader));
        case "pageSize" -> page.pageSize(PlainJson.intValue(p, v));
        case "pageNumber" -> page.pageNumber(PlainJson.intValue(p, v));
        case "total" -> page.total(PlainJson.longValue(p, v));
        case "firstUri" -> page.firstUri(PlainJson.string(p, v));
        case "nextUri" -> page.nextUri(PlainJson.string(p, v));
        case "previousUri" -> page.previousUri(PlainJson.string(p, v));
        case "lastUri" -> page.lastUri(PlainJson.string(p, v));
        case "selfUri" -> page.selfUri(PlainJson.string(p, v));
        case "pageCount" -> page.pageCount(PlainJson.intValue(p, v));
        default -> throw PlainJson.bail();
      }
    }
    return page.build();
  }

  private static List<Object> entities(JsonParser p, JsonToken t, EntityReader reader) throws IOException {
    PlainJson.expect(t, JsonToken.START_ARRAY);
    List<Object> out = new ArrayList<>();
    for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
      out.add(reader.read(p, e));
    }
    return out;
  }
}
