/** An interactive transaction as a backend holds it. */
export interface BackendTransaction {
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
