import type { BackendTransaction } from "./backend-transaction.js";

/**
 * Who is calling. Empty until authentication exists (issue 12); the field is
 * here so that adapters that act as the caller (PostgreSQL roles) and
 * authorization hook in without changing every signature again.
 */
export interface CallerIdentity {
  /** The authenticated subject (a token's `sub`, an API key's id); "" for an anonymous caller. */
  readonly subject: string;
  /** Roles granted to the subject. */
  readonly roles: readonly string[];
  /**
   * How the caller proved who it is: `none` where no authentication is
   * configured (every call is allowed), `anonymous` for a call without a
   * credential that the anonymous role serves.
   */
  readonly via: "none" | "anonymous" | "jwt" | "api_key" | "client_certificate";
  /** A token's claims (PostgreSQL row-level security reads them as `request.jwt.claims`). */
  readonly claims?: Readonly<Record<string, unknown>>;
  /** When the credential stops being valid (`Date.now()` scale); streams it opened end then. */
  readonly expiresAtMs?: number;
  /** An API key's own rate limit, which replaces its role's. */
  readonly rateLimit?: { readonly callsPerSecond: number; readonly burst?: number };
}

/** The identity of every call where no authentication is configured. */
export const ANONYMOUS: CallerIdentity = Object.freeze({ subject: "", roles: Object.freeze([]) as readonly string[], via: "none" });

/**
 * A call's abort, watched without an AbortSignal: building one costs about
 * five microseconds on Node 20, more than a whole point read on some
 * backends, so hot paths watch this and only APIs that take a signal read
 * OperationContext.signal. The names are AbortSignal's.
 */
export interface CallAbort {
  /** Whether the client cancelled, disconnected or the deadline passed. */
  readonly aborted: boolean;
  /** Why the call was aborted (DEADLINE_EXCEEDED or CANCELED as a ConnectError, or a TimeoutError); undefined while it runs. */
  readonly reason: unknown;
  /** Calls `listener` once when the call aborts (at once when it has); returns what stops watching. */
  onAbort(listener: () => void): () => void;
}

/**
 * What every backend operation receives, first, from the service that
 * resolved the call (src/services/call-resolver.ts).
 */
export interface OperationContext {
  /** Aborted when the client cancels, disconnects or its deadline passes; built on first read (see CallAbort). */
  readonly signal: AbortSignal;
  /** The same abort as `signal`, for hot paths: reading it builds no signal. */
  readonly abort: CallAbort;
  /** When the call's deadline passes (`Date.now()` scale); undefined without one. */
  readonly deadline: number | undefined;
  /** The handle returned by `beginTransaction`, when the call runs in one. */
  readonly transaction: BackendTransaction | undefined;
  /** The call's request id, for logs and database-side tracing. */
  readonly requestId: string;
  readonly identity: CallerIdentity;
}

/** The CallAbort of an AbortSignal that exists already. */
export function signalAbort(signal: AbortSignal): CallAbort {
  return {
    get aborted() {
      return signal.aborted;
    },
    get reason() {
      return signal.reason as unknown;
    },
    onAbort(listener) {
      if (signal.aborted) {
        listener();
        return () => {};
      }
      signal.addEventListener("abort", listener, { once: true });
      return () => signal.removeEventListener("abort", listener);
    },
  };
}

/** What an OperationContext is made of, where no call resolver makes it (DBX's own work, tests). */
export interface OperationContextInit {
  readonly signal: AbortSignal;
  readonly deadline?: number;
  readonly transaction?: BackendTransaction;
  readonly requestId?: string;
  readonly identity?: CallerIdentity;
}

/** An OperationContext around a signal that exists already. */
export function contextOf(init: OperationContextInit): OperationContext {
  return {
    signal: init.signal,
    abort: signalAbort(init.signal),
    deadline: init.deadline,
    transaction: init.transaction,
    requestId: init.requestId ?? "",
    identity: init.identity ?? ANONYMOUS,
  };
}
