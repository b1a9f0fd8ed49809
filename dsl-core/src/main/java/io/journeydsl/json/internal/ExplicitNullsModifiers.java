package io.journeydsl.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.journeydsl.json.ExplicitNulls;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Jackson hooks that turn {@link ExplicitNulls#explicitNulls()} into {@code "field": null} on write
 * and record incoming {@code null} fields on read. They wrap the bean (de)serializers of PATCH types
 * only; every other type is untouched.
 */
public final class ExplicitNullsModifiers {
  private ExplicitNullsModifiers() {}

  public static BeanSerializerModifier serializers() {
    return new BeanSerializerModifier() {
      @Override
      @SuppressWarnings("unchecked")
      public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription desc,
          JsonSerializer<?> serializer) {
        return ExplicitNulls.class.isAssignableFrom(desc.getBeanClass())
            ? new Writing((JsonSerializer<Object>) serializer) : serializer;
      }
    };
  }

  public static BeanDeserializerModifier deserializers() {
    return new BeanDeserializerModifier() {
      @Override
      public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription desc,
          JsonDeserializer<?> deserializer) {
        return ExplicitNulls.class.isAssignableFrom(desc.getBeanClass())
            ? new Reading(deserializer) : deserializer;
      }
    };
  }

  /** Serializes through the bean serializer, then swaps the carrier property for explicit nulls. */
  static final class Writing extends JsonSerializer<Object> implements ResolvableSerializer, ContextualSerializer {
    private final JsonSerializer<Object> delegate;

    Writing(JsonSerializer<Object> delegate) {
      this.delegate = delegate;
    }

    @Override
    public void resolve(SerializerProvider provider) throws JsonMappingException {
      if (delegate instanceof ResolvableSerializer resolvable) {
        resolvable.resolve(provider);
      }
    }

    @Override
    @SuppressWarnings("unchecked")
    public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
        throws JsonMappingException {
      if (delegate instanceof ContextualSerializer contextual) {
        return new Writing((JsonSerializer<Object>) contextual.createContextual(provider, property));
      }
      return this;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      TokenBuffer buffer = new TokenBuffer(gen.getCodec(), false);
      delegate.serialize(value, buffer, provider);
      JsonNode tree;
      try (JsonParser parser = buffer.asParser(gen.getCodec())) {
        // Floats and doubles reach the buffer as their shortest decimal text (JourneyJson's number
        // serializer), so reading decimals as BigDecimal keeps exactly the digits that were written.
        tree = parser.readValueAsTree();
      }
      if (!(tree instanceof ObjectNode node)) {
        delegate.serialize(value, gen, provider);
        return;
      }
      node.remove(ExplicitNulls.PROPERTY);
      for (String name : ((ExplicitNulls) value).explicitNulls()) {
        if (!node.has(name)) {
          node.putNull(name);
        }
      }
      gen.writeTree(node);
    }
  }

  /** Notes every field that arrives as {@code null} in the carrier property before binding. */
  static final class Reading extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    Reading(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
      return new Reading(newDelegatee);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.START_OBJECT) && !p.hasToken(JsonToken.FIELD_NAME)) {
        return super.deserialize(p, ctxt);
      }
      JsonNode tree = ctxt.readTree(p);
      if (!(tree instanceof ObjectNode node)) {
        return super.deserialize(p, ctxt);
      }
      Set<String> nulls = new LinkedHashSet<>();
      JsonNode carried = node.get(ExplicitNulls.PROPERTY);
      if (carried != null && carried.isArray()) {
        carried.forEach(n -> nulls.add(n.asText()));
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (field.getValue().isNull()) {
          nulls.add(field.getKey());
        }
      }
      if (!nulls.isEmpty()) {
        ArrayNode array = node.putArray(ExplicitNulls.PROPERTY);
        nulls.forEach(array::add);
      }
      JsonParser replay = node.traverse(p.getCodec());
      replay.nextToken();
      return _delegatee.deserialize(replay, ctxt);
    }
  }
}
