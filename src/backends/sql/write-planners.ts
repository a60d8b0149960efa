import type { FieldUpdate } from "../../../gen/ts/dbx/v1/data_pb.js";
import type { Filter } from "../../../gen/ts/dbx/v1/filter_pb.js";
import type { Item, TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import { invalidField } from "../../errors/dbx-error.js";
import { assignments, initialValues, resolveChanges } from "./field-updates.js";
import { compileFilter } from "./filter-compiler.js";
import { projection, rowDecoder, selectList, writableColumn } from "./projection.js";
import { queryColumns } from "./query-columns.js";
import { keyCondition, keyFieldList, recordKey } from "./record-key.js";
import { SqlBuilder } from "./sql-builder.js";
import type { PlanContext, SqlPlan, SqlResult } from "./sql-plan.js";
import type { ColumnShape, TableShape } from "./table-shape.js";

/** Request paths of the parts of one write, for errors that name them. */
export interface WritePaths {
  readonly key: string;
  /** The record's fields map ("record.fields", "operations[2].put.fields"). */
  readonly fields: string;
  /** The FieldUpdate list ("updates", "operations[2].update.updates"). */
  readonly updates: string;
}

/** A column and the storage value a write gives it. */
interface ColumnValue<C> {
  readonly column: C;
  readonly value: unknown;
}

/**
 * The columns a record sets, in storage form. With a `key`, the record may
 * repeat key fields only with the key's values, and they are left out.
 */
function recordValues<C extends ColumnShape>(
  pc: PlanContext<C>,
  table: TableShape<C>,
  record: Item,
  key: readonly unknown[] | undefined,
  paths: WritePaths,
): ColumnValue<C>[] {
  const values: ColumnValue<C>[] = [];
  for (const [field, value] of Object.entries(record.fields)) {
    const path = `${paths.fields}.${field}`;
    const column = writableColumn(table, field, path);
    const raw = pc.codec.encode(value, column, path);
    const keyIndex = key ? table.keyColumns.indexOf(column) : -1;
    if (keyIndex >= 0) {
      if (!pc.codec.sameStored(raw, key![keyIndex])) throw invalidField(path, `the key field "${field}" differs from the key`);
      continue;
    }
    values.push({ column, value: raw });
  }
  return values;
}

function keyValues<C extends ColumnShape>(table: TableShape<C>, key: readonly unknown[]): ColumnValue<C>[] {
  return table.keyColumns.map((column, i) => ({ column, value: key[i] }));
}

/** INSERT of `values`; DEFAULT VALUES when there are none. */
function insertStatement<C extends ColumnShape>(pc: PlanContext<C>, table: TableShape<C>, values: readonly ColumnValue<C>[], sql: SqlBuilder): string {
  const into = `INSERT INTO ${pc.dialect.table(table.namespace, table.name)}`;
  if (values.length === 0) return `${into} DEFAULT VALUES`;
  const names = values.map((v) => sql.id(v.column.name)).join(", ");
  return `${into} (${names}) VALUES (${values.map((v) => sql.bind(v.value)).join(", ")})`;
}

/**
 * A whole stored record and its key, from every column (key columns first):
 * `select` is their list, for RETURNING or a read back.
 */
function storedDecoder<C extends ColumnShape>(pc: PlanContext<C>, table: TableShape<C>): { select: string; decode: (row: readonly unknown[]) => { key: TypedValue; record: Item } } {
  const columns = projection(table, [], "fields");
  const decode = rowDecoder(pc.codec, columns);
  return {
    select: selectList(pc.dialect, columns),
    decode: (row) => {
      const record = decode(row);
      return { key: recordKey(table, table.keyColumns.map((c) => record.fields[c.name])), record };
    },
  };
}

/**
 * Creates a record and answers its key and the record as stored (defaults
 * and generated values filled in). Without a key, the key fields come from
 * the record, or from the database where it fills them (a generated key, a
 * default); INVALID_ARGUMENT naming the key fields otherwise. A taken key
 * fails in the database (ALREADY_EXISTS).
 *
 * The statement depends on the table, whether a key is given and the
 * record's field names (in order) only, so a driver may keep the planner for
 * records of that shape; each record's values are checked when it is
 * applied.
 */
export function insertPlanner<C extends ColumnShape>(
  pc: PlanContext<C>,
  table: TableShape<C>,
  withKey: boolean,
  fields: readonly string[],
  paths: WritePaths,
): (key: readonly unknown[] | undefined, record: Item) => SqlPlan<{ key: TypedValue; record: Item }> {
  const given = fields.map((field) => {
    const path = `${paths.fields}.${field}`;
    const column = writableColumn(table, field, path);
    return { field, path, column, keyIndex: withKey ? table.keyColumns.indexOf(column) : -1 };
  });
  const written = given.filter((g) => g.keyIndex < 0);
  if (!withKey) {
    const missing = table.keyColumns.filter((c) => c !== table.generatedKey && !c.hasDefault && !written.some((g) => g.column === c));
    if (missing.length) {
      throw invalidField(
        paths.key,
        `"${table.name}" does not generate its key: give the key, or the key fields ${keyFieldList(table)} in the record (missing ${missing.map((c) => `"${c.name}"`).join(", ")})`,
      );
    }
  }
  const columns = [...(withKey ? table.keyColumns : []), ...written.map((g) => g.column)];
  const sql = new SqlBuilder(pc.dialect);
  const stored = storedDecoder(pc, table);
  const insertText = insertStatement(pc, table, columns.map((column) => ({ column, value: null })), sql);
  const decode = ({ rows }: SqlResult) => stored.decode(rows[0]);
  const paramsOf = (key: readonly unknown[] | undefined, record: Item): unknown[] => {
    const params: unknown[] = key ? [...key] : [];
    for (const g of given) {
      const raw = pc.codec.encode(record.fields[g.field], g.column, g.path);
      if (g.keyIndex < 0) params.push(raw);
      else if (!pc.codec.sameStored(raw, key![g.keyIndex])) throw invalidField(g.path, `the key field "${g.field}" differs from the key`);
    }
    return params;
  };
  if (table.returning) {
    const text = `${insertText} RETURNING ${stored.select}`;
    return (key, record) => ({ sql: text, params: paramsOf(key, record), reads: "row", decode });
  }

  // No RETURNING: read the record back by its key, given, from the record, or generated.
  const readSql = new SqlBuilder(pc.dialect);
  const sources = table.keyColumns.map((c, i) => {
    const at = written.findIndex((g) => g.column === c);
    if (withKey || at >= 0) return { column: c, param: withKey ? i : at };
    if (c === table.generatedKey && pc.dialect.lastInsertedKey) return { column: c, param: -1 };
    throw invalidField(paths.key, `"${table.name}" cannot answer a key it fills in itself; give the key fields ${keyFieldList(table)}`);
  });
  const where = sources
    .map((k) => `${readSql.id(k.column.name)} = ${k.param < 0 ? pc.dialect.lastInsertedKey : readSql.bind(null)}`)
    .join(" AND ");
  const readText = `SELECT ${stored.select} FROM ${pc.dialect.table(table.namespace, table.name)} WHERE ${where}`;
  return (key, record) => {
    const params = paramsOf(key, record);
    const keyParams = sources.filter((k) => k.param >= 0).map((k) => params[k.param]);
    return { before: { sql: insertText, params }, sql: readText, params: keyParams, reads: "row", decode };
  };
}

/** Creates a record (insertPlanner for this record's shape). */
export function insertPlan<C extends ColumnShape>(
  pc: PlanContext<C>,
  table: TableShape<C>,
  key: readonly unknown[] | undefined,
  record: Item,
  paths: WritePaths,
): SqlPlan<{ key: TypedValue; record: Item }> {
  return insertPlanner(pc, table, key !== undefined, Object.keys(record.fields), paths)(key, record);
}

/**
 * Put as two statements the driver runs in order: `replace` rewrites an
 * existing record (every column the record does not name becomes null) and
 * answers whether there was one; when there was not, `insert()` plans the
 * statement that creates it (columns not named take their defaults).
 */
export function putPlans<C extends ColumnShape>(
  pc: PlanContext<C>,
  table: TableShape<C>,
  key: readonly unknown[],
  record: Item,
  paths: WritePaths,
): { replace: SqlPlan<boolean>; insert: () => SqlPlan<void> } {
  const values = recordValues(pc, table, record, key, paths);
  const tableSql = pc.dialect.table(table.namespace, table.name);

  const given = new Map(values.map((v) => [v.column, v.value]));
  const others = table.columns.filter((c) => !c.generated && !table.keyColumns.includes(c));
  const replaceSql = new SqlBuilder(pc.dialect);
  const replace: SqlPlan<boolean> = others.length
    ? {
        sql: `UPDATE ${tableSql} SET ${others.map((c) => `${replaceSql.id(c.name)} = ${replaceSql.bind(given.has(c) ? given.get(c) : null)}`).join(", ")} WHERE ${keyCondition(table, key, replaceSql)}`,
        params: replaceSql.params,
        reads: "changes",
        decode: ({ changes }) => changes > 0,
      }
    : {
        // Only key columns: nothing to rewrite, only to find.
        sql: `SELECT 1 FROM ${tableSql} WHERE ${keyCondition(table, key, replaceSql)}`,
        params: replaceSql.params,
        reads: "row",
        decode: ({ rows }) => rows.length > 0,
      };

  const insert = (): SqlPlan<void> => {
    const insertSql = new SqlBuilder(pc.dialect);
    const text = insertStatement(pc, table, [...keyValues(table, key), ...values], insertSql);
    return { sql: text, params: insertSql.params, reads: "changes", decode: () => undefined };
  };
  return { replace, insert };
}

/**
 * Put as one statement where the dialect tells inserted from updated rows
 * (dialect.insertedRow) and the table takes ON CONFLICT: the insert of
 * putPlans, which on a taken key updates the row the way putPlans' replace
 * does (columns the record does not name become null), atomically. Answers
 * whether the record was created; undefined where Put takes putPlans.
 */
export function upsertPutPlan<C extends ColumnShape>(
  pc: PlanContext<C>,
  table: TableShape<C>,
  key: readonly unknown[],
  record: Item,
  paths: WritePaths,
): SqlPlan<boolean> | undefined {
  const inserted = pc.dialect.insertedRow;
  if (!inserted || !table.upsert) return undefined;
  const values = recordValues(pc, table, record, key, paths);
  const sql = new SqlBuilder(pc.dialect);
  const insertText = insertStatement(pc, table, [...keyValues(table, key), ...values], sql);
  const given = new Set(values.map((v) => v.column));
  const others = table.columns.filter((c) => !c.generated && !table.keyColumns.includes(c));
  // Only key columns: a no-op update, so that RETURNING answers the existing row too.
  const set = (others.length ? others : table.keyColumns).map(
    (c) => `${sql.id(c.name)} = ${given.has(c) || !others.length ? `EXCLUDED.${sql.id(c.name)}` : "NULL"}`,
  );
  const conflict = table.keyColumns.map((c) => sql.id(c.name)).join(", ");
  return {
    sql: `${insertText} ON CONFLICT (${conflict}) DO UPDATE SET ${set.join(", ")} RETURNING ${inserted}`,
    params: sql.params,
    reads: "row",
    decode: ({ rows }) => Number(rows[0][0]) === 1,
  };
}

/**
 * Update as one statement, `update` (the record after the change, or
 * undefined when there is none), and for an upsert a second, `insert`, that
 * the driver runs when the first found nothing: it creates the record from
 * the key and what the updates store in a new record (field-updates.ts).
 */
export function updatePlans<C extends ColumnShape>(
  pc: PlanContext<C>,
  table: TableShape<C>,
  key: readonly unknown[],
  updates: readonly FieldUpdate[],
  upsert: boolean,
  paths: WritePaths,
): { update: SqlPlan<Item | undefined>; insert: SqlPlan<Item> | undefined } {
  const changes = resolveChanges(pc, table, updates, paths.updates, key);
  const columns = projection(table, [], "fields");
  const decode = rowDecoder(pc.codec, columns);
  const tableSql = pc.dialect.table(table.namespace, table.name);
  const select = selectList(pc.dialect, columns);

  /** The record read back by key, after `before` (tables without RETURNING). */
  const readBack = (before: { sql: string; params: unknown[] } | undefined): SqlPlan<Item | undefined> => {
    const readSql = new SqlBuilder(pc.dialect);
    const text = `SELECT ${select} FROM ${tableSql} WHERE ${keyCondition(table, key, readSql)}`;
    return { before, sql: text, params: readSql.params, reads: "row", decode: ({ rows }) => (rows.length ? decode(rows[0]) : undefined) };
  };

  let update: SqlPlan<Item | undefined>;
  if (changes.length === 0) {
    // Only key fields set to the key: nothing changes, but the record must exist.
    update = readBack(undefined);
  } else {
    const sql = new SqlBuilder(pc.dialect);
    const text = `UPDATE ${tableSql} SET ${assignments(pc, changes, sql)} WHERE ${keyCondition(table, key, sql)}`;
    update = table.returning
      ? { sql: `${text} RETURNING ${select}`, params: sql.params, reads: "row", decode: ({ rows }) => (rows.length ? decode(rows[0]) : undefined) }
      : readBack({ sql: text, params: sql.params });
  }
  if (!upsert) return { update, insert: undefined };

  const insertSql = new SqlBuilder(pc.dialect);
  const insertText = insertStatement(pc, table, [...keyValues(table, key), ...initialValues(changes)], insertSql);
  const inserted = table.returning
    ? { sql: `${insertText} RETURNING ${select}`, params: insertSql.params, reads: "row" as const, decode: ({ rows }: SqlResult) => decode(rows[0]) }
    : { ...readBack({ sql: insertText, params: insertSql.params }), decode: ({ rows }: SqlResult) => decode(rows[0]) };
  return { update, insert: inserted };
}

/** Deletes by key; true when there was a record. */
export function deletePlan<C extends ColumnShape>(pc: PlanContext<C>, table: TableShape<C>, key: readonly unknown[]): SqlPlan<boolean> {
  const sql = new SqlBuilder(pc.dialect);
  const text = `DELETE FROM ${pc.dialect.table(table.namespace, table.name)} WHERE ${keyCondition(table, key, sql)}`;
  return { sql: text, params: sql.params, reads: "changes", decode: ({ changes }) => changes > 0 };
}

/** Applies `updates` to every record that matches `filter`, in one statement; answers how many changed. */
export function updateManyPlan<C extends ColumnShape>(
  pc: PlanContext<C>,
  table: TableShape<C>,
  filter: Filter,
  updates: readonly FieldUpdate[],
  paths: { filter: string; updates: string },
): SqlPlan<bigint> {
  const changes = resolveChanges(pc, table, updates, paths.updates);
  if (changes.length === 0) throw invalidField(paths.updates, "at least one update is required");
  const sql = new SqlBuilder(pc.dialect);
  const set = assignments(pc, changes, sql);
  const where = compileFilter(filter, paths.filter, queryColumns(pc.dialect, pc.codec, table), sql);
  const text = `UPDATE ${pc.dialect.table(table.namespace, table.name)} SET ${set} WHERE ${where}`;
  return { sql: text, params: sql.params, reads: "changes", decode: ({ changes: n }) => BigInt(n) };
}

/** Deletes every record that matches `filter`, in one statement; answers how many. */
export function deleteManyPlan<C extends ColumnShape>(pc: PlanContext<C>, table: TableShape<C>, filter: Filter, path: string): SqlPlan<bigint> {
  const sql = new SqlBuilder(pc.dialect);
  const where = compileFilter(filter, path, queryColumns(pc.dialect, pc.codec, table), sql);
  const text = `DELETE FROM ${pc.dialect.table(table.namespace, table.name)} WHERE ${where}`;
  return { sql: text, params: sql.params, reads: "changes", decode: ({ changes }) => BigInt(changes) };
}
