package io.journeydsl.client;

import io.journeydsl.internal.JourneyStyle;
import io.journeydsl.spi.JourneyOperation;
import jakarta.annotation.Nullable;
import org.immutables.value.Value;

/** The query parameters of {@code GET /api/v2/journey/actiontargets}: paging only. Absent ones are not sent. */
@Value.Immutable
@JourneyStyle
public abstract class ActionTargetQuery implements ActionTargetQueryCopies {
  ActionTargetQuery() {}

  /** 1-based page number (server default 1). */
  public abstract @Nullable Integer pageNumber();

  /** Page size (server default 25). */
  public abstract @Nullable Integer pageSize();

  /** Adds these parameters to a list operation under construction (the client and the validator both read a query this way). */
  public void applyTo(JourneyOperation.Builder<?> operation) {
    operation.queryParameter("pageNumber", pageNumber())
        .queryParameter("pageSize", pageSize());
  }

  /** This query asking for another page. */
  ActionTargetQuery atPage(int pageNumber) {
    return builder().from(this).pageNumber(pageNumber).build();
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The query without parameters: the server's first page with default size. */
  public static ActionTargetQuery all() {
    return builder().build();
  }

  /** Builds {@link ActionTargetQuery} values. */
  public static final class Builder extends ImmutableActionTargetQuery.Builder {
    Builder() {}
  }
}
