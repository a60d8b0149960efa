/** How the lead's configuration (auth.apiKeys) maps onto an ApiKeyStore. */
export interface ApiKeyStoreOptions {
  /** The SQLite file holding the keys; created with mode 0600 when missing. Never a DBX backend. */
  readonly path: string;
  /**
   * How often the store looks for changes other processes made (another
   * worker, `dbx keys` while the server runs): a revocation or a new key is
   * seen within this. Default 500 ms.
   */
  readonly changeCheckIntervalMs?: number;
  /** Keys kept in memory for authentication. Default 10 000. */
  readonly cacheSize?: number;
  /** Hears of a failed look for other processes' changes (tried again on the next tick). Must not throw. */
  readonly onChangeCheckError?: (err: unknown) => void;
  /** The clock, in milliseconds since the epoch; tests move it. Default Date.now. */
  readonly now?: () => number;
}
