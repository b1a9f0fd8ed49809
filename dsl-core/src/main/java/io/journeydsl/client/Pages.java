package io.journeydsl.client;

import io.journeydsl.model.Listing;
import jakarta.annotation.Nullable;
import java.util.Collections;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy, sequential stream over the entities of consecutive pages. The first page is fetched when
 * the first element is asked for, each next page only when the previous one is used up and
 * {@link Listing#hasNextPage()} says there is one; an empty page also ends the stream.
 */
final class Pages<T> extends Spliterators.AbstractSpliterator<T> {
  private final Supplier<Listing<T>> firstPage;
  private final IntFunction<Listing<T>> page;
  private int pageNumber;
  private @Nullable Listing<T> last;
  private Iterator<T> entities = Collections.emptyIterator();
  private boolean done;

  private Pages(@Nullable Integer firstPageNumber, Supplier<Listing<T>> firstPage, IntFunction<Listing<T>> page) {
    super(Long.MAX_VALUE, Spliterator.ORDERED);
    this.pageNumber = firstPageNumber == null ? 1 : firstPageNumber;
    this.firstPage = firstPage;
    this.page = page;
  }

  /**
   * Streams the entities of {@code firstPage} and the pages after it.
   *
   * @param firstPageNumber the page number the first request asks for ({@code null}: the server's default, 1)
   * @param firstPage fetches the first page, with the query exactly as the caller gave it
   * @param page fetches the page with the given number
   */
  static <T> Stream<T> stream(@Nullable Integer firstPageNumber, Supplier<Listing<T>> firstPage,
      IntFunction<Listing<T>> page) {
    return StreamSupport.stream(new Pages<>(firstPageNumber, firstPage, page), false);
  }

  @Override
  public boolean tryAdvance(Consumer<? super T> action) {
    while (!entities.hasNext()) {
      if (done || !fetchNext()) {
        done = true;
        return false;
      }
    }
    action.accept(entities.next());
    return true;
  }

  private boolean fetchNext() {
    Listing<T> listing;
    if (last == null) {
      listing = firstPage.get();
    } else {
      if (!last.hasNextPage() || last.entitiesOrEmpty().isEmpty()) {
        return false;
      }
      pageNumber = pageNumber + 1;
      listing = page.apply(pageNumber);
    }
    if (listing == null) {
      return false;
    }
    if (listing.pageNumber() != null) {
      pageNumber = listing.pageNumber();
    }
    last = listing;
    entities = listing.entitiesOrEmpty().iterator();
    return true;
  }
}
