package io.journeydsl.segment;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.journeydsl.model.Listing;
import io.journeydsl.internal.JourneyStyle;
import io.journeydsl.internal.ModelStrings;
import jakarta.annotation.Nullable;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One page of segments.
 *
 * <p>Wire type {@code SegmentListing} of the Genesys Journey API; every field is optional in the Java
 * model (absent is {@code null}) and the validator reports the ones the API requires.
 */
@Value.Immutable
@JourneyStyle
@JsonPropertyOrder({"entities", "pageSize", "pageNumber", "total", "firstUri", "nextUri", "previousUri", "lastUri", "selfUri", "pageCount"})
@JsonSerialize(as = ImmutableSegmentListing.class)
@JsonDeserialize(as = ImmutableSegmentListing.class)
public abstract class SegmentListing implements Listing<JourneySegment> {
  SegmentListing() {}

  /** The type name and the compact wire JSON of this value; unset fields are left out. */
  @Override
  public String toString() {
    return ModelStrings.of(this);
  }

  /** Wire field {@code entities}. */
  @Override
  public abstract @Nullable List<JourneySegment> entities();

  /** Wire field {@code pageSize}. */
  @Override
  public abstract @Nullable Integer pageSize();

  /** Wire field {@code pageNumber}. */
  @Override
  public abstract @Nullable Integer pageNumber();

  /** Wire field {@code total}. */
  @Override
  public abstract @Nullable Long total();

  /** Wire field {@code firstUri}. */
  @Override
  public abstract @Nullable String firstUri();

  /** Wire field {@code nextUri}. */
  @Override
  public abstract @Nullable String nextUri();

  /** Wire field {@code previousUri}. */
  @Override
  public abstract @Nullable String previousUri();

  /** Wire field {@code lastUri}. */
  @Override
  public abstract @Nullable String lastUri();

  /** Wire field {@code selfUri}. */
  @Override
  public abstract @Nullable String selfUri();

  /** Wire field {@code pageCount}. */
  @Override
  public abstract @Nullable Integer pageCount();

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SegmentListing} values; nested objects may be given as builder lambdas. */
  public static final class Builder extends ImmutableSegmentListing.Builder {
    Builder() {}
  }
}
