package dev.dbx.client;

import dev.dbx.mongodb.v1.MongoServiceGrpc;
import dev.dbx.mongodb.v1.MongoServiceGrpc.MongoServiceBlockingStub;
import dev.dbx.mongodb.v1.MongoServiceGrpc.MongoServiceFutureStub;
import dev.dbx.mongodb.v1.MongoServiceGrpc.MongoServiceStub;
import dev.dbx.postgres.v1.PostgresServiceGrpc;
import dev.dbx.postgres.v1.PostgresServiceGrpc.PostgresServiceBlockingStub;
import dev.dbx.postgres.v1.PostgresServiceGrpc.PostgresServiceFutureStub;
import dev.dbx.postgres.v1.PostgresServiceGrpc.PostgresServiceStub;
import dev.dbx.redis.v1.RedisServiceGrpc;
import dev.dbx.redis.v1.RedisServiceGrpc.RedisServiceBlockingStub;
import dev.dbx.redis.v1.RedisServiceGrpc.RedisServiceFutureStub;
import dev.dbx.redis.v1.RedisServiceGrpc.RedisServiceStub;
import dev.dbx.sql.v1.SqlServiceGrpc;
import dev.dbx.sql.v1.SqlServiceGrpc.SqlServiceBlockingStub;
import dev.dbx.sql.v1.SqlServiceGrpc.SqlServiceFutureStub;
import dev.dbx.sql.v1.SqlServiceGrpc.SqlServiceStub;
import dev.dbx.sqlite.v1.SqliteServiceGrpc;
import dev.dbx.sqlite.v1.SqliteServiceGrpc.SqliteServiceBlockingStub;
import dev.dbx.sqlite.v1.SqliteServiceGrpc.SqliteServiceFutureStub;
import dev.dbx.sqlite.v1.SqliteServiceGrpc.SqliteServiceStub;
import dev.dbx.v1.AdminServiceGrpc;
import dev.dbx.v1.AdminServiceGrpc.AdminServiceBlockingStub;
import dev.dbx.v1.AdminServiceGrpc.AdminServiceFutureStub;
import dev.dbx.v1.AdminServiceGrpc.AdminServiceStub;
import dev.dbx.v1.ApiKeyServiceGrpc;
import dev.dbx.v1.ApiKeyServiceGrpc.ApiKeyServiceBlockingStub;
import dev.dbx.v1.ApiKeyServiceGrpc.ApiKeyServiceFutureStub;
import dev.dbx.v1.ApiKeyServiceGrpc.ApiKeyServiceStub;
import dev.dbx.v1.BeginRequest;
import dev.dbx.v1.DataServiceGrpc;
import dev.dbx.v1.DataServiceGrpc.DataServiceBlockingStub;
import dev.dbx.v1.DataServiceGrpc.DataServiceFutureStub;
import dev.dbx.v1.DataServiceGrpc.DataServiceStub;
import dev.dbx.v1.GetCapabilitiesRequest;
import dev.dbx.v1.QueryServiceGrpc;
import dev.dbx.v1.QueryServiceGrpc.QueryServiceBlockingStub;
import dev.dbx.v1.QueryServiceGrpc.QueryServiceFutureStub;
import dev.dbx.v1.QueryServiceGrpc.QueryServiceStub;
import dev.dbx.v1.StreamServiceGrpc;
import dev.dbx.v1.StreamServiceGrpc.StreamServiceBlockingStub;
import dev.dbx.v1.StreamServiceGrpc.StreamServiceFutureStub;
import dev.dbx.v1.StreamServiceGrpc.StreamServiceStub;
import dev.dbx.v1.Target;
import dev.dbx.v1.TransactionServiceGrpc;
import dev.dbx.v1.TransactionServiceGrpc.TransactionServiceBlockingStub;
import dev.dbx.v1.TransactionServiceGrpc.TransactionServiceFutureStub;
import dev.dbx.v1.TransactionServiceGrpc.TransactionServiceStub;
import io.grpc.ManagedChannel;
import io.grpc.ServiceDescriptor;
import io.grpc.StatusRuntimeException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A connection to a DBX server over gRPC: one channel, shared by every
 * service and collection, and safe to use from many threads. Make one per
 * server and close it when done.
 *
 * <pre>{@code
 * try (DbxClient client = DbxClient.connect("http://127.0.0.1:7420")) {
 *   DbxCollection people = client.collection("people");
 *   people.put("ada", Map.of("born", 1815L));
 *   Map<String, Object> ada = people.get("ada");
 * }
 * }</pre>
 *
 * <p>{@link #builder(String)} sets TLS trust, credentials, the default
 * deadline and retries. Beside the idiomatic layer ({@link #collection},
 * {@link #capabilities}, {@link #begin}), every service of the contract has
 * its generated stubs here, backend-specific ones included
 * ({@link #sqlService()}, {@link #redisService()}, ...).
 */
public final class DbxClient implements AutoCloseable {

  /** Every service of the contract; the retry policy covers the reads of each. */
  static final List<ServiceDescriptor> SERVICES = List.of(
      DataServiceGrpc.getServiceDescriptor(),
      QueryServiceGrpc.getServiceDescriptor(),
      StreamServiceGrpc.getServiceDescriptor(),
      TransactionServiceGrpc.getServiceDescriptor(),
      AdminServiceGrpc.getServiceDescriptor(),
      ApiKeyServiceGrpc.getServiceDescriptor(),
      SqlServiceGrpc.getServiceDescriptor(),
      SqliteServiceGrpc.getServiceDescriptor(),
      PostgresServiceGrpc.getServiceDescriptor(),
      RedisServiceGrpc.getServiceDescriptor(),
      MongoServiceGrpc.getServiceDescriptor());

  private final ManagedChannel channel;
  private final ServiceStubs<DataServiceBlockingStub, DataServiceFutureStub, DataServiceStub> data;
  private final ServiceStubs<QueryServiceBlockingStub, QueryServiceFutureStub, QueryServiceStub> query;
  private final ServiceStubs<StreamServiceBlockingStub, StreamServiceFutureStub, StreamServiceStub> stream;
  private final ServiceStubs<TransactionServiceBlockingStub, TransactionServiceFutureStub, TransactionServiceStub> transaction;
  private final ServiceStubs<AdminServiceBlockingStub, AdminServiceFutureStub, AdminServiceStub> admin;
  private final ServiceStubs<ApiKeyServiceBlockingStub, ApiKeyServiceFutureStub, ApiKeyServiceStub> apiKeys;
  private final ServiceStubs<SqlServiceBlockingStub, SqlServiceFutureStub, SqlServiceStub> sql;
  private final ServiceStubs<SqliteServiceBlockingStub, SqliteServiceFutureStub, SqliteServiceStub> sqlite;
  private final ServiceStubs<PostgresServiceBlockingStub, PostgresServiceFutureStub, PostgresServiceStub> postgres;
  private final ServiceStubs<RedisServiceBlockingStub, RedisServiceFutureStub, RedisServiceStub> redis;
  private final ServiceStubs<MongoServiceBlockingStub, MongoServiceFutureStub, MongoServiceStub> mongo;

  DbxClient(ManagedChannel channel) {
    this.channel = channel;
    data = new ServiceStubs<>(DataServiceGrpc.newBlockingStub(channel), DataServiceGrpc.newFutureStub(channel), DataServiceGrpc.newStub(channel));
    query = new ServiceStubs<>(QueryServiceGrpc.newBlockingStub(channel), QueryServiceGrpc.newFutureStub(channel), QueryServiceGrpc.newStub(channel));
    stream = new ServiceStubs<>(StreamServiceGrpc.newBlockingStub(channel), StreamServiceGrpc.newFutureStub(channel), StreamServiceGrpc.newStub(channel));
    transaction = new ServiceStubs<>(TransactionServiceGrpc.newBlockingStub(channel), TransactionServiceGrpc.newFutureStub(channel), TransactionServiceGrpc.newStub(channel));
    admin = new ServiceStubs<>(AdminServiceGrpc.newBlockingStub(channel), AdminServiceGrpc.newFutureStub(channel), AdminServiceGrpc.newStub(channel));
    apiKeys = new ServiceStubs<>(ApiKeyServiceGrpc.newBlockingStub(channel), ApiKeyServiceGrpc.newFutureStub(channel), ApiKeyServiceGrpc.newStub(channel));
    sql = new ServiceStubs<>(SqlServiceGrpc.newBlockingStub(channel), SqlServiceGrpc.newFutureStub(channel), SqlServiceGrpc.newStub(channel));
    sqlite = new ServiceStubs<>(SqliteServiceGrpc.newBlockingStub(channel), SqliteServiceGrpc.newFutureStub(channel), SqliteServiceGrpc.newStub(channel));
    postgres = new ServiceStubs<>(PostgresServiceGrpc.newBlockingStub(channel), PostgresServiceGrpc.newFutureStub(channel), PostgresServiceGrpc.newStub(channel));
    redis = new ServiceStubs<>(RedisServiceGrpc.newBlockingStub(channel), RedisServiceGrpc.newFutureStub(channel), RedisServiceGrpc.newStub(channel));
    mongo = new ServiceStubs<>(MongoServiceGrpc.newBlockingStub(channel), MongoServiceGrpc.newFutureStub(channel), MongoServiceGrpc.newStub(channel));
  }

  /** A client for a DBX URL ({@code http://host:port}, or {@code https://} for TLS) with the defaults. */
  public static DbxClient connect(String url) {
    return builder(url).build();
  }

  /** A builder for TLS trust, credentials, deadlines and retries. */
  public static DbxClientBuilder builder(String url) {
    return new DbxClientBuilder(url);
  }

  /** A collection of the default backend. */
  public DbxCollection collection(String name) {
    return collection(Target.newBuilder().setCollection(name).build());
  }

  /** A collection of any backend and namespace. */
  public DbxCollection collection(Target target) {
    return new DbxCollection(this, target, null, "");
  }

  /** What the default backend supports. */
  public Capabilities capabilities() {
    return capabilities("");
  }

  /** What a backend supports ("" for the default one). */
  public Capabilities capabilities(String backend) {
    GetCapabilitiesRequest request = GetCapabilitiesRequest.newBuilder().setBackend(backend).build();
    try {
      return new Capabilities(admin.blocking().getCapabilities(request));
    } catch (StatusRuntimeException e) {
      throw DbxException.from(e);
    }
  }

  /** Begins an interactive transaction on the default backend. */
  public Transaction begin() {
    return begin(BeginRequest.getDefaultInstance());
  }

  /** Begins an interactive transaction: backend, isolation level, read-only, idle timeout. */
  public Transaction begin(BeginRequest request) {
    try {
      String id = transaction.blocking().begin(request).getTransactionId();
      return new Transaction(this, transaction.blocking(), request.getTarget().getBackend(), id);
    } catch (StatusRuntimeException e) {
      throw DbxException.from(e);
    }
  }

  /**
   * Runs work in a transaction on the default backend: commits when it
   * returns, rolls back when it throws.
   */
  public <T> T inTransaction(Function<Transaction, T> work) {
    try (Transaction tx = begin()) {
      T result = work.apply(tx);
      tx.commit();
      return result;
    }
  }

  public ServiceStubs<DataServiceBlockingStub, DataServiceFutureStub, DataServiceStub> dataService() {
    return data;
  }

  public ServiceStubs<QueryServiceBlockingStub, QueryServiceFutureStub, QueryServiceStub> queryService() {
    return query;
  }

  public ServiceStubs<StreamServiceBlockingStub, StreamServiceFutureStub, StreamServiceStub> streamService() {
    return stream;
  }

  public ServiceStubs<TransactionServiceBlockingStub, TransactionServiceFutureStub, TransactionServiceStub> transactionService() {
    return transaction;
  }

  public ServiceStubs<AdminServiceBlockingStub, AdminServiceFutureStub, AdminServiceStub> adminService() {
    return admin;
  }

  /**
   * {@code dbx.v1.ApiKeyService}: create, list, revoke and rotate the API keys
   * DBX authenticates callers by (every method needs the {@code admin}
   * permission).
   */
  public ServiceStubs<ApiKeyServiceBlockingStub, ApiKeyServiceFutureStub, ApiKeyServiceStub> apiKeyService() {
    return apiKeys;
  }

  /** {@code dbx.sql.v1.SqlService} (SQLite, PostgreSQL). */
  public ServiceStubs<SqlServiceBlockingStub, SqlServiceFutureStub, SqlServiceStub> sqlService() {
    return sql;
  }

  /** {@code dbx.sqlite.v1.SqliteService}. */
  public ServiceStubs<SqliteServiceBlockingStub, SqliteServiceFutureStub, SqliteServiceStub> sqliteService() {
    return sqlite;
  }

  /** {@code dbx.postgres.v1.PostgresService}. */
  public ServiceStubs<PostgresServiceBlockingStub, PostgresServiceFutureStub, PostgresServiceStub> postgresService() {
    return postgres;
  }

  /** {@code dbx.redis.v1.RedisService}. */
  public ServiceStubs<RedisServiceBlockingStub, RedisServiceFutureStub, RedisServiceStub> redisService() {
    return redis;
  }

  /** {@code dbx.mongodb.v1.MongoService}. */
  public ServiceStubs<MongoServiceBlockingStub, MongoServiceFutureStub, MongoServiceStub> mongoService() {
    return mongo;
  }

  /** The channel, for stubs of other services or a health check. */
  public ManagedChannel channel() {
    return channel;
  }

  /**
   * Shuts the channel down: calls in flight get a few seconds to finish, then
   * are cancelled.
   */
  @Override
  public void close() {
    channel.shutdown();
    try {
      if (!channel.awaitTermination(5, TimeUnit.SECONDS)) {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      channel.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
