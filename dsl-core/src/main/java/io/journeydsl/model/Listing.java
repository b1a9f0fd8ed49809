package io.journeydsl.model;

import jakarta.annotation.Nullable;
import java.util.List;

/**
 * One page of a Genesys list endpoint: the entities and the paging envelope
 * ({@code pageNumber} is 1-based, {@code pageCount} = ceil(total / pageSize); the {@code *Uri}
 * fields are relative URIs and {@code nextUri}/{@code previousUri} are absent on the last/first page).
 *
 * @param <T> the entity type
 */
public interface Listing<T> {
  /** The entities of this page, or {@code null} when the response had none. */
  @Nullable List<T> entities();

  /** The page size the server applied. */
  @Nullable Integer pageSize();

  /** The 1-based number of this page. */
  @Nullable Integer pageNumber();

  /** The number of matching entities over all pages. */
  @Nullable Long total();

  /** Relative URI of the first page. */
  @Nullable String firstUri();

  /** Relative URI of the next page; absent on the last page. */
  @Nullable String nextUri();

  /** Relative URI of the previous page; absent on the first page. */
  @Nullable String previousUri();

  /** Relative URI of the last page. */
  @Nullable String lastUri();

  /** Relative URI of this page. */
  @Nullable String selfUri();

  /** The number of pages. */
  @Nullable Integer pageCount();

  /** The entities of this page, never {@code null}. */
  default List<T> entitiesOrEmpty() {
    List<T> entities = entities();
    return entities == null ? List.of() : entities;
  }

  /** Whether a page follows this one, by {@code pageCount} or else by {@code nextUri}. */
  default boolean hasNextPage() {
    Integer number = pageNumber();
    Integer count = pageCount();
    if (number != null && count != null) {
      return number < count;
    }
    return nextUri() != null && !nextUri().isEmpty();
  }
}
