package dev.dbx.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbx.client.testing.DbxTestServer;
import dev.dbx.sql.v1.ColumnDefinition;
import dev.dbx.sql.v1.ColumnType;
import dev.dbx.sql.v1.CreateTableRequest;
import dev.dbx.v1.ChangeType;
import dev.dbx.v1.Query;
import dev.dbx.v1.SortField;
import dev.dbx.v1.Target;
import dev.dbx.v1.WatchResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/** Server streams as Reactive Streams publishers: demand maps onto gRPC flow control, cancel ends the call. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StreamPublisherTest {

  private static final String TABLE = "publisher_items_grpc";
  private static final Query BY_KEY = Query.newBuilder().addSort(SortField.newBuilder().setField("id")).build();

  private DbxClient client;
  private DbxCollection items;

  @BeforeAll
  void fill() {
    client = DbxClient.builder(DbxTestServer.url()).timeout(Duration.ofSeconds(10)).build();
    client.sqlService().blocking().createTable(CreateTableRequest.newBuilder()
        .setTarget(Target.newBuilder().setCollection(TABLE))
        .addColumns(ColumnDefinition.newBuilder().setName("id").setType(ColumnType.COLUMN_TYPE_INT64))
        .addPrimaryKey("id")
        .build());
    items = client.collection(TABLE);
    Map<Long, Map<String, Object>> records = new LinkedHashMap<>();
    for (long id = 1; id <= 250; id++) {
      records.put(id, Map.of());
    }
    items.putAll(records);
  }

  @AfterAll
  void close() {
    client.close();
  }

  @Test
  void smallBatchesReadEverythingInOrder() throws InterruptedException {
    Recorder<Map<String, Object>> recorder = new Recorder<>(7, Long.MAX_VALUE);
    items.findPublisher(BY_KEY).subscribe(recorder);

    assertThat(recorder.done.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(recorder.error).isNull();
    assertThat(recorder.completed).isTrue();
    assertThat(recorder.items).extracting(record -> record.get("id")).hasSize(250).startsWith(1L).endsWith(250L);
    assertThat(recorder.mostOutstanding).isLessThanOrEqualTo(7);
  }

  @Test
  void cancelStopsDeliveryMidStream() throws InterruptedException {
    Recorder<Map<String, Object>> recorder = new Recorder<>(3, 10);
    items.findPublisher(BY_KEY).subscribe(recorder);

    assertThat(recorder.cancelled.await(10, TimeUnit.SECONDS)).isTrue();
    Thread.sleep(300); // anything still in flight would arrive now
    assertThat(recorder.items).extracting(record -> record.get("id"))
        .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
    assertThat(recorder.completed).isFalse();
    assertThat(recorder.error).isNull();
  }

  @Test
  void noDemandNoDelivery() throws InterruptedException {
    Recorder<Map<String, Object>> recorder = new Recorder<>(0, Long.MAX_VALUE);
    items.findPublisher(BY_KEY).subscribe(recorder);

    Thread.sleep(300);
    assertThat(recorder.items).isEmpty();
    recorder.subscription.request(2);
    Thread.sleep(300);
    assertThat(recorder.items).hasSize(2);
    recorder.subscription.cancel();
  }

  @Test
  void aNonPositiveRequestIsAnError() throws InterruptedException {
    Recorder<Map<String, Object>> recorder = new Recorder<>(0, Long.MAX_VALUE);
    items.findPublisher(BY_KEY).subscribe(recorder);

    recorder.subscription.request(0);

    assertThat(recorder.done.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(recorder.error).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3.9");
    assertThat(recorder.items).isEmpty();
  }

  @Test
  void watchOneEventAtATimeThenCancel() throws InterruptedException {
    DbxCollection watched = client.collection(TABLE);
    BlockingQueue<WatchResponse> events = new LinkedBlockingQueue<>();
    Subscription[] subscription = new Subscription[1];
    watched.watchPublisher().subscribe(new Subscriber<>() {
      @Override
      public void onSubscribe(Subscription s) {
        subscription[0] = s;
        s.request(1);
      }

      @Override
      public void onNext(WatchResponse response) {
        events.add(response);
      }

      @Override
      public void onError(Throwable error) {}

      @Override
      public void onComplete() {}
    });

    assertThat(events.poll(10, TimeUnit.SECONDS).hasReady()).isTrue();
    watched.put(1000L, Map.of());
    subscription[0].request(1);
    WatchResponse change = events.poll(10, TimeUnit.SECONDS);
    assertThat(change.getChange().getType()).isEqualTo(ChangeType.CHANGE_TYPE_INSERT);
    assertThat(TypedValues.toJava(change.getChange().getKey())).isEqualTo(1000L);
    subscription[0].cancel();
  }

  /** Requests {@code batch} items whenever the last batch arrived, and cancels after {@code cancelAfter}. */
  private static final class Recorder<T> implements Subscriber<T> {
    final List<T> items = new CopyOnWriteArrayList<>();
    final CountDownLatch done = new CountDownLatch(1);
    final CountDownLatch cancelled = new CountDownLatch(1);
    private final int batch;
    private final long cancelAfter;
    volatile Subscription subscription;
    volatile Throwable error;
    volatile boolean completed;
    private long outstanding;
    volatile long mostOutstanding;

    Recorder(int batch, long cancelAfter) {
      this.batch = batch;
      this.cancelAfter = cancelAfter;
    }

    @Override
    public void onSubscribe(Subscription subscription) {
      this.subscription = subscription;
      if (batch > 0) {
        outstanding = batch;
        subscription.request(batch);
      }
    }

    @Override
    public void onNext(T item) {
      items.add(item);
      mostOutstanding = Math.max(mostOutstanding, outstanding);
      outstanding--;
      if (items.size() == cancelAfter) {
        subscription.cancel();
        cancelled.countDown();
      } else if (outstanding == 0 && batch > 0) {
        outstanding = batch;
        subscription.request(batch);
      }
    }

    @Override
    public void onError(Throwable error) {
      this.error = error;
      done.countDown();
    }

    @Override
    public void onComplete() {
      completed = true;
      done.countDown();
    }
  }
}
