package dev.dbx.client;

import dev.dbx.v1.BatchWriteRequest;
import dev.dbx.v1.BatchWriteResponse;
import dev.dbx.v1.ChangeEvent;
import dev.dbx.v1.CountRequest;
import dev.dbx.v1.DeleteRequest;
import dev.dbx.v1.ExistsRequest;
import dev.dbx.v1.Filter;
import dev.dbx.v1.FindRequest;
import dev.dbx.v1.FindResponse;
import dev.dbx.v1.FindStreamRequest;
import dev.dbx.v1.FindStreamResponse;
import dev.dbx.v1.GetRequest;
import dev.dbx.v1.InsertRequest;
import dev.dbx.v1.InsertResponse;
import dev.dbx.v1.Item;
import dev.dbx.v1.PutRequest;
import dev.dbx.v1.Query;
import dev.dbx.v1.Target;
import dev.dbx.v1.WatchRequest;
import dev.dbx.v1.WatchResponse;
import dev.dbx.v1.WriteOperation;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.AbstractStub;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.reactivestreams.Publisher;

/**
 * One collection (a table, a MongoDB collection, a Redis key prefix) read and
 * written with Java values: keys and fields convert as {@link TypedValues}
 * says, records are {@code Map<String, Object>} or Java records
 * ({@link Items}). A failed call throws {@link DbxException}.
 *
 * <p>Instances are immutable and cheap: {@link #withTimeout} and
 * {@link #inTransaction} return new ones that share the client's channel.
 */
public final class DbxCollection {

  private final DbxClient client;
  private final Target target;
  private final Duration timeout;
  private final String transactionId;

  DbxCollection(DbxClient client, Target target, Duration timeout, String transactionId) {
    this.client = client;
    this.target = target;
    this.timeout = timeout;
    this.transactionId = transactionId;
  }

  /** The backend, namespace and collection this names. */
  public Target target() {
    return target;
  }

  /**
   * The same collection, each call of it with this deadline instead of the
   * client's default; server streams (findStream, watch) get it too.
   */
  public DbxCollection withTimeout(Duration timeout) {
    return new DbxCollection(client, target, timeout, transactionId);
  }

  /** The same collection inside an interactive transaction (see {@link Transaction}). */
  public DbxCollection inTransaction(String transactionId) {
    return new DbxCollection(client, target, timeout, transactionId);
  }

  /** The record of a key; {@code NOT_FOUND} (reason {@code ERROR_REASON_NOT_FOUND}) when there is none. */
  public Map<String, Object> get(Object key) {
    return Items.toMap(getItem(key));
  }

  /** The record of a key as a Java record (see {@link Items#toRecord}). */
  public <T extends Record> T get(Object key, Class<T> type) {
    return Items.toRecord(getItem(key), type);
  }

  private Item getItem(Object key) {
    GetRequest request = GetRequest.newBuilder()
        .setTarget(target).setKey(TypedValues.of(key, "key")).setTransactionId(transactionId).build();
    return call(() -> stub(client.dataService().blocking()).get(request).getRecord());
  }

  /** Whether a record has the key. */
  public boolean exists(Object key) {
    ExistsRequest request = ExistsRequest.newBuilder()
        .setTarget(target).setKey(TypedValues.of(key, "key")).setTransactionId(transactionId).build();
    return call(() -> stub(client.dataService().blocking()).exists(request).getExists());
  }

  /**
   * Writes the record under the key, replacing any record there.
   *
   * @param record a {@code Map<String, ?>} or a Java record
   * @return whether the record is new
   */
  public boolean put(Object key, Object record) {
    PutRequest request = PutRequest.newBuilder()
        .setTarget(target).setKey(TypedValues.of(key, "key")).setRecord(Items.toItem(record))
        .setTransactionId(transactionId).build();
    return call(() -> stub(client.dataService().blocking()).put(request).getCreated());
  }

  /**
   * Writes a new record, refused with {@code ALREADY_EXISTS} if the key is
   * taken; a null key lets the backend make one where it can.
   *
   * @return the record as stored (defaults and generated keys filled in)
   */
  public Map<String, Object> insert(Object key, Object record) {
    InsertRequest.Builder request = InsertRequest.newBuilder()
        .setTarget(target).setRecord(Items.toItem(record)).setTransactionId(transactionId);
    if (key != null) {
      request.setKey(TypedValues.of(key, "key"));
    }
    InsertResponse response = call(() -> stub(client.dataService().blocking()).insert(request.build()));
    return Items.toMap(response.getRecord());
  }

  /** Deletes the record of a key; whether there was one. */
  public boolean delete(Object key) {
    DeleteRequest request = DeleteRequest.newBuilder()
        .setTarget(target).setKey(TypedValues.of(key, "key")).setTransactionId(transactionId).build();
    return call(() -> stub(client.dataService().blocking()).delete(request).getDeleted());
  }

