package dev.dbx.client;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * The results of a paginated call (Find, List): iterate the records, and the
 * next page is fetched when the last one is used up. Each iteration starts
 * again from the first page; {@link #pages()} iterates page by page.
 */
public final class Pages<T> implements Iterable<T> {

  /** One page: its records and the token of the next page, empty on the last one. */
  public record Page<T>(List<T> items, String nextPageToken) {}

  private final Function<String, Page<T>> fetch;

  /** @param fetch fetches the page of a token ("" for the first page) */
  Pages(Function<String, Page<T>> fetch) {
    this.fetch = fetch;
  }

  /** The pages themselves, fetched one at a time. */
  public Iterable<Page<T>> pages() {
    return () -> new Iterator<>() {
      private String token = "";
      private boolean last;

      @Override
      public boolean hasNext() {
        return !last;
      }

      @Override
      public Page<T> next() {
        if (last) {
          throw new NoSuchElementException();
        }
        Page<T> page = fetch.apply(token);
        token = page.nextPageToken();
        last = token.isEmpty();
        return page;
      }
    };
  }

  @Override
  public Iterator<T> iterator() {
    Iterator<Page<T>> pages = pages().iterator();
    return new Iterator<>() {
      private Iterator<T> items = List.<T>of().iterator();

      @Override
      public boolean hasNext() {
        while (!items.hasNext() && pages.hasNext()) {
          items = pages.next().items().iterator();
        }
        return items.hasNext();
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return items.next();
      }
    };
  }
}
