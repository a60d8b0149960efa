import type { Item } from "../../../gen/ts/dbx/v1/value_pb.js";
import type { BatchGetCall, CountCall, FindCall, GetCall, KeyCall, ListCall } from "../backend-calls.js";
import type { RecordPage } from "../backend.js";
import { findPagePlan, listPlan } from "../sql/page-planners.js";
import { cachedGetPlanner } from "../sql/cached-planners.js";
import { countPlan, existsPlan } from "../sql/read-planners.js";
import { bindKey } from "../sql/record-key.js";
import { sqlitePlanContext as pc } from "./column-codec.js";
import type { SqliteConnection } from "./connection.js";
import type { WorkScope } from "./executor.js";
import { runPlan } from "./plan-runner.js";
import { targetTable } from "./table-access.js";
import type { TableMeta } from "./table-metadata.js";

/** Reads one whole record by its key as stored values, in key column order (a change feed's logged key). */
export function readStoredKey(connection: SqliteConnection, table: TableMeta, stored: readonly unknown[]): Item | undefined {
  return runPlan(connection, cachedGetPlanner(pc, table, [])(stored));
}

/** Reads one record by key, with only `fields` (and the key) when given. */
export function getRecord(scope: WorkScope, backend: string, call: GetCall): Item | undefined {
  const table = targetTable(scope.metadata, call.target, backend);
  return runPlan(scope.connection, cachedGetPlanner(pc, table, call.fields)(bindKey(table, pc.codec, call.key, "key", backend)));
}

export function recordExists(scope: WorkScope, backend: string, call: KeyCall): boolean {
  const table = targetTable(scope.metadata, call.target, backend);
  return runPlan(scope.connection, existsPlan(pc, table, bindKey(table, pc.codec, call.key, "key", backend)));
}

/** One lookup per key on one compiled statement: simple, and microseconds each in-process. */
export function batchGetRecords(scope: WorkScope, backend: string, call: BatchGetCall): (Item | undefined)[] {
  const table = targetTable(scope.metadata, call.target, backend);
  const keys = call.keys.map((key, i) => bindKey(table, pc.codec, key, `keys[${i}]`, backend));
  const planner = cachedGetPlanner(pc, table, call.fields);
  return keys.map((key) => runPlan(scope.connection, planner(key)));
}

export function countRecords(scope: WorkScope, backend: string, call: CountCall): bigint {
  const table = targetTable(scope.metadata, call.target, backend);
  return runPlan(scope.connection, countPlan(pc, table, call.filter, "filter"));
}

/** A page of records in key order (keyset pages, page-planners.ts). */
export function listRecords(scope: WorkScope, backend: string, call: ListCall): RecordPage {
  const table = targetTable(scope.metadata, call.target, backend);
  return runPlan(scope.connection, listPlan(pc, table, call));
}

/** A page of a find (page-planners.ts). */
export function findRecords(scope: WorkScope, backend: string, call: FindCall): RecordPage {
  const table = targetTable(scope.metadata, call.target, backend);
  return runPlan(scope.connection, findPagePlan(pc, table, call));
}
