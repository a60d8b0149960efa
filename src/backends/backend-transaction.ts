/** An interactive transaction as a backend holds it. */
export interface BackendTransaction {
  /**
   * How long the database itself keeps this transaction (MongoDB's
   * transactionLifetimeLimitSeconds); undefined: as long as DBX does. The
   * idle timeout is never set past it, so DBX's timeout, not the
   * database's, ends an idle transaction.
   */
  readonly maxIdleMs?: number;
  commit(): Promise<void>;
  rollback(): Promise<void>;
  /**
   * Capability `transaction.savepoints`. Names arrive validated
   * (src/backends/sql/identifier.ts rules). NOT_FOUND for an unknown name on
   * rollback and release.
   */
  createSavepoint?(name: string): Promise<void>;
  rollbackToSavepoint?(name: string): Promise<void>;
  releaseSavepoint?(name: string): Promise<void>;
}
