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
 * the server stops as soon as it sees the cancel. A stream read to its end is
 * released by itself. A failure surfaces from {@code hasNext()} or
 * {@code next()} as a {@link DbxException}.
 */
public final class ServerStream<T> implements Iterator<T>, AutoCloseable {

  private final Context.CancellableContext context;
  private final Iterator<?> responses;
  private final Function<Object, ? extends Iterable<T>> items;
  private Iterator<T> batch = Collections.emptyIterator();
  private boolean closed;

  private ServerStream(Context.CancellableContext context, Iterator<?> responses, Function<Object, ? extends Iterable<T>> items) {
    this.context = context;
    this.responses = responses;
    this.items = items;
  }

  /**
   * Starts a call in a context of its own, so that closing the stream cancels
   * that call and nothing else.
   *
   * @param start makes the blocking server-streaming call
   * @param items the items of one response (a FindStream batch holds many records)
   */
  @SuppressWarnings("unchecked")
  static <R, T> ServerStream<T> open(Supplier<Iterator<R>> start, Function<R, ? extends Iterable<T>> items) {
    Context.CancellableContext context = Context.current().withCancellation();
    try {
      Iterator<R> responses = context.call(start::get);
      return new ServerStream<>(context, responses, (Function<Object, ? extends Iterable<T>>) items);
    } catch (Exception e) {
      context.cancel(e);
      throw DbxException.from(e);
    }
  }

  @Override
  public boolean hasNext() {
    try {
      while (!batch.hasNext()) {
        if (closed || !responses.hasNext()) {
          close();
          return false;
        }
        batch = items.apply(responses.next()).iterator();
      }
      return true;
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
    return batch.next();
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
