import type { HandlerContext } from "@connectrpc/connect";
import type { Target } from "../../gen/ts/dbx/v1/target_pb.js";
import type { Backend, OperationContext } from "../backends/backend.js";
import type { Capability } from "../backends/capabilities.js";
import { invalidField } from "../errors/dbx-error.js";
import { noteBackend } from "../pipeline/call.js";
import { operationContext, type ServiceDeps } from "./service-deps.js";

/** A request's target, resolved: the backend, the collection and the operation context. */
export interface ResolvedTarget {
  backend: Backend;
  collection: string;
  ctx: OperationContext;
}

/**
 * Resolves `target`: the backend it names (checked for `capability` when
 * given), its collection (required unless `collectionOptional`), and the
 * transaction it carries.
 */
export function resolveTarget(
  deps: ServiceDeps,
  target: Target | undefined,
  handler: HandlerContext,
  options: { capability?: Capability; collectionOptional?: boolean } = {},
): ResolvedTarget {
  const backendName = target?.backend ?? "";
  const backend = options.capability
    ? deps.registry.withCapability(backendName, options.capability)
    : deps.registry.get(backendName);
  noteBackend(handler, backend.name);
  const collection = target?.collection ?? "";
  if (!collection && !options.collectionOptional) throw invalidField("target.collection", "a collection is required");
  return { backend, collection, ctx: operationContext(deps, backend, handler.signal, target?.transactionId ?? "") };
}
