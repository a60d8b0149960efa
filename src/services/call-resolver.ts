import type { DescService } from "@bufbuild/protobuf";
import { createContextKey, type HandlerContext } from "@connectrpc/connect";
import type { Target } from "../../gen/ts/dbx/v1/target_pb.js";
import type { Backend, BackendFacets, BackendTransaction } from "../backends/backend.js";
import type { CollectionRef } from "../backends/backend-calls.js";
import type { Capability } from "../backends/capabilities.js";
import type { KeyScope } from "../backends/key-scope.js";
import { ANONYMOUS, signalAbort, type CallAbort, type CallerIdentity, type OperationContext } from "../backends/operation-context.js";
import type { BackendAdmission } from "../auth/backend-admission.js";
import type { Permissions } from "../auth/permissions.js";
import { rowFilterGate } from "../auth/row-filters/row-filter-gate.js";
import type { RowFilters } from "../auth/row-filters/row-filters.js";
import { permissionDenied } from "../auth/permission-denied.js";
import { invalidField, unsupported } from "../errors/dbx-error.js";
import type { BackendRegistry } from "../backends/registry.js";
import { callKey, noteBackend } from "../pipeline/call.js";
import type { TransactionManager } from "../transactions/transaction-manager.js";

/** Whether a call's Target must, may or must not name a collection. */
export type CollectionRule = "required" | "optional" | "forbidden";

/** What a handler states about the call it resolves. */
export interface ResolveOptions {
  /** The collection rule of this RPC (Target.collection). */
  readonly collection: CollectionRule;
  /** A capability the call needs; UNIMPLEMENTED naming it when the backend lacks it. */
  readonly capability?: Capability;
  /** The request's transaction_id; "" or undefined for none. */
  readonly transactionId?: string;
  /** The request field that holds the Target, for error paths; "target" unless said. */
  readonly targetField?: string;
}

/**
 * The keys a backend-specific call touches (RedisService), set by its
 * service before the call resolves, where some rule has key patterns. A
 * universal call's keys come from its backend (Backend.keyScope).
 */
export const callKeysKey = createContextKey<KeyScope | undefined>(undefined, { description: "dbx call keys" });

/** A call resolved to its backend. */
export interface ResolvedCall {
  readonly backend: Backend;
  /** The Target's namespace and collection ("" when the RPC has none). */
  readonly target: CollectionRef;
  readonly ctx: OperationContext;
}

/** A backend-specific call resolved to its backend's facet. */
export interface ResolvedFacetCall<K extends keyof BackendFacets> extends ResolvedCall {
  readonly facet: NonNullable<BackendFacets[K]>;
}

/**
 * The one place every handler turns a request's Target into a backend:
 * the backend by name (NOT_FOUND when unknown), the capability the call
 * needs (UNIMPLEMENTED), the facet of a backend-specific service
 * (FAILED_PRECONDITION for another kind), the backend's namespace rule and
 * the collection rule of the RPC,
 * the transaction the request carries (checked to belong to that backend),
 * and the OperationContext. It also notes the backend for per-backend stats
 * and logs, so authorization and metrics hook in here once.
 */
export class CallResolver {
  constructor(
    private readonly registry: BackendRegistry,
    private readonly transactions: TransactionManager,
    /** The configured roles; undefined where no authentication is configured (every call allowed). */
    private readonly permissions?: Permissions,
    /** The backends' rate and concurrency limits, applied once a call is authorized on one. */
    private readonly admission?: BackendAdmission,
    /** The roles' row filters, applied to the backend of every authorized call (rowFilterGate). */
    private readonly rowFilters?: RowFilters,
  ) {}

  /** Whether some rule has key patterns, so that services must state the keys of their calls (callKeysKey). */
  get keyRules(): boolean {
    return this.permissions?.keyScoped ?? false;
  }

  /**
   * The second half of authorization (the first is the access-control
   * middleware's): whether the caller's roles allow what the call does on
   * this backend, collection and (on Redis) keys. Every path from a request
   * to a backend passes here, so no call reaches a backend unchecked. Then
   * the backend's rate and concurrency limits admit the call (or refuse it).
   */
  authorize(handler: HandlerContext, backend: Backend, collection: string): void {
    const call = this.permissions && handler.values.get(callKey);
    const access = call?.access;
    if (!call || !access) return;
    const keys = this.permissions!.keyScoped ? (handler.values.get(callKeysKey) ?? backend.keyScope?.(collection)) : undefined;
    const refusal = this.permissions!.refusal(call.identity.roles, access, backend.name, collection, keys);
    if (refusal) throw permissionDenied(call.identity, access, backend.name, collection, refusal.key);
    this.admission?.admit(call, backend.name);
  }

  /**
   * A batch's operations may each name a collection of their own: every one
   * is authorized as the batch's target was, before anything is written.
   */
  authorizeBatch(handler: HandlerContext, backend: Backend, writes: readonly { readonly target: CollectionRef }[]): void {
    if (!this.permissions) return;
    const collections = new Set(writes.map((w) => w.target.collection));
    for (const collection of collections) this.authorize(handler, backend, collection);
  }

  /** Resolves a universal-service call. */
  resolve(target: Target | undefined, handler: HandlerContext, options: ResolveOptions): ResolvedCall {
    const backendName = target?.backend ?? "";
    const backend = options.capability
      ? this.registry.withCapability(backendName, options.capability)
      : this.registry.get(backendName);
    return this.#finish(backend, target, handler, options, undefined);
  }

