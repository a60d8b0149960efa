import { durationMs, timestampFromDate } from "@bufbuild/protobuf/wkt";
import type { ServiceImpl } from "@connectrpc/connect";
import { TransactionService } from "../../gen/ts/dbx/v1/transaction_pb.js";
import { Capability } from "../backends/capabilities.js";
import { invalidField } from "../errors/dbx-error.js";
import { noteBackend } from "../pipeline/call.js";
import { checkOperations } from "./data-service.js";
import { resolveTarget } from "./resolve-target.js";
import type { ServiceDeps } from "./service-deps.js";

/** TransactionService: atomic batches and interactive transactions by id. */
export function createTransactionService(deps: ServiceDeps): ServiceImpl<typeof TransactionService> {
  return {
    async atomicBatch(req, handler) {
      const { backend, collection, ctx } = resolveTarget(deps, req.target, handler, {
        capability: Capability.TransactionAtomicBatch,
        collectionOptional: true,
      });
      const operations = checkOperations(req.operations, collection);
      const { results } = await backend.batchWrite(ctx, operations, true);
      return { results };
    },
    async begin(req, handler) {
      const backend = deps.registry.withCapability(req.backend, Capability.TransactionInteractive);
      noteBackend(handler, backend.name);
      let idle: number | undefined;
      if (req.idleTimeout) {
        idle = durationMs(req.idleTimeout);
        if (idle <= 0) throw invalidField("idle_timeout", "must be positive");
      }
      const { id, expireAt } = await deps.transactions.begin(backend, idle, req.readOnly, handler.signal);
      return { transactionId: id, expireTime: timestampFromDate(expireAt) };
    },
    async commit(req) {
      if (!req.transactionId) throw invalidField("transaction_id", "a transaction id is required");
      await deps.transactions.commit(req.transactionId);
      return {};
    },
    async rollback(req) {
      if (!req.transactionId) throw invalidField("transaction_id", "a transaction id is required");
      await deps.transactions.rollback(req.transactionId);
      return {};
    },
  };
}
