import type { Client } from "@connectrpc/connect";
import type { Timestamp } from "@bufbuild/protobuf/wkt";
import type { TransactionService } from "./gen/dbx/v1/transaction_pb.js";

/**
 * An interactive transaction begun by `DbxClient.withTransaction`. Pass it
 * (or its `id`) as the `transaction` option of a call to run the call in it.
 */
export class Transaction {
  #finished = false;

  constructor(
    readonly id: string,
    readonly expireTime: Timestamp | undefined,
    private readonly service: Client<typeof TransactionService>,
  ) {}

  /** Whether it was committed or rolled back. */
  get finished(): boolean {
    return this.#finished;
  }

  // Finished only once the server said so: after a failed commit,
  // withTransaction still rolls back (harmless if the server already did).
  async commit(): Promise<void> {
    await this.service.commit({ transactionId: this.id });
    this.#finished = true;
  }

  async rollback(): Promise<void> {
    await this.service.rollback({ transactionId: this.id });
    this.#finished = true;
  }
}

/** The `transaction` option of calls that may run in a transaction. */
export interface InTransaction {
  transaction?: Transaction | string;
}

export function transactionId(options: InTransaction | undefined): string {
  const transaction = options?.transaction;
  return typeof transaction === "string" ? transaction : (transaction?.id ?? "");
}
