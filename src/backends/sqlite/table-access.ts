import { TableKind } from "../../../gen/ts/dbx/sql/v1/schema_pb.js";
import { ErrorReason } from "../../../gen/ts/dbx/v1/errors_pb.js";
import type { Item } from "../../../gen/ts/dbx/v1/value_pb.js";
import { dbxError } from "../../errors/dbx-error.js";
import type { CollectionRef } from "../backend-calls.js";
import { checkIdentifier } from "../sql/identifier.js";
import { projection as planProjection, rowDecoder, selectList as planSelectList } from "../sql/projection.js";
import { sqliteColumnCodec } from "./column-codec.js";
import { checkSqliteNamespace } from "./namespace.js";
import { sqliteDialect } from "./sqlite-dialect.js";
import type { ColumnMeta, TableMeta, TableMetadata } from "./table-metadata.js";

export const q = sqliteDialect.quoteIdentifier;

/**
 * The table a data call names. NOT_FOUND (UNKNOWN_COLLECTION) when there is
 * none; views are not collections (they have no key): SqlService reads them.
 */
export function requireTable(metadata: TableMetadata, name: string, backend: string, field = "target.collection"): TableMeta {
  checkIdentifier(name, field);
  const table = metadata.find(name);
  if (!table || table.kind === TableKind.VIEW) {
    throw dbxError(
      ErrorReason.UNKNOWN_COLLECTION,
      table
        ? `"${name}" is a view, not a table; query it through dbx.sql.v1.SqlService`
        : `backend "${backend}" has no table named "${name}"`,
      { backend, collection: name },
    );
  }
  return table;
}

/** The table a target names, its namespace checked first; `at` prefixes the paths ("operations[2]."). */
export function targetTable(metadata: TableMetadata, target: CollectionRef, backend: string, at = ""): TableMeta {
  checkSqliteNamespace(target.namespace, `${at}target.namespace`);
  return requireTable(metadata, target.collection, backend, `${at}target.collection`);
}

/** The columns an answer carries: the key columns first, then `fields` (or every column). */
export function projection(table: TableMeta, fields: readonly string[], path: string): ColumnMeta[] {
  return planProjection(table, fields, path);
}

/** The select list of `columns`. */
export function selectList(columns: readonly ColumnMeta[]): string {
  return planSelectList(sqliteDialect, columns);
}

/** A raw row (values in `columns` order) as a record. */
export function decodeRecord(columns: readonly ColumnMeta[], row: readonly unknown[]): Item {
  return rowDecoder(sqliteColumnCodec, columns)(row);
}
