package io.journeydsl.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import io.journeydsl.internal.ModelStrings;
import jakarta.annotation.Nullable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One page of a Genesys list endpoint: the entities and the paging envelope ({@code pageNumber} is
 * 1-based, {@code pageCount} = ceil(total / pageSize); the {@code *Uri} fields are relative URIs and
 * {@code nextUri}/{@code previousUri} are absent on the last/first page).
 *
 * <p>One generic type serves every collection; its JSON is the wire's {@code SegmentListing},
 * {@code OutcomeListing}, {@code ActionMapListing}, {@code ActionTemplateListing} and
 * {@code ActionTargetListing} alike. Every field is optional; unknown fields are kept and written back.
 *
 * @param <T> the entity type
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"entities", "pageSize", "pageNumber", "total", "firstUri", "nextUri", "previousUri", "lastUri",
    "selfUri", "pageCount"})
public final class Listing<T> {
  private final @Nullable List<T> entities;
  private final @Nullable Integer pageSize;
  private final @Nullable Integer pageNumber;
  private final @Nullable Long total;
  private final @Nullable String firstUri;
  private final @Nullable String nextUri;
  private final @Nullable String previousUri;
  private final @Nullable String lastUri;
  private final @Nullable String selfUri;
  private final @Nullable Integer pageCount;
  // Filled by Jackson after the creator ran, and never after the value is handed out.
  private final Map<String, JsonNode> unknownFields = new LinkedHashMap<>();

  @JsonCreator
  Listing(@JsonProperty("entities") @Nullable List<T> entities, @JsonProperty("pageSize") @Nullable Integer pageSize,
      @JsonProperty("pageNumber") @Nullable Integer pageNumber, @JsonProperty("total") @Nullable Long total,
      @JsonProperty("firstUri") @Nullable String firstUri, @JsonProperty("nextUri") @Nullable String nextUri,
      @JsonProperty("previousUri") @Nullable String previousUri, @JsonProperty("lastUri") @Nullable String lastUri,
      @JsonProperty("selfUri") @Nullable String selfUri, @JsonProperty("pageCount") @Nullable Integer pageCount) {
    this.entities = entities == null ? null : List.copyOf(entities);
    this.pageSize = pageSize;
    this.pageNumber = pageNumber;
    this.total = total;
    this.firstUri = firstUri;
    this.nextUri = nextUri;
    this.previousUri = previousUri;
    this.lastUri = lastUri;
    this.selfUri = selfUri;
    this.pageCount = pageCount;
  }

  @JsonAnySetter
  private void unknownField(String name, JsonNode value) {
    unknownFields.put(name, value);
  }

  /** The entities of this page, or {@code null} when the response had none. */
  @JsonProperty("entities")
  public @Nullable List<T> entities() {
    return entities;
  }

  /** The page size the server applied. */
  @JsonProperty("pageSize")
  public @Nullable Integer pageSize() {
    return pageSize;
  }

  /** The 1-based number of this page. */
  @JsonProperty("pageNumber")
  public @Nullable Integer pageNumber() {
    return pageNumber;
  }

  /** The number of matching entities over all pages. */
  @JsonProperty("total")
  public @Nullable Long total() {
    return total;
  }

  /** Relative URI of the first page. */
  @JsonProperty("firstUri")
  public @Nullable String firstUri() {
    return firstUri;
  }

  /** Relative URI of the next page; absent on the last page. */
  @JsonProperty("nextUri")
  public @Nullable String nextUri() {
    return nextUri;
  }

  /** Relative URI of the previous page; absent on the first page. */
  @JsonProperty("previousUri")
  public @Nullable String previousUri() {
    return previousUri;
  }

  /** Relative URI of the last page. */
  @JsonProperty("lastUri")
  public @Nullable String lastUri() {
    return lastUri;
  }

  /** Relative URI of this page. */
  @JsonProperty("selfUri")
  public @Nullable String selfUri() {
    return selfUri;
  }

  /** The number of pages. */
  @JsonProperty("pageCount")
  public @Nullable Integer pageCount() {
    return pageCount;
  }

