import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import type { Item, TypedValue } from "../../../gen/ts/dbx/v1/value_pb.js";
import { dbxError, invalidField } from "../../errors/dbx-error.js";
import type { WorkScope } from "./executor.js";
import {
  decodeRecord,
  encodeKey,
  projection,
  q,
  requireKey,
  requireTable,
  selectList,
  writableColumn,
} from "./table-access.js";
import type { ColumnMeta, TableMeta } from "./table-metadata.js";
import { encodeForColumn, type SqliteValue } from "./value-codec.js";

/** Request paths of the parts of one write, for errors that name them. */
export interface WritePaths {
  readonly collection: string;
  readonly key: string;
  /** The record's fields map ("record.fields", "operations[2].put.fields"). */
  readonly fields: string;
  readonly unset: string;
}

/** A key-addressed record write: the table, its key column, and the key in storage form. */
interface Target {
  table: TableMeta;
  keyColumn: ColumnMeta;
  key: TypedValue;
  keyRaw: SqliteValue;
}

function target(scope: WorkScope, backend: string, collection: string, key: TypedValue, paths: WritePaths): Target {
  const table = requireTable(scope.metadata, collection, backend, paths.collection);
  const keyColumn = requireKey(table, backend);
  return { table, keyColumn, key, keyRaw: encodeKey(key, keyColumn, paths.key) };
}

/**
 * The columns and storage values a record sets. A record may repeat the key
 * field only with the same key.
 */
function assignments(t: Target, record: Item, paths: WritePaths): { columns: ColumnMeta[]; values: SqliteValue[] } {
  const columns: ColumnMeta[] = [];
  const values: SqliteValue[] = [];
  for (const [field, value] of Object.entries(record.fields)) {
    const path = `${paths.fields}.${field}`;
    const column = writableColumn(t.table, field, path);
    const raw = encodeForColumn(value, column, path);
    if (column.name === t.keyColumn.name) {
      if (!sameStored(raw, t.keyRaw)) throw invalidField(path, `the key field "${field}" differs from the key`);
      continue;
    }
    columns.push(column);
    values.push(raw);
  }
  return { columns, values };
}

function sameStored(a: SqliteValue, b: SqliteValue): boolean {
  if (Buffer.isBuffer(a) && Buffer.isBuffer(b)) return a.equals(b);
  return a === b;
}

function whereKey(t: Target): string {
  return `${q(t.keyColumn.name)} = ?`;
}

function exists(scope: WorkScope, t: Target): boolean {
  return scope.connection.statement(`SELECT 1 FROM ${q(t.table.name)} WHERE ${whereKey(t)}`).get(t.keyRaw) !== undefined;
}

/** Reads the record by key (a Get, or the answer of a write). */
export function readRecord(scope: WorkScope, t: { table: TableMeta; keyColumn: ColumnMeta; keyRaw: SqliteValue }, fields: readonly string[] = [], path = "fields"): Item | undefined {
  const columns = projection(t.table, fields, path);
  const row = scope.connection
    .statement(`SELECT ${selectList(columns)} FROM ${q(t.table.name)} WHERE ${q(t.keyColumn.name)} = ?`)
    .get(t.keyRaw) as unknown[] | undefined;
  return row ? decodeRecord(columns, row) : undefined;
}

function insertRow(scope: WorkScope, t: Target, record: Item, paths: WritePaths): void {
  const { columns, values } = assignments(t, record, paths);
  const names = [t.keyColumn, ...columns].map((c) => q(c.name)).join(", ");
  const marks = new Array(columns.length + 1).fill("?").join(", ");
  scope.connection.statement(`INSERT INTO ${q(t.table.name)} (${names}) VALUES (${marks})`).run(t.keyRaw, ...values);
}

/**
 * Creates or replaces a record; true when created. Replacing sets every
 * column the record does not name to NULL; creating leaves them to their
 * defaults.
 */
export function putRecord(scope: WorkScope, backend: string, collection: string, key: TypedValue, record: Item, paths: WritePaths): boolean {
  const t = target(scope, backend, collection, key, paths);
  if (!exists(scope, t)) {
    insertRow(scope, t, record, paths);
    return true;
  }
  const { columns, values } = assignments(t, record, paths);
  const given = new Map(columns.map((c, i) => [c.name, values[i]]));
  const others = t.table.columns.filter((c) => c.name !== t.keyColumn.name && !c.generated);
  if (others.length) {
    const sets = others.map((c) => `${q(c.name)} = ?`).join(", ");
    scope.connection
      .statement(`UPDATE ${q(t.table.name)} SET ${sets} WHERE ${whereKey(t)}`)
      .run(...others.map((c) => given.get(c.name) ?? null), t.keyRaw);
  }
  return false;
}

/** Creates a record; ALREADY_EXISTS (from SQLite's constraint) when the key is taken. */
export function insertRecord(scope: WorkScope, backend: string, collection: string, key: TypedValue, record: Item, paths: WritePaths): void {
  const t = target(scope, backend, collection, key, paths);
  insertRow(scope, t, record, paths);
}

/** Sets and unsets fields; undefined when there is no such record. */
export function updateRecord(
  scope: WorkScope,
  backend: string,
  collection: string,
  key: TypedValue,
  set: Item,
  unset: readonly string[],
  paths: WritePaths,
): Item | undefined {
  const t = target(scope, backend, collection, key, paths);
  const { columns, values } = assignments(t, set, paths);
  unset.forEach((field, i) => {
    const column = writableColumn(t.table, field, `${paths.unset}[${i}]`);
    if (column.name === t.keyColumn.name) throw invalidField(`${paths.unset}[${i}]`, "the key field cannot be unset");
    columns.push(column);
    values.push(null);
  });
  if (columns.length === 0) {
    // Only the key was named: nothing to change, but the record must exist.
    return readRecord(scope, t);
  }
  const sets = columns.map((c) => `${q(c.name)} = ?`).join(", ");
  const { changes } = scope.connection.statement(`UPDATE ${q(t.table.name)} SET ${sets} WHERE ${whereKey(t)}`).run(...values, t.keyRaw);
  if (changes === 0) return undefined;
  return readRecord(scope, t);
}

/** Deletes a record; true when there was one. */
export function deleteRecord(scope: WorkScope, backend: string, collection: string, key: TypedValue, paths: WritePaths): boolean {
  const t = target(scope, backend, collection, key, paths);
  const { changes } = scope.connection.statement(`DELETE FROM ${q(t.table.name)} WHERE ${whereKey(t)}`).run(t.keyRaw);
  return changes > 0;
}

/** NOT_FOUND for an update of a missing record inside a batch. */
export function missingRecord(backend: string, collection: string, path: string) {
  return dbxError(ErrorReason.NOT_FOUND, `${path}: no record with that key in ${backend}/${collection}`, {
    backend,
    collection,
  });
}
