import Database from "better-sqlite3";
import type { FieldUpdate } from "../../../gen/ts/dbx/v1/data_pb.js";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import type { Item, TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import { dbxError, invalidField } from "../../errors/dbx-error.js";
import type { DeleteManyCall, InsertCall, KeyCall, PutCall, UpdateCall, UpdateManyCall, WriteCall } from "../backend-calls.js";
import type { WriteOutcome } from "../backend.js";
import { bindKey } from "../sql/record-key.js";
import { cachedInsertPlanner } from "../sql/cached-planners.js";
import { deleteManyPlan, deletePlan, updateManyPlan, type WritePaths } from "../sql/write-planners.js";
import { batchWriteProgram, putProgram, updateProgram } from "../sql/write-programs.js";
import { sqlitePlanContext as pc } from "./column-codec.js";
import type { WorkScope } from "./executor.js";
import { runPlan, runProgram } from "./plan-runner.js";
import { targetTable } from "./table-access.js";

const PATHS: WritePaths = { key: "key", fields: "record.fields", updates: "updates" };

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
 * Creates or replaces a record; true when created. Replacing sets every
 * column the record does not name to NULL; creating leaves them to their
 * defaults.
 */
export function putRecord(scope: WorkScope, backend: string, call: PutCall): boolean {
  const table = targetTable(scope.metadata, call.target, backend);
  return runProgram(scope.connection, putProgram(pc, table, bindKey(table, pc.codec, call.key, PATHS.key, backend), call.record, PATHS));
}

/** Creates a record; ALREADY_EXISTS (from SQLite's constraint) when the key is taken. */
export function insertRecord(scope: WorkScope, backend: string, call: InsertCall): { key: TypedValue; record: Item } {
  const table = targetTable(scope.metadata, call.target, backend);
  const key = call.key && bindKey(table, pc.codec, call.key, PATHS.key, backend);
  return runPlan(scope.connection, cachedInsertPlanner(pc, table, key !== undefined, call.record, PATHS)(key, call.record));
}

/** Applies FieldUpdates; undefined when there is no such record and no upsert (which runs in one transaction). */
export function updateRecord(scope: WorkScope, backend: string, call: UpdateCall): { record: Item; created: boolean } | undefined {
  const table = targetTable(scope.metadata, call.target, backend);
  const program = updateProgram(pc, table, bindKey(table, pc.codec, call.key, PATHS.key, backend), call.updates, call.upsert, PATHS);
  return withIncrementOverflow(call.updates, PATHS.updates, () =>
    call.upsert ? atomically(scope, () => runProgram(scope.connection, program)) : runProgram(scope.connection, program),
  );
}

/** Deletes a record; true when there was one. */
export function deleteRecord(scope: WorkScope, backend: string, call: KeyCall): boolean {
  const table = targetTable(scope.metadata, call.target, backend);
  return runPlan(scope.connection, deletePlan(pc, table, bindKey(table, pc.codec, call.key, PATHS.key, backend)));
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
  const table = targetTable(scope.metadata, write.target, backend, `operations[${index}].`);
  const program = batchWriteProgram(pc, table, write, index, backend);
  const updates = write.kind === "update" ? write.updates : [];
  const outcome = withIncrementOverflow(updates, `operations[${index}].update.updates`, () => runProgram(scope.connection, program));
  if (!outcome) throw missingRecord(backend, table.name, `operations[${index}]`);
  return outcome;
}

/** NOT_FOUND for an update of a missing record inside a batch. */
function missingRecord(backend: string, collection: string, path: string) {
  return dbxError(ErrorReason.NOT_FOUND, `${path}: no record with that key in ${backend}/${collection}`, {
    backend,
    collection,
  });
}
