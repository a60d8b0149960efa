import type { Logger } from "pino";
import type { BackendRegistry } from "../backends/registry.js";
import type { TransactionManager } from "../transactions/transaction-manager.js";
import type { BackendCallStats } from "../pipeline/backend-call-stats.js";
import type { CallResolver } from "./call-resolver.js";

/** What every service handler is built from. */
export interface ServiceDeps {
  readonly registry: BackendRegistry;
  /** Turns every request's Target into its backend, facet and OperationContext. */
  readonly resolver: CallResolver;
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
