package dev.dbx.client;

import dev.dbx.v1.CommitRequest;
import dev.dbx.v1.RollbackRequest;
import dev.dbx.v1.Target;
import dev.dbx.v1.TransactionServiceGrpc.TransactionServiceBlockingStub;
import io.grpc.StatusRuntimeException;

/**
 * An interactive transaction ({@code TransactionService.Begin}). Calls made
 * through {@link #collection} carry its id. Closing it rolls it back unless it
 * was committed, so a transaction abandoned by an exception never stays open:
 *
 * <pre>{@code
 * try (Transaction tx = client.begin()) {
 *   tx.collection("accounts").put("a", Map.of("balance", 90L));
 *   tx.collection("accounts").put("b", Map.of("balance", 110L));
 *   tx.commit();
 * }
 * }</pre>
 */
public final class Transaction implements AutoCloseable {

  private final DbxClient client;
  private final TransactionServiceBlockingStub transactions;
  private final String backend;
  private final String id;
  private boolean finished;

  Transaction(DbxClient client, TransactionServiceBlockingStub transactions, String backend, String id) {
    this.client = client;
    this.transactions = transactions;
    this.backend = backend;
    this.id = id;
  }

  /** The transaction id the server gave. */
  public String id() {
    return id;
  }

  /** A collection of the transaction's backend, read and written inside the transaction. */
  public DbxCollection collection(String name) {
    return collection(Target.newBuilder().setBackend(backend).setCollection(name).build());
  }

  /** A collection, read and written inside the transaction. */
  public DbxCollection collection(Target target) {
    return client.collection(target).inTransaction(id);
  }

  /** Commits; afterwards closing does nothing. */
  public void commit() {
    finish();
    try {
      transactions.commit(CommitRequest.newBuilder().setTransactionId(id).build());
    } catch (StatusRuntimeException e) {
      throw DbxException.from(e);
    }
  }

  /** Rolls back; afterwards closing does nothing. */
  public void rollback() {
    finish();
    try {
      transactions.rollback(RollbackRequest.newBuilder().setTransactionId(id).build());
    } catch (StatusRuntimeException e) {
      throw DbxException.from(e);
    }
  }

  /** Rolls back unless committed or rolled back already. */
  @Override
  public void close() {
    if (!finished) {
      rollback();
    }
  }

  private void finish() {
    if (finished) {
      throw new IllegalStateException("transaction " + id + " was already committed or rolled back");
    }
    // Set first: a failed commit or rollback leaves nothing for close() to undo.
    finished = true;
  }
}
