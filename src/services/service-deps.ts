import type { Logger } from "pino";
import type { BackendRegistry } from "../backends/registry.js";
import { BackendCallStats } from "../pipeline/backend-call-stats.js";
import { TransactionManager, type TransactionLimits } from "../transactions/transaction-manager.js";
import type { BackendAdmission } from "../auth/backend-admission.js";
import type { Permissions } from "../auth/permissions.js";
import type { RowFilters } from "../auth/row-filters/row-filters.js";
import { CallResolver } from "./call-resolver.js";

/** The response limits every handler enforces (server.* of the configuration). */
export interface ServiceLimits {
  /** Most records or rows a unary call answers. */
  readonly maxRowsPerResponse: number;
  /** Largest answer, or message of a stream, in bytes as encoded (server.maxResponseBytes). */
  readonly maxResponseBytes: number;
}

/** What every service handler is built from. */
export interface ServiceDeps {
  readonly registry: BackendRegistry;
  /** Turns every request's Target into its backend, facet and OperationContext. */
  readonly resolver: CallResolver;
  readonly transactions: TransactionManager;
  readonly limits: ServiceLimits;
  readonly logger: Logger;
  /** Calls and errors per backend, fed by the call pipeline. */
  readonly callStats: BackendCallStats;
  readonly startTime: Date;
  readonly version: string;
}

/** What createServiceDeps needs: the backends and the configured limits. */
export interface ServiceDepsOptions {
  /** The opened backends. */
  readonly registry: BackendRegistry;
  readonly limits: ServiceLimits;
  /** Idle timeouts and the open-transaction limit (transactions.* of the configuration). */
  readonly transactions: TransactionLimits;
  readonly logger: Logger;
  /** DBX's version, as AdminService.GetServerInfo answers it. */
  readonly version: string;
  /** The configured roles, where authentication is configured: the call resolver checks every call against them. */
  readonly permissions?: Permissions;
  /** The backends' rate and concurrency limits (auth.rateLimits.perBackend, auth.concurrency). */
  readonly admission?: BackendAdmission;
  /** The roles' row filters (auth.roles.<name>.rowFilters). */
  readonly rowFilters?: RowFilters;
}

/**
 * The one way to build ServiceDeps, for the server and for tests that run the
 * real handlers in memory: the transaction manager, call stats and resolver
 * are wired to each other here and nowhere else.
 */
export function createServiceDeps(options: ServiceDepsOptions): ServiceDeps {
  const transactions = new TransactionManager(options.transactions);
  return {
    registry: options.registry,
    resolver: new CallResolver(options.registry, transactions, options.permissions, options.admission, options.rowFilters),
    transactions,
    limits: options.limits,
    logger: options.logger,
    callStats: new BackendCallStats(),
    startTime: new Date(),
    version: options.version,
  };
}
