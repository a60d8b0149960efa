import type { Filter } from "../../../gen/ts/dbx/v1/filter_pb.js";
import type { Item } from "../../../gen/ts/dbx/v1/value_pb.js";
import { compileFilter } from "./filter-compiler.js";
import { projection, rowDecoder, selectList } from "./projection.js";
import { queryColumns } from "./query-columns.js";
import { keyCondition } from "./record-key.js";
import { SqlBuilder } from "./sql-builder.js";
import type { PlanContext, SqlPlan, SqlResult } from "./sql-plan.js";
import type { ColumnShape, TableShape } from "./table-shape.js";

/**
 * Reads one record by its bound key (record-key.ts), with only `fields`
 * (and the key) when given. The statement depends on the table and the
 * fields only, so a driver may keep the planner and apply it to each key.
 */
export function getPlanner<C extends ColumnShape>(
  pc: PlanContext<C>,
  table: TableShape<C>,
  fields: readonly string[],
  fieldsPath: string,
): (key: readonly unknown[]) => SqlPlan<Item | undefined> {
  const columns = projection(table, fields, fieldsPath);
  const sql = new SqlBuilder(pc.dialect);
  const text = `SELECT ${selectList(pc.dialect, columns)} FROM ${pc.dialect.table(table.namespace, table.name)} WHERE ${keyCondition(table, table.keyColumns.map(() => null), sql)}`;
  const decodeRow = rowDecoder(pc.codec, columns);
  const decode = ({ rows }: SqlResult) => (rows.length ? decodeRow(rows[0]) : undefined);
  // keyCondition binds the key values in key order, and nothing else.
  return (key) => ({ sql: text, params: key, reads: "row", decode });
}

/** Whether a record with the bound key exists. */
export function existsPlan<C extends ColumnShape>(pc: PlanContext<C>, table: TableShape<C>, key: readonly unknown[]): SqlPlan<boolean> {
  const sql = new SqlBuilder(pc.dialect);
  const text = `SELECT 1 FROM ${pc.dialect.table(table.namespace, table.name)} WHERE ${keyCondition(table, key, sql)}`;
  return { sql: text, params: sql.params, reads: "row", decode: ({ rows }) => rows.length > 0 };
}

/** Counts the records, or those that match `filter` (`path` names it in errors). */
export function countPlan<C extends ColumnShape>(
  pc: PlanContext<C>,
  table: TableShape<C>,
  filter: Filter | undefined,
  path: string,
): SqlPlan<bigint> {
  const sql = new SqlBuilder(pc.dialect);
  let text = `SELECT count(*) FROM ${pc.dialect.table(table.namespace, table.name)}`;
  if (filter) text += ` WHERE ${compileFilter(filter, path, queryColumns(pc.dialect, pc.codec, table), sql)}`;
  return { sql: text, params: sql.params, reads: "row", decode: ({ rows }) => BigInt(rows[0][0] as bigint | number | string) };
}
