import type { Logger } from "pino";
import type { OperationContext } from "../backends/backend.js";
import type { BackendRegistry } from "../backends/registry.js";
import type { TransactionManager } from "../transactions/transaction-manager.js";
import type { Backend } from "../backends/backend.js";
import type { BackendCallStats } from "../pipeline/backend-call-stats.js";

/** What every service handler is built from. */
export interface ServiceDeps {
  readonly registry: BackendRegistry;
  readonly transactions: TransactionManager;
  readonly limits: {
    /** Most records or rows a unary call answers. */
    readonly maxRowsPerResponse: number;
    /** Largest answer, or message of a stream, in bytes as encoded (server.maxResponseBytes). */
    readonly maxResponseBytes: number;
  };
  readonly logger: Logger;
  /** Calls and errors per backend, fed by the call pipeline. */
  readonly callStats: BackendCallStats;
  readonly startTime: Date;
  readonly version: string;
}

/**
 * The OperationContext of a call: its signal, and the transaction it carries
 * (checked to belong to `backend`).
 */
export function operationContext(
  deps: ServiceDeps,
  backend: Backend,
  signal: AbortSignal,
  transactionId: string,
): OperationContext {
  if (!transactionId) return { signal };
  return { signal, transaction: deps.transactions.use(transactionId, backend) };
}
