package io.journeydsl.analytics;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.journeydsl.internal.JourneyStyle;
import io.journeydsl.internal.WireValue;
import jakarta.annotation.Nullable;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The body of {@code POST /api/v2/analytics/journeys/aggregates/query}.
 *
 * <p>Wire type {@code JourneyAggregationQuery} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"interval", "granularity", "timeZone", "groupBy", "filter", "metrics", "flattenMultivaluedDimensions", "views", "alternateTimeDimension"})
@JsonSerialize(as = ImmutableJourneyAggregationQuery.class)
@JsonDeserialize(as = ImmutableJourneyAggregationQuery.class)
public abstract class JourneyAggregationQuery extends WireValue implements JourneyAggregationQueryCopies {
  JourneyAggregationQuery() {}

  /** The date and time range of data being queried, as an ISO-8601 interval ({@code start/end}). Required by the API. */
  public abstract @Nullable String interval();

  /** ISO-8601 period that subdivides the interval (e.g. P1D); defaults to the whole interval. */
  public abstract @Nullable String granularity();

  /** IANA time zone used to calculate response intervals; UTC by default. */
  public abstract @Nullable String timeZone();

  /** Dimensions to group results by. */
  public abstract @Nullable List<JourneyDimension> groupBy();

  /** Boolean predicates ANDed with the interval. */
  public abstract @Nullable JourneyAggregateQueryFilter filter();

  /** The metrics to compute. Required by the API. */
  public abstract @Nullable List<JourneyMetric> metrics();

  /** Flattens any multivalued dimensions used in response groups (e.g. ['a','b','c']->'a,b,c'). */
  public abstract @Nullable Boolean flattenMultivaluedDimensions();

  /** Custom derived metric views. */
  public abstract @Nullable List<JourneyAggregationView> views();

  /** Dimension to use as the alternative timestamp for data in the aggregate. */
  public abstract @Nullable AlternateTimeDimension alternateTimeDimension();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link JourneyAggregationQuery} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableJourneyAggregationQuery.Builder implements JourneyAggregationQueryBuilderMethods {
    Builder() {}
  }
}
