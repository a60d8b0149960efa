import type { BackendTransaction } from "./backend-transaction.js";

/**
 * Who is calling. Empty until authentication exists (issue 12); the field is
 * here so that adapters that act as the caller (PostgreSQL roles) and
 * authorization hook in without changing every signature again.
 */
export interface CallerIdentity {
  /** The authenticated subject; "" for an anonymous caller. */
  readonly subject: string;
  /** Roles granted to the subject. */
  readonly roles: readonly string[];
}

export const ANONYMOUS: CallerIdentity = Object.freeze({ subject: "", roles: Object.freeze([]) as readonly string[] });

/**
 * What every backend operation receives, first, from the service that
 * resolved the call (src/services/call-resolver.ts).
 */
export interface OperationContext {
  /** Aborted when the client cancels, disconnects or its deadline passes. */
  readonly signal: AbortSignal;
  /** When the call's deadline passes (`Date.now()` scale); undefined without one. */
  readonly deadline: number | undefined;
  /** The handle returned by `beginTransaction`, when the call runs in one. */
  readonly transaction: BackendTransaction | undefined;
  /** The call's request id, for logs and database-side tracing. */
  readonly requestId: string;
  readonly identity: CallerIdentity;
}
