import type { ClientSession } from "mongodb";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import { dbxError } from "../../errors/dbx-error.js";
import type { OperationContext } from "../operation-context.js";
import { EXACT_BSON } from "./bson-values.js";
import { MongoTransaction } from "./transaction.js";

/** The least time an operation is given when its call's deadline is about to pass. */
const MIN_TIMEOUT_MS = 1;

/** What every operation takes: a time limit, or the session of the transaction it runs in. */
export interface OperationOptions {
  timeoutMS?: number;
  session?: ClientSession;
}

/**
 * The options of a call's operation. In a transaction: its session (the
 * driver refuses a time limit per operation there; the transaction has
 * MongoDB's own lifetime). Otherwise the driver's per-operation time limit
 * from the call's deadline: it bounds server selection, the connection
 * checkout and the server's work (it sends maxTimeMS), so a call never
 * outlives its deadline. No deadline: the client's defaults.
 */
export function operationOptions(ctx: OperationContext): OperationOptions {
  if (ctx.transaction instanceof MongoTransaction) return { session: ctx.transaction.session };
  return ctx.deadline === undefined ? {} : { timeoutMS: Math.max(MIN_TIMEOUT_MS, ctx.deadline - Date.now()) };
}

/** The options of a write: as operationOptions, and refused in a read-only transaction. */
export function writeOptions(ctx: OperationContext): OperationOptions {
  if (ctx.transaction instanceof MongoTransaction && ctx.transaction.readOnly) {
    throw dbxError(ErrorReason.STATEMENT_FAILED, "the transaction is read-only: begin one without read_only to write", { setting: "read_only" });
  }
  return operationOptions(ctx);
}

/** Read options: as operationOptions, and the call's signal, which stops the read when the client leaves. */
export function readOptions(ctx: OperationContext): OperationOptions & { signal: AbortSignal } {
  return { ...operationOptions(ctx), signal: ctx.signal };
}

/**
 * Options of reads that answer documents: also every BSON type as its own
 * class (EXACT_BSON). Only there: with them the driver would also answer
 * command results (counts) as Int32 objects.
 */
export function documentReadOptions(ctx: OperationContext): OperationOptions & { signal: AbortSignal } & typeof EXACT_BSON {
  return { ...readOptions(ctx), ...EXACT_BSON };
}

/**
 * Options of a read of documents by `_id` (Get, Exists, BatchGet): as
 * documentReadOptions without the call's signal. Building an AbortSignal
 * costs about five microseconds on Node 20 (operation-context.ts), and such
 * a read is over sooner than a cancel would stop it; its deadline still
 * bounds it.
 */
export function pointReadOptions(ctx: OperationContext): OperationOptions & typeof EXACT_BSON {
  return { ...operationOptions(ctx), ...EXACT_BSON };
}
