package io.journeydsl.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.util.ClassUtil;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Reads one model type's JSON object straight into its Immutables builder, instead of through the
 * generated {@code Json} delegate: Jackson would fill the delegate by reflective setter calls and
 * then build the value by a reflective factory call, which is most of the cost of a small object.
 *
 * <p>The value of each field is still read by the property of that delegate, as Jackson resolved it
 * (its deserializer, its null handling, its coercions), and an unknown field by the same tree reader
 * as the {@code @JsonAnySetter}; only the reflective set is gone. Any other input than an object
 * goes to the generic deserializer, so errors read exactly as before.
 *
 * @param <B> the builder of the model type
 */
abstract class BuilderReader<B> extends DelegatingDeserializer {
  private static final long serialVersionUID = 1L;

  private final List<String> names;
  /** The delegate's properties in the order of {@link #names}; set by {@link #resolve}. */
  private transient SettableBeanProperty[] properties;
  /** For each property, which plain token it reads without its deserializer (see {@link #read}). */
  private transient JsonToken[] plain;
  /** The generic deserializer of the delegate, whose error wrapping is reused. */
  private transient BeanDeserializerBase fields;

  /**
   * @param generic the deserializer Jackson built for the Immutables type
   * @param names the wire names of the known fields; {@link #set} receives their index
   */
  BuilderReader(JsonDeserializer<?> generic, List<String> names) {
    super(generic);
    this.names = names;
  }

  /** A new, empty builder. */
  abstract B builder();

  /** Sets the known field {@code index} (into the names) to {@code value}, which may be null. */
  abstract void set(B builder, int index, Object value);

  /** Keeps an unknown field. */
  abstract void unknown(B builder, String name, JsonNode value);

  /** Builds the value. */
  abstract Object build(B builder);

  /** The index of a known wire name, or -1. */
  abstract int indexOf(String name);

  @Override
  public void resolve(DeserializationContext ctxt) throws JsonMappingException {
    super.resolve(ctxt);
    // The generic deserializer builds the value from the Immutables Json delegate; its properties
    // carry Jackson's resolved deserializer and null handling for each field.
    JavaType delegate = ((BeanDeserializerBase) _delegatee).getValueInstantiator().getDelegateType(ctxt.getConfig());
    fields = (BeanDeserializerBase) ctxt.findRootValueDeserializer(delegate);
    properties = new SettableBeanProperty[names.size()];
    plain = new JsonToken[names.size()];
    for (int i = 0; i < properties.length; i++) {
      properties[i] = fields.findProperty(names.get(i));
      if (properties[i] == null) {
        throw JsonMappingException.from(ctxt, "no property " + names.get(i) + " in " + delegate);
      }
      plain[i] = plainToken(properties[i]);
    }
  }

  /**
   * The token whose value Jackson's own deserializer of this property would return unchanged:
   * a string for a String, an integer for a Long or Integer, a decimal for a BigDecimal. Any other
   * token (null, a coercion, an error) still goes through the deserializer.
   */
  private static JsonToken plainToken(SettableBeanProperty property) {
    if (property.getValueTypeDeserializer() != null || !ClassUtil.isJacksonStdImpl(property.getValueDeserializer())) {
      return null;
    }
    Class<?> type = property.getType().getRawClass();
    if (type == String.class) {
      return JsonToken.VALUE_STRING;
    }
    if (type == Long.class || type == Integer.class) {
      return JsonToken.VALUE_NUMBER_INT;
    }
    return type == BigDecimal.class ? JsonToken.VALUE_NUMBER_FLOAT : null;
  }

  /** The value of known field {@code index}, the parser at its first token. */
  private Object read(int index, JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken token = p.currentToken();
    if (token == plain[index]) {
      switch (token) {
        case VALUE_STRING:
          return p.getText();
        case VALUE_NUMBER_FLOAT:
          return p.getDecimalValue();
        default:
          // Not a conditional expression: that would widen the int to a long.
          if (properties[index].getType().getRawClass() == Long.class) {
            return p.getLongValue();
          }
          return p.getIntValue();
      }
    }
    return properties[index].deserialize(p, ctxt);
  }

  @Override
  protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
    BuilderReader<B> copy = withGeneric(newDelegatee);
    copy.properties = properties;
    copy.plain = plain;
    copy.fields = fields;
    return copy;
  }

  /** The same reader around another generic deserializer. */
  abstract BuilderReader<B> withGeneric(JsonDeserializer<?> generic);

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    String name;
    if (p.isExpectedStartObjectToken()) {
      name = p.nextFieldName();
    } else if (p.hasToken(JsonToken.FIELD_NAME) && properties != null) {
      name = p.currentName();
    } else {
      return _delegatee.deserialize(p, ctxt);
    }
    B builder = builder();
    // The generic path fails a builder call (a null map value, say) only after the whole object is
    // read, as a failed construction; so does this one.
    RuntimeException invalid = null;
    for (; name != null; name = p.nextFieldName()) {
      p.nextToken();
      int index = indexOf(name);
      Object value;
      try {
        value = index >= 0 ? read(index, p, ctxt) : ctxt.readTree(p);
      } catch (Exception e) {
        fields.wrapAndThrow(e, builder, name, ctxt);
        return null;
      }
      try {
        if (index >= 0) {
          set(builder, index, value);
        } else {
          unknown(builder, name, (JsonNode) value);
        }
      } catch (RuntimeException e) {
        invalid = invalid == null ? e : invalid;
      }
    }
    try {
      if (invalid != null) {
        throw invalid;
      }
      return build(builder);
    } catch (RuntimeException e) {
      throw ctxt.instantiationException(handledType(), e);
    }
  }
}
