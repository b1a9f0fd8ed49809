package io.journeydsl.client;

import io.journeydsl.internal.JourneyStyle;
import io.journeydsl.spi.JourneyOperation;
import jakarta.annotation.Nullable;
import java.util.List;
import org.immutables.value.Value;

/**
 * The query parameters of {@code GET /api/v2/journey/actionmaps}, in API order. Absent parameters
 * are not sent. The client sends what it is given; the validator checks the combinations
 * ({@code filterField} with {@code filterValue}, {@code queryFields} with {@code queryValue}, id lists
 * not with paging, filtering, sorting or querying).
 */
@Value.Immutable
@JourneyStyle
public abstract class ActionMapQuery implements ActionMapQueryCopies {
  ActionMapQuery() {}

  /** 1-based page number (server default 1). */
  public abstract @Nullable Integer pageNumber();

  /** Page size (server default 25). */
  public abstract @Nullable Integer pageSize();

  /** Field(s) to sort by, comma-separated; a {@code -} prefix sorts descending. */
  public abstract @Nullable String sortBy();

  /** Field to filter by, e.g. {@code weight} or {@code action.actionTemplate.id}. */
  public abstract @Nullable String filterField();

  /** Value to filter by. */
  public abstract @Nullable String filterValue();

  /** IDs of action maps to return (at most 100); sent as repeated keys. */
  public abstract List<String> actionMapIds();

  /** Action map field(s) to query on; sent as repeated keys. */
  public abstract List<String> queryFields();

  /** Value to query on (fuzzy-matched). */
  public abstract @Nullable String queryValue();

  /** Adds these parameters to a list operation under construction (the client and the validator both read a query this way). */
  public void applyTo(JourneyOperation.Builder<?> operation) {
    operation.queryParameter("pageNumber", pageNumber())
        .queryParameter("pageSize", pageSize())
        .queryParameter("sortBy", sortBy())
        .queryParameter("filterField", filterField())
        .queryParameter("filterValue", filterValue())
        .queryParameter("actionMapIds", actionMapIds())
        .queryParameter("queryFields", queryFields())
        .queryParameter("queryValue", queryValue());
  }

  /** This query asking for another page. */
  ActionMapQuery atPage(int pageNumber) {
    return builder().from(this).pageNumber(pageNumber).build();
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The query without parameters: the server's first page with default size. */
  public static ActionMapQuery all() {
    return builder().build();
  }

  /** Builds {@link ActionMapQuery} values. */
  public static final class Builder extends ImmutableActionMapQuery.Builder {
    Builder() {}

    /** Sorts by several fields, joined with commas (prefix a field with {@code -} for descending). */
    public final Builder sortBy(String first, String second, String... more) {
      return sortBy(SortFields.join(first, second, more));
    }

    /** Filters by one field and value; sets both {@code filterField} and {@code filterValue}. */
    public final Builder filter(String field, String value) {
      return filterField(field).filterValue(value);
    }
  }
}