  /** Resolves a backend-specific call (SqlService, SqliteService, RedisService) to its facet. */
  facet<K extends keyof BackendFacets>(
    target: Target | undefined,
    handler: HandlerContext,
    facet: K,
    service: DescService,
    options: ResolveOptions,
  ): ResolvedFacetCall<K> {
    const backendName = target?.backend ?? "";
    const value = this.registry.facet(backendName, facet, service.typeName);
    const backend = options.capability
      ? this.registry.withCapability(backendName, options.capability)
      : this.registry.get(backendName);
    return this.#finish(backend, target, handler, options, value) as ResolvedFacetCall<K>;
  }

  /** A backend named by a plain `backend` field (AdminService); NOT_FOUND when unknown. */
  named(name: string, handler: HandlerContext): Backend {
    const backend = this.registry.get(name);
    this.authorize(handler, backend, "");
    return backend;
  }

  /**
   * The open transaction a TransactionService call names by id, and its
   * backend (noted for stats); `capability` is checked on that backend.
   * FAILED_PRECONDITION (TRANSACTION_NOT_FOUND) for an unknown or ended id.
   */
  transaction(
    id: string,
    handler: HandlerContext,
    capability?: Capability,
  ): { readonly backend: Backend; readonly transaction: BackendTransaction } {
    if (!id) throw invalidField("transaction_id", "a transaction id is required");
    const { backend, handle } = this.transactions.open(id, callerOf(handler));
    this.authorize(handler, backend, "");
    noteBackend(handler, backend.name);
    if (capability && !backend.capabilities.has(capability)) throw unsupported(backend.name, capability);
    return { backend, transaction: handle };
  }

  /** The OperationContext of a call on `backend` (for calls that name a backend without a Target). */
  context(backend: Backend, handler: HandlerContext, transactionId = ""): OperationContext {
    noteBackend(handler, backend.name);
    const transaction = transactionId ? this.transactions.use(transactionId, backend, callerOf(handler)) : undefined;
    return operationContext(handler, transaction);
  }

  #finish(
    backend: Backend,
    target: Target | undefined,
    handler: HandlerContext,
    options: ResolveOptions,
    facet: BackendFacets[keyof BackendFacets],
  ): ResolvedCall {
    const collection = target?.collection ?? "";
    if (options.collection === "required" && !collection) {
      throw invalidField(`${options.targetField ?? "target"}.collection`, "a collection is required");
    }
    if (options.collection === "forbidden" && collection) {
      throw invalidField(`${options.targetField ?? "target"}.collection`, "this call names no collection; leave it empty");
    }
    this.authorize(handler, backend, collection);
    const served = this.rowFilters?.configured ? rowFilterGate(this.rowFilters, this.permissions!, handler.values.get(callKey), backend, collection) : backend;
    // "" is every backend's default namespace.
    const namespace = target?.namespace ?? "";
    if (namespace !== "") backend.checkNamespace(namespace, `${options.targetField ?? "target"}.namespace`);
    const transactionId = options.transactionId ?? "";
    if (transactionId) {
      return { backend: served, target: { namespace, collection }, ctx: this.context(backend, handler, transactionId), facet } as ResolvedCall;
    }
    noteBackend(handler, backend.name);
    return new LazyContextCall(served, { namespace, collection }, facet, handler);
  }
}

/**
 * The OperationContext of a call: its signal and deadline (connect's
 * timeoutMs() counts down to a fixed deadline, so it may be read at any
 * time), its request id and, in a transaction, the backend's handle.
 */
function operationContext(handler: HandlerContext, transaction: BackendTransaction | undefined): OperationContext {
  return new HandlerOperationContext(handler, transaction);
}

/** A class, not a literal with a getter: V8 makes those slowly, and one is made per call. */
class HandlerOperationContext implements OperationContext {
  readonly abort: CallAbort;
  readonly deadline: number | undefined;
  readonly requestId: string;
  readonly identity: CallerIdentity;

  constructor(
    private readonly handler: HandlerContext,
    readonly transaction: BackendTransaction | undefined,
  ) {
    const timeoutMs = handler.timeoutMs();
    this.deadline = timeoutMs === undefined ? undefined : Date.now() + timeoutMs;
    this.abort = isCallAbort(handler) ? handler : signalAbort(handler.signal);
    const call = handler.values.get(callKey);
    this.requestId = call?.requestId ?? "";
    this.identity = call?.identity ?? ANONYMOUS;
  }

  /** Read only by APIs that take a signal: the fast path builds its AbortSignal on first read. */
  get signal(): AbortSignal {
    return this.handler.signal;
  }
}

/** Who makes the call: the identity authentication gave it (ANONYMOUS where none is configured). */
export function callerOf(handler: HandlerContext): CallerIdentity {
  return handler.values.get(callKey)?.identity ?? ANONYMOUS;
}

/** The fast path's handler context watches its abort itself (src/transport/fast-path/fast-handler-context.ts). */
function isCallAbort(handler: HandlerContext): handler is HandlerContext & CallAbort {
  return typeof (handler as Partial<CallAbort>).onAbort === "function";
}

/**
 * A resolved call outside a transaction, whose OperationContext is built
 * when first read: RedisService's command path never reads it, and building
 * it cost a tenth of a microsecond per command.
 */
class LazyContextCall implements ResolvedCall {
  #ctx: OperationContext | undefined;

  constructor(
    readonly backend: Backend,
    readonly target: CollectionRef,
    readonly facet: BackendFacets[keyof BackendFacets],
    private readonly handler: HandlerContext,
  ) {}

  get ctx(): OperationContext {
    return (this.#ctx ??= operationContext(this.handler, undefined));
  }
}
