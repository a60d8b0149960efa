import type { WriteOperation } from "../../gen/ts/dbx/v1/data_pb.js";
import type { Backend } from "../backends/backend.js";
import type { CollectionRef, WriteCall } from "../backends/backend-calls.js";
import { invalidField } from "../errors/dbx-error.js";
import { quoteInput } from "../errors/quoted-input.js";
import { checkRecord, checkValue } from "../values/check-value.js";
import { checkFieldUpdates } from "./field-updates.js";

/**
 * The one dispatch of batch writes (DataService.BatchWrite and
 * TransactionService.AtomicBatch): at least one operation; each operation's
 * Target resolved against the batch's (its backend empty or the batch's,
 * namespace and collection defaulting to the batch's, a collection
 * required); a key for every write but insert; the record or updates
 * checked against `backend`. Answers the WriteCalls in request order.
 */
export function writeCallsOf(operations: readonly WriteOperation[], batch: CollectionRef, backend: Backend): WriteCall[] {
  if (operations.length === 0) throw invalidField("operations", "at least one operation is required");
  return operations.map((op, i) => {
    const path = `operations[${i}]`;
    const target = targetOf(op, batch, backend, path);
    const keyOf = () => checkValue(op.key, `${path}.key`, backend);
    switch (op.operation.case) {
      case "put":
        return { kind: "put", target, key: keyOf(), record: checkRecord(op.operation.value, `${path}.put`, backend) };
      case "insert":
        return {
          kind: "insert",
          target,
          key: op.key ? keyOf() : undefined,
          record: checkRecord(op.operation.value, `${path}.insert`, backend),
        };
      case "update":
        return { kind: "update", target, key: keyOf(), updates: checkFieldUpdates(op.operation.value.updates, `${path}.update.updates`, backend) };
      case "delete":
        return { kind: "delete", target, key: keyOf() };
      default:
        throw invalidField(`${path}.operation`, "one of put, insert, update or delete is required");
    }
  });
}

function targetOf(op: WriteOperation, batch: CollectionRef, backend: Backend, path: string): CollectionRef {
  const own = op.target;
  if (own?.backend && own.backend !== backend.name) {
    throw invalidField(
      `${path}.target.backend`,
      `a batch writes to one backend ("${backend.name}"), not ${quoteInput(own.backend)}; leave it empty`,
    );
  }
  // The call's own namespace is checked where the call is resolved; an operation's here, before any write.
  if (own?.namespace) backend.checkNamespace(own.namespace, `${path}.target.namespace`);
  const collection = own?.collection || batch.collection;
  if (!collection) throw invalidField(`${path}.target.collection`, "a collection is required (here or in the batch's target)");
  return { namespace: own?.namespace || batch.namespace, collection };
}
