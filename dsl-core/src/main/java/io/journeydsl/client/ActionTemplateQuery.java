package io.journeydsl.client;

import io.journeydsl.actiontemplate.ActionTemplateState;
import io.journeydsl.model.MediaType;
import io.journeydsl.internal.JourneyStyle;
import io.journeydsl.spi.JourneyOperation;
import jakarta.annotation.Nullable;
import java.util.List;
import org.immutables.value.Value;

/**
 * The query parameters of {@code GET /api/v2/journey/actiontemplates}, in API order. Absent
 * parameters are not sent. The client sends what it is given; the validator checks the combinations
 * ({@code queryFields} with {@code queryValue}).
 */
@Value.Immutable
@JourneyStyle
public abstract class ActionTemplateQuery implements ActionTemplateQueryCopies {
  ActionTemplateQuery() {}

  /** 1-based page number (server default 1). */
  public abstract @Nullable Integer pageNumber();

  /** Page size (server default 25). */
  public abstract @Nullable Integer pageSize();

  /** Field(s) to sort by, comma-separated; a {@code -} prefix sorts descending. */
  public abstract @Nullable String sortBy();

  /** Only templates of this media type. */
  public abstract @Nullable MediaType mediaType();

  /** Only templates in this state ({@code Deleted} lists soft-deleted templates). */
  public abstract @Nullable ActionTemplateState state();

  /** Action template field(s) to query on; sent as repeated keys. */
  public abstract List<String> queryFields();

  /** Value to query on (fuzzy-matched). */
  public abstract @Nullable String queryValue();

  /** Adds these parameters to a list operation under construction (the client and the validator both read a query this way). */
  public void applyTo(JourneyOperation.Builder<?> operation) {
    operation.queryParameter("pageNumber", pageNumber())
        .queryParameter("pageSize", pageSize())
        .queryParameter("sortBy", sortBy())
        .queryParameter("mediaType", mediaType())
        .queryParameter("state", state())
        .queryParameter("queryFields", queryFields())
        .queryParameter("queryValue", queryValue());
  }

  /** This query asking for another page. */
  ActionTemplateQuery atPage(int pageNumber) {
    return builder().from(this).pageNumber(pageNumber).build();
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The query without parameters: the server's first page with default size. */
  public static ActionTemplateQuery all() {
    return builder().build();
  }

  /** Builds {@link ActionTemplateQuery} values. */
  public static final class Builder extends ImmutableActionTemplateQuery.Builder {
    Builder() {}

    /** Sorts by several fields, joined with commas (prefix a field with {@code -} for descending). */
    public final Builder sortBy(String first, String second, String... more) {
      return sortBy(SortFields.join(first, second, more));
    }
  }
}
