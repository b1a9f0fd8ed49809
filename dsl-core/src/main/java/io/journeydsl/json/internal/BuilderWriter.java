package io.journeydsl.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.journeydsl.model.OpenEnum;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Writes one model type's JSON object by calling its accessors directly, instead of Jackson's bean
 * serializer with its reflective getter calls and its map serializer for the (usually empty)
 * {@code @JsonAnyGetter} map. The text is the bean serializer's: fields in {@code @JsonPropertyOrder},
 * null fields left out, then the unknown fields in their map's order. Known field names are given
 * as {@link SerializableString}s, encoded once, as the bean serializer has them.
 *
 * @param <T> the model type
 */
abstract class BuilderWriter<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  /** How a model type gives its unknown fields (its {@code unknownFields()} accessor). */
  @FunctionalInterface
  interface UnknownFields<T> extends Serializable {
    Map<String, JsonNode> of(T value);
  }

  private final UnknownFields<T> unknownFields;

  /** Serializers of nested values met so far; null until the first (and after Java deserialization). */
  private transient Nested[] nested;

  BuilderWriter(Class<T> type, UnknownFields<T> unknownFields) {
    super(type);
    this.unknownFields = unknownFields;
  }

  @Override
  public final void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeStartObject(value);
    fields(value, gen, provider);
    unknown(unknownFields.of(value), gen, provider);
    gen.writeEndObject();
  }

  /** Writes the known fields, in wire order, leaving out the null ones. */
  abstract void fields(T value, JsonGenerator gen, SerializerProvider provider) throws IOException;

  private static void unknown(Map<String, JsonNode> fields, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    if (fields.isEmpty()) {
      return;
    }
    for (Map.Entry<String, JsonNode> field : fields.entrySet()) {
      gen.writeFieldName(field.getKey());
      // What Jackson's serializer of a JsonNode does; a tree's nulls and decimals come out as read.
      field.getValue().serialize(gen, provider);
    }
  }

  static void string(SerializableString name, String value, JsonGenerator gen) throws IOException {
    if (value != null) {
      gen.writeFieldName(name);
      gen.writeString(value);
    }
  }

  /** An open enumeration, by its wire value (its {@code @JsonValue}). */
  static void openEnum(SerializableString name, OpenEnum value, JsonGenerator gen) throws IOException {
    if (value != null) {
      gen.writeFieldName(name);
      gen.writeString(value.value());
    }
  }

  static void decimal(SerializableString name, BigDecimal value, JsonGenerator gen) throws IOException {
    if (value != null) {
      gen.writeFieldName(name);
      gen.writeNumber(value);
    }
  }

  static void integer(SerializableString name, Long value, JsonGenerator gen) throws IOException {
    if (value != null) {
      gen.writeFieldName(name);
      gen.writeNumber(value.longValue());
    }
  }

  static void integer(SerializableString name, Integer value, JsonGenerator gen) throws IOException {
    if (value != null) {
      gen.writeFieldName(name);
      gen.writeNumber(value.intValue());
    }
  }

  /** A nested value, by the serializer Jackson has for its class (this package's writer for a model type). */
  void object(SerializableString name, Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    if (value != null) {
      gen.writeFieldName(name);
      serializer(value.getClass(), provider).serialize(value, gen, provider);
    }
  }

  /** A list of nested values, each by the serializer Jackson has for its class. */
  void list(SerializableString name, List<?> values, JsonGenerator gen, SerializerProvider provider) throws IOException {
    if (values == null) {
      return;
    }
    gen.writeFieldName(name);
    gen.writeStartArray(values, values.size());
    Class<?> last = null;
    JsonSerializer<Object> serializer = null;
    for (Object element : values) {
      if (element.getClass() != last) {
        last = element.getClass();
        serializer = serializer(last, provider);
      }
      serializer.serialize(element, gen, provider);
    }
    gen.writeEndArray();
  }

  /**
   * The serializer Jackson has for a class of nested value. Looking it up in the provider costs a
   * hash of the class name per object, a good part of a small object's write; this writer belongs to
   * one mapper, so the answer is kept. The array is replaced, never changed, so a racing reader sees
   * an old or a new one, both right.
   */
  private JsonSerializer<Object> serializer(Class<?> type, SerializerProvider provider) throws IOException {
    Nested[] known = nested == null ? new Nested[0] : nested;
    for (Nested n : known) {
      if (n.type == type) {
        return n.serializer;
      }
    }
    JsonSerializer<Object> found = provider.findValueSerializer(type);
    Nested[] more = Arrays.copyOf(known, known.length + 1);
    more[known.length] = new Nested(type, found);
    nested = more;
    return found;
  }

  /** A class of nested value and its serializer. */
  private record Nested(Class<?> type, JsonSerializer<Object> serializer) {}
}
