import type { FieldUpdate } from "../../../gen/ts/dbx/v1/data_pb.js";
import type { Item, TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import type { WriteCall } from "../backend-calls.js";
import type { WriteOutcome } from "../backend.js";
import { step, type PlanProgram } from "./plan-program.js";
import { bindKey } from "./record-key.js";
import type { PlanContext, SqlPlan } from "./sql-plan.js";
import type { ColumnShape, TableShape } from "./table-shape.js";
import { deletePlan, insertPlan, putPlans, updatePlans, upsertPutPlan, type WritePaths } from "./write-planners.js";

/**
 * Put: one upsert statement where the dialect has one (upsertPutPlan);
 * otherwise replace, else insert. True when created. Needs no transaction:
 * a record inserted by someone else between replace and insert makes the
 * insert fail with ALREADY_EXISTS rather than be lost.
 */
export function* putProgram<C extends ColumnShape>(
  pc: PlanContext<C>,
  table: TableShape<C>,
  key: readonly unknown[],
  record: Item,
  paths: WritePaths,
): PlanProgram<boolean> {
  const upsert = upsertPutPlan(pc, table, key, record, paths);
  if (upsert) return yield* step(upsert);
  const plans = putPlans(pc, table, key, record, paths);
  if (yield* step(plans.replace)) return false;
  yield* step(plans.insert());
  return true;
}

/**
 * Update: the record after the change, or undefined when there is none;
 * with `upsert`, a missing record is created (`created`). Run an upsert in a
 * transaction, so that the update and the insert see the same state.
 */
export function* updateProgram<C extends ColumnShape>(
  pc: PlanContext<C>,
  table: TableShape<C>,
  key: readonly unknown[],
  updates: readonly FieldUpdate[],
  upsert: boolean,
  paths: WritePaths,
): PlanProgram<{ record: Item; created: boolean } | undefined> {
  const plans = updatePlans(pc, table, key, updates, upsert, paths);
  const record = yield* step(plans.update);
  if (record) return { record, created: false };
  return plans.insert ? { record: yield* step(plans.insert), created: true } : undefined;
}

/** The paths of the write at `operations[index]` of a batch, for errors that name them. */
export function batchWritePaths(index: number, kind: WriteCall["kind"]): WritePaths {
  const at = `operations[${index}]`;
  return { key: `${at}.key`, fields: `${at}.${kind}.fields`, updates: `${at}.update.updates` };
}

/**
 * One write of a batch as one statement, where it is one: a Put where the
 * dialect has an upsert statement (upsertPutPlan), an Insert, a Delete. An
 * Update is not: its missing record must fail the batch (NOT_FOUND), which
 * no statement of its own does. A driver may run such writes without
 * waiting for each other's answers (PostgreSQL pipelines them).
 */
export function batchWritePlan<C extends ColumnShape>(
  pc: PlanContext<C>,
  table: TableShape<C>,
  write: WriteCall,
  index: number,
  backend: string,
): SqlPlan<WriteOutcome> | undefined {
  const paths = batchWritePaths(index, write.kind);
  const keyOf = (key: TypedValue) => bindKey(table, pc.codec, key, paths.key, backend);
  switch (write.kind) {
    case "put": {
      const upsert = upsertPutPlan(pc, table, keyOf(write.key), write.record, paths);
      return upsert && { ...upsert, decode: (result) => ({ affected: upsert.decode(result) }) };
    }
    case "insert": {
      const insert = insertPlan(pc, table, write.key && keyOf(write.key), write.record, paths);
      return { ...insert, decode: (result) => ({ affected: true, key: insert.decode(result).key }) };
    }
    case "delete": {
      const remove = deletePlan(pc, table, keyOf(write.key));
      return { ...remove, decode: (result) => ({ affected: remove.decode(result) }) };
    }
    case "update":
      return undefined;
  }
}

/**
 * One write of a batch (`operations[index]`) on its resolved table. An
 * update of a missing record answers undefined for the driver to refuse
 * (NOT_FOUND naming the operation). The driver runs the batch's writes in
 * one transaction.
 */
export function* batchWriteProgram<C extends ColumnShape>(
  pc: PlanContext<C>,
  table: TableShape<C>,
  write: WriteCall,
  index: number,
  backend: string,
): PlanProgram<WriteOutcome | undefined> {
  const single = batchWritePlan(pc, table, write, index, backend);
  if (single) return yield* step(single);
  const paths = batchWritePaths(index, write.kind);
  const keyOf = (key: TypedValue) => bindKey(table, pc.codec, key, paths.key, backend);
  switch (write.kind) {
    case "put":
      return { affected: yield* putProgram(pc, table, keyOf(write.key), write.record, paths) };
    case "update": {
      const updated = yield* updateProgram(pc, table, keyOf(write.key), write.updates, false, paths);
      return updated && { affected: true };
    }
    default:
      throw new Error(`a ${write.kind} of a batch is one statement`);
  }
}
