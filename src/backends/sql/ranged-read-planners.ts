import { invalidField } from "../../errors/dbx-error.js";
import { columnOf } from "./projection.js";
import { keyCondition } from "./record-key.js";
import { SqlBuilder } from "./sql-builder.js";
import type { PlanContext, SqlPlan } from "./sql-plan.js";
import type { ColumnShape, TableShape } from "./table-shape.js";

/** What ReadBytes reads chunk by chunk: one field of one record. */
export interface ByteField {
  /** The size of the value in bytes; undefined when there is no record. */
  readonly size: SqlPlan<number | undefined>;
  /** Bytes from `offset` (0-based), at most `length` of them. */
  chunk(offset: number, length: number): SqlPlan<Uint8Array>;
}

/**
 * DataService.ReadBytes: the size of a bytes or text field (text read as
 * its UTF-8 bytes), then slices of it. INVALID_ARGUMENT `field` when the
 * stored value is neither (null, a number).
 */
export function byteFieldPlans<C extends ColumnShape>(pc: PlanContext<C>, table: TableShape<C>, key: readonly unknown[], field: string): ByteField {
  const column = pc.dialect.quoteIdentifier(columnOf(table, field, "field").name);
  const from = pc.dialect.table(table.namespace, table.name);
  const sizeSql = new SqlBuilder(pc.dialect);
  const sizeText = `SELECT ${pc.dialect.storageClass(column)}, ${pc.dialect.byteLength(column)} FROM ${from} WHERE ${keyCondition(table, key, sizeSql)}`;
  return {
    size: {
      sql: sizeText,
      params: sizeSql.params,
      reads: "row",
      decode: ({ rows }) => {
        if (!rows.length) return undefined;
        const [storage, size] = rows[0] as [string, bigint | number | null];
        if (storage !== "blob" && storage !== "text") {
          throw invalidField("field", `"${field}" of this record is ${storage === "null" ? "null" : `a number (${storage})`}, not bytes or a string`);
        }
        return Number(size);
      },
    },
    chunk(offset, length) {
      const sql = new SqlBuilder(pc.dialect);
      const slice = pc.dialect.byteSlice(column, sql.bind(offset + 1), sql.bind(length));
      const text = `SELECT ${slice} FROM ${from} WHERE ${keyCondition(table, key, sql)}`;
      return {
        sql: text,
        params: sql.params,
        reads: "row",
        decode: ({ rows }) => (rows[0]?.[0] as Uint8Array | null | undefined) ?? new Uint8Array(0),
      };
    },
  };
}
