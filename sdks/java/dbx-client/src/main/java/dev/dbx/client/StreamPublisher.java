package dev.dbx.client;

import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import io.grpc.stub.StreamObserver;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * A server stream as a Reactive Streams {@link Publisher}. Each subscription
 * makes its own call, with gRPC's automatic flow control off: a response is
 * asked of the server only when the subscriber has demand the buffered items
 * do not cover, so a slow subscriber holds the server back (HTTP/2 flow
 * control) instead of filling memory. At most one response's items are
 * buffered. {@code cancel()} cancels the call.
 *
 * @param <R> the response message
 * @param <T> the items of one response, as published
 */
final class StreamPublisher<R, T> implements Publisher<T> {

  private final Consumer<StreamObserver<R>> start;
  private final Function<R, ? extends Iterable<T>> items;

  /**
   * @param start starts the async stub's call with the given observer
   * @param items the items of one response
   */
  StreamPublisher(Consumer<StreamObserver<R>> start, Function<R, ? extends Iterable<T>> items) {
    this.start = start;
    this.items = items;
  }

  @Override
  public void subscribe(Subscriber<? super T> subscriber) {
    if (subscriber == null) {
      throw new NullPointerException("subscriber"); // Reactive Streams rule 1.9
    }
    new CallSubscription(subscriber).begin();
  }

  /** One subscription: one call, and the queue-drain loop that serialises the subscriber's signals. */
  private final class CallSubscription implements Subscription, ClientResponseObserver<Object, R> {

    private final Subscriber<? super T> subscriber;
    private final Queue<T> buffer = new ConcurrentLinkedQueue<>();
    private final AtomicLong demand = new AtomicLong();
    // The drain loop's entry count; it starts held, so that no signal reaches
    // the subscriber before onSubscribe returns (rule 1.9).
    private final AtomicInteger wip = new AtomicInteger(1);
    private volatile ClientCallStreamObserver<Object> call;
    private volatile boolean responseRequested;
    private volatile boolean upstreamDone;
    private volatile Throwable failure;
    private volatile boolean cancelled;

    CallSubscription(Subscriber<? super T> subscriber) {
      this.subscriber = subscriber;
    }

    void begin() {
      try {
        start.accept(this);
      } catch (RuntimeException e) {
        failure = DbxException.from(e);
        upstreamDone = true;
      }
      subscriber.onSubscribe(this);
      drainLoop(1);
    }

    @Override
    public void beforeStart(ClientCallStreamObserver<Object> requestStream) {
      requestStream.disableAutoRequestWithInitial(0);
      call = requestStream;
    }

    @Override
    public void onNext(R response) {
      for (T item : items.apply(response)) {
        buffer.add(item);
      }
      // Only now: a drain that saw no request outstanding and an empty buffer
      // would ask for a second response while this one is being buffered.
      responseRequested = false;
      drain();
    }

    @Override
    public void onError(Throwable error) {
      // A failure set first (a bad request(n)) is the one to report, not the
      // CANCELLED that its cancel brings.
      if (failure == null) {
        failure = DbxException.from(error);
      }
      upstreamDone = true;
      drain();
    }

    @Override
    public void onCompleted() {
      upstreamDone = true;
      drain();
    }

    @Override
    public void request(long n) {
      if (n <= 0) {
        // Rule 3.9: a non-positive request ends the subscription with an error.
        failure = new IllegalArgumentException("Reactive Streams rule 3.9: request(" + n + ") is not positive");
        cancelCall("invalid request(" + n + ")");
        buffer.clear();
        upstreamDone = true;
      } else {
        demand.getAndUpdate(current -> current + n < 0 ? Long.MAX_VALUE : current + n);
      }
      drain();
    }

    @Override
    public void cancel() {
      cancelled = true;
      cancelCall("the subscriber cancelled");
      drain();
    }

    private void cancelCall(String why) {
      ClientCallStreamObserver<Object> started = call;
      if (started != null) {
        started.cancel(why, null); // a no-op on a call that has ended
      }
    }

    private void drain() {
      if (wip.getAndIncrement() == 0) {
        drainLoop(1);
      }
    }

    private void drainLoop(int missed) {
      do {
        if (cancelled) {
          buffer.clear();
        } else {
          long wanted = demand.get();
          long emitted = 0;
          T item;
          while (emitted < wanted && !cancelled && (item = buffer.poll()) != null) {
            try {
              subscriber.onNext(item);
            } catch (RuntimeException | Error e) {
              // Rule 2.13: a subscriber that throws has cancelled; the error
              // goes back to whoever delivered the item (gRPC logs it).
              cancel();
              throw e;
            }
            emitted++;
          }
          if (emitted > 0 && wanted != Long.MAX_VALUE) {
            demand.addAndGet(-emitted);
          }
          if (!cancelled && buffer.isEmpty()) {
            if (upstreamDone) {
              cancelled = true; // terminal: nothing follows
              Throwable error = failure;
              if (error != null) {
                subscriber.onError(error);
              } else {
                subscriber.onComplete();
              }
            } else if (demand.get() > 0 && !responseRequested && call != null) {
              responseRequested = true;
              call.request(1);
            }
          }
        }
        missed = wip.addAndGet(-missed);
      } while (missed != 0);
    }
  }
}
