package io.journeydsl.analytics;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.journeydsl.internal.JourneyStyle;
import io.journeydsl.internal.WireValue;
import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Statistics of a metric or view.
 *
 * <p>Wire type {@code StatisticalSummary} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"max", "min", "count", "countNegative", "countPositive", "sum", "current", "ratio", "numerator", "denominator", "target", "p95", "p99", "calculatedMetricValue"})
@JsonSerialize(as = ImmutableStatisticalSummary.class)
@JsonDeserialize(as = ImmutableStatisticalSummary.class)
public abstract class StatisticalSummary extends WireValue implements StatisticalSummaryCopies {
  StatisticalSummary() {}

  /** Wire field {@code max}. */
  public abstract @Nullable BigDecimal max();

  /** Wire field {@code min}. */
  public abstract @Nullable BigDecimal min();

  /** Wire field {@code count}. */
  public abstract @Nullable Long count();

  /** Wire field {@code countNegative}. */
  public abstract @Nullable Long countNegative();

  /** Wire field {@code countPositive}. */
  public abstract @Nullable Long countPositive();

  /** Wire field {@code sum}. */
  public abstract @Nullable BigDecimal sum();

  /** Wire field {@code current}. */
  public abstract @Nullable BigDecimal current();

  /** Wire field {@code ratio}. */
  public abstract @Nullable BigDecimal ratio();

  /** Wire field {@code numerator}. */
  public abstract @Nullable BigDecimal numerator();

  /** Wire field {@code denominator}. */
  public abstract @Nullable BigDecimal denominator();

  /** Wire field {@code target}. */
  public abstract @Nullable BigDecimal target();

  /** Wire field {@code p95}. */
  public abstract @Nullable Long p95();

  /** Wire field {@code p99}. */
  public abstract @Nullable Long p99();

  /** Calculated metric value (API 2025-10 and later). Newer than the 198.1.0 SDK model. */
  public abstract @Nullable Integer calculatedMetricValue();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link StatisticalSummary} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableStatisticalSummary.Builder {
    Builder() {}
  }
}