  /**
   * Puts many records in one {@code BatchWrite}, atomic where the backend can
   * (the answer says).
   *
   * @param recordsByKey each key and its record (a Map or a Java record)
   */
  public BatchWriteResponse putAll(Map<?, ?> recordsByKey) {
    BatchWriteRequest.Builder request = BatchWriteRequest.newBuilder().setTarget(target).setTransactionId(transactionId);
    recordsByKey.forEach((key, record) -> request.addOperations(WriteOperation.newBuilder()
        .setKey(TypedValues.of(key, "key"))
        .setPut(Items.toItem(record))));
    return call(() -> stub(client.dataService().blocking()).batchWrite(request.build()));
  }

  /** How many records match the filter ({@link Filters#all()} for all of them). */
  public long count(Filter filter) {
    CountRequest request = CountRequest.newBuilder()
        .setTarget(target).setFilter(filter).setTransactionId(transactionId).build();
    return call(() -> stub(client.dataService().blocking()).count(request).getCount());
  }

  /** The records that match the filter, in pages of the server's default size. */
  public Pages<Map<String, Object>> find(Filter filter) {
    return find(Query.newBuilder().setFilter(filter).build(), 0);
  }

  /**
   * The records a query finds, fetched a page at a time as the iteration
   * goes (Find with page tokens).
   *
   * @param pageSize records per page; 0 for the server's default
   */
  public Pages<Map<String, Object>> find(Query query, int pageSize) {
    return new Pages<>(token -> {
      FindRequest request = FindRequest.newBuilder()
          .setTarget(target).setQuery(query).setPageSize(pageSize).setPageToken(token)
          .setTransactionId(transactionId).build();
      FindResponse response = call(() -> stub(client.queryService().blocking()).find(request));
      return new Pages.Page<>(records(response.getRecordsList()), response.getNextPageToken());
    });
  }

  /**
   * The records a query finds, streamed ({@code FindStream}): for more
   * records than one answer may hold. Close the stream to end it early.
   */
  public ServerStream<Map<String, Object>> findStream(Query query) {
    FindStreamRequest request = findStreamRequest(query);
    return ServerStream.open(() -> stub(client.queryService().blocking()).findStream(request),
        response -> records(response.getRecordsList()));
  }

  /** {@link #findStream} as a Reactive Streams publisher; each subscription makes one call. */
  public Publisher<Map<String, Object>> findPublisher(Query query) {
    FindStreamRequest request = findStreamRequest(query);
    return new StreamPublisher<FindStreamResponse, Map<String, Object>>(
        observer -> stub(client.queryService().async()).findStream(request, observer),
        response -> records(response.getRecordsList()));
  }

  /**
   * The changes of this collection ({@code StreamService.Watch}). Returns once
   * the watch is in place (the server's {@code ready}): a write made after
   * this returns is never missed. Close it to end the watch.
   */
  public ServerStream<ChangeEvent> watch() {
    WatchRequest request = WatchRequest.newBuilder().setTarget(target).build();
    return ServerStream.open(() -> {
      Iterator<WatchResponse> responses = stub(client.streamService().blocking()).watch(request);
      if (!responses.hasNext() || !responses.next().hasReady()) {
        throw new IllegalStateException("the server sent no ready event first");
      }
      return responses;
    }, response -> response.hasChange() ? List.of(response.getChange()) : List.of());
  }

  /** {@code Watch} as a Reactive Streams publisher of the server's messages, {@code ready} first. */
  public Publisher<WatchResponse> watchPublisher() {
    WatchRequest request = WatchRequest.newBuilder().setTarget(target).build();
    return new StreamPublisher<WatchResponse, WatchResponse>(
        observer -> stub(client.streamService().async()).watch(request, observer), List::of);
  }

  private FindStreamRequest findStreamRequest(Query query) {
    return FindStreamRequest.newBuilder().setTarget(target).setQuery(query).setTransactionId(transactionId).build();
  }

  private static List<Map<String, Object>> records(List<Item> items) {
    List<Map<String, Object>> records = new ArrayList<>(items.size());
    for (Item item : items) {
      records.add(Items.toMap(item));
    }
    return records;
  }

  private <S extends AbstractStub<S>> S stub(S stub) {
    return timeout == null ? stub : stub.withDeadlineAfter(timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  private static <T> T call(Supplier<T> call) {
    try {
      return call.get();
    } catch (StatusRuntimeException e) {
      throw DbxException.from(e);
    }
  }

  @Override
  public String toString() {
    return "DbxCollection(" + target.getBackend() + "/" + target.getNamespace() + "/" + target.getCollection() + ")";
  }
}
