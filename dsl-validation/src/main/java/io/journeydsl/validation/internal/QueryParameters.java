package io.journeydsl.validation.internal;

import io.journeydsl.catalog.ApiCollection;
import io.journeydsl.client.ActionMapQuery;
import io.journeydsl.client.ActionTargetQuery;
import io.journeydsl.client.ActionTemplateQuery;
import io.journeydsl.client.OutcomeQuery;
import io.journeydsl.client.SegmentQuery;
import io.journeydsl.model.Listing;
import io.journeydsl.spi.HttpMethod;
import io.journeydsl.spi.JourneyOperation;
import jakarta.annotation.Nullable;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The typed queries of the client as wire parameters: each query fills the list operation of its
 * collection exactly as the client does, so the validator checks what would be sent.
 */
public final class QueryParameters {
  /**
   * A typed query as the list endpoint sees it.
   *
   * @param collection the collection listed
   * @param parameters the query parameters, name to values, absent ones left out
   */
  public record Query(ApiCollection collection, Map<String, List<String>> parameters) {}

  /** One typed query class, the collection it lists and how it fills an operation. */
  private record Kind<Q>(Class<Q> type, ApiCollection collection, BiConsumer<Q, JourneyOperation.Builder<?>> apply) {
    void applyTo(Object query, JourneyOperation.Builder<?> operation) {
      apply.accept(type.cast(query), operation);
    }
  }

  private static final List<Kind<?>> KINDS = List.of(
      new Kind<>(SegmentQuery.class, ApiCollection.SEGMENTS, SegmentQuery::applyTo),
      new Kind<>(OutcomeQuery.class, ApiCollection.OUTCOMES, OutcomeQuery::applyTo),
      new Kind<>(ActionMapQuery.class, ApiCollection.ACTION_MAPS, ActionMapQuery::applyTo),
      new Kind<>(ActionTemplateQuery.class, ApiCollection.ACTION_TEMPLATES, ActionTemplateQuery::applyTo),
      new Kind<>(ActionTargetQuery.class, ApiCollection.ACTION_TARGETS, ActionTargetQuery::applyTo));

  private QueryParameters() {}

  /** The collection and parameters of a typed query, or {@code null} when {@code value} is none. */
  public static @Nullable Query of(Object value) {
    for (Kind<?> kind : KINDS) {
      if (kind.type().isInstance(value)) {
        JourneyOperation.Builder<Listing> operation = JourneyOperation.builder(
            kind.collection().operation(HttpMethod.GET, false).orElseThrow(), Listing.class);
        kind.applyTo(value, operation);
        return new Query(kind.collection(), operation.build().queryParameters());
      }
    }
    return null;
  }
}
