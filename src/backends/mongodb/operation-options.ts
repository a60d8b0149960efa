import type { OperationContext } from "../operation-context.js";
import { EXACT_BSON } from "./bson-values.js";

/** The least time an operation is given when its call's deadline is about to pass. */
const MIN_TIMEOUT_MS = 1;

/**
 * The driver's per-operation time limit from the call's deadline: the
 * driver (client-side operation timeout) bounds server selection, the
 * connection checkout and the server's work (it sends maxTimeMS), so a call
 * never outlives its deadline. No deadline: the client's defaults.
 */
export function timeoutOf(ctx: OperationContext): { timeoutMS?: number } {
  return ctx.deadline === undefined ? {} : { timeoutMS: Math.max(MIN_TIMEOUT_MS, ctx.deadline - Date.now()) };
}

/** Read options: the time limit, and the call's signal, which stops the read when the client leaves. */
export function readOptions(ctx: OperationContext): { timeoutMS?: number; signal: AbortSignal } {
  return { ...timeoutOf(ctx), signal: ctx.signal };
}

/**
 * Options of reads that answer documents: also every BSON type as its own
 * class (EXACT_BSON). Only there: with them the driver would also answer
 * command results (counts) as Int32 objects.
 */
export function documentReadOptions(ctx: OperationContext): { timeoutMS?: number; signal: AbortSignal } & typeof EXACT_BSON {
  return { ...readOptions(ctx), ...EXACT_BSON };
}
