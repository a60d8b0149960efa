import { durationMs, timestampFromDate } from "@bufbuild/protobuf/wkt";
import type { ServiceImpl } from "@connectrpc/connect";
import { IsolationLevel, TransactionService } from "../../gen/ts/dbx/v1/transaction_pb.js";
import type { Backend } from "../backends/backend.js";
import { Capability } from "../backends/capabilities.js";
import { invalidField, unsupported } from "../errors/dbx-error.js";
import { checkSavepointName } from "./savepoint-name.js";
import type { ServiceDeps } from "./service-deps.js";
import { writeCallsOf } from "./write-operations.js";
import { callerOf } from "./call-resolver.js";

/** The capability each isolation level needs; UNSPECIFIED is the backend's default and needs none. */
const ISOLATION_CAPABILITY: Record<IsolationLevel, Capability | undefined> = {
  [IsolationLevel.UNSPECIFIED]: undefined,
  [IsolationLevel.READ_UNCOMMITTED]: Capability.TransactionIsolationReadUncommitted,
  [IsolationLevel.READ_COMMITTED]: Capability.TransactionIsolationReadCommitted,
  [IsolationLevel.REPEATABLE_READ]: Capability.TransactionIsolationRepeatableRead,
  [IsolationLevel.SERIALIZABLE]: Capability.TransactionIsolationSerializable,
};

/** TransactionService: atomic batches, interactive transactions by id, savepoints. */
export function createTransactionService(deps: ServiceDeps): ServiceImpl<typeof TransactionService> {
  const { resolver } = deps;
  return {
    async atomicBatch(req, handler) {
      const { backend, target, ctx } = resolver.resolve(req.target, handler, {
        collection: "optional",
        capability: Capability.TransactionAtomicBatch,
      });
      const writes = writeCallsOf(req.operations, target, backend);
      resolver.authorizeBatch(handler, backend, writes);
      const { results } = await backend.batchWrite(ctx, { writes, requireAtomic: true });
      return { results };
    },
    async begin(req, handler) {
      const { backend, target, ctx } = resolver.resolve(req.target, handler, {
        collection: "forbidden",
        capability: Capability.TransactionInteractive,
      });
      checkIsolation(req.isolationLevel, backend);
      if (req.deferrable && !backend.capabilities.has(Capability.TransactionDeferrable)) {
        throw unsupported(backend.name, Capability.TransactionDeferrable);
      }
      let idle: number | undefined;
      if (req.idleTimeout) {
        idle = durationMs(req.idleTimeout);
        if (idle <= 0) throw invalidField("idle_timeout", "must be positive");
      }
      const call = { namespace: target.namespace, readOnly: req.readOnly, isolationLevel: req.isolationLevel, deferrable: req.deferrable };
      const { id, expireAt } = await deps.transactions.begin(backend, ctx, call, idle);
      return { transactionId: id, expireTime: timestampFromDate(expireAt) };
    },
    async commit(req, handler) {
      resolver.transaction(req.transactionId, handler);
      await deps.transactions.commit(req.transactionId, callerOf(handler));
      return {};
    },
    async rollback(req, handler) {
      resolver.transaction(req.transactionId, handler);
      await deps.transactions.rollback(req.transactionId, callerOf(handler));
      return {};
    },
    async createSavepoint(req, handler) {
      const { transaction } = resolver.transaction(req.transactionId, handler, Capability.TransactionSavepoints);
      await transaction.createSavepoint!(checkSavepointName(req.name, "name"));
      return {};
    },
    async rollbackToSavepoint(req, handler) {
      const { transaction } = resolver.transaction(req.transactionId, handler, Capability.TransactionSavepoints);
      await transaction.rollbackToSavepoint!(checkSavepointName(req.name, "name"));
      return {};
    },
    async releaseSavepoint(req, handler) {
      const { transaction } = resolver.transaction(req.transactionId, handler, Capability.TransactionSavepoints);
      await transaction.releaseSavepoint!(checkSavepointName(req.name, "name"));
      return {};
    },
  };
}

function checkIsolation(level: IsolationLevel, backend: Backend): void {
  if (!(level in ISOLATION_CAPABILITY)) throw invalidField("isolation_level", `unknown isolation level ${level}`);
  const capability = ISOLATION_CAPABILITY[level];
  if (capability && !backend.capabilities.has(capability)) throw unsupported(backend.name, capability);
}