  /** Fields this version of journey-dsl does not know; kept on read and written back unchanged. */
  @JsonAnyGetter
  public Map<String, JsonNode> unknownFields() {
    return Collections.unmodifiableMap(unknownFields);
  }

  /** The entities of this page, never {@code null}. */
  public List<T> entitiesOrEmpty() {
    return entities == null ? List.of() : entities;
  }

  /** Whether a page follows this one, by {@code pageCount} or else by {@code nextUri}. */
  public boolean hasNextPage() {
    if (pageNumber != null && pageCount != null) {
      return pageNumber < pageCount;
    }
    return nextUri != null && !nextUri.isEmpty();
  }

  /** A new, empty builder. */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Listing<?> that && Objects.equals(entities, that.entities)
        && Objects.equals(pageSize, that.pageSize) && Objects.equals(pageNumber, that.pageNumber)
        && Objects.equals(total, that.total) && Objects.equals(firstUri, that.firstUri)
        && Objects.equals(nextUri, that.nextUri) && Objects.equals(previousUri, that.previousUri)
        && Objects.equals(lastUri, that.lastUri) && Objects.equals(selfUri, that.selfUri)
        && Objects.equals(pageCount, that.pageCount) && unknownFields.equals(that.unknownFields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(entities, pageSize, pageNumber, total, firstUri, nextUri, previousUri, lastUri, selfUri,
        pageCount, unknownFields);
  }

  /** The type name and the compact wire JSON; unset fields are left out. */
  @Override
  public String toString() {
    return ModelStrings.of(this);
  }

  /**
   * Builds {@link Listing} values (for fakes and tests; clients receive them).
   *
   * @param <T> the entity type
   */
  public static final class Builder<T> {
    private @Nullable List<T> entities;
    private @Nullable Integer pageSize;
    private @Nullable Integer pageNumber;
    private @Nullable Long total;
    private @Nullable String firstUri;
    private @Nullable String nextUri;
    private @Nullable String previousUri;
    private @Nullable String lastUri;
    private @Nullable String selfUri;
    private @Nullable Integer pageCount;

    private Builder() {}

    /** Sets {@code entities}; replaces any set before. */
    public Builder<T> entities(@Nullable List<T> entities) {
      this.entities = entities;
      return this;
    }

    /** Sets {@code pageSize}. */
    public Builder<T> pageSize(@Nullable Integer pageSize) {
      this.pageSize = pageSize;
      return this;
    }

    /** Sets {@code pageNumber}. */
    public Builder<T> pageNumber(@Nullable Integer pageNumber) {
      this.pageNumber = pageNumber;
      return this;
    }

    /** Sets {@code total}. */
    public Builder<T> total(@Nullable Long total) {
      this.total = total;
      return this;
    }

    /** Sets {@code firstUri}. */
    public Builder<T> firstUri(@Nullable String firstUri) {
      this.firstUri = firstUri;
      return this;
    }

    /** Sets {@code nextUri}. */
    public Builder<T> nextUri(@Nullable String nextUri) {
      this.nextUri = nextUri;
      return this;
    }

    /** Sets {@code previousUri}. */
    public Builder<T> previousUri(@Nullable String previousUri) {
      this.previousUri = previousUri;
      return this;
    }

    /** Sets {@code lastUri}. */
    public Builder<T> lastUri(@Nullable String lastUri) {
      this.lastUri = lastUri;
      return this;
    }

    /** Sets {@code selfUri}. */
    public Builder<T> selfUri(@Nullable String selfUri) {
      this.selfUri = selfUri;
      return this;
    }

    /** Sets {@code pageCount}. */
    public Builder<T> pageCount(@Nullable Integer pageCount) {
      this.pageCount = pageCount;
      return this;
    }

    /** The listing. */
    public Listing<T> build() {
      return new Listing<>(entities, pageSize, pageNumber, total, firstUri, nextUri, previousUri, lastUri, selfUri,
          pageCount);
    }
  }
}
