import Database from "better-sqlite3";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import type { Item, TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import { dbxError, invalidField } from "../../errors/dbx-error.js";
import type { DeleteManyCall, InsertCall, KeyCall, PutCall, UpdateCall, UpdateManyCall, WriteCall } from "../backend-calls.js";
import type { WriteOutcome } from "../backend.js";
import { bindKey } from "../sql/record-key.js";
import { deleteManyPlan, deletePlan, insertPlan, insertPlanner, putPlans, updateManyPlan, updatePlans, type WritePaths } from "../sql/write-planners.js";
import type { FieldUpdate } from "../../../gen/ts/dbx/v1/data_pb.js";
import { sqlitePlanContext as pc } from "./column-codec.js";
import type { WorkScope } from "./executor.js";
import { runPlan } from "./plan-runner.js";
import { targetTable } from "./table-access.js";
import type { ColumnMeta, TableMeta } from "./table-metadata.js";

const PATHS: WritePaths = { key: "key", fields: "record.fields", updates: "updates" };

/** The paths of the write at `operations[index]` of a batch. */
function batchPaths(index: number, kind: WriteCall["kind"]): WritePaths {
  const at = `operations[${index}]`;
  return { key: `${at}.key`, fields: `${at}.${kind}.fields`, updates: `${at}.update.updates` };
}

/**
 * Runs `work` as one transaction (a savepoint inside an interactive one), so
 * that writes of several statements are atomic even against other
 * processes writing the same database file.
 */
function atomically<T>(scope: WorkScope, work: () => T): T {
  return scope.db.transaction(work)();
}

/**
 * SQLite turns an integer sum past the 64-bit range into "integer
 * overflow" (sqlite-dialect.ts): an increment the client asked for, so
 * INVALID_ARGUMENT naming the updates.
 */
function withIncrementOverflow<T>(updates: readonly FieldUpdate[], path: string, work: () => T): T {
  try {
    return work();
  } catch (err) {
    if (err instanceof Database.SqliteError && err.message === "integer overflow" && updates.some((u) => u.operation.case === "increment")) {
      throw invalidField(path, "an increment would leave the 64-bit integer range");
    }
    throw err;
  }
}

/**
 * Replace, else insert. No transaction around the two: the connection lock
 * keeps other DBX calls out, and a record another process inserts in
 * between makes the insert fail with ALREADY_EXISTS rather than be lost.
 */
function putIn(scope: WorkScope, table: TableMeta, key: TypedValue, record: Item, paths: WritePaths, backend: string): boolean {
  const plans = putPlans(pc, table, bindKey(table, pc.codec, key, paths.key, backend), record, paths);
  if (runPlan(scope.connection, plans.replace)) return false;
  runPlan(scope.connection, plans.insert());
  return true;
}

type InsertPlanner = ReturnType<typeof insertPlanner<ColumnMeta>>;

/** Most record shapes kept per table; past it the table's insert planners are planned again. */
const INSERT_PLANNERS_PER_TABLE = 32;

/**
 * Insert planners of DataService.Insert by table and record shape (key
 * given or not, field names in order): an insert plans nothing but its
 * values. Keyed by the metadata object, replaced whenever the schema changes.
 */
const insertPlanners = new WeakMap<TableMeta, Map<string, InsertPlanner>>();

function insertPlannerFor(table: TableMeta, withKey: boolean, record: Item): InsertPlanner {
  let byShape = insertPlanners.get(table);
  if (!byShape) insertPlanners.set(table, (byShape = new Map()));
  const fields = Object.keys(record.fields);
  const shape = JSON.stringify([withKey, ...fields]);
  let planner = byShape.get(shape);
  if (!planner) {
    planner = insertPlanner(pc, table, withKey, fields, PATHS);
    if (byShape.size >= INSERT_PLANNERS_PER_TABLE) byShape.clear();
    byShape.set(shape, planner);
  }
  return planner;
}

function insertIn(scope: WorkScope, table: TableMeta, key: TypedValue | undefined, record: Item, paths: WritePaths, backend: string) {
  const bound = key ? bindKey(table, pc.codec, key, paths.key, backend) : undefined;
  const plan = paths === PATHS ? insertPlannerFor(table, bound !== undefined, record)(bound, record) : insertPlan(pc, table, bound, record, paths);
  return runPlan(scope.connection, plan);
}

function updateIn(
  scope: WorkScope,
  table: TableMeta,
  key: TypedValue,
  updates: readonly FieldUpdate[],
  upsert: boolean,
  paths: WritePaths,
  backend: string,
): { record: Item; created: boolean } | undefined {
  const plans = updatePlans(pc, table, bindKey(table, pc.codec, key, paths.key, backend), updates, upsert, paths);
  return withIncrementOverflow(updates, paths.updates, () => {
    if (!plans.insert) {
      const record = runPlan(scope.connection, plans.update);
      return record && { record, created: false };
    }
    const insert = plans.insert;
    return atomically(scope, () => {
      const record = runPlan(scope.connection, plans.update);
      return record ? { record, created: false } : { record: runPlan(scope.connection, insert), created: true };
    });
  });
}

function deleteIn(scope: WorkScope, table: TableMeta, key: TypedValue, paths: WritePaths, backend: string): boolean {
  return runPlan(scope.connection, deletePlan(pc, table, bindKey(table, pc.codec, key, paths.key, backend)));
}

/**
 * Creates or replaces a record; true when created. Replacing sets every
 * column the record does not name to NULL; creating leaves them to their
 * defaults.
 */
export function putRecord(scope: WorkScope, backend: string, call: PutCall): boolean {
  return putIn(scope, targetTable(scope.metadata, call.target, backend), call.key, call.record, PATHS, backend);
}

/** Creates a record; ALREADY_EXISTS (from SQLite's constraint) when the key is taken. */
export function insertRecord(scope: WorkScope, backend: string, call: InsertCall): { key: TypedValue; record: Item } {
  return insertIn(scope, targetTable(scope.metadata, call.target, backend), call.key, call.record, PATHS, backend);
}

/** Applies FieldUpdates; undefined when there is no such record and no upsert. */
export function updateRecord(scope: WorkScope, backend: string, call: UpdateCall): { record: Item; created: boolean } | undefined {
  const table = targetTable(scope.metadata, call.target, backend);
  return updateIn(scope, table, call.key, call.updates, call.upsert, PATHS, backend);
}

/** Deletes a record; true when there was one. */
export function deleteRecord(scope: WorkScope, backend: string, call: KeyCall): boolean {
  return deleteIn(scope, targetTable(scope.metadata, call.target, backend), call.key, PATHS, backend);
}

/** UpdateMany: one UPDATE statement, atomic on its own. */
export function updateMatching(scope: WorkScope, backend: string, call: UpdateManyCall): bigint {
  const table = targetTable(scope.metadata, call.target, backend);
  const plan = updateManyPlan(pc, table, call.filter, call.updates, { filter: "filter", updates: "updates" });
  return withIncrementOverflow(call.updates, "updates", () => runPlan(scope.connection, plan));
}

/** DeleteMany: one DELETE statement, atomic on its own. */
export function deleteMatching(scope: WorkScope, backend: string, call: DeleteManyCall): bigint {
  const table = targetTable(scope.metadata, call.target, backend);
  return runPlan(scope.connection, deleteManyPlan(pc, table, call.filter, "filter"));
}

/** One write of a batch (the caller runs them in one transaction); `index` names it in errors. */
export function applyWrite(scope: WorkScope, backend: string, write: WriteCall, index: number): WriteOutcome {
  const paths = batchPaths(index, write.kind);
  const table = targetTable(scope.metadata, write.target, backend, `operations[${index}].`);
  switch (write.kind) {
    case "put":
      return { affected: putIn(scope, table, write.key, write.record, paths, backend) };
    case "insert":
      return { affected: true, key: insertIn(scope, table, write.key, write.record, paths, backend).key };
    case "update":
      if (!updateIn(scope, table, write.key, write.updates, false, paths, backend)) {
        throw missingRecord(backend, table.name, `operations[${index}]`);
      }
      return { affected: true };
    case "delete":
      return { affected: deleteIn(scope, table, write.key, paths, backend) };
  }
}

/** NOT_FOUND for an update of a missing record inside a batch. */
function missingRecord(backend: string, collection: string, path: string) {
  return dbxError(ErrorReason.NOT_FOUND, `${path}: no record with that key in ${backend}/${collection}`, {
    backend,
    collection,
  });
}
