import type pg from "pg";

/** The part of node-postgres's connection a Close needs (pg/lib/connection.js). */
interface PgConnection {
  close(message: { type: "S"; name: string }): void;
  sync(): void;
}

/**
 * Removes a prepared statement from the session with the protocol's Close
 * message rather than DEALLOCATE: closing a name the session does not have
 * is not an error (a caller's DEALLOCATE ALL may have removed it), so it
 * can never abort the transaction it runs in.
 */
export class CloseStatement implements pg.Submittable {
  readonly done: Promise<void>;
  #resolve!: () => void;
  #reject!: (err: unknown) => void;

  constructor(readonly statement: string) {
    this.done = new Promise((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
    });
  }

  submit(connection: pg.Connection): void {
    const c = connection as unknown as PgConnection;
    c.close({ type: "S", name: this.statement });
    c.sync();
  }

  handleError(err: unknown): void {
    this.#reject(err);
  }

  handleReadyForQuery(): void {
    this.#resolve();
  }

  handleCommandComplete(): void {}

  handleEmptyQuery(): void {}
}
