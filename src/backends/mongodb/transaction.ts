import { MongoError, type ClientSession } from "mongodb";
import type { BackendTransaction } from "../backend-transaction.js";
import { mongodbError } from "./mongodb-errors.js";

/** How often a commit whose outcome is unknown is tried again, as MongoDB's drivers document. */
const COMMIT_ATTEMPTS = 3;

/**
 * An interactive transaction on a MongoDB replica set: a driver session in
 * a transaction (snapshot reads, majority writes, on the primary), which
 * every call naming the transaction passes to its operations
 * (operation-options.ts). A commit whose result is unknown (the label
 * UnknownTransactionCommitResult: the connection dropped, a failover) is
 * retried, which MongoDB makes safe; any other failure, the label
 * TransientTransactionError included, answers ABORTED for the client to
 * run the transaction again. MongoDB itself aborts a transaction older than
 * its `transactionLifetimeLimitSeconds` (60 s by default): the idle timeout
 * is capped to it (`maxIdleMs`).
 */
export class MongoTransaction implements BackendTransaction {
  constructor(
    readonly session: ClientSession,
    /** Writes are refused (MongoDB has no read-only transactions of its own). */
    readonly readOnly: boolean,
    private readonly backend: string,
    /** The server's transactionLifetimeLimitSeconds: MongoDB aborts the transaction past it. */
    readonly maxIdleMs?: number,
  ) {}

  async commit(): Promise<void> {
    try {
      for (let attempt = 1; ; attempt++) {
        try {
          await this.session.commitTransaction();
          return;
        } catch (err) {
          const unknown = err instanceof MongoError && err.hasErrorLabel("UnknownTransactionCommitResult");
          if (!unknown || attempt >= COMMIT_ATTEMPTS) throw mongodbError(err, this.backend);
        }
      }
    } finally {
      await this.session.endSession();
    }
  }

  async rollback(): Promise<void> {
    try {
      if (this.session.inTransaction()) await this.session.abortTransaction();
    } catch {
      // The server has dropped it already (a timeout, a failover): rolled back either way.
    } finally {
      await this.session.endSession();
    }
  }
}
