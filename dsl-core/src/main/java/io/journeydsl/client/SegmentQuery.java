package io.journeydsl.client;

import io.journeydsl.internal.JourneyStyle;
import io.journeydsl.spi.JourneyOperation;
import jakarta.annotation.Nullable;
import java.util.List;
import org.immutables.value.Value;

/**
 * The query parameters of {@code GET /api/v2/journey/segments}, in API order. Absent parameters are
 * not sent. The client sends what it is given; the validator checks the combinations (id lists are
 * not compatible with paging, sorting or querying; {@code queryFields} needs {@code queryValue}).
 */
@Value.Immutable
@JourneyStyle
public abstract class SegmentQuery implements SegmentQueryCopies {
  SegmentQuery() {}

  /** Field(s) to sort by, comma-separated; a {@code -} prefix sorts descending. */
  public abstract @Nullable String sortBy();

  /** Page size (server default 25). */
  public abstract @Nullable Integer pageSize();

  /** 1-based page number (server default 1). */
  public abstract @Nullable Integer pageNumber();

  /** Whether to show only active segments. */
  public abstract @Nullable Boolean isActive();

  /** IDs of segments to return (at most 100); sent as repeated keys. */
  public abstract List<String> segmentIds();

  /** Segment field(s) to query on; sent as repeated keys. */
  public abstract List<String> queryFields();

  /** Value to query on (fuzzy-matched). */
  public abstract @Nullable String queryValue();

  /** Adds these parameters to a list operation under construction (the client and the validator both read a query this way). */
  public void applyTo(JourneyOperation.Builder<?> operation) {
    operation.queryParameter("sortBy", sortBy())
        .queryParameter("pageSize", pageSize())
        .queryParameter("pageNumber", pageNumber())
        .queryParameter("isActive", isActive())
        .queryParameter("segmentIds", segmentIds())
        .queryParameter("queryFields", queryFields())
        .queryParameter("queryValue", queryValue());
  }

  /** This query asking for another page. */
  SegmentQuery atPage(int pageNumber) {
    return builder().from(this).pageNumber(pageNumber).build();
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The query without parameters: the server's first page with default size. */
  public static SegmentQuery all() {
    return builder().build();
  }

  /** Builds {@link SegmentQuery} values. */
  public static final class Builder extends ImmutableSegmentQuery.Builder {
    Builder() {}

    /** Sorts by several fields, joined with commas (prefix a field with {@code -} for descending). */
    public final Builder sortBy(String first, String second, String... more) {
      return sortBy(SortFields.join(first, second, more));
    }
  }
}
