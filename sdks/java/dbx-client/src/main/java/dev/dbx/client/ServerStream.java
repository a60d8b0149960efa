package dev.dbx.client;

import io.grpc.Context;
import io.grpc.StatusRuntimeException;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A server stream read as a blocking {@link Iterator}: {@code next()} waits for
 * the server's next item. Close it (try-with-resources) to end the call early;
 * the server stops as soon as it sees the cancel. A stream read to its end, or
 * that failed, is released by itself. A failure surfaces from
 * {@code hasNext()} or {@code next()} as a {@link DbxException}.
 */
public final class ServerStream<T> implements Iterator<T>, AutoCloseable {

  private final Context.CancellableContext context;
  private final Iterator<T> items;
  private boolean closed;

  private ServerStream(Context.CancellableContext context, Iterator<T> items) {
    this.context = context;
    this.items = items;
  }

  /**
   * Starts a call in a context of its own, so that closing the stream cancels
   * that call and nothing else.
   *
   * @param start makes the blocking server-streaming call
   * @param itemsOf the items of one response (a FindStream batch holds many records)
   */
  static <R, T> ServerStream<T> open(Supplier<Iterator<R>> start, Function<R, ? extends Iterable<T>> itemsOf) {
    Context.CancellableContext context = Context.current().withCancellation();
    Iterator<R> responses;
    try {
      responses = context.call(start::get);
    } catch (Exception e) {
      context.cancel(e);
      throw DbxException.from(e);
    }
    Iterator<T> items = new Iterator<>() {
      private Iterator<T> batch = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!batch.hasNext()) {
          if (!responses.hasNext()) {
            return false;
          }
          batch = itemsOf.apply(responses.next()).iterator();
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return batch.next();
      }
    };
    return new ServerStream<>(context, items);
  }

  @Override
  public boolean hasNext() {
    if (closed) {
      return false;
    }
    try {
      if (items.hasNext()) {
        return true;
      }
      close();
      return false;
    } catch (StatusRuntimeException e) {
      close();
      throw DbxException.from(e);
    }
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return items.next();
  }

  /** Cancels the call if it is still open; closing twice does nothing. */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      context.cancel(null);
    }
  }
}
