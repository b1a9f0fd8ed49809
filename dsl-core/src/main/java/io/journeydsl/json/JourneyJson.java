package io.journeydsl.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.JsonSerializer;
import io.journeydsl.json.internal.ExplicitNullsModifiers;
import io.journeydsl.json.internal.StreamingModifiers;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The Jackson configuration of the Genesys Journey wire format: nulls omitted, timestamps as
 * {@code 2023-12-19T11:59:00.000Z}, unknown fields kept by every model type, explicit nulls of PATCH
 * bodies written and read back. Use {@link #mapper()} (shared, thread-safe) or
 * {@link #newMapper()} (a private copy to customise).
 */
public final class JourneyJson {
  private static final ObjectMapper SHARED = newMapper();

  private JourneyJson() {}

  /** The shared mapper. Do not reconfigure it; take {@link #newMapper()} for that. */
  public static ObjectMapper mapper() {
    return SHARED;
  }

  /** A fresh mapper configured for the Journey wire format. */
  public static ObjectMapper newMapper() {
    return newMapper(true);
  }

  /**
   * A fresh mapper; without {@code streaming}, every type goes through Jackson's generic bean
   * (de)serializers, the reference that tests hold the hand-written ones to.
   */
  static ObjectMapper newMapper(boolean streaming) {
    JsonMapper.Builder builder = JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .addModule(wireModule());
    if (streaming) {
      builder.addModule(streamingModule());
    }
    JsonMapper mapper = builder
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        // Free-form JSON (unknown fields, configurationFields) must come back as it was sent: read
        // its decimals as BigDecimal, not double, and keep their digits as written.
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
        .build();
    // A list element can never be null on the wire; failing in Jackson (instead of in the immutable
    // collection later) names the element's path, e.g. pageUrlConditions[0].
    mapper.configOverride(List.class).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
    return mapper;
  }

  /** The module with journey-dsl's own (de)serializers; registered last so that it wins. */
  private static SimpleModule wireModule() {
    SimpleModule module = new SimpleModule("journey-wire");
    module.addSerializer(Instant.class, new JsonSerializer<Instant>() {
      @Override
      public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(WireInstant.format(value));
      }
    });
    module.addDeserializer(Instant.class, new JsonDeserializer<Instant>() {
      @Override
      public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String text = p.getValueAsString();
        if (text == null) {
          return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
        }
        try {
          return WireInstant.parse(text);
        } catch (DateTimeParseException e) {
          return (Instant) ctxt.handleWeirdStringValue(Instant.class, text, e.getMessage());
        }
      }
    });
    // A float or double is written as the shortest decimal that reads back as the same value, and a
    // small one plainly: 0.0001 rather than 1.0E-4, so a number comes back with the digits it was
    // sent with. Large ones keep their exponent, so they still read as decimals, never as integers.
    JsonSerializer<Number> plainDecimal = new JsonSerializer<>() {
      @Override
      public void serialize(Number value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        String shortest = value.toString();
        boolean finite = value instanceof Float f ? Float.isFinite(f) : Double.isFinite(value.doubleValue());
        if (!finite || !shortest.contains("E-")) {
          gen.writeNumber(shortest);
        } else {
          gen.writeNumber(new java.math.BigDecimal(shortest).stripTrailingZeros().toPlainString());
        }
      }
    };
    module.addSerializer(Float.class, plainDecimal);
    module.addSerializer(Double.class, plainDecimal);
    module.setSerializerModifier(ExplicitNullsModifiers.serializers());
    module.setDeserializerModifier(ExplicitNullsModifiers.deserializers());
    return module;
  }

  /**
   * Hand-written (de)serializers for the types read and written in bulk: same JSON, without the
   * reflective calls of Jackson's bean (de)serializers (see {@link StreamingModifiers}).
   */
  private static SimpleModule streamingModule() {
    SimpleModule module = new SimpleModule("journey-streaming");
    module.setSerializerModifier(StreamingModifiers.serializers());
    module.setDeserializerModifier(StreamingModifiers.deserializers());
    return module;
  }

  /** Writes a value as compact wire JSON. */
  public static String write(Object value) {
    try {
      return SHARED.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new JourneyJsonException("cannot write " + value.getClass().getSimpleName() + " as JSON: "
          + e.getOriginalMessage(), e);
    }
  }

  /** Writes a value as indented wire JSON. */
  public static String writePretty(Object value) {
    try {
      return SHARED.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new JourneyJsonException("cannot write " + value.getClass().getSimpleName() + " as JSON: "
          + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads wire JSON into a model type.
   *
   * @throws JourneyJsonException naming the JSON path, line and column of the first problem
   */
  public static <T> T read(String json, Class<T> type) {
    try {
      return SHARED.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw JourneyJsonException.of(type, e);
    }
  }
}
