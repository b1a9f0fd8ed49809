package io.journeydsl.json.internal;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import io.journeydsl.actiontemplate.ActionTemplate;
import io.journeydsl.actiontemplate.CallToAction;
import io.journeydsl.actiontemplate.CloseButtonStyleProperties;
import io.journeydsl.actiontemplate.ContentOffer;
import io.journeydsl.actiontemplate.ContentOfferStyleProperties;
import io.journeydsl.actiontemplate.ContentOfferStylingConfiguration;
import io.journeydsl.actiontemplate.ContentPositionProperties;
import io.journeydsl.actiontemplate.CtaButtonStyleProperties;
import io.journeydsl.actiontemplate.TextStyleProperties;
import io.journeydsl.analytics.AggregateMetricData;
import io.journeydsl.analytics.AggregateViewData;
import io.journeydsl.analytics.JourneyAggregateDataContainer;
import io.journeydsl.analytics.JourneyAggregateQueryResponse;
import io.journeydsl.analytics.StatisticalResponse;
import io.journeydsl.analytics.StatisticalSummary;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Puts the hand-written {@link BuilderReader}s and {@link BuilderWriter}s in place of Jackson's bean
 * (de)serializers, for the few model types where the reflective calls of those cost most: the
 * analytics responses (read and written in bulk) and the action template (written, with many small
 * nested objects). Every other type keeps the generic path.
 */
public final class StreamingModifiers {
  /**
   * The packages of the types with a reader or writer. Every bean type of a mapper passes through the
   * modifiers when its (de)serializer is built; a type of any other package is let through before
   * the tables below are touched, so a first read of other types (a bundle, say) loads neither the
   * tables, their lambdas, nor the model classes they name.
   */
  private static final String ANALYTICS = StatisticalSummary.class.getPackageName();
  private static final String TEMPLATES = ActionTemplate.class.getPackageName();

  /**
   * The simple names of the types with a reader. The analytics package also holds the query types,
   * which a validator reads early; their names let them through without loading the readers.
   */
  static final Set<String> READ_TYPES = Set.of("JourneyAggregateQueryResponse", "JourneyAggregateDataContainer",
      "StatisticalResponse", "AggregateMetricData", "AggregateViewData", "StatisticalSummary");

  /** Loaded on the first analytics type a mapper deserializes. */
  static final class Readers {
    /** Readers by model type; each wraps the generic deserializer, its fallback. */
    static final Map<Class<?>, Function<JsonDeserializer<?>, JsonDeserializer<?>>> READERS = Map.of(
        JourneyAggregateQueryResponse.class, JourneyAggregateQueryResponseReader::new,
        JourneyAggregateDataContainer.class, JourneyAggregateDataContainerReader::new,
        StatisticalResponse.class, StatisticalResponseReader::new,
        AggregateMetricData.class, AggregateMetricDataReader::new,
        AggregateViewData.class, AggregateViewDataReader::new,
        StatisticalSummary.class, StatisticalSummaryReader::new);
  }

  /** Loaded on the first analytics or action template type a mapper serializes. */
  private static final class Writers {
    /** Writers by model type. */
    static final Map<Class<?>, Supplier<JsonSerializer<?>>> WRITERS = Map.ofEntries(
        writer(JourneyAggregateQueryResponse.class, JourneyAggregateQueryResponseWriter::new),
        writer(JourneyAggregateDataContainer.class, JourneyAggregateDataContainerWriter::new),
        writer(StatisticalResponse.class, StatisticalResponseWriter::new),
        writer(AggregateMetricData.class, AggregateMetricDataWriter::new),
        writer(AggregateViewData.class, AggregateViewDataWriter::new),
        writer(StatisticalSummary.class, StatisticalSummaryWriter::new),
        writer(ActionTemplate.class, ActionTemplateWriter::new),
        writer(ContentOffer.class, ContentOfferWriter::new),
        writer(CallToAction.class, CallToActionWriter::new),
        writer(ContentOfferStylingConfiguration.class, ContentOfferStylingConfigurationWriter::new),
        writer(ContentPositionProperties.class, ContentPositionPropertiesWriter::new),
        writer(ContentOfferStyleProperties.class, ContentOfferStylePropertiesWriter::new),
        writer(CloseButtonStyleProperties.class, CloseButtonStylePropertiesWriter::new),
        writer(CtaButtonStyleProperties.class, CtaButtonStylePropertiesWriter::new),
        writer(TextStyleProperties.class, TextStylePropertiesWriter::new));

    private static Map.Entry<Class<?>, Supplier<JsonSerializer<?>>> writer(Class<?> type,
        Supplier<JsonSerializer<?>> writer) {
      return Map.entry(type, writer);
    }
  }

  private StreamingModifiers() {}

  public static BeanSerializerModifier serializers() {
    return new BeanSerializerModifier() {
      @Override
      public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription desc,
          JsonSerializer<?> serializer) {
        Class<?> type = modelType(desc.getBeanClass());
        if (!type.getPackageName().equals(ANALYTICS) && !type.getPackageName().equals(TEMPLATES)) {
          return serializer;
        }
        Supplier<JsonSerializer<?>> writer = Writers.WRITERS.get(type);
        return writer == null ? serializer : writer.get();
      }
    };
  }

  public static BeanDeserializerModifier deserializers() {
    return new BeanDeserializerModifier() {
      @Override
      public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription desc,
          JsonDeserializer<?> deserializer) {
        Class<?> type = modelType(desc.getBeanClass());
        if (!type.getPackageName().equals(ANALYTICS) || !READ_TYPES.contains(type.getSimpleName())) {
          return deserializer;
        }
        Function<JsonDeserializer<?>, JsonDeserializer<?>> reader = Readers.READERS.get(type);
        return reader == null ? deserializer : reader.apply(deserializer);
      }
    };
  }

  /**
   * The model type that a generated {@code ImmutableX} implements. The nested {@code ImmutableX.Json}
   * delegate extends the model type too, but must keep its generic deserializer: the readers use its
   * properties, and the generic fallback reads through it.
   */
  private static Class<?> modelType(Class<?> beanClass) {
    return beanClass.isMemberClass() || beanClass.getSuperclass() == null ? Object.class : beanClass.getSuperclass();
  }
}
